"""Cypher text: labels and types come only from the fixed lists of kgbuild.graph.schema; values are parameters."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import Final

from kgbuild.errors import Neo4jError
from kgbuild.graph.schema import BASE_LABELS, NODE_LABELS, REL_TYPES, check_rel_type, labels_for
from kgbuild.sinks.values import COMMITTED

INDEXED: Final = (("Entity", "name"), ("Entity", "wikidata"), ("Event", "type"), ("Event", "date"),
                  ("Article", "published"))
_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
# Write plans are fixed in shape (every lookup a unique-index seek, whatever the counts; a test checks the
# plans with EXPLAIN), so the plan compiled first stays right as the graph grows. Without this Neo4j throws
# a cached plan away whenever a label count has grown past its divergence threshold, plans it again and
# generates and JIT-compiles its code again.
FIXED_PLAN: Final = "CYPHER replan=skip "

MARK_COMMITTED: Final = f"{FIXED_PLAN}UNWIND $ids AS id MATCH (a:Article {{id: id}}) SET a.{COMMITTED} = true RETURN count(a) AS n"
LOCK_ENTITIES: Final = FIXED_PLAN + "UNWIND $rows AS row MATCH (n:Entity {id: row[0]}) SET n.id = row[0]"  # same value: a lock only
HAS_ARTICLE: Final = f"MATCH (a:Article {{id: $id}}) RETURN coalesce(a.{COMMITTED}, false) AS done"
REGISTRY: Final = ("MATCH (e:Entity) WHERE e.resolved IS NULL RETURN e.id AS id, labels(e) AS labels, "
                   "e.name AS name, coalesce(e.aliases, []) AS aliases, e.nil_keys AS keys ORDER BY id")
READ_NODES: Final = (f"MATCH (n) WHERE {' OR '.join(f'n:{label}' for label in BASE_LABELS)} "
                     "RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id")
READ_RELS: Final = ("MATCH (a)-[r]->(b) WHERE type(r) IN $types "
                    "RETURN r.id AS id, type(r) AS type, a.id AS src, b.id AS dst, properties(r) AS props ORDER BY id")


def quoted(name: str) -> str:
    """A label or type in backticks, after checking it is one of the fixed names."""
    if name not in NODE_LABELS and name not in REL_TYPES:
        raise ValueError(f"{name!r} is not a label or relationship type of the fixed lists")
    return f"`{name}`"


def base_label(label: str) -> str:
    """The label a node is merged on: Entity for every entity kind (its id is unique across kinds)."""
    return labels_for(label)[0]


def property_key(key: str) -> str:
    """A property key in backticks, after checking it is a plain identifier (keys come from code, not text)."""
    if not _KEY.match(key):
        raise Neo4jError(f"property key {key!r} is not a plain identifier; kgbuild does not write it to Neo4j")
    return f"`{key}`"


def node_upsert(label: str, keys: Sequence[str], lists: Collection[str] = ()) -> str:
    """Merge a batch of nodes of one primary label; rows are [id, value of each key...].

    A new node takes the row as it is (and its kind label); an existing one gets missing values filled and
    lists unioned in first-seen order, and keeps every other value (kgbuild.store.props.merge_props).
    `lists` names the keys that hold lists in some row. Every key is a static SET item, so the plan has no
    Eager; `n.id` is set first on a match so the node's write lock is taken before anything is read.
    """
    labels = labels_for(label)
    kind = [f"n:{quoted(labels[1])}"] if len(labels) > 1 else []
    fields = [(f"n.{property_key(key)}", f"row[{i}]", key in lists) for i, key in enumerate(keys, start=1)]
    text = f"{FIXED_PLAN}UNWIND $rows AS row\nMERGE (n:{quoted(labels[0])} {{id: row[0]}})"
    if kind or fields:
        text += "\nON CREATE SET " + ", ".join(kind + [f"{prop} = {value}" for prop, value, _ in fields])
    if fields:
        merged = [f"{prop} = " + (_union(prop, value) if listy else f"coalesce({prop}, {value})")
                  for prop, value, listy in fields]
        text += "\nON MATCH SET " + ", ".join(["n.id = row[0]", *merged])
    return text


def _union(old: str, new: str) -> str:
    """Both lists without repeats in first-seen order; any other pair keeps the old value unless it is null."""
    return (f"CASE WHEN {old} IS NULL THEN {new} WHEN {new} IS NULL OR NOT valueType({old}) STARTS WITH 'LIST' "
            f"OR NOT valueType({new}) STARTS WITH 'LIST' THEN {old} "
            f"ELSE reduce(acc = [], x IN {old} + {new} | CASE WHEN x IN acc THEN acc ELSE acc + [x] END) END")


def rel_upsert(rel_type: str, src_label: str, dst_label: str, keys: Sequence[str]) -> str:
    """Merge a batch of relationships of one type by id; rows are [id, src, dst, value of each key..., count].

    Properties are replaced (relationships are scoped per article): every key of the batch is set, a null
    removes it. `count` is how many properties the row leaves (id included); a relationship that ends with
    more kept an old key outside the batch's keys, and is returned in `stale` for rel_replace.
    """
    sets = ", ".join(f"r.{property_key(key)} = row[{i}]" for i, key in enumerate(keys, start=3))
    return (f"{FIXED_PLAN}UNWIND $rows AS row\nMATCH (a:{quoted(src_label)} {{id: row[1]}})\n"
            f"MATCH (b:{quoted(dst_label)} {{id: row[2]}})\n"
            f"MERGE (a)-[r:{quoted(check_rel_type(rel_type))} {{id: row[0]}}]->(b)\n"
            + (f"SET {sets}\n" if sets else "")
            + f"RETURN count(r) AS n, collect(CASE WHEN size(keys(r)) > row[{len(keys) + 3}] THEN row[0] END) AS stale")


def rel_create(rel_type: str, src_label: str, dst_label: str, keys: Sequence[str]) -> str:
    """Create a batch of relationships that cannot exist yet (an end node was created by this transaction);
    rows as for rel_upsert. Null values are simply not set."""
    props = "".join(f", {property_key(key)}: row[{i}]" for i, key in enumerate(keys, start=3))
    return (f"{FIXED_PLAN}UNWIND $rows AS row\nMATCH (a:{quoted(src_label)} {{id: row[1]}})\n"
            f"MATCH (b:{quoted(dst_label)} {{id: row[2]}})\n"
            f"CREATE (a)-[r:{quoted(check_rel_type(rel_type))} {{id: row[0]{props}}}]->(b)\n"
            "WITH count(r) AS n RETURN n, [] AS stale")


def rel_replace(rel_type: str, src_label: str, dst_label: str) -> str:
    """Replace all properties of existing relationships (rows are [id, src, dst, props]); only for stale ones."""
    return (f"{FIXED_PLAN}UNWIND $rows AS row\nMATCH (a:{quoted(src_label)} {{id: row[1]}})"
            f"-[r:{quoted(check_rel_type(rel_type))} {{id: row[0]}}]->(b:{quoted(dst_label)} {{id: row[2]}})\n"
            "SET r = row[3]")


def schema_statements() -> dict[str, str]:
    """Named constraints (id unique per label) and lookup indexes.

    No relationship constraints: MERGE between two matched nodes locks both and re-checks, so it never
    duplicates a relationship, and a relationship uniqueness index made writes 2.5x slower (bench/).
    """
    stmts = {f"kgbuild_{label.lower()}_id":
             f"CREATE CONSTRAINT kgbuild_{label.lower()}_id IF NOT EXISTS FOR (n:{quoted(label)}) REQUIRE n.id IS UNIQUE"
             for label in NODE_LABELS}
    for label, prop in INDEXED:
        name = f"kgbuild_{label.lower()}_{prop}"
        stmts[name] = f"CREATE INDEX {name} IF NOT EXISTS FOR (n:{quoted(label)}) ON (n.{prop})"
    return stmts


def count_nodes(label: str) -> str:
    """Count nodes of one label (answered from Neo4j's count store)."""
    return f"MATCH (n:{quoted(label)}) RETURN count(n) AS n"


def count_rels(rel_type: str) -> str:
    """Count relationships of one type (answered from Neo4j's count store)."""
    return f"MATCH ()-[r:{quoted(rel_type)}]->() RETURN count(r) AS n"
