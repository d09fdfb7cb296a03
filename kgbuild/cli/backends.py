"""Open the graph a command works on: the embedded store or Neo4j (the driver is imported only when needed)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from kgbuild.cli.options import resolve_store
from kgbuild.config import neo4j_settings
from kgbuild.errors import StoreError, UsageError
from kgbuild.export.source import GraphSource
from kgbuild.sinks.rows import DEFAULT_BATCH_SIZE
from kgbuild.store.sqlite import SqliteStore

if TYPE_CHECKING:
    from kgbuild.sinks.neo4j import Neo4jSink


def check_exclusive(store: Path | None, neo4j: str | None) -> None:
    """--store and --neo4j name two different graphs: refuse both at once."""
    if store is not None and neo4j is not None:
        raise UsageError("--store and --neo4j are mutually exclusive (pick the embedded store or Neo4j)")


def check_uri(neo4j: str | None) -> None:
    """A --neo4j value must be a URI such as bolt://host:7687 or neo4j://host."""
    if neo4j and "://" not in neo4j:
        raise UsageError(f"--neo4j {neo4j!r} is not a URI (use bolt://HOST:PORT or neo4j://HOST, or --neo4j alone)")


def open_sink(uri: str, batch_size: int = DEFAULT_BATCH_SIZE, writers: int = 1) -> Neo4jSink:
    """A connected Neo4j sink writing `writers` transactions at a time; an empty URI means NEO4J_URI."""
    from kgbuild.sinks.neo4j import Neo4jSink

    return Neo4jSink(neo4j_settings(uri or None), batch_size, writers)


def existing_store(store: Path | None) -> Path:
    """The store path, which must exist (reading commands never create an empty store)."""
    path = resolve_store(store)
    if not path.exists():
        raise StoreError(f"{path}: no such store (run `kgbuild ingest ... --store {path}` first)")
    return path


@contextmanager
def open_source(store: Path | None, neo4j: str | None) -> Iterator[GraphSource]:
    """The graph to read: Neo4j when --neo4j was given, else the embedded store."""
    check_exclusive(store, neo4j)
    check_uri(neo4j)
    if neo4j is not None:
        with open_sink(neo4j) as sink:
            yield sink
        return
    with SqliteStore(existing_store(store)) as db:
        yield db
