"""One-line builders for test records."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from kgbuild.events.extract import Extraction, extract
from kgbuild.events.lexicon import lexicon_for
from kgbuild.model.document import Document
from kgbuild.model.entity import Entity, EntityKind
from kgbuild.model.graph import Node, PropValue, Rel
from kgbuild.model.ids import entity_id
from kgbuild.nlp.mentions import find_mentions
from kgbuild.nlp.segment import segment
from kgbuild.resolve.index import AliasIndex
from kgbuild.resolve.nil import NilRegistry
from kgbuild.resolve.resolver import Resolver


def entity(kind: EntityKind, name: str, hu: tuple[str, ...] = (), en: tuple[str, ...] = (), *,
           demonyms_hu: tuple[str, ...] = (), country: str | None = None, capital: bool = False,
           descriptions: dict[str, tuple[str, ...]] | None = None, ambiguous: tuple[str, ...] = ()) -> Entity:
    """An entity with a key derived from its name."""
    key = f"{kind.lower()}/{name.lower().replace(' ', '-')}"
    aliases = {lang: names for lang, names in (("hu", hu), ("en", en)) if names}
    return Entity(id=entity_id(kind, key), key=key, kind=kind, name=name, aliases=aliases,
                  demonyms={"hu": demonyms_hu} if demonyms_hu else {}, country=country, capital=capital,
                  descriptions=descriptions or {}, ambiguous=ambiguous)


def resolver(*entities: Entity) -> Resolver:
    """A resolver over just these entities."""
    return Resolver(AliasIndex(entities))


class ListSource:
    """A graph source over fixed lists, readable any number of times (like the store)."""

    def __init__(self, nodes: Iterable[Node], rels: Iterable[Rel]) -> None:
        self._nodes, self._rels = list(nodes), list(rels)

    def nodes(self) -> Iterator[Node]:
        return iter(self._nodes)

    def rels(self) -> Iterator[Rel]:
        return iter(self._rels)


def node(node_id: str, label: str, **props: PropValue) -> Node:
    """A node with these properties."""
    return Node(node_id, label, dict(props))


def rel(rel_type: str, src: str, dst: str, scope: str = "", **props: PropValue) -> Rel:
    """A relationship with a readable id (type, ends and scope)."""
    return Rel(f"rel:{rel_type}:{src}:{dst}:{scope}".rstrip(":"), rel_type, src, dst, dict(props))


def news_graph() -> ListSource:
    """Two articles, four entities, three events (one undated), every relationship type, and two
    parallel CITES (Yonhap cites the NIS in both articles)."""
    return ListSource(
        [node("a1", "Article", title="Kim visits Russia", published="2025-11-05", language="en"),
         node("a2", "Article", title="Csapatok Kurszkban", published="2025-02-10", language="hu"),
         node("kim", "Person", name="Kim Jong Un", kind="Person", aliases=["Kim Dzsongun", "Kim Jong-un"]),
         node("ru", "Country", name="Russia", kind="Country", aliases=["Oroszország"], wikidata="Q159"),
         node("yonhap", "Media", name="Yonhap", kind="Media", aliases=[]),
         node("nis", "Organization", name="National Intelligence Service", kind="Organization", aliases=["NIS"]),
         node("e1", "Event", type="MOBILIZE", date="2025-11-05", summary="Kim sends troops to Russia", confidence=0.85),
         node("e2", "Event", type="CONSULT", date="2025-02-10", summary="Kim meets Russia", confidence=0.7),
         node("e3", "Event", type="AID", summary="undated aid", confidence=0.5)],
        [rel("MENTIONS", "a1", "kim", count=3, spans=[[0, 3], [10, 13], [20, 23]], surfaces=["Kim", "Kim", "Kim"]),
         rel("MENTIONS", "a1", "ru", count=1, spans=[[30, 36]], surfaces=["Russia"]),
         rel("MENTIONS", "a2", "kim", count=2, spans=[[0, 12], [40, 52]], surfaces=["Kim Dzsongun", "Kim Dzsongun"]),
         rel("MENTIONS", "a2", "yonhap", count=1, spans=[[60, 66]], surfaces=["Yonhap"]),
         rel("ACTOR", "e1", "kim"), rel("TARGET", "e1", "ru"),
         rel("ACTOR", "e2", "kim"), rel("TARGET", "e2", "ru"),
         rel("ACTOR", "e3", "ru"), rel("TARGET", "e3", "kim"),
         rel("MENTIONED_IN", "e1", "a1", sentence=0, start=0, end=40, rule="trigger:en:sends"),
         rel("MENTIONED_IN", "e2", "a2", sentence=1, start=41, end=80, rule="trigger:hu:tárgyalt"),
         rel("REPORTED_BY", "e2", "yonhap", verb="számolt be", article="a2", start=60, end=70),
         rel("CITES", "yonhap", "nis", "a1", article="a1", start=70, end=80),
         rel("CITES", "yonhap", "nis", "a2", article="a2", start=90, end=100),
         rel("PUBLISHED_BY", "a2", "yonhap")],
    )


def nil_resolver(*entities: Entity) -> Resolver:
    """A resolver over these entities that also gives unknown names NIL entities (as ingest does)."""
    return Resolver(AliasIndex(entities), NilRegistry())


def extracted(text: str, lang: str, known: Resolver, published: date = date(2025, 6, 4)) -> Extraction:
    """Mentions and events of one test text, as the pipeline finds them, against a small resolver."""
    doc = Document(id="article:test", text=text, path="t.txt", published=published, lang=lang)
    segments = segment(text, lang)
    return extract(doc, segments, find_mentions(text, segments, lang, known), lexicon_for(lang), known.index.entities)


def reporter_names(out: Extraction, known: Resolver, sentence: int | None = None) -> set[str]:
    """Everyone named as reporter, on events or on claims (of one sentence when given)."""
    said = [*out.events, *out.claims]
    return {known.index.entities[a.reporter_id].name for item in said if sentence in (None, item.sentence)
            for a in item.attributions}
