"""Gephi keeps one edge per source, target and kind: relationships that share all three become one edge.

The store may hold several (Yonhap CITES the NIS in two articles; one event REPORTED_BY the same outlet
in two articles). Gephi would merge them itself, with a warning when their time intervals differ; the
Gephi-facing writers merge them first, deterministically, and keep every member's id.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator
from typing import Any, cast

from kgbuild.export.columns import WEIGHT_FROM, edge_weight
from kgbuild.export.source import GraphSource, is_directed, mention_counts
from kgbuild.model.graph import Node, PropValue, Rel

Key = tuple[str, str, str]


class MergedParallel:
    """A view of a graph in which parallel relationships of one type are one weighted edge."""

    def __init__(self, source: GraphSource) -> None:
        self.source = source
        self.directed = is_directed(source)
        self._repeated_keys: set[Key] | None = None

    def nodes(self) -> Iterator[Node]:
        """The nodes, unchanged."""
        return self.source.nodes()

    def rels(self) -> Iterator[Rel]:
        """Single relationships as they come, then each merged group (in the order first seen)."""
        repeated = self._repeated()
        groups: dict[Key, list[Rel]] = {}
        for rel in self.source.rels():
            if _key(rel) in repeated:
                groups.setdefault(_key(rel), []).append(rel)
            else:
                yield rel
        for group in groups.values():
            yield merge_group(group)

    def mention_counts(self) -> Counter[str]:
        """Mentions as in the graph before merging."""
        return mention_counts(self.source)

    def _repeated(self) -> set[Key]:
        """The keys held by more than one relationship (found on first use)."""
        if self._repeated_keys is None:
            seen: set[Key] = set()
            self._repeated_keys = set()
            for rel in self.source.rels():
                key = _key(rel)
                (self._repeated_keys if key in seen else seen).add(key)
        return self._repeated_keys


def merge_group(group: list[Rel]) -> Rel:
    """One edge for a group: the first member's id and values, lists unioned, weights summed, ids kept."""
    members = sorted(group, key=lambda r: r.id)
    first = members[0]
    props = dict(first.props)
    for rel in members[1:]:
        for name, value in rel.props.items():
            if isinstance(value, list) and isinstance(props.get(name), list):
                props[name] = _union(props[name], value)
    props[WEIGHT_FROM.get(first.type, "weight")] = _total_weight(members)
    props["merged"] = len(members)
    props["merged_ids"] = [r.id for r in members]
    return Rel(first.id, first.type, first.src, first.dst, props)


def _total_weight(members: list[Rel]) -> int | float:
    """The members' weights added up (a relationship without a weight counts once)."""
    total = float(sum(edge_weight(r) or 1.0 for r in members))
    return int(total) if total.is_integer() else total


def _union(first: PropValue, second: list[Any]) -> PropValue:
    """Items of both lists without repeats, in first-seen order."""
    seen = {json.dumps(v, sort_keys=True): v for v in cast(list[Any], first)}
    for value in second:
        seen.setdefault(json.dumps(value, sort_keys=True), value)
    return cast(PropValue, list(seen.values()))


def _key(rel: Rel) -> Key:
    """What Gephi tells edges apart by."""
    return rel.type, rel.src, rel.dst
