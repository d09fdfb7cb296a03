"""The kgbuild command group."""

from __future__ import annotations

import importlib
import logging

import click

from kgbuild import __version__

# Each subcommand is imported only when it runs (or help lists it): `kgbuild ingest` forks its workers from
# this process, and importing every other command first (exports, Neo4j driver, queries) added about 60 MB
# to the writer and to each worker.
COMMANDS = {
    "ingest": ("kgbuild.cli.ingest", "ingest_cli"),
    "export": ("kgbuild.cli.export", "export_cli"),
    "stats": ("kgbuild.cli.stats", "stats_cli"),
    "resolve": ("kgbuild.cli.resolve", "resolve_cli"),
    "query": ("kgbuild.cli.query", "query_cli"),
    "push": ("kgbuild.cli.neo4j", "push_cli"),
    "neo4j": ("kgbuild.cli.neo4j", "neo4j_cli"),
}


class LazyGroup(click.Group):
    """A command group that imports a subcommand's module only when the subcommand is asked for."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every subcommand name, sorted as click lists them."""
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The subcommand, imported on first use."""
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, name = COMMANDS[cmd_name]
            command = getattr(importlib.import_module(module), name)
            assert isinstance(command, click.Command)
            self.add_command(command, cmd_name)
        return self.commands.get(cmd_name)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
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



def main() -> None:
    """Console entry point."""
    cli()
