"""The SQLite store: one transaction per batch of articles, upserts by deterministic id, a commit marker per article."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType

from kgbuild.errors import StoreError
from kgbuild.graph.schema import REL_TYPES
from kgbuild.model.entity import ENTITY_KINDS, Entity, EntityKind
from kgbuild.model.graph import DocGraph, Node, Rel
from kgbuild.store.batch import NodePlan
from kgbuild.store.encoded import EncodedGraph, GraphEncoder, RelRow
from kgbuild.store.props import loads

SCHEMA_VERSION = 2
_CACHE_KIB = 16384  # page cache (2 MB by default): 16 MB saves ~10% of the writer's CPU for 14 MB of RSS (affordable
# since the workers no longer import pypinyin)
_READ_CHUNK = 900  # ids per SELECT ... IN (...), well under SQLite's bound-parameter limit
# No index on rels(src) or rels(dst): nothing looks relationships up by an end (reads go by id or scan all), and the
# two indexes cost a third of the writer's store CPU. Stores made before keep theirs, which stay correct.
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS nodes (id TEXT PRIMARY KEY, label TEXT NOT NULL, props TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS nodes_label ON nodes(label);
CREATE TABLE IF NOT EXISTS rels (id TEXT PRIMARY KEY, type TEXT NOT NULL, src TEXT NOT NULL, dst TEXT NOT NULL,
                                 props TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, path TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS registry (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, key TEXT NOT NULL);
"""
# Version 2: the registry also keeps the spellings and clustering keys of unknown-name (NIL) clusters.
_REGISTRY_COLUMNS = (("aliases", "TEXT NOT NULL DEFAULT '[]'"), ("keys", "TEXT NOT NULL DEFAULT '[]'"),
                     ("source", "TEXT NOT NULL DEFAULT 'registry'"))


class SqliteStore:
    """The graph in one file; the only writer of it (with kgbuild.sinks for Neo4j)."""

    batch_size = 128  # articles per transaction, each with its marker; a failed batch is retried one by one

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(path, isolation_level=None)
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")  # WAL keeps the file consistent; markers make re-runs resume
            self.conn.execute("PRAGMA busy_timeout=30000")
            self.conn.execute(f"PRAGMA cache_size=-{_CACHE_KIB}")
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
        encode = GraphEncoder()
        self.write_encoded([(encode(graph), path) for graph, path in items])

    def write_encoded(self, items: Sequence[tuple[EncodedGraph, str]]) -> None:
        """write_batch for graphs already encoded (by the extraction processes)."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            self._write_rows(items)
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError):
                names = ", ".join(path for _graph, path in items[:3]) + (" ..." if len(items) > 3 else "")
                raise StoreError(f"{self.path}: write failed, nothing of {names} was stored ({exc})") from exc
            raise

    def _write_rows(self, items: Sequence[tuple[EncodedGraph, str]]) -> None:
        """Nodes merged over the stored ones (one read, changed rows only), relationships, registry and markers."""
        plan = NodePlan(self._stored({row[0] for graph, _path in items for row in graph.nodes}))
        for graph, _path in items:
            for row in graph.nodes:
                plan.add(row)
            _check_rel_types(graph.rels)
        self.conn.executemany("INSERT INTO nodes VALUES (?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                              "label = excluded.label, props = excluded.props", plan.node_rows())
        self.conn.executemany("INSERT INTO rels VALUES (?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET type = excluded.type, "
                              "src = excluded.src, dst = excluded.dst, props = excluded.props",
                              _last_rels(items))
        self.conn.executemany(
            "INSERT INTO registry (id, kind, name, key, aliases, keys, source) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT(id) DO UPDATE SET aliases = excluded.aliases, keys = excluded.keys, source = excluded.source",
            plan.registry_rows())
        self.conn.executemany("INSERT OR IGNORE INTO articles VALUES (?, ?)",
                              [(graph.article_id, path) for graph, path in items])

    def _stored(self, ids: set[str]) -> dict[str, tuple[str, str]]:
        """(label, props JSON) of the nodes among `ids` that the store already has, read a chunk at a time."""
        wanted, found = list(ids), {}
        for start in range(0, len(wanted), _READ_CHUNK):
            chunk = wanted[start:start + _READ_CHUNK]
            marks = ", ".join("?" * len(chunk))
            for node_id, label, props in self.conn.execute(f"SELECT id, label, props FROM nodes WHERE id IN ({marks})", chunk):
                found[node_id] = (label, props)
        return found

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


def _last_rels(items: Sequence[tuple[EncodedGraph, str]]) -> Iterable[RelRow]:
    """Each relationship once, where it first comes, as it last comes: what upserting every row in order leaves."""
    last: dict[str, RelRow] = {}
    for graph, _path in items:
        for rel in graph.rels:
            last[rel[0]] = rel
    return last.values()


def _check_rel_types(rels: Sequence[RelRow]) -> None:
    """Refuse a relationship type outside the fixed list (nothing from input text becomes a type)."""
    for rel in rels:
        if rel[1] not in REL_TYPES:
            raise StoreError(f"relationship type {rel[1]!r} is not in the fixed list")


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
