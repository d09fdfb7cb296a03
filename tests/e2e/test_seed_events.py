"""Issue #4 acceptance on the seed, through the real `kgbuild` command and the shipped gazetteer: the events,
dates, REPORTED_BY and CITES edges it lists."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from tests.e2e.cli import export_graph, run


@pytest.fixture
def seed_graph(seed: Path, tmp_path: Path) -> nx.MultiDiGraph:
    store = tmp_path / "kg.db"
    result = run("ingest", seed, "--store", store)
    assert result.returncode == 0, result.stderr
    return export_graph(store, tmp_path)


def events(g: nx.MultiDiGraph) -> list[tuple[dict[str, object], set[tuple[str, str]]]]:
    """Each Event node's data with its (relationship type, target name) edges."""
    out = []
    for node, data in g.nodes(data=True):
        if data.get("kind") == "Event":
            edges = {(d["type"], str(g.nodes[dst].get("name"))) for _src, dst, d in g.out_edges(node, data=True)}
            out.append((data, edges))
    return out


def find(g: nx.MultiDiGraph, event_type: str, *edges: tuple[str, str]) -> list[dict[str, object]]:
    return [data for data, found in events(g) if data.get("type") == event_type and set(edges) <= found]


def test_mobilize_reported_by_yonhap_citing_the_nis(seed_graph: nx.MultiDiGraph) -> None:
    assert find(seed_graph, "MOBILIZE", ("ACTOR", "North Korea"), ("TARGET", "Russia"), ("REPORTED_BY", "Yonhap"))
    cites = {(seed_graph.nodes[s].get("name"), seed_graph.nodes[d].get("name"))
             for s, d, data in seed_graph.edges(data=True) if data["type"] == "CITES"}
    assert ("Yonhap", "National Intelligence Service") in cites


def test_acknowledgement_meeting_thanks_and_role(seed_graph: nx.MultiDiGraph) -> None:
    [concede] = find(seed_graph, "CONCEDE", ("ACTOR", "Russia"))
    assert (concede["date"], concede["date_precision"]) == ("2025-04-26", "day")
    assert find(seed_graph, "CONSULT", ("ACTOR", "Kim Jong Un"), ("TARGET", "Dmitry Medvedev"), ("LOCATION", "Pyongyang"))
    assert find(seed_graph, "SUPPORT", ("ACTOR", "Dmitry Medvedev"), ("TARGET", "North Korea"))
    roles = {(seed_graph.nodes[s].get("name"), str(seed_graph.nodes[d].get("name")), data.get("title"))
             for s, d, data in seed_graph.edges(data=True) if data["type"] == "HOLDS_ROLE"}
    assert any(p == "Valery Gerasimov" and "General Staff" in org and title == "chief" for p, org, title in roles)
