"""Exporters: each writes the same graph source (embedded store or Neo4j) in one format."""

from __future__ import annotations

from collections.abc import Callable
from typing import IO

from kgbuild.errors import UsageError
from kgbuild.export.graphml import write_graphml
from kgbuild.export.jsonfile import write_json
from kgbuild.export.source import GraphSource

Writer = Callable[[GraphSource, IO[bytes]], None]
EXPORTERS: dict[str, Writer] = {"graphml": write_graphml, "json": write_json}


def exporter(fmt: str) -> Writer:
    """The writer of a format, or a UsageError listing the formats there are."""
    try:
        return EXPORTERS[fmt]
    except KeyError:
        raise UsageError(f"unknown export format {fmt!r} (use one of {', '.join(EXPORTERS)})") from None


__all__ = ["EXPORTERS", "GraphSource", "Writer", "exporter"]
