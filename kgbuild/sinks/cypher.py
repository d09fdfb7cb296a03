"""Cypher text: labels and types come only from the fixed lists of kgbuild.graph.schema; values are parameters."""

from __future__ import annotations

from typing import Final

from kgbuild.graph.schema import NODE_LABELS, REL_TYPES, check_rel_type, labels_for
from kgbuild.sinks.values import COMMITTED

NEW = "kgbuild_new"  # set on create and removed in the same statement: never committed

INDEXED: Final = (("Entity", "name"), ("Entity", "wikidata"), ("Event", "type"), ("Event", "date"),
                  ("Article", "published"))

# Per key, the semantics of kgbuild.store.props.merge_props: a new node takes the row as it is; an existing
# one gets missing values filled and lists unioned in first-seen order, and keeps every other value. Only
# keys whose value changes are written (an entity seen again usually changes nothing). `SET n.id` takes
# the node's write lock before anything is read, so a concurrent writer cannot slip in between.
_MERGE_PROPS = f"""SET n.id = row.id
WITH n, row, n.{NEW} IS NOT NULL AS created
REMOVE n.{NEW}
WITH n, row, CASE WHEN created THEN [] ELSE [k IN keys(row.props) | [k, CASE
    WHEN n[k] IS NULL THEN row.props[k]
    WHEN valueType(n[k]) STARTS WITH 'LIST' AND valueType(row.props[k]) STARTS WITH 'LIST'
      THEN reduce(acc = [], x IN n[k] + row.props[k] | CASE WHEN x IN acc THEN acc ELSE acc + [x] END)
    ELSE n[k]
  END]] END AS merged
FOREACH (p IN [p IN merged WHERE p[1] IS NOT NULL AND (n[p[0]] IS NULL OR n[p[0]] <> p[1])] |
  SET n[p[0]] = p[1])"""

MARK_COMMITTED: Final = f"UNWIND $ids AS id MATCH (a:Article {{id: id}}) SET a.{COMMITTED} = true RETURN count(a) AS n"
HAS_ARTICLE: Final = f"MATCH (a:Article {{id: $id}}) RETURN coalesce(a.{COMMITTED}, false) AS done"
REGISTRY: Final = ("MATCH (e:Entity) WHERE e.resolved IS NULL RETURN e.id AS id, labels(e) AS labels, "
                   "e.name AS name, coalesce(e.aliases, []) AS aliases, e.nil_keys AS keys ORDER BY id")
READ_NODES: Final = ("MATCH (n) WHERE n:Article OR n:Entity OR n:Event "
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


def node_upsert(label: str) -> str:
    """Merge a batch of nodes of one primary label; an entity gets its kind label when created."""
    labels = labels_for(label)
    kind = f"n:{quoted(labels[1])}, " if len(labels) > 1 else ""
    return (f"UNWIND $rows AS row\nMERGE (n:{quoted(labels[0])} {{id: row.id}})\n"
            f"ON CREATE SET {kind}n += row.props, n.{NEW} = true\n{_MERGE_PROPS}")


def rel_upsert(rel_type: str, src_label: str, dst_label: str) -> str:
    """Merge a batch of relationships of one type by id; their properties are replaced (scoped per article)."""
    return (f"UNWIND $rows AS row\nMATCH (a:{quoted(src_label)} {{id: row.src}})\n"
            f"MATCH (b:{quoted(dst_label)} {{id: row.dst}})\n"
            f"MERGE (a)-[r:{quoted(check_rel_type(rel_type))} {{id: row.id}}]->(b)\n"
            "SET r = row.props\nRETURN count(r) AS n")


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
