"""Gephi itself (the Gephi Toolkit 0.10.1, headless) imports the exports of the samples plus the seed.

Gephi keeps one edge per source, target and kind. GEXF and `graphml --gephi` carry the kind (the
relationship type) and merge parallel relationships of one type first, so Gephi's counts equal the
file's. Strict GraphML has no place for a kind that Gephi reads, so Gephi merges relationships of
different types between the same two nodes: its edge count is the number of distinct node pairs.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import networkx as nx
import pytest

from tests.e2e.cli import run

BAD = ("SEVERE", "CRITICAL")
EXPORTS = {"strict.graphml": ("graphml",), "gephi.graphml": ("graphml", "--gephi"), "graph.gexf": ("gexf",),
           "actors.gexf": ("gexf", "--project", "actors")}


@dataclass
class Imported:
    """What the check printed for one file."""

    counts: dict[str, int] = field(default_factory=dict)
    dynamic: bool = False
    bounds: tuple[str, str] | None = None
    issues: list[tuple[str, str]] = field(default_factory=list)
    error: str | None = None

    def worst(self, levels: tuple[str, ...]) -> list[tuple[str, str]]:
        """The issues at these levels."""
        return [issue for issue in self.issues if issue[0] in levels]


def parse(stdout: str) -> dict[str, Imported]:
    """The check's blocks (file, nodes, edges, kinds, dynamic, bounds, colors, issue..., end) by file name."""
    results: dict[str, Imported] = {}
    current = Imported()
    for line in stdout.splitlines():
        key, _tab, value = line.partition("\t")
        if key == "file":
            current = results.setdefault(Path(value).name, Imported())
        elif key in ("nodes", "edges", "kinds", "colors"):
            current.counts[key] = int(value)
        elif key == "dynamic":
            current.dynamic = value == "true"
        elif key == "bounds":
            current.bounds = _days(value)
        elif key == "issue":
            level, _tab, message = value.partition("\t")
            current.issues.append((level, message))
        elif key == "error":
            current.error = value
    return results


def _days(bounds: str) -> tuple[str, str]:
    """Gephi's time bounds (milliseconds since 1970, UTC) as days."""
    _format, low, high = bounds.split("\t")
    return tuple(datetime.fromtimestamp(float(v) / 1000, UTC).date().isoformat() for v in (low, high))  # type: ignore[return-value]


@pytest.fixture(scope="module")
def exported(sample_store: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The samples plus the seed, exported by the real command in each Gephi-facing way."""
    folder = tmp_path_factory.mktemp("gephi")
    for name, (fmt, *options) in EXPORTS.items():
        result = run("export", "--store", sample_store, "--format", fmt, *options, "-o", folder / name)
        assert result.returncode == 0, result.stderr
    return {name: folder / name for name in EXPORTS}


@pytest.fixture(scope="module")
def imported(gephi_check: list[str], exported: dict[str, Path]) -> dict[str, Imported]:
    """Gephi's view of every export (one JVM for all of them)."""
    done = subprocess.run([*gephi_check, *map(str, exported.values())], capture_output=True, text=True,
                          timeout=300, check=False)
    print(done.stdout)  # shown by pytest on failure, and with -s: the check's own report
    assert done.returncode == 0, done.stdout + done.stderr[-3000:]
    return parse(done.stdout)


def read(path: Path) -> nx.MultiDiGraph:
    """networkx's reading of an export."""
    if path.suffix == ".gexf":
        return nx.read_gexf(path)
    return nx.read_graphml(path, force_multigraph=True)


@pytest.mark.parametrize("name", list(EXPORTS))
def test_gephi_imports_without_severe_issues(name: str, imported: dict[str, Imported]) -> None:
    result = imported[name]
    assert result.error is None
    assert result.worst(BAD) == []


@pytest.mark.parametrize("name", ["gephi.graphml", "graph.gexf", "actors.gexf"])
def test_gephi_facing_exports_import_whole_without_warnings(name: str, imported: dict[str, Imported],
                                                            exported: dict[str, Path]) -> None:
    graph, result = read(exported[name]), imported[name]
    assert result.counts["nodes"] == graph.number_of_nodes() > 0
    assert result.counts["edges"] == graph.number_of_edges() > 0
    assert result.worst(("WARNING", *BAD)) == []
    kinds = {d.get("type") or d.get("label") for _u, _v, d in graph.edges(data=True)}
    assert result.counts["kinds"] == len(kinds)
    assert result.counts["colors"] == len({d["kind"] for _n, d in graph.nodes(data=True)})


def test_strict_graphml_imports_every_node_and_one_edge_per_node_pair(imported: dict[str, Imported],
                                                                      exported: dict[str, Path]) -> None:
    graph, result = read(exported["strict.graphml"]), imported["strict.graphml"]
    assert result.counts["nodes"] == graph.number_of_nodes()
    assert result.counts["edges"] == len(set(graph.edges()))


def test_gexf_timeline_spans_the_dated_events_and_articles(imported: dict[str, Imported],
                                                           exported: dict[str, Path]) -> None:
    graph, result = read(exported["graph.gexf"]), imported["graph.gexf"]
    starts = [d["start"] for _n, d in graph.nodes(data=True) if "start" in d]
    assert result.dynamic and result.bounds == (min(starts), max(starts))
