"""`kgbuild export` on the samples plus the seed: every format, read back by real readers.

networkx reads GraphML and GEXF; python-igraph reads GraphML (igraph has no GEXF reader, so GEXF is
read by networkx only); the schemas come from ../shared/schemas.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import igraph
import networkx as nx
import pytest
from lxml import etree

from tests.conftest import SHARED, shared_file
from tests.e2e.cli import run
from tests.neo4j_csv import check_headers, counts


@pytest.fixture(scope="module")
def stats(sample_store: Path) -> dict[str, dict[str, int]]:
    """Node counts by label and relationship counts by type, as `kgbuild stats --json` reports them."""
    result = run("stats", "--store", sample_store, "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    return {"nodes": data["nodes"], "relationships": data["relationships"]}


def export(store: Path, tmp_path: Path, fmt: str, *options: str, name: str | None = None) -> Path:
    """Run the export and return the written path."""
    out = tmp_path / (name or f"graph.{fmt}")
    result = run("export", "--store", store, "--format", fmt, *options, "-o", out)
    assert result.returncode == 0, result.stderr
    assert f"wrote {out}" in result.stderr
    return out


def test_graphml_and_gexf_have_every_node_for_networkx(sample_store: Path, tmp_path: Path,
                                                       stats: dict[str, dict[str, int]]) -> None:
    total_nodes, total_rels = sum(stats["nodes"].values()), sum(stats["relationships"].values())
    graphml = nx.read_graphml(export(sample_store, tmp_path, "graphml"), force_multigraph=True)
    gexf = nx.read_gexf(export(sample_store, tmp_path, "gexf"))
    assert graphml.number_of_nodes() == gexf.number_of_nodes() == total_nodes
    assert graphml.number_of_edges() == total_rels
    assert gexf.number_of_edges() <= total_rels  # parallel relationships of one type are one GEXF edge
    assert sum(d.get("merged", 1) for _u, _v, d in gexf.edges(data=True)) == total_rels
    assert Counter(d["kind"] for _n, d in gexf.nodes(data=True)) == Counter(stats["nodes"])


def test_exports_validate_against_the_official_schemas(sample_store: Path, tmp_path: Path) -> None:
    xsd = etree.XMLSchema(etree.parse(str(shared_file(SHARED / "schemas" / "graphml" / "graphml.xsd"))))
    rng = etree.RelaxNG(etree.parse(str(shared_file(SHARED / "schemas" / "gexf-1.3" / "gexf.rng"))))
    graphml = etree.parse(str(export(sample_store, tmp_path, "graphml")))
    assert xsd.validate(graphml), xsd.error_log
    for options in ((), ("--project", "actors"), ("--since", "2025-01-01", "--kind", "Event", "--kind", "Entity")):
        gexf = etree.parse(str(export(sample_store, tmp_path, "gexf", *options)))
        assert rng.validate(gexf), rng.error_log
        graph = gexf.getroot()[1]
        assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")


def test_igraph_reads_both_graphml_flavours(sample_store: Path, tmp_path: Path,
                                            stats: dict[str, dict[str, int]]) -> None:
    strict = igraph.Graph.Read_GraphML(str(export(sample_store, tmp_path, "graphml")))
    assert (strict.vcount(), strict.ecount()) == (sum(stats["nodes"].values()), sum(stats["relationships"].values()))
    assert set(strict.es["type"]) == set(stats["relationships"])
    gephi = igraph.Graph.Read_GraphML(str(export(sample_store, tmp_path, "graphml", "--gephi", name="g.graphml")))
    assert gephi.vcount() == strict.vcount() and {"r", "g", "b", "size"} <= set(gephi.vs.attributes())


def test_neo4j_csv_headers_and_counts_equal_the_store(sample_store: Path, tmp_path: Path,
                                                      stats: dict[str, dict[str, int]]) -> None:
    folder = export(sample_store, tmp_path, "neo4j-csv", name="csv")
    check_headers(folder)
    assert counts(folder) == (stats["nodes"], stats["relationships"])


def test_subgraph_options(sample_store: Path, tmp_path: Path) -> None:
    ego = nx.read_graphml(export(sample_store, tmp_path, "graphml", "--entity", "Kim Dzsongun", "--hops", "1"))
    names = {d["name"] for _n, d in ego.nodes(data=True)}
    assert "Kim Jong Un" in names and nx.is_weakly_connected(ego)
    dated = nx.read_graphml(export(sample_store, tmp_path, "graphml", "--since", "2025-06-01", "--until",
                                   "2025-12-31", "--kind", "Event", name="dated.graphml"))
    assert dated.number_of_nodes() > 0
    assert all("2025-06-01" <= d["date"] <= "2025-12-31" for _n, d in dated.nodes(data=True))
    busy = nx.read_graphml(export(sample_store, tmp_path, "graphml", "--kind", "Entity", "--min-mentions", "5",
                                  name="busy.graphml"))
    assert 0 < busy.number_of_nodes() and {d["kind"] for _n, d in busy.nodes(data=True)} <= {
        "Person", "Organization", "Country", "Location", "Media", "Other"}


def test_actor_projection_is_weighted_by_shared_events(sample_store: Path, tmp_path: Path) -> None:
    actors = nx.read_graphml(export(sample_store, tmp_path, "graphml", "--project", "actors"))
    assert not actors.is_directed() and actors.number_of_edges() > 0
    assert {d["type"] for _u, _v, d in actors.edges(data=True)} == {"SHARED_EVENTS"}
    names = {n: d["name"] for n, d in actors.nodes(data=True)}
    pairs = {frozenset((names[u], names[v])): d["weight"] for u, v, d in actors.edges(data=True)}
    assert pairs[frozenset(("North Korea", "Russia"))] >= 2
    assert all(d["weight"] == len(json.loads(d["events"])) for _u, _v, d in actors.edges(data=True))


@pytest.mark.parametrize(("options", "message"), [
    (("--format", "gexf", "--gephi", "-o", "-"), "--gephi is a GraphML flavour"),
    (("--format", "neo4j-csv", "-o", "-"), "writes a folder"),
    (("--format", "json", "--hops", "2", "-o", "-"), "--hops needs --entity"),
    (("--format", "json", "--since", "yesterday", "-o", "-"), "not a date"),
    (("--format", "json", "--entity", "Nobody At All", "-o", "-"), "no node has that name"),
])
def test_usage_errors_exit_2_before_writing(sample_store: Path, options: tuple[str, ...], message: str) -> None:
    result = run("export", "--store", sample_store, *options)
    assert result.returncode == 2 and message in result.stderr and result.stdout == ""
