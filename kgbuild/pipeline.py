"""The pipeline for one document: language → segments → mentions → events → graph."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from kgbuild.events.extract import extract
from kgbuild.events.lexicon import lexicon_for
from kgbuild.graph.assemble import assemble
from kgbuild.model.document import Document
from kgbuild.model.entity import Entity
from kgbuild.model.graph import DocGraph
from kgbuild.model.ids import entity_id
from kgbuild.nlp.language import choose_language
from kgbuild.nlp.mentions import find_mentions
from kgbuild.nlp.segment import segment
from kgbuild.resolve.gazetteer import load_gazetteer
from kgbuild.resolve.index import AliasIndex
from kgbuild.resolve.normalize import fold
from kgbuild.resolve.resolver import Resolver


@dataclass(frozen=True, slots=True)
class Processed:
    """A document's graph and what was found in it, for summaries."""

    graph: DocGraph
    language: str
    mentions: int
    events: int


class Pipeline:
    """Built once per run (gazetteer and index); `process` is pure per document."""

    def __init__(self, gazetteer_files: Sequence[Path] = (), lang: str = "auto", registry: Iterable[Entity] = ()) -> None:
        self.lang = lang
        self.index = AliasIndex(load_gazetteer(gazetteer_files))
        for entity in registry:
            self.index.add(entity)
        self.resolver = Resolver(self.index)

    def process(self, doc: Document) -> Processed:
        """Run every stage on one document."""
        lang = choose_language(doc.lang, self.lang, doc.text)
        segments = segment(doc.text, lang)
        mentions = find_mentions(doc.text, segments, lang, self.resolver)
        extraction = extract(doc, segments, mentions, lexicon_for(lang), self.index.entities)
        graph = assemble(doc, lang, segments, mentions, extraction, self.index.entities, self._publisher(doc))
        return Processed(graph, lang, len(mentions), len(extraction.events))

    def _publisher(self, doc: Document) -> Entity | None:
        """The outlet named in the metadata: a known one, or a new registry entity with a stable id."""
        if not doc.source:
            return None
        found = self.resolver.resolve(doc.source, "auto")
        if found.entity is not None and found.entity.kind == "Media":
            return found.entity
        key = f"media/{fold(doc.source)}"
        entity = Entity(id=entity_id("Media", key), key=key, kind="Media", name=doc.source.strip(), source="registry")
        self.index.add(entity)
        return entity
