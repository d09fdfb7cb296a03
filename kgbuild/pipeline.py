"""The pipeline for one document: language → segments → mentions → events → graph."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from time import perf_counter
from typing import Any, TypeVar, cast

from kgbuild.errors import InternalError, KgbuildError
from kgbuild.events.extract import extract
from kgbuild.events.lexicon import lexicon_for
from kgbuild.extraction import PipelineSpec, Processed
from kgbuild.graph.assemble import EntityProps, assemble
from kgbuild.learning import Access, Op
from kgbuild.model.document import Document
from kgbuild.model.entity import Entity, EntityKind, scoped_keys
from kgbuild.model.graph import DocGraph
from kgbuild.model.ids import entity_id
from kgbuild.nlp.mentions import find_mentions
from kgbuild.nlp.names import cluster_unknown
from kgbuild.nlp.prepare import Prepared, prepare
from kgbuild.resolve.gazetteer import load_gazetteer
from kgbuild.resolve.index import AliasIndex
from kgbuild.resolve.journal import Journal
from kgbuild.resolve.nil import NilRegistry
from kgbuild.resolve.normalize import fold
from kgbuild.resolve.reads import ReadLog
from kgbuild.resolve.resolver import Resolver

T = TypeVar("T")
__all__ = ["Pipeline", "PipelineSpec", "Processed"]  # the last two live in kgbuild.extraction (light to import)


class _Clock:
    """Seconds spent per stage, so benchmarks can say where the time goes."""

    def __init__(self, spent: dict[str, float] | None = None) -> None:
        self.spent: dict[str, float] = dict(spent or {})

    def run(self, stage: str, func: Callable[..., T], *args: Any) -> T:
        """Call func(*args) and add its wall time to the stage."""
        start = perf_counter()
        try:
            return func(*args)
        finally:
            self.spent[stage] = self.spent.get(stage, 0.0) + perf_counter() - start


class Pipeline:
    """Built once per run (gazetteer and index); `process` reads one document and grows only the registry.

    The registry holds what earlier documents taught: outlets named in metadata and the clusters of unknown
    names (NIL entities), so the next document, and the next run (`registry=` from the store), reuse their ids.
    """

    def __init__(self, gazetteer_files: Sequence[Path] = (), lang: str = "auto", registry: Iterable[Entity] = ()) -> None:
        self.lang = lang
        self.index = AliasIndex(load_gazetteer(gazetteer_files))
        # Names scoped to one article are no later run's: Neo4j's registry (every unresolved entity) and embedded
        # stores made before 2026-11-26 still hold them.
        learned = [entity for entity in registry if not scoped_keys(entity.keys)]
        self.nil = NilRegistry(e for e in learned if e.source == "nil")
        for entity in learned:
            self.index.add(self.nil.entities.get(entity.id, entity))
        self.resolver = Resolver(self.index, self.nil)
        self.entity_props = EntityProps()

    def process(self, doc: Document, prepared: Prepared | None = None) -> Processed[DocGraph]:
        """Run every stage on one document (language and segments too, unless `prepared` brings them); a bug met on
        the way fails this document only (InternalError), so one bad document never stops the others."""
        try:
            return self._process(doc, prepared)
        except KgbuildError:
            raise
        except Exception as exc:  # noqa: BLE001 - reported for this document, the run goes on
            self._forget_scoped()  # as after a document read to the end
            raise InternalError.of(exc) from exc

    def _process(self, doc: Document, prepared: Prepared | None) -> Processed[DocGraph]:
        """process() without the guard."""
        prepared = prepare(doc, self.lang) if prepared is None else prepared
        clock = _Clock(prepared.seconds)
        lang, segments = prepared.lang, prepared.segments
        mentions = clock.run("mentions", find_mentions, doc.text, segments, lang, self.resolver)
        extraction = clock.run("events", extract, doc, segments, mentions, lexicon_for(lang), self.index.entities)
        publisher = self._publisher(doc)
        graph = clock.run("graph", assemble, doc, lang, segments, mentions, extraction, self.index.entities, publisher,
                          self.entity_props)
        self._forget_scoped()
        return Processed(graph, lang, len(mentions), len(extraction.events), clock.spent)

    def process_tracked(self, doc: Document, prepared: Prepared | None, journal: Journal
                        ) -> tuple[Processed[DocGraph] | KgbuildError, Access]:
        """`process`, recording what the document read of the learned state and (through `journal`, attached to this
        pipeline's index and registry) what it wrote: how the writer tells a worker's result from the one-worker one."""
        log = ReadLog()
        mark = journal.mark()
        self.resolver.reads = log
        try:
            result: Processed[DocGraph] | KgbuildError = self.process(doc, prepared)
        except KgbuildError as exc:
            result = exc
        finally:
            self.resolver.reads = None
        if not isinstance(result, KgbuildError):
            log.entities(node.id for node in result.graph.nodes)
        reads, forms = log.done()
        writes, written = journal.writes_since(mark)
        return result, Access(reads, forms, writes, written, tuple(log.ops))

    def learn(self, ops: Sequence[Op]) -> None:
        """Replay what a document read elsewhere learned (its unknown-name clusters and outlets), as `process` did."""
        for what, name, lang, kind in ops:
            if what == "media":
                self.index.add(_outlet(name))
                continue
            cluster_unknown(self.resolver, name, lang, cast(EntityKind, kind))

    def _forget_scoped(self) -> None:
        """Unknown names scoped to this document (a lone capitalized word next to a person cue) are in its graph now;
        no later document can meet them, so the registry lets them go."""
        dropped = self.nil.drop_scoped()
        self.index.forget(dropped)
        self.entity_props.forget(dropped)

    def _publisher(self, doc: Document) -> Entity | None:
        """The outlet named in the metadata: a known one, or a new registry entity with a stable id."""
        if not doc.source:
            return None
        found = self.resolver.resolve(doc.source, "auto")
        if found.entity is not None and found.entity.kind == "Media":
            return found.entity
        entity = _outlet(doc.source)
        self.index.add(entity)
        if self.resolver.reads is not None:
            self.resolver.reads.op("media", doc.source, "", "")
        return entity


def _outlet(source: str) -> Entity:
    """The registry entity of an outlet named in metadata that the gazetteer does not know (a stable id)."""
    key = f"media/{fold(source)}"
    return Entity(id=entity_id("Media", key), key=key, kind="Media", name=source.strip(), source="registry")

