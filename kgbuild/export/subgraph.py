"""Subgraphs for every export format: events in a date range, some kinds, well-mentioned entities, an ego network.

A Subgraph is itself a GraphSource, so each writer gets the same selection. Nodes are kept when they
pass every filter; relationships when both ends are kept. Mention counts stay those of the whole graph,
so sizes and --min-mentions mean the same in every view.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from kgbuild.errors import UsageError
from kgbuild.export import ego
from kgbuild.export.source import GraphSource, is_directed, mention_counts
from kgbuild.export.viz import iso_day
from kgbuild.graph.schema import ENTITY_LABELS, NODE_LABELS
from kgbuild.model.graph import Node, Rel


@dataclass(frozen=True)
class SubgraphSpec:
    """What to keep; the defaults keep everything."""

    since: str | None = None
    until: str | None = None
    kinds: tuple[str, ...] = ()
    entity: str | None = None
    hops: int | None = None
    min_mentions: int = 0

    def is_everything(self) -> bool:
        """True when no filter is set."""
        return self == SubgraphSpec()

    def dates_only(self) -> SubgraphSpec:
        """Just the date range (a projection is built from the events in it)."""
        return SubgraphSpec(since=self.since, until=self.until)

    def without_dates(self) -> SubgraphSpec:
        """Everything but the date range."""
        return SubgraphSpec(kinds=self.kinds, entity=self.entity, hops=self.hops, min_mentions=self.min_mentions)

    def check(self) -> SubgraphSpec:
        """Refuse options that make no sense, with the fix in the message."""
        for name, day in (("--since", self.since), ("--until", self.until)):
            if day is not None and iso_day(day) != day:
                raise UsageError(f"{name} {day!r} is not a date (use YYYY-MM-DD)")
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"--since {self.since} is after --until {self.until}")
        unknown = [k for k in self.kinds if k not in NODE_LABELS]
        if unknown:
            raise UsageError(f"--kind {unknown[0]!r} is not a node kind (use one of {', '.join(NODE_LABELS)})")
        if self.hops is not None and self.entity is None:
            raise UsageError("--hops needs --entity NAME (the centre of the ego network)")
        if (self.hops or 0) < 0 or self.min_mentions < 0:
            raise UsageError("--hops and --min-mentions must be 0 or more")
        return self


def subgraph(source: GraphSource, spec: SubgraphSpec) -> GraphSource:
    """The source itself when nothing is filtered, else a filtered view of it (decided now, so a bad
    --entity fails before anything is written)."""
    if spec.check().is_everything():
        return source
    selected = Subgraph(source, spec)
    selected.kept()
    return selected


class Subgraph:
    """A filtered view of a graph; it decides what to keep on first use, then reads through."""

    def __init__(self, source: GraphSource, spec: SubgraphSpec) -> None:
        self.source = source
        self.spec = spec
        self.directed = is_directed(source)
        self._mentions: Counter[str] | None = None
        self._keep: set[str] | None = None

    def nodes(self) -> Iterator[Node]:
        """The kept nodes, in the source's order."""
        keep = self.kept()
        return (node for node in self.source.nodes() if node.id in keep)

    def rels(self) -> Iterator[Rel]:
        """The relationships between kept nodes."""
        keep = self.kept()
        return (rel for rel in self.source.rels() if rel.src in keep and rel.dst in keep)

    def mention_counts(self) -> Counter[str]:
        """Mentions in the whole graph (computed once)."""
        if self._mentions is None:
            self._mentions = mention_counts(self.source)
        return self._mentions

    def kept(self) -> set[str]:
        """Ids of the nodes that pass every filter, then the ego network around --entity."""
        if self._keep is None:
            mentions = self.mention_counts()
            keep = {node.id for node in self.source.nodes() if self._passes(node, mentions)}
            if self.spec.entity is not None:
                centre = ego.find_node(self.source, self.spec.entity, keep)
                keep = ego.neighbourhood(self.source.rels(), keep, centre, _hops(self.spec))
            self._keep = keep
        return self._keep

    def _passes(self, node: Node, mentions: Counter[str]) -> bool:
        """Kind, event date and mention count filters."""
        return (_kind_ok(node, self.spec.kinds) and _date_ok(node, self.spec)
                and (node.label not in ENTITY_LABELS or mentions[node.id] >= self.spec.min_mentions))


def _kind_ok(node: Node, kinds: tuple[str, ...]) -> bool:
    """No --kind keeps all; `Entity` stands for every entity kind."""
    return not kinds or node.label in kinds or ("Entity" in kinds and node.label in ENTITY_LABELS)


def _date_ok(node: Node, spec: SubgraphSpec) -> bool:
    """Events must be dated within the range when one is set; other nodes have no event date."""
    if node.label != "Event" or (spec.since is None and spec.until is None):
        return True
    day = iso_day(node.props.get("date"))
    return day is not None and (spec.since or day) <= day <= (spec.until or day)


def _hops(spec: SubgraphSpec) -> int:
    """--hops, 1 when only --entity was given."""
    return 1 if spec.hops is None else spec.hops
