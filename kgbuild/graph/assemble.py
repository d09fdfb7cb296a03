"""Assemble one article's graph: nodes and relationships with deterministic ids."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from kgbuild.events.extract import Extraction
from kgbuild.events.identity import event_window, participants_key
from kgbuild.model.claim import Claim
from kgbuild.model.document import Document, Segment
from kgbuild.model.entity import Entity
from kgbuild.model.event import Attribution, Event
from kgbuild.model.graph import DocGraph, Node, PropValue, Rel
from kgbuild.model.ids import claim_id, event_id, rel_id
from kgbuild.model.mention import Mention
from kgbuild.resolve.phonetic import phonetic_key


class EntityProps:
    """Entity node properties made once per entity version: the same entities recur in most articles.

    The dicts handed out are shared between graphs (which is also what lets the store encoder reuse their
    JSON), so nothing may change them in place.
    """

    def __init__(self) -> None:
        self._made: dict[str, tuple[Entity, list[str], dict[str, PropValue]]] = {}

    def __call__(self, entity: Entity, entities: Mapping[str, Entity]) -> dict[str, PropValue]:
        """entity_props(entity, entities), reused while the entity object and its ancestors are the same."""
        places = ancestors(entity, entities)
        made = self._made.get(entity.id)
        if made is not None and made[0] is entity and made[1] == places:
            return made[2]
        props = entity_props(entity, entities, places)
        self._made[entity.id] = (entity, places, props)
        return props

    def forget(self, entity_ids: Iterable[str]) -> None:
        """Drop the properties of entities that are gone (unknown names scoped to one document)."""
        for entity_id in entity_ids:
            self._made.pop(entity_id, None)


class _Builder:
    """Collects nodes and relationships; the first record with an id wins, so assembly is order-stable."""

    def __init__(self, entity_props: EntityProps) -> None:
        self.nodes: dict[str, Node] = {}
        self.rels: dict[str, Rel] = {}
        self.entity_props = entity_props

    def entity(self, entity: Entity, entities: Mapping[str, Entity]) -> None:
        """An entity's node, unless the graph has it already."""
        if entity.id not in self.nodes:
            self.nodes[entity.id] = Node(entity.id, entity.kind, self.entity_props(entity, entities))

    def node(self, node_id: str, label: str, props: dict[str, PropValue]) -> None:
        """A node, unless the graph has one with that id (not even built then: records are costly to make)."""
        if node_id not in self.nodes:
            self.nodes[node_id] = Node(node_id, label, props)

    def rel(self, rel_type: str, src: str, dst: str, scope: str = "", props: dict[str, PropValue] | None = None) -> None:
        """A relationship, unless the graph has one with its id (not even built then)."""
        rid = rel_id(rel_type, src, dst, scope)
        if rid not in self.rels:
            self.rels[rid] = Rel(rid, rel_type, src, dst, props or {})


def assemble(doc: Document, lang: str, segments: Sequence[Segment], mentions: Sequence[Mention],
             extraction: Extraction, entities: Mapping[str, Entity], publisher: Entity | None,
             props: EntityProps | None = None) -> DocGraph:
    """Article, entities, MENTIONS, events with roles and sources, claims, citations, roles, publisher."""
    b = _Builder(props or EntityProps())
    b.node(doc.id, "Article", _article_props(doc, lang, segments))
    _mentions(b, doc, mentions, entities)
    for event in extraction.events:
        _event(b, doc, event, entities)
    for claim in extraction.claims:
        _claim(b, doc, claim)
    for cite in extraction.citations:
        b.rel("CITES", cite.source_id, cite.cited_id, doc.id, {
            "article": doc.id, "sentence": cite.sentence, "start": cite.start, "end": cite.end, "rule": cite.rule,
            "confidence": cite.confidence})
    for role in extraction.roles:
        b.rel("HOLDS_ROLE", role.person_id, role.org_id, role.title, {
            "title": role.title, "article": doc.id, "sentence": role.sentence, "start": role.start, "end": role.end,
            "rule": role.rule, "confidence": role.confidence})
    if publisher is not None:
        b.entity(publisher, entities)
        b.rel("PUBLISHED_BY", doc.id, publisher.id)
        _publisher_cites(b, doc, publisher, extraction, entities)
    _end_nodes(b, entities)
    return DocGraph(doc.id, tuple(b.nodes.values()), tuple(b.rels.values()))


