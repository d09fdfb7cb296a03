"""`kgbuild export`: the graph as GraphML or JSON, to a file or stdout."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kgbuild.cli.errors import handle_errors
from kgbuild.cli.options import resolve_store, store_option
from kgbuild.errors import StoreError
from kgbuild.export import EXPORTERS, exporter
from kgbuild.store.sqlite import SqliteStore


@click.command("export")
@store_option
@click.option("--format", "fmt", type=click.Choice(sorted(EXPORTERS)), required=True, help="Output format.")
@click.option("-o", "--output", required=True, help="Output file, or - for stdout.")
@handle_errors
def export_cli(store: Path | None, fmt: str, output: str) -> None:
    """Export the graph (GraphML for Gephi and networkx, or JSON)."""
    path = resolve_store(store)
    if not path.exists():
        raise StoreError(f"{path}: no such store (run `kgbuild ingest ... --store {path}` first)")
    write = exporter(fmt)
    with SqliteStore(path) as db:
        if output == "-":
            write(db, sys.stdout.buffer)
            return
        target = Path(output)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        with partial.open("wb") as out:
            write(db, out)
        partial.replace(target)
    click.echo(f"wrote {target} ({fmt})", err=True)
