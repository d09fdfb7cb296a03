"""The kgbuild command group."""

from __future__ import annotations

import logging

import click

from kgbuild import __version__
from kgbuild.cli.export import export_cli
from kgbuild.cli.ingest import ingest_cli
from kgbuild.cli.neo4j import neo4j_cli, push_cli
from kgbuild.cli.query import query_cli
from kgbuild.cli.resolve import resolve_cli
from kgbuild.cli.stats import stats_cli


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgbuild")
@click.option("--verbose", "-v", is_flag=True, help="Show tracebacks for errors.")
def cli(verbose: bool) -> None:
    """Turn news articles into a knowledge graph of actors, events and who reported them."""
    _driver_logs(verbose)


def _driver_logs(verbose: bool) -> None:
    """The Neo4j driver logs each retry; users see one error line instead, --verbose shows the log."""
    logger = logging.getLogger("neo4j")
    if verbose:
        logging.basicConfig(level=logging.WARNING, format="%(name)s: %(message)s")
    else:
        logger.addHandler(logging.NullHandler())
        logger.propagate = False


cli.add_command(ingest_cli)
cli.add_command(export_cli)
cli.add_command(stats_cli)
cli.add_command(resolve_cli)
cli.add_command(query_cli)
cli.add_command(push_cli)
cli.add_command(neo4j_cli)


def main() -> None:
    """Console entry point."""
    cli()
