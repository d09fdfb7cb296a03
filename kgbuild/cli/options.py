"""Options shared by several commands, as decorators."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import click

from kgbuild.config import default_store_path

F = TypeVar("F", bound=Callable[..., object])


def store_option(func: F) -> F:
    """--store FILE (default ./kg.db or KGBUILD_STORE)."""
    return click.option("--store", "store", type=click.Path(dir_okay=False, path_type=Path), default=None,
                        help="Embedded store file (default: ./kg.db, or $KGBUILD_STORE).")(func)


def gazetteer_option(func: F) -> F:
    """--gazetteer FILE, repeatable."""
    return click.option("--gazetteer", "gazetteers", multiple=True,
                        type=click.Path(exists=True, dir_okay=False, path_type=Path),
                        help="Extra gazetteer file (JSON Lines, see data/gazetteer/README.md); repeatable.")(func)


def lang_option(func: F) -> F:
    """--lang auto|hu|en."""
    return click.option("--lang", type=click.Choice(["auto", "hu", "en"]), default="auto", show_default=True,
                        help="Language of the input; auto detects it per document.")(func)


def resolve_store(store: Path | None) -> Path:
    """The store path the user chose, or the default."""
    return store if store is not None else default_store_path()


def neo4j_option(func: F) -> F:
    """--neo4j [URI]: use Neo4j instead of the embedded store (URI from NEO4J_URI when omitted)."""
    return click.option("--neo4j", "neo4j", is_flag=False, flag_value="", default=None, metavar="[URI]",
                        help="Use Neo4j instead of the embedded store; without URI, $NEO4J_URI "
                             "(credentials always from NEO4J_USERNAME / NEO4J_PASSWORD).")(func)


def batch_size_option(unit: str, default: int) -> Callable[[F], F]:
    """--batch-size N: how much goes into one Neo4j transaction."""
    return click.option("--batch-size", type=click.IntRange(min=1), default=default, show_default=True,
                        help=f"{unit} per Neo4j transaction.")


def writers_option(func: F) -> F:
    """--writers N: concurrent Neo4j transactions."""
    return click.option("--writers", type=click.IntRange(min=1), default=1, show_default=True,
                        help="Concurrent Neo4j transactions (each with its own share of the batch).")(func)


def neo4j_target_option(func: F) -> F:
    """--neo4j [URI] for commands that only talk to Neo4j (push, neo4j init)."""
    return click.option("--neo4j", "neo4j", is_flag=False, flag_value="", default=None, metavar="[URI]",
                        help="The Neo4j server (default: $NEO4J_URI; credentials from NEO4J_USERNAME / "
                             "NEO4J_PASSWORD).")(func)
