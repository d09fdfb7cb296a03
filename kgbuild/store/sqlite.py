"""The SQLite store: one transaction per article, upserts by deterministic id, a commit marker per article."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from kgbuild.errors import StoreError
from kgbuild.graph.schema import NODE_LABELS, REL_TYPES
from kgbuild.model.entity import ENTITY_KINDS, Entity, EntityKind
from kgbuild.model.graph import DocGraph, Node, Rel
from kgbuild.store.props import dumps, loads, merge_props

SCHEMA_VERSION = 1
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


class SqliteStore:
    """The graph in one file; the only writer of it (with kgbuild.sinks for Neo4j)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA busy_timeout=30000")
            self.conn.executescript(_SCHEMA)
            self.conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{path}: cannot open the store ({exc})") from exc

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
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            for node in graph.nodes:
                self._upsert_node(node)
            for rel in graph.rels:
                self._upsert_rel(rel)
            self.conn.execute("INSERT OR IGNORE INTO articles VALUES (?, ?)", (graph.article_id, path))
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                raise StoreError(f"{self.path}: write failed, nothing of {path} was stored ({exc})") from exc
            raise

    def _upsert_node(self, node: Node) -> None:
        """Insert or merge a node (lists unioned, set scalars kept); the registry learns entities."""
        if node.label not in NODE_LABELS:
            raise StoreError(f"label {node.label!r} is not in the fixed list")
        row = self.conn.execute("SELECT props FROM nodes WHERE id = ?", (node.id,)).fetchone()
        props = merge_props(loads(row[0]), node.props) if row else node.props
        self.conn.execute("INSERT OR REPLACE INTO nodes VALUES (?, ?, ?)", (node.id, node.label, dumps(props)))
        if node.label in ENTITY_KINDS and props.get("resolved") is None:
            self.conn.execute("INSERT OR IGNORE INTO registry VALUES (?, ?, ?, ?)",
                              (node.id, node.label, str(props.get("name")), str(props.get("key") or node.id)))

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
        """Entities learned from earlier ingests that the gazetteer does not have (e.g. unknown outlets)."""
        rows = self.conn.execute("SELECT id, kind, name, key FROM registry ORDER BY id").fetchall()
        return [Entity(id=i, key=k, kind=_kind(kind), name=n, source="registry") for i, kind, n, k in rows]


def _kind(kind: str) -> EntityKind:
    """A stored kind, checked against the fixed list."""
    if kind not in ENTITY_KINDS:
        raise StoreError(f"stored entity kind {kind!r} is not in the fixed list")
    return kind
