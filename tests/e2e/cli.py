"""Run the real kgbuild command the way a user does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import networkx as nx

KGBUILD = Path(sys.executable).with_name("kgbuild")


def run(*args: str | Path, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed console script, with its exit code and both streams."""
    return subprocess.run([str(KGBUILD), *map(str, args)], input=stdin, capture_output=True, text=True,
                          cwd=cwd, timeout=300, check=False)


def export_graph(store: Path, tmp: Path) -> nx.MultiDiGraph:
    """Export a store as GraphML and read it back with networkx."""
    out = tmp / "graph.graphml"
    result = run("export", "--store", store, "--format", "graphml", "-o", out)
    assert result.returncode == 0, result.stderr
    return nx.read_graphml(out, force_multigraph=True)


def counts(graph: nx.MultiDiGraph) -> tuple[int, int]:
    """Node and edge counts."""
    return graph.number_of_nodes(), graph.number_of_edges()
