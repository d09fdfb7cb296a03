"""Exporters: each writes the same graph source (embedded store or Neo4j, whole or a view of it) in one format.

Stream formats implement Writer (one file or stdout); neo4j-csv is a FolderWriter (a folder of files).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import IO

from kgbuild.errors import UsageError
from kgbuild.export.gexf import write_gexf
from kgbuild.export.graphml import write_graphml, write_graphml_gephi
from kgbuild.export.jsonfile import write_json
from kgbuild.export.neo4jcsv import write_neo4j_csv
from kgbuild.export.project import PROJECTIONS, project
from kgbuild.export.source import GraphSource
from kgbuild.export.subgraph import SubgraphSpec, subgraph

Writer = Callable[[GraphSource, IO[bytes]], None]
FolderWriter = Callable[[GraphSource, Path], None]
EXPORTERS: dict[str, Writer] = {"graphml": write_graphml, "gexf": write_gexf, "json": write_json}
FOLDER_EXPORTERS: dict[str, FolderWriter] = {"neo4j-csv": write_neo4j_csv}
FORMATS = (*EXPORTERS, *FOLDER_EXPORTERS)


def exporter(fmt: str, *, gephi: bool = False) -> Writer:
    """The writer of a stream format (GraphML's Gephi flavour on request), or a UsageError."""
    if gephi and fmt != "graphml":
        raise UsageError(f"--gephi is a GraphML flavour; {fmt} has none (GEXF is Gephi's own format)")
    if gephi:
        return write_graphml_gephi
    try:
        return EXPORTERS[fmt]
    except KeyError:
        raise UsageError(f"unknown export format {fmt!r} (use one of {', '.join(FORMATS)})") from None


def view(source: GraphSource, spec: SubgraphSpec, projection: str | None = None) -> GraphSource:
    """What to export: the date range first, then the projection, then the other filters."""
    if projection is None:
        return subgraph(source, spec)
    return subgraph(project(subgraph(source, spec.dates_only()), projection), spec.without_dates())


__all__ = ["EXPORTERS", "FOLDER_EXPORTERS", "FORMATS", "PROJECTIONS", "FolderWriter", "GraphSource",
           "SubgraphSpec", "Writer", "exporter", "view"]
