"""The Neo4j sink: batched, idempotent writes with a per-article commit marker; also a graph source."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from types import TracebackType
from typing import Any, TypeVar, cast

import neo4j
from neo4j import exceptions as nx

from kgbuild.config import Neo4jSettings
from kgbuild.errors import Neo4jError, Neo4jUnavailableError, UsageError
from kgbuild.graph.schema import BASE_LABELS, ENTITY_LABELS, NODE_LABELS, REL_TYPES
from kgbuild.model.entity import Entity, EntityKind
from kgbuild.model.graph import DocGraph, Node, Rel
from kgbuild.sinks import cypher
from kgbuild.sinks.connection import open_driver, translated, where
from kgbuild.sinks.rows import (DEFAULT_BATCH_SIZE, RelGroup, Statement, lock_statement, merge_repeats,
                                node_statements, rel_groups, rel_statements, replacement_rows)
from kgbuild.sinks.values import NODE_INTERNAL, REL_INTERNAL, from_neo4j
from kgbuild.store.props import is_stable

DEFAULT_WRITERS = 1  # concurrent transactions per write_batch call (bench/neo4j_write.py compares 1 and 2)
KNOWN_NODES = 200_000  # committed node states a sink remembers, to leave unchanged nodes out of later batches
T = TypeVar("T")
_ALREADY = {"Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists",
            "Neo.ClientError.Schema.ConstraintAlreadyExists", "Neo.ClientError.Schema.IndexAlreadyExists"}


class Neo4jSink:
    """The graph in a Neo4j server: an ingest target like SqliteStore, and a source for exports and stats."""

    def __init__(self, settings: Neo4jSettings, batch_size: int = DEFAULT_BATCH_SIZE,
                 writers: int = DEFAULT_WRITERS) -> None:
        if batch_size < 1:
            raise UsageError(f"--batch-size must be at least 1 (got {batch_size})")
        if writers < 1:
            raise UsageError(f"--writers must be at least 1 (got {writers})")
        self.settings = settings
        self.tx_articles = batch_size
        self.writers = writers
        self._schema_ready = False
        self._known: dict[str, tuple[str, dict[str, Any]]] = {}  # node id -> label and properties committed (as given)
        self._known_lock = threading.Lock()
        self._pool = ThreadPoolExecutor(writers, "kgbuild-neo4j") if writers > 1 else None
        self._driver = open_driver(settings)

    def __repr__(self) -> str:
        return f"Neo4jSink({self.where})"

    @property
    def where(self) -> str:
        """The server (and database) as shown to users, without credentials."""
        return where(self.settings)

    def __enter__(self) -> Neo4jSink:
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    @property
    def batch_size(self) -> int:
        """Articles per write_batch call: one transaction of `tx_articles` for each writer."""
        return self.tx_articles * self.writers

    def close(self) -> None:
        """Close the driver's connections (everything written is already committed)."""
        if self._pool is not None:
            self._pool.shutdown()
        self._driver.close()

    def ensure_schema(self) -> list[str]:
        """Create the missing constraints and indexes (once per sink) and wait until they are online."""
        if self._schema_ready:
            return []
        with translated(self.settings, "creating constraints and indexes"):
            existing = {record["name"] for record in self._query("SHOW INDEXES YIELD name RETURN name")}
            created = [name for name, text in cypher.schema_statements().items()
                       if name not in existing and self._create(text)]
            self._query("CALL db.awaitIndexes(300)")
        self._schema_ready = True
        return created

    def _create(self, text: str) -> bool:
        """Run one schema statement; False when an equivalent rule was already there (or just created)."""
        try:
            counters = self._driver.execute_query(text, database_=self.settings.database).summary.counters
        except nx.ClientError as exc:
            if exc.code in _ALREADY:
                return False
            raise
        return counters.constraints_added + counters.indexes_added > 0

    def has_article(self, article_id: str) -> bool:
        """True when the article's commit marker is set, i.e. its data is fully in the graph."""
        with translated(self.settings, "checking an article"):
            records = self._query(cypher.HAS_ARTICLE, {"id": article_id}, read=True)
        return bool(records and records[0]["done"])

    def write(self, graph: DocGraph, path: str) -> None:
        """Write one article's graph and its commit marker in one transaction."""
        self.write_batch([(graph, path)])

    def write_batch(self, items: Sequence[tuple[DocGraph, str]]) -> None:
        """Write several articles, split into one transaction per writer, run concurrently.

        Each transaction carries whole articles with their markers, so a failure leaves every article either
        complete or absent; the first error is raised once every transaction has ended.
        """
        parts = split(items, self.writers)
        if self._pool is None or len(parts) < 2:
            for part in parts:
                self._write_articles(part)
            return
        self.ensure_schema()
        _first_error([self._pool.submit(self._write_articles, part) for part in parts], wait_all=True)

    def _write_articles(self, items: Sequence[tuple[DocGraph, str]]) -> None:
        """Write several articles in one transaction: nodes, relationships, then the commit markers.

        Nodes this sink already committed with the same properties are left out (merging them again would
        change nothing: merges only fill and grow); if the batch fails anyway, say because such a node was
        deleted meanwhile, it is written once more with every node.
        """
        nodes = merge_repeats(node for graph, _path in items for node in graph.nodes)
        rels = [rel for graph, _path in items for rel in graph.rels]
        labels = {node.id: node.label for node in nodes}
        with self._known_lock:
            fresh = [node for node in nodes if self._known.get(node.id) != (node.label, node.props)]
        ids, doing = [graph.article_id for graph, _path in items], f"writing {len(items)} articles"
        first = [lock_statement(labels)] if self.writers > 1 else []
        groups = rel_groups(rels, labels)
        try:
            self._write(first + node_statements(fresh), ids, doing, groups)
        except Neo4jUnavailableError:
            raise
        except Neo4jError:
            if len(fresh) == len(nodes):
                raise
            with self._known_lock:
                self._known.clear()
            fresh = nodes
            self._write(first + node_statements(fresh), ids, doing, groups)
        self._remember(fresh)

    def _remember(self, nodes: Iterable[Node]) -> None:
        """Note the properties of committed nodes that another write would leave as they are (forgetting
        everything past KNOWN_NODES, to bound memory)."""
        states = [(node.id, (node.label, dict(node.props))) for node in nodes if is_stable(node.props)]
        with self._known_lock:
            if len(self._known) > KNOWN_NODES:
                self._known.clear()
            self._known.update(states)

    def write_nodes(self, nodes: Iterable[Node]) -> None:
        """Merge nodes in one transaction (used by push)."""
        self._write(node_statements(nodes), [], "writing nodes")

    def write_rels(self, rels: Iterable[Rel], labels: Mapping[str, str]) -> None:
        """Merge relationships in one transaction; `labels` gives the primary label of their end nodes."""
        rels = list(rels)
        ends = {end: labels[end] for rel in rels for end in (rel.src, rel.dst) if end in labels}
        first = [lock_statement(ends)] if self.writers > 1 else []
        self._write(first + rel_statements(rels, labels), [], "writing relationships")

    def map_concurrently(self, write: Callable[[T], None], chunks: Iterable[T]) -> None:
        """write(chunk) for every chunk, `writers` transactions at a time; the first error is raised once
        the running ones have ended (what they committed stays: every write is idempotent)."""
        if self._pool is None:
            for chunk in chunks:
                write(chunk)
            return
        self.ensure_schema()
        running: list[Future[None]] = []
        for chunk in chunks:
            if len(running) >= self.writers:
                _first_error(running)
            running.append(self._pool.submit(write, chunk))
        _first_error(running, wait_all=True)

    def mark_committed(self, article_ids: Sequence[str]) -> None:
        """Set the commit marker of articles whose data is already written (used by push)."""
        self._write([], list(article_ids), "marking articles")

    def _write(self, statements: list[Statement], committed: list[str], doing: str,
               groups: Sequence[RelGroup] = ()) -> None:
        """One managed transaction (the driver retries transient failures); idempotent, so retries are safe.

        The statements run first, then the relationships of `groups` (created where the statements have just
        created an end node, else merged), then the commit markers of `committed`.
        """
        self.ensure_schema()
        with translated(self.settings, doing), self._session() as session:
            session.execute_write(_run_all, statements, groups, committed)

    def registry(self) -> list[Entity]:
        """Entities the gazetteer lacks (unknown outlets, NIL clusters with their spellings and keys),
        as SqliteStore.registry gives them."""
        with translated(self.settings, "reading the entity registry"):
            records = self._query(cypher.REGISTRY, read=True)
        return [_registered(record) for record in records]

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts by primary label and relationship counts by type (non-zero ones, sorted)."""
        with translated(self.settings, "counting"), self._session() as session:
            return session.execute_read(_count_all)

    def nodes(self) -> Iterator[Node]:
        """Every kgbuild node ordered by id, with the properties the embedded store would hold."""
        for record in self._stream(cypher.READ_NODES, {}, "reading nodes"):
            yield Node(record["id"], primary_label(record["labels"]), from_neo4j(record["props"], NODE_INTERNAL))

    def rels(self) -> Iterator[Rel]:
        """Every kgbuild relationship ordered by id."""
        for record in self._stream(cypher.READ_RELS, {"types": list(REL_TYPES)}, "reading relationships"):
            yield Rel(record["id"], record["type"], record["src"], record["dst"],
                      from_neo4j(record["props"], REL_INTERNAL))

    def _stream(self, text: str, params: dict[str, Any], doing: str) -> Iterator[neo4j.Record]:
        """Records of a read, streamed (exports do not hold the whole graph in memory)."""
        with translated(self.settings, doing), self._session() as session:
            yield from session.run(text, params)

    def _query(self, text: str, params: dict[str, Any] | None = None, read: bool = False) -> list[neo4j.Record]:
        """A short query with the driver's retries."""
        routing = neo4j.RoutingControl.READ if read else neo4j.RoutingControl.WRITE
        result = self._driver.execute_query(text, params or {}, routing_=routing,
                                            database_=self.settings.database)
        return list(result.records)

    def _session(self) -> neo4j.Session:
        """A session on the configured database (the server's default when unset)."""
        return self._driver.session(database=self.settings.database)


