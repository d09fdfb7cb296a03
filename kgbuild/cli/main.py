"""The kgbuild command group."""

from __future__ import annotations

import click

from kgbuild import __version__
from kgbuild.cli.export import export_cli
from kgbuild.cli.ingest import ingest_cli
from kgbuild.cli.resolve import resolve_cli
from kgbuild.cli.stats import stats_cli


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgbuild")
@click.option("--verbose", "-v", is_flag=True, help="Show tracebacks for errors.")
def cli(verbose: bool) -> None:
    """Turn news articles into a knowledge graph of actors, events and who reported them."""


cli.add_command(ingest_cli)
cli.add_command(export_cli)
cli.add_command(stats_cli)
cli.add_command(resolve_cli)


def main() -> None:
    """Console entry point."""
    cli()
