"""Batches as statements: rows grouped per label and per relationship type, nodes before relationships.

Rows are flat lists (id first, then one value per property key of the group) rather than maps: smaller
Bolt messages, and every key becomes a static SET item in the query (kgbuild.sinks.cypher), which keeps
Eager out of the plans.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Final

from kgbuild.errors import Neo4jError
from kgbuild.model.graph import Node, Rel
from kgbuild.sinks.cypher import LOCK_ENTITIES, base_label, node_upsert, rel_replace, rel_upsert
from kgbuild.sinks.values import to_neo4j
from kgbuild.store.props import merge_props

DEFAULT_BATCH_SIZE = 100  # articles per transaction when ingesting: the fastest in bench/neo4j_write.py
DEFAULT_PUSH_ROWS = 5000  # nodes or relationships per transaction when pushing a store
STATEMENT_ROWS = 2000  # rows per UNWIND statement: keeps each Bolt message well under a megabyte

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
    rows: list[list[Any]]
    rels: int = 0
    outside: str = ""  # a relationship whose end was not among the batch's nodes, for error messages
    keys: tuple[str, ...] = ()  # the property keys of the rows, in row order
    replace: str = ""  # for relationships: the query that replaces every property of the stale ones


def merge_repeats(nodes: Iterable[Node]) -> list[Node]:
    """One node per id, in first-seen order; repeats merged as the store merges them."""
    merged: dict[str, Node] = {}
    for node in nodes:
        seen = merged.get(node.id)
        merged[node.id] = node if seen is None else Node(node.id, seen.label, merge_props(seen.props, node.props))
    return list(merged.values())


def node_statements(nodes: Iterable[Node], size: int = STATEMENT_ROWS) -> list[Statement]:
    """Statements per primary label, one row per id (repeats merged here first, in order), sorted by id."""
    groups: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    for node in merge_repeats(nodes):
        groups[node.label].append((node.id, to_neo4j(node.props)))
    statements = []
    for label, group in sorted(groups.items()):
        keys = _keys(props for _id, props in group)
        lists = {key for _id, props in group for key, value in props.items() if isinstance(value, list)}
        query = node_upsert(label, keys, lists)
        rows = [[node_id, *(props.get(key) for key in keys)] for node_id, props in sorted(group, key=_first)]
        statements += [Statement(query, chunk, keys=keys) for chunk in _chunks(rows, size)]
    return statements


def lock_statement(labels: Mapping[str, str]) -> Statement:
    """Lock the existing entities among `labels` (node id -> label) first, in id order: concurrent writers
    share entities (a MERGE of a relationship locks both ends), and one lock order means no deadlock."""
    ids = sorted(node_id for node_id, label in labels.items() if base_label(label) == "Entity")
    return Statement(LOCK_ENTITIES, [[node_id] for node_id in ids])


def rel_statements(rels: Iterable[Rel], labels: Mapping[str, str], size: int = STATEMENT_ROWS) -> list[Statement]:
    """Statements per type and end labels; `labels` maps node ids to primary labels where known."""
    groups: dict[tuple[str, str, str], list[tuple[Rel, dict[str, Any]]]] = defaultdict(list)
    outside: dict[tuple[str, str, str], str] = {}
    for rel in rels:
        key = (rel.type, *_ends(rel, labels))
        groups[key].append((rel, to_neo4j(rel.props)))
        if rel.src not in labels or rel.dst not in labels:
            outside.setdefault(key, f"{rel.type} {rel.src} -> {rel.dst}")
    statements = []
    for group_key, group in sorted(groups.items()):
        keys = _keys(props for _rel, props in group)
        query, replace = rel_upsert(*group_key, keys), rel_replace(*group_key)
        rows = sorted((_rel_row(rel, props, keys) for rel, props in group), key=_first)
        statements += [Statement(query, chunk, len(chunk), outside.get(group_key, ""), keys, replace)
                       for chunk in _chunks(rows, size)]
    return statements


def replacement_rows(statement: Statement, stale: Iterable[str]) -> list[list[Any]]:
    """Rows for the statement's `replace` query: [id, src, dst, every non-null property with the id]."""
    wanted = set(stale)
    out = []
    for row in statement.rows:
        if row[0] in wanted:
            values = zip(statement.keys, row[3:3 + len(statement.keys)])
            out.append([*row[:3], {key: value for key, value in values if value is not None} | {"id": row[0]}])
    return out


def _rel_row(rel: Rel, props: dict[str, Any], keys: Sequence[str]) -> list[Any]:
    """[id, src, dst, value of each key..., how many properties the relationship ends with, id included]."""
    values = [props.get(key) for key in keys]
    return [rel.id, rel.src, rel.dst, *values, 1 + len(values) - values.count(None)]


def _keys(props_list: Iterable[dict[str, Any]]) -> tuple[str, ...]:
    """Every property key of a group, sorted; `id` always comes from the record itself."""
    return tuple(sorted({key for props in props_list for key in props} - {"id"}))


def _chunks(rows: list[list[Any]], size: int) -> list[list[list[Any]]]:
    """Consecutive slices of at most `size` rows."""
    return [rows[start:start + size] for start in range(0, len(rows), size)]


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


def _first(row: Sequence[Any]) -> str:
    """Sort key, the id: the same lock order in every transaction makes deadlocks rarer."""
    return str(row[0])