def _first_error(running: list[Future[None]], wait_all: bool = False) -> None:
    """Wait for the oldest write (or all of them) and drop it from `running`; raise the first error seen."""
    done = list(running) if wait_all else running[:1]
    del running[:len(done)]
    errors = [exc for exc in (future.exception() for future in done) if exc is not None]
    if errors:
        for future in running:
            future.exception()
        running.clear()
        raise errors[0]


def split(items: Sequence[T], parts: int) -> list[list[T]]:
    """At most `parts` non-empty consecutive slices of nearly equal length."""
    count = min(parts, len(items))
    size, extra = divmod(len(items), count) if count else (0, 0)
    out, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        out.append(list(items[start:end]))
        start = end
    return out


def _run_all(tx: neo4j.ManagedTransaction, statements: list[Statement], groups: Sequence[RelGroup],
             committed: list[str]) -> None:
    """Run the statements, then the relationships of the groups, checking every one found its ends; set the
    commit markers last. Nodes that a statement created (all of its rows, by the server's counters) are fresh:
    relationships touching them are created instead of merged."""
    fresh: set[str] = set()
    for statement in statements:
        _run(tx, statement, fresh)
    for group in groups:
        for statement in group.statements(fresh):
            _run(tx, statement, fresh)
    if committed:
        tx.run(cypher.MARK_COMMITTED, ids=committed).consume()