def _publisher_cites(b: _Builder, doc: Document, publisher: Entity, extraction: Extraction,
                     entities: Mapping[str, Entity]) -> None:
    """The article's outlet cites the outlets it attributes events to, so article → outlet → Yonhap → NIS walks."""
    for event in extraction.events:
        for source in event.attributions:
            reporter = entities.get(source.reporter_id)
            if reporter is not None and reporter.kind == "Media" and reporter.id != publisher.id:
                b.rel("CITES", publisher.id, reporter.id, doc.id, {
                    "article": doc.id, "sentence": source.sentence, "start": source.start, "end": source.end,
                    "rule": "publisher-attribution", "confidence": source.confidence})


def _end_nodes(b: _Builder, entities: Mapping[str, Entity]) -> None:
    """Every entity a relationship points at gets its node (e.g. a TARGET inferred from a place's country),
    so no store holds an edge to a node it does not have (Neo4j cannot)."""
    for rel in list(b.rels.values()):
        for node_id in (rel.src, rel.dst):
            entity = entities.get(node_id)
            if entity is not None:
                b.entity(entity, entities)


def _article_props(doc: Document, lang: str, segments: Sequence[Segment]) -> dict[str, PropValue]:
    """The Article node's properties; the body and sentence bounds let queries quote sentences by offset."""
    return {
        "title": doc.title, "url": doc.url, "source": doc.source,
        "published": doc.published.isoformat() if doc.published else None,
        "language": lang, "path": doc.path, "external_id": doc.external_id, "length": len(doc.text),
        "text": doc.text, "sentence_starts": [s.start for s in segments], "sentence_ends": [s.end for s in segments],
    }


def entity_props(entity: Entity, entities: Mapping[str, Entity], places: list[str] | None = None) -> dict[str, PropValue]:
    """An Entity node's properties; `ancestors` (containing places, then the country) serve place queries."""
    return {
        "name": entity.name, "kind": entity.kind, "wikidata": entity.wikidata,
        "aliases": sorted(set(entity.all_aliases()) - {entity.name}), "native_name": entity.native_name,
        "resolved": entity.source if entity.source == "gazetteer" else None,
        "country": entity.country, "ancestors": list(places) if places is not None else ancestors(entity, entities),
        "phonetic_key": phonetic_key(entity.name),
        **({"nil_keys": sorted(entity.keys)} if entity.source == "nil" else {}),  # NIL clusters keep their keys
    }


def ancestors(entity: Entity, entities: Mapping[str, Entity]) -> list[str]:
    """Ids of the places that contain this one, nearest first, ending with its country."""
    out: list[str] = []
    current = entity
    while current.parent and current.parent not in out and current.parent in entities:
        out.append(current.parent)
        current = entities[current.parent]
    country = entity.country or current.country
    if country and country not in out and country != entity.id:
        out.append(country)
    return out


def _mentions(b: _Builder, doc: Document, mentions: Sequence[Mention], entities: Mapping[str, Entity]) -> None:
    """One MENTIONS edge per entity with every surface and span, in text order."""
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_entity[mention.entity_id].append(mention)
    for entity_id, found in by_entity.items():
        b.entity(entities[entity_id], entities)
        b.rel("MENTIONS", doc.id, entity_id, doc.id, {
            "count": len(found), "surfaces": [m.surface for m in found],
            "spans": [[m.start, m.end] for m in found], "methods": sorted({m.method for m in found}),
            "starts": [m.start for m in found], "ends": [m.end for m in found],
            "min_score": min(m.score for m in found),
        })


