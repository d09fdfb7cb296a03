"""Projections: the actor–actor network, weighted by the events two entities share as ACTOR or TARGET.

What most Gephi users want: who acts with or against whom, and how often. The projection is an
undirected GraphSource of entity nodes (each with `events`, the number it takes part in) and one
SHARED_EVENTS edge per pair with weight (shared events), events (ids), event_types, first_date and
last_date; first_date puts the edge on the GEXF timeline.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import combinations

from kgbuild.errors import UsageError
from kgbuild.export.source import GraphSource, mention_counts
from kgbuild.export.viz import iso_day
from kgbuild.graph.schema import ENTITY_LABELS
from kgbuild.model.graph import Node, PropValue, Rel
from kgbuild.model.ids import stable_hash

PROJECTIONS = ("actors",)
ROLES = ("ACTOR", "TARGET")
SHARED_EVENTS = "SHARED_EVENTS"


def project(source: GraphSource, name: str | None) -> GraphSource:
    """The source itself without a projection, else the named projection of it."""
    if name is None:
        return source
    if name not in PROJECTIONS:
        raise UsageError(f"--project {name!r} is not a projection (use one of {', '.join(PROJECTIONS)})")
    return ActorNetwork(source)


@dataclass
class _Pair:
    """What two actors share."""

    events: list[str] = field(default_factory=list)
    types: set[str] = field(default_factory=set)
    dates: list[str] = field(default_factory=list)


class ActorNetwork:
    """Entities that are ACTOR or TARGET of some event, linked when they share events."""

    directed = False

    def __init__(self, source: GraphSource) -> None:
        self.source = source
        self._built: tuple[Counter[str], dict[tuple[str, str], _Pair]] | None = None

    def nodes(self) -> Iterator[Node]:
        """Every entity that takes part in an event, with the number of its events."""
        taking_part, _pairs = self._build()
        for node in self.source.nodes():
            if node.id in taking_part and node.label in ENTITY_LABELS:
                yield Node(node.id, node.label, {**node.props, "events": taking_part[node.id]})

    def rels(self) -> Iterator[Rel]:
        """One SHARED_EVENTS edge per pair of actors, ordered by the pair's ids."""
        _taking_part, pairs = self._build()
        for (a, b), pair in sorted(pairs.items()):
            yield Rel(f"shared:{stable_hash(a, b)}", SHARED_EVENTS, a, b, _pair_props(pair))

    def mention_counts(self) -> Counter[str]:
        """Mentions in the graph the projection was made from."""
        return mention_counts(self.source)

    def _build(self) -> tuple[Counter[str], dict[tuple[str, str], _Pair]]:
        """Participants of every event, then every pair of them (done once)."""
        if self._built is None:
            events = {n.id: n for n in self.source.nodes() if n.label == "Event"}
            entities = {n.id for n in self.source.nodes() if n.label in ENTITY_LABELS}
            cast = _participants(self.source.rels(), events, entities)
            self._built = Counter(a for actors in cast.values() for a in actors), _pairs(cast, events)
        return self._built


def _participants(rels: Iterator[Rel], events: dict[str, Node], entities: set[str]) -> dict[str, set[str]]:
    """The entities each event has as ACTOR or TARGET."""
    cast: dict[str, set[str]] = {}
    for rel in rels:
        if rel.type in ROLES and rel.src in events and rel.dst in entities:
            cast.setdefault(rel.src, set()).add(rel.dst)
    return cast


def _pairs(cast: dict[str, set[str]], events: dict[str, Node]) -> dict[tuple[str, str], _Pair]:
    """Every unordered pair of participants of the same event, with what they share."""
    pairs: dict[tuple[str, str], _Pair] = {}
    for event_id in sorted(cast):
        event = events[event_id]
        for a, b in combinations(sorted(cast[event_id]), 2):
            pair = pairs.setdefault((a, b), _Pair())
            pair.events.append(event_id)
            pair.types.add(str(event.props.get("type") or "UNKNOWN"))
            day = iso_day(event.props.get("date"))
            if day:
                pair.dates.append(day)
    return pairs


def _pair_props(pair: _Pair) -> dict[str, PropValue]:
    """The edge's properties: weight first, dates only when some event is dated."""
    props: dict[str, PropValue] = {"weight": len(pair.events), "events": pair.events,
                                   "event_types": sorted(pair.types)}
    if pair.dates:
        props["first_date"], props["last_date"] = min(pair.dates), max(pair.dates)
    return props
