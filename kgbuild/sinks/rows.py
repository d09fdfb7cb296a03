"""Batches as statements: rows grouped per label and per relationship type, nodes before relationships.

Rows are flat lists (id first, then one value per property key of the group) rather than maps: smaller
Bolt messages, and every key becomes a static SET item in the query (kgbuild.sinks.cypher), which keeps
Eager out of the plans.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Final

from kgbuild.errors import Neo4jError
from kgbuild.model.graph import Node, Rel
from kgbuild.sinks.cypher import LOCK_ENTITIES, base_label, node_upsert, rel_create, rel_replace, rel_upsert
from kgbuild.sinks.values import encoded, to_neo4j
from kgbuild.store.props import is_stable, merge_props

DEFAULT_BATCH_SIZE = 100  # articles per transaction when ingesting: the fastest in bench/neo4j_write.py
DEFAULT_PUSH_ROWS = 5000  # nodes or relationships per transaction when pushing a store
STATEMENT_ROWS = 2000  # rows per UNWIND statement: keeps each Bolt message well under a megabyte

# Where each relationship type starts and ends (DESIGN.md), for endpoints not among the batch's nodes.
DEFAULT_ENDS: Final = {
    "MENTIONS": ("Article", "Entity"), "MENTIONED_IN": ("Event", "Article"), "ACTOR": ("Event", "Entity"),
    "TARGET": ("Event", "Entity"), "LOCATION": ("Event", "Entity"), "REPORTED_BY": ("Event", "Entity"),
    "CITES": ("Entity", "Entity"), "PUBLISHED_BY": ("Article", "Entity"), "HOLDS_ROLE": ("Entity", "Entity"),
    "ABOUT": ("Claim", "Entity"),
}


@dataclass(frozen=True, slots=True)
class Statement:
    """One UNWIND query and its rows; `rels` says how many relationships it must write (0 for nodes)."""

    query: str
    rows: list[list[Any]]
    rels: int = 0
    outside: str = ""  # a relationship whose end was not among the batch's nodes, for error messages
    keys: tuple[str, ...] = ()  # the property keys of the rows, in row order
    replace: str = ""  # for merged relationships: the query that replaces every property of the stale ones
    creates: bool = False  # a node statement: when it created a node for every row, their ids are fresh


def merge_repeats(nodes: Iterable[Node]) -> list[Node]:
    """One node per id, in first-seen order; repeats merged as the store merges them."""
    merged: dict[str, Node] = {}
    for node in nodes:
        seen = merged.get(node.id)
        if seen is None:
            merged[node.id] = node
        elif not (seen.props == node.props and is_stable(seen.props)):  # else merging changes nothing
            merged[node.id] = Node(node.id, seen.label, merge_props(seen.props, node.props))
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
        statements += [Statement(query, chunk, keys=keys, creates=True) for chunk in _chunks(rows, size)]
    return statements


def lock_statement(labels: Mapping[str, str]) -> Statement:
    """Lock the existing entities among `labels` (node id -> label) first, in id order: concurrent writers
    share entities (a MERGE of a relationship locks both ends), and one lock order means no deadlock."""
    ids = sorted(node_id for node_id, label in labels.items() if base_label(label) == "Entity")
    return Statement(LOCK_ENTITIES, [[node_id] for node_id in ids])


@dataclass(frozen=True, slots=True)
class RelGroup:
    """Relationships of one type and end labels as rows sorted by id, with the three queries they may need."""

    rows: list[list[Any]]
    keys: tuple[str, ...]
    upsert: str
    create: str
    replace: str
    outside: str = ""

    def statements(self, fresh: Collection[str] = frozenset(), size: int = STATEMENT_ROWS) -> list[Statement]:
        """Rows with an end in `fresh`, nodes that the running transaction itself has just created, are
        created: no relationship of theirs can exist yet, nor can another transaction add one before this
        one commits. The rest are merged."""
        new = [row for row in self.rows if row[1] in fresh or row[2] in fresh] if fresh else []
        old = [row for row in self.rows if not (row[1] in fresh or row[2] in fresh)] if new else self.rows
        return ([Statement(self.create, chunk, len(chunk), self.outside, self.keys) for chunk in _chunks(new, size)]
                + [Statement(self.upsert, chunk, len(chunk), self.outside, self.keys, self.replace)
                   for chunk in _chunks(old, size)])


def rel_groups(rels: Iterable[Rel], labels: Mapping[str, str]) -> list[RelGroup]:
    """Relationships per type and end labels; `labels` maps node ids to primary labels where known.

    One row per relationship id: a repeat replaces the earlier row, as merging it again would.
    """
    groups: dict[tuple[str, str, str], list[Rel]] = defaultdict(list)
    outside: dict[tuple[str, str, str], str] = {}
    bases = {node_id: base_label(label) for node_id, label in labels.items()}
    for rel in {rel.id: rel for rel in rels}.values():
        key = (rel.type, *_ends(rel, bases))
        groups[key].append(rel)
        if rel.src not in labels or rel.dst not in labels:
            outside.setdefault(key, f"{rel.type} {rel.src} -> {rel.dst}")
    out = []
    for group_key, group in sorted(groups.items()):
        keys = _keys(rel.props for rel in group)
        rows = sorted((_rel_row(rel, keys) for rel in group), key=itemgetter(0))
        out.append(RelGroup(rows, keys, rel_upsert(*group_key, keys), rel_create(*group_key, keys),
                            rel_replace(*group_key), outside.get(group_key, "")))
    return out


def rel_statements(rels: Iterable[Rel], labels: Mapping[str, str], size: int = STATEMENT_ROWS,
                   fresh: Collection[str] = frozenset()) -> list[Statement]:
    """The statements of rel_groups: per type and end labels, created where an end is in `fresh`, else merged."""
    return [statement for group in rel_groups(rels, labels) for statement in group.statements(fresh, size)]


def replacement_rows(statement: Statement, stale: Iterable[str]) -> list[list[Any]]:
    """Rows for the statement's `replace` query: [id, src, dst, every non-null property with the id]."""
    wanted = set(stale)
    out = []
    for row in statement.rows:
        if row[0] in wanted:
            values = zip(statement.keys, row[3:3 + len(statement.keys)])
            out.append([*row[:3], {key: value for key, value in values if value is not None} | {"id": row[0]}])
    return out


