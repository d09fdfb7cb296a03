"""Batches as statements: rows grouped per label and per relationship type, nodes before relationships."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from kgbuild.errors import Neo4jError
from kgbuild.model.graph import Node, Rel
from kgbuild.sinks.cypher import base_label, node_upsert, rel_upsert
from kgbuild.sinks.values import to_neo4j
from kgbuild.store.props import merge_props

DEFAULT_BATCH_SIZE = 100  # articles per transaction when ingesting: the fastest in bench/neo4j_write.py
DEFAULT_PUSH_ROWS = 5000  # nodes or relationships per transaction when pushing a store

# Where each relationship type starts and ends (DESIGN.md), for endpoints not among the batch's nodes.
DEFAULT_ENDS: Final = {
    "MENTIONS": ("Article", "Entity"), "MENTIONED_IN": ("Event", "Article"), "ACTOR": ("Event", "Entity"),
    "TARGET": ("Event", "Entity"), "LOCATION": ("Event", "Entity"), "REPORTED_BY": ("Event", "Entity"),
    "CITES": ("Entity", "Entity"), "PUBLISHED_BY": ("Article", "Entity"), "HOLDS_ROLE": ("Entity", "Entity"),
}


@dataclass(frozen=True, slots=True)
class Statement:
    """One UNWIND query and its rows; `rels` says how many relationships it must write (0 for nodes)."""

    query: str
    rows: list[dict[str, Any]]
    rels: int = 0
    outside: str = ""  # a relationship whose end was not among the batch's nodes, for error messages


def node_statements(nodes: Iterable[Node]) -> list[Statement]:
    """One statement per primary label, one row per id (repeats merged here first, in order), sorted by id."""
    merged: dict[str, Node] = {}
    for node in nodes:
        seen = merged.get(node.id)
        merged[node.id] = node if seen is None else Node(node.id, seen.label, merge_props(seen.props, node.props))
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for node in merged.values():
        groups[node.label].append({"id": node.id, "props": to_neo4j(node.props)})
    return [Statement(node_upsert(label), sorted(rows, key=_by_id)) for label, rows in sorted(groups.items())]


def rel_statements(rels: Iterable[Rel], labels: Mapping[str, str]) -> list[Statement]:
    """One statement per type and end labels; `labels` maps node ids to primary labels where known."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    outside: dict[tuple[str, str, str], str] = {}
    for rel in rels:
        key = (rel.type, *_ends(rel, labels))
        props = to_neo4j(rel.props) | {"id": rel.id}
        groups[key].append({"id": rel.id, "src": rel.src, "dst": rel.dst, "props": props})
        if rel.src not in labels or rel.dst not in labels:
            outside.setdefault(key, f"{rel.type} {rel.src} -> {rel.dst}")
    return [Statement(rel_upsert(*key), sorted(rows, key=_by_id), len(rows), outside.get(key, ""))
            for key, rows in sorted(groups.items())]


def _ends(rel: Rel, labels: Mapping[str, str]) -> tuple[str, str]:
    """The base labels of a relationship's ends: from the known nodes, else from DEFAULT_ENDS."""
    fallback: tuple[str | None, str | None] = DEFAULT_ENDS.get(rel.type, (None, None))
    return _end(rel, rel.src, labels, fallback[0]), _end(rel, rel.dst, labels, fallback[1])


def _end(rel: Rel, node_id: str, labels: Mapping[str, str], fallback: str | None) -> str:
    """One end's base label, or an error naming the relationship."""
    label = labels.get(node_id)
    if label is not None:
        return base_label(label)
    if fallback is None:
        raise Neo4jError(f"relationship {rel.id} ({rel.type}): end node {node_id} is not in the batch")
    return fallback


def _by_id(row: dict[str, Any]) -> str:
    """Sort key: the same lock order in every transaction makes deadlocks rarer."""
    return str(row["id"])