def _run(tx: neo4j.ManagedTransaction, statement: Statement, fresh: set[str]) -> None:
    """One statement; a node statement that created every one of its rows' nodes adds their ids to `fresh`."""
    result = tx.run(statement.query, rows=statement.rows)
    if not statement.rels:
        created = result.consume().counters.nodes_created
        if statement.creates and created == len(statement.rows):
            fresh.update(row[0] for row in statement.rows)
        return
    record = result.single(strict=True)
    _check_written(statement, int(record["n"]))
    if record["stale"]:
        tx.run(statement.replace, rows=replacement_rows(statement, record["stale"])).consume()


def _check_written(statement: Statement, written: int) -> None:
    """Refuse the whole transaction when a relationship did not find both of its ends."""
    if written != statement.rels:
        example = f" (e.g. {statement.outside})" if statement.outside else ""
        raise Neo4jError(f"{statement.rels - written} of {statement.rels} relationships point at nodes "
                         f"that are not in the graph{example}; nothing of this batch was written")


def _count_all(tx: neo4j.ManagedTransaction) -> dict[str, dict[str, int]]:
    """Counts from Neo4j's count store, one small query per label and type."""
    labels = [label for label in NODE_LABELS if label != "Entity"]
    nodes = {label: _count(tx, cypher.count_nodes(label)) for label in sorted(labels)}
    rels = {rel_type: _count(tx, cypher.count_rels(rel_type)) for rel_type in sorted(REL_TYPES)}
    return {"nodes": {k: v for k, v in nodes.items() if v}, "relationships": {k: v for k, v in rels.items() if v}}


def _count(tx: neo4j.ManagedTransaction, text: str) -> int:
    """The single number a count query returns."""
    return int(tx.run(text).single(strict=True)["n"])


def _registered(record: neo4j.Record) -> Entity:
    """A registry entity from its node: a NIL cluster (it has nil_keys) carries its spellings and keys."""
    aliases, keys = tuple(record["aliases"]), record["keys"]
    return Entity(id=record["id"], key=record["id"], kind=_kind(record["labels"]), name=str(record["name"]),
                  source="nil" if keys is not None else "registry", aliases={"und": aliases} if aliases else {},
                  keys=tuple(keys or ()))


def primary_label(labels: Iterable[str]) -> str:
    """The label a kgbuild record carries: the entity kind, else its base label (Article, Event, Claim)."""
    found = set(labels)
    for label in (*ENTITY_LABELS, *(base for base in BASE_LABELS if base != "Entity")):
        if label in found:
            return label
    raise Neo4jError(f"a node with labels {sorted(found)} is not a kgbuild node")


def _kind(labels: Iterable[str]) -> EntityKind:
    """An entity's kind from its labels."""
    label = primary_label(labels)
    if label not in ENTITY_LABELS:
        raise Neo4jError(f"an Entity node carries no kind label ({label})")
    return cast(EntityKind, label)

