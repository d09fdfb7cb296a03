"""`kgbuild push` (embedded store → Neo4j) and `kgbuild neo4j init` (constraints and indexes only)."""

from __future__ import annotations

from pathlib import Path

import click

from kgbuild.cli.backends import check_uri, existing_store, open_sink
from kgbuild.cli.errors import handle_errors
from kgbuild.cli.options import batch_size_option, neo4j_target_option, store_option, writers_option
from kgbuild.sinks.rows import DEFAULT_PUSH_ROWS
from kgbuild.store.sqlite import SqliteStore


@click.command("push")
@store_option
@neo4j_target_option
@batch_size_option("Nodes or relationships", DEFAULT_PUSH_ROWS)
@writers_option
@handle_errors
def push_cli(store: Path | None, neo4j: str | None, batch_size: int, writers: int) -> None:
    """Load an embedded store into Neo4j (idempotent: pushing again changes nothing)."""
    from kgbuild.sinks.push import push

    check_uri(neo4j)
    path = existing_store(store)
    with SqliteStore(path) as db, open_sink(neo4j or "", writers=writers) as sink:
        report = push(db, sink, batch_size)
        counts = sink.counts()
    nodes, rels = sum(counts["nodes"].values()), sum(counts["relationships"].values())
    click.echo(f"pushed     {path}: {report.nodes} nodes, {report.rels} relationships, {report.articles} articles")
    click.echo(f"neo4j      {sink.where}: {nodes} nodes, {rels} relationships")


@click.group("neo4j")
def neo4j_cli() -> None:
    """Prepare the Neo4j database kgbuild writes to (connection from NEO4J_* variables)."""


@neo4j_cli.command("init")
@neo4j_target_option
@handle_errors
def init_cli(neo4j: str | None) -> None:
    """Create kgbuild's uniqueness constraints and indexes (idempotent; ingest and push do it too)."""
    check_uri(neo4j)
    with open_sink(neo4j or "") as sink:
        created = sink.ensure_schema()
    click.echo(f"neo4j      {sink.where}: created {len(created)} constraints and indexes"
               + (f" ({', '.join(created)})" if created else "; all were there already"))