def _event(b: _Builder, doc: Document, event: Event, entities: Mapping[str, Entity]) -> None:
    """The Event node, where it was read, its roles and who reported it."""
    actors, targets = participants_key(event)
    eid = event_id(event.type, list(actors), list(targets), event_window(event, doc.published, doc.id))
    _event_node(b, eid, event, entities)
    b.rel("MENTIONED_IN", eid, doc.id, f"{doc.id}:{event.sentence}", {
        "article": doc.id, "sentence": event.sentence, "start": event.start, "end": event.end, "rule": event.rule,
        "trigger": event.trigger, "trigger_start": event.trigger_start, "trigger_end": event.trigger_end,
        "segment": event.segment_kind, "confidence": event.confidence, "date_rule": event.date_rule})
    for rel_type, role, ids in (("ACTOR", "actor", event.actors), ("TARGET", "target", event.targets),
                                ("LOCATION", "location", event.locations)):
        for entity_id in ids:
            b.rel(rel_type, eid, entity_id, props=_filler_props(doc, event, role, entity_id))
    _reported_by(b, eid, doc.id, event.attributions, f"{doc.id}:{event.sentence}")


def _claim(b: _Builder, doc: Document, claim: Claim) -> None:
    """The Claim node, the sentence it was read in, who says it and whom it names."""
    cid = claim_id(doc.id, claim.start, claim.end)
    b.node(cid, "Claim", {"text": claim.text, "modality": claim.modality, "confidence": claim.confidence,
                          "rule": claim.rule, "teaser_only": claim.segment_kind != "body"})
    scope = f"{doc.id}:{claim.sentence}"
    b.rel("MENTIONED_IN", cid, doc.id, scope, {
        "article": doc.id, "sentence": claim.sentence, "start": claim.start, "end": claim.end, "rule": claim.rule,
        "segment": claim.segment_kind, "confidence": claim.confidence})
    _reported_by(b, cid, doc.id, claim.attributions, scope)
    for named in claim.about:
        b.rel("ABOUT", cid, named.entity_id, scope, {
            "article": doc.id, "sentence": claim.sentence, "start": named.start, "end": named.end,
            "rule": named.rule, "confidence": named.confidence})


def _reported_by(b: _Builder, src: str, article: str, sources: Iterable[Attribution], scope: str) -> None:
    """Who asserts an event or a claim: the same edge, with the words that say so, for both."""
    for source in sources:
        b.rel("REPORTED_BY", src, source.reporter_id, scope, {
            "verb": source.verb, "article": article, "sentence": source.sentence, "start": source.start,
            "end": source.end, "rule": source.rule, "confidence": source.confidence})


def _event_node(b: _Builder, eid: str, event: Event, entities: Mapping[str, Entity]) -> None:
    """The Event node; a node already built from an earlier sentence of the article keeps its values."""
    if eid in b.nodes and event.segment_kind == "body":
        b.nodes[eid].props["teaser_only"] = False
    quantity = event.quantity
    b.node(eid, "Event", {
        "type": event.type, "mode": event.mode, "date": event.date.isoformat() if event.date else None,
        "date_precision": event.date_precision, "modality": event.modality,
        "quantity": int(quantity) if quantity is not None and quantity.is_integer() else quantity,
        "quantity_qualifier": event.quantity_qualifier,
        "summary": _summary(event, entities), "confidence": event.confidence, "teaser_only": event.segment_kind != "body",
    })


def _filler_props(doc: Document, event: Event, role: str, entity_id: str) -> dict[str, PropValue]:
    """Provenance of one role: the mention that filled it, the rule and its confidence."""
    filler = next((f for f in event.fillers if f.role == role and f.entity_id == entity_id), None)
    if filler is None:
        return {"article": doc.id, "sentence": event.sentence}
    return {"article": doc.id, "sentence": event.sentence, "start": filler.start, "end": filler.end,
            "rule": filler.rule, "confidence": filler.confidence}


def _summary(event: Event, entities: Mapping[str, Entity]) -> str:
    """A one-line reading of the event: actors TYPE (mode) targets."""
    actors = ", ".join(entities[i].name for i in event.actors) or "?"
    targets = ", ".join(entities[i].name for i in event.targets)
    return f"{actors} {event.type} ({event.mode})" + (f" → {targets}" if targets else "")
