"""`kgbuild query list|show|run|bundle|serve`: the shipped Cypher query packs."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import click

from kgbuild.cli.errors import handle_errors
from kgbuild.cli.options import neo4j_option
from kgbuild.config import neo4j_settings
from kgbuild.errors import UsageError
from kgbuild.query.bundle import GUIDE_NAME, write_bundle
from kgbuild.query.packs import all_queries, find_query
from kgbuild.query.render import render
from kgbuild.query.runner import parameters, run_query
from kgbuild.query.serve import make_server


@click.group("query")
def query_cli() -> None:
    """Analyst questions as Cypher query packs (also runnable in Neo4j Browser)."""


@query_cli.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array with every query's header.")
@handle_errors
def list_cli(as_json: bool) -> None:
    """List the shipped queries by theme."""
    queries = all_queries()
    if as_json:
        click.echo(json.dumps([{"name": q.name, "theme": q.theme, "title": q.title, "description": q.description,
                                "params": [{"name": p.name, "type": p.type, "example": p.example} for p in q.params],
                                "columns": list(q.columns)} for q in queries], ensure_ascii=False, indent=2))
        return
    width = max(len(q.name) for q in queries)
    for q in queries:
        click.echo(f"{q.theme:<11} {q.name:<{width}}  {q.title}")


@query_cli.command("show")
@click.argument("name")
@handle_errors
def show_cli(name: str) -> None:
    """Print a query file as shipped (header and Cypher)."""
    click.echo(find_query(name).source.rstrip("\n"))


@query_cli.command("run")
@click.argument("name")
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A parameter value (repeatable); the header's examples fill in the rest.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@neo4j_option
@handle_errors
def run_cli(name: str, params: tuple[str, ...], fmt: str, neo4j: str | None) -> None:
    """Run a query against Neo4j (NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD)."""
    query = find_query(name)
    values = parameters(query, dict(_split(p) for p in params))
    click.echo(render(run_query(query, values, neo4j_settings(neo4j or None)), fmt))


def _split(param: str) -> tuple[str, str]:
    """KEY=VALUE into its parts."""
    key, sep, value = param.partition("=")
    if not sep or not key:
        raise UsageError(f"-p expects KEY=VALUE, got {param!r}")
    return key, value


@query_cli.command("bundle")
@click.option("-o", "--output", type=click.Path(file_okay=False, path_type=Path), required=True,
              help="Directory for the zip and the guide.")
@handle_errors
def bundle_cli(output: Path) -> None:
    """Write a zip of the packs (drag it onto Browser's saved scripts) and a Browser guide."""
    archive, guide = write_bundle(output)
    click.echo(f"wrote {archive} and {guide}")


@query_cli.command("serve")
@click.option("--port", type=int, default=8001, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True)
@handle_errors
def serve_cli(port: int, host: str) -> None:
    """Serve the guide for Browser: run `:guide http://localhost:PORT/guide.md` there."""
    with tempfile.TemporaryDirectory() as tmp:
        write_bundle(Path(tmp))
        server = make_server(Path(tmp), host, port)
        click.echo(f"serving; in Neo4j Browser run  :guide http://localhost:{server.server_port}/{GUIDE_NAME}  (Ctrl-C stops)")
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
