"""The SQLite store: one transaction per article, upserts by deterministic id, a commit marker per article."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType

from kgbuild.errors import StoreError
from kgbuild.graph.schema import NODE_LABELS, REL_TYPES
from kgbuild.model.entity import ENTITY_KINDS, Entity, EntityKind
from kgbuild.model.graph import DocGraph, Node, PropValue, Rel
from kgbuild.store.props import dumps, loads, merge_props

SCHEMA_VERSION = 2
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (id TEXT PRIMARY KEY, label TEXT NOT NULL, props TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS nodes_label ON nodes(label);
CREATE TABLE IF NOT EXISTS rels (id TEXT PRIMARY KEY, type TEXT NOT NULL, src TEXT NOT NULL, dst TEXT NOT NULL,
                                 props TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS rels_src ON rels(src);
CREATE INDEX IF NOT EXISTS rels_dst ON rels(dst);
CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, path TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS registry (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL);
"""
# Version 2: the registry also keeps the spellings and clustering keys of unknown-name (NIL) clusters.
_REGISTRY_COLUMNS = (("aliases", "TEXT NOT NULL DEFAULT '[]'"), ("keys", "TEXT NOT NULL DEFAULT '[]'"),
                     ("source", "TEXT NOT NULL DEFAULT 'registry'"))


class SqliteStore:
    """The graph in one file; the only writer of it (with kgbuild.sinks for Neo4j)."""

    batch_size = 64  # articles per transaction, each with its marker; a failed batch is retried one by one

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")  # WAL keeps the file consistent; markers make re-runs resume
            self.conn.execute("PRAGMA busy_timeout=30000")
            self.conn.executescript(_SCHEMA)
            self._upgrade_registry()
            self.conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from exc

    def _upgrade_registry(self) -> None:
        """Add the version-2 registry columns to a store made by an earlier version."""
        have = {row[1] for row in self.conn.execute("PRAGMA table_info(registry)")}
        for name, decl in _REGISTRY_COLUMNS:
            if name not in have:
                self.conn.execute(f"ALTER TABLE registry ADD COLUMN {name} {decl}")

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection (everything written is already committed)."""
        self.conn.close()

    def has_article(self, article_id: str) -> bool:
        """True when the article's commit marker exists, i.e. its data is fully stored."""
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def write(self, graph: DocGraph, path: str) -> None:
        """Write one article's graph and its commit marker in one transaction (all or nothing)."""
        self.write_batch([(graph, path)])

    def write_batch(self, items: Sequence[tuple[DocGraph, str]]) -> None:
        """Write the articles and their commit markers in one transaction: all of them or none."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for graph, path in items:
                self._write_one(graph, path)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                names = ", ".join(path for _graph, path in items[:3]) + (" ..." if len(items) > 3 else "")
                raise StoreError(f"{self.path}: write failed, nothing of {names} was stored ({exc})") from exc
            raise

    def _write_one(self, graph: DocGraph, path: str) -> None:
        """One article's nodes, relationships and marker, inside the caller's transaction."""
        for node in graph.nodes:
            self._upsert_node(node)
        for rel in graph.rels:
            self._upsert_rel(rel)
        self.conn.execute("INSERT OR IGNORE INTO articles VALUES (?, ?)", (graph.article_id, path))

    def _upsert_node(self, node: Node) -> None:
        """Insert or merge a node (lists unioned, set scalars kept); the registry learns entities."""
        if node.label not in NODE_LABELS:
            raise StoreError(f"label {node.label!r} is not in the fixed list")
        row = self.conn.execute("SELECT props FROM nodes WHERE id = ?", (node.id,)).fetchone()
        props = merge_props(loads(row[0]), node.props) if row else node.props
        self.conn.execute("INSERT OR REPLACE INTO nodes VALUES (?, ?, ?)", (node.id, node.label, dumps(props)))
        if node.label in ENTITY_KINDS and props.get("resolved") is None:
            self._learn(node.id, node.label, props)

    def _learn(self, node_id: str, label: str, props: dict[str, PropValue]) -> None:
        """Keep an entity the gazetteer lacks in the registry, with its spellings and NIL keys (merged props)."""
        aliases, keys = props.get("aliases") or [], props.get("nil_keys")
        source = "nil" if keys is not None else "registry"
        self.conn.execute(
            "INSERT INTO registry (id, kind, name, key, aliases, keys, source) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET aliases = excluded.aliases, keys = excluded.keys, source = excluded.source",
            (node_id, label, str(props.get("name")), str(props.get("key") or node_id),
             json.dumps(aliases, ensure_ascii=False), json.dumps(keys or [], ensure_ascii=False), source))

    def _upsert_rel(self, rel: Rel) -> None:
        """Insert or replace a relationship (its id already encodes type, ends and scope)."""
        if rel.type not in REL_TYPES:
            raise StoreError(f"relationship type {rel.type!r} is not in the fixed list")
        self.conn.execute("INSERT OR REPLACE INTO rels VALUES (?, ?, ?, ?, ?)",
                          (rel.id, rel.type, rel.src, rel.dst, dumps(rel.props)))

    def nodes(self) -> Iterator[Node]:
        """Every node, ordered by id (stable exports)."""
        for node_id, label, props in self.conn.execute("SELECT id, label, props FROM nodes ORDER BY id"):
            yield Node(node_id, label, loads(props))

    def rels(self) -> Iterator[Rel]:
        """Every relationship, ordered by id."""
        for rid, rtype, src, dst, props in self.conn.execute("SELECT id, type, src, dst, props FROM rels ORDER BY id"):
            yield Rel(rid, rtype, src, dst, loads(props))

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts by label and relationship counts by type."""
        labels = dict(self.conn.execute("SELECT label, COUNT(*) FROM nodes GROUP BY label ORDER BY label").fetchall())
        types = dict(self.conn.execute("SELECT type, COUNT(*) FROM rels GROUP BY type ORDER BY type").fetchall())
        return {"nodes": labels, "relationships": types}

    def registry(self) -> list[Entity]:
        """Entities learned from earlier ingests that the gazetteer lacks (unknown outlets, NIL clusters), oldest first."""
        rows = self.conn.execute("SELECT id, kind, name, key, aliases, keys, source FROM registry ORDER BY rowid").fetchall()
        return [_registered(*row) for row in rows]


def _registered(node_id: str, kind: str, name: str, key: str, aliases: str, keys: str, source: str) -> Entity:
    """A registry row as an Entity (a NIL cluster carries its spellings and keys)."""
    spellings = tuple(json.loads(aliases))
    return Entity(id=node_id, key=key, kind=_kind(kind), name=name, source=source,
                  aliases={"und": spellings} if spellings else {}, keys=tuple(json.loads(keys)))


def _kind(kind: str) -> EntityKind:
    """A stored kind, checked against the fixed list."""
    if kind not in ENTITY_KINDS:
        raise StoreError(f"stored entity kind {kind!r} is not in the fixed list")
    return kind