def _rel_row(rel: Rel, keys: Sequence[str]) -> list[Any]:
    """[id, src, dst, value of each key..., how many properties the relationship ends with, id included]."""
    props = rel.props
    values = [encoded(key, props.get(key)) for key in keys]
    return [rel.id, rel.src, rel.dst, *values, 1 + len(values) - values.count(None)]


def _keys(props_list: Iterable[Mapping[str, Any]]) -> tuple[str, ...]:
    """Every property key of a group, sorted; `id` always comes from the record itself."""
    return tuple(sorted({key for props in props_list for key in props} - {"id"}))


def _chunks(rows: list[list[Any]], size: int) -> list[list[list[Any]]]:
    """Consecutive slices of at most `size` rows."""
    return [rows[start:start + size] for start in range(0, len(rows), size)]


def _ends(rel: Rel, bases: Mapping[str, str]) -> tuple[str, str]:
    """The base labels of a relationship's ends (`bases` maps node ids to base labels), else DEFAULT_ENDS."""
    src, dst = bases.get(rel.src), bases.get(rel.dst)
    if src is not None and dst is not None:
        return src, dst
    fallback: tuple[str | None, str | None] = DEFAULT_ENDS.get(rel.type, (None, None))
    return src or _end(rel, rel.src, fallback[0]), dst or _end(rel, rel.dst, fallback[1])


def _end(rel: Rel, node_id: str, fallback: str | None) -> str:
    """The label an end not among the batch's nodes is looked up with, or an error naming the relationship."""
    if fallback is None:
        raise Neo4jError(f"relationship {rel.id} ({rel.type}): end node {node_id} is not in the batch")
    return fallback


def _first(row: Sequence[Any]) -> str:
    """Sort key, the id: the same lock order in every transaction makes deadlocks rarer."""
    return str(row[0])
