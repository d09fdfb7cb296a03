"""`kgbuild export`: the graph, or a view of it, as GraphML, GEXF, JSON or neo4j-admin CSV."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kgbuild.cli.backends import open_source
from kgbuild.cli.errors import handle_errors
from kgbuild.cli.export_options import view_options
from kgbuild.cli.options import neo4j_option, store_option
from kgbuild.export import FORMATS, SubgraphSpec, view
from kgbuild.export.output import export_graph


@click.command("export")
@store_option
@neo4j_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="Output format.")
@click.option("-o", "--output", required=True, help="Output file (a folder for neo4j-csv), or - for stdout.")
@view_options
@handle_errors
def export_cli(store: Path | None, neo4j: str | None, fmt: str, output: str, spec: SubgraphSpec,
               projection: str | None, gephi: bool) -> None:
    """Export the graph, or a subgraph or projection of it (GraphML/GEXF for Gephi, JSON, neo4j-admin CSV)."""
    with open_source(store, neo4j) as db:
        target = export_graph(view(db, spec, projection), fmt, output, sys.stdout.buffer, gephi=gephi)
    if target is not None:
        click.echo(f"wrote {target} ({fmt}{' for Gephi' if gephi else ''})", err=True)
