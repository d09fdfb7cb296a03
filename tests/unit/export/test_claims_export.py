"""Claims in every export: GraphML's label/name/kind contract, Gephi colours, neo4j-admin CSV files, stats."""

from __future__ import annotations

import io
from pathlib import Path

import networkx as nx

from kgbuild.export import viz
from kgbuild.export.graphml import write_graphml
from kgbuild.export.gexf import write_gexf
from kgbuild.export.neo4jcsv import write_neo4j_csv
from kgbuild.export.source import display_label
from kgbuild.stats import graph_stats
from tests.factories import ListSource, node, rel

LONG = "The ministry said that the harvest in the northern provinces was the poorest in a decade and that rationing " \
       "would continue."
GRAPH = ListSource(
    [node("a1", "Article", title="Harvest", published="2025-10-01"),
     node("nk", "Country", name="North Korea", kind="Country"),
     node("mod", "Organization", name="Ministry of Defence", kind="Organization"),
     node("claim:1", "Claim", text=LONG, modality="asserted", confidence=0.9, rule="claim:sentence", teaser_only=False)],
    [rel("MENTIONED_IN", "claim:1", "a1", article="a1", sentence=0, start=0, end=len(LONG), rule="claim:sentence"),
     rel("REPORTED_BY", "claim:1", "mod", verb="said", article="a1", sentence=0, start=13, end=17),
     rel("ABOUT", "claim:1", "nk", article="a1", sentence=0, start=40, end=51)],
)


def test_a_claims_label_is_its_opening_words() -> None:
    label = display_label(list(GRAPH.nodes())[-1])
    assert label.startswith("The ministry said") and label.endswith("…") and len(label) <= 60


def test_graphml_gives_a_claim_label_name_and_kind() -> None:
    out = io.BytesIO()
    write_graphml(GRAPH, out)
    graph = nx.read_graphml(io.BytesIO(out.getvalue()))
    claim = graph.nodes["claim:1"]
    assert claim["kind"] == "Claim" and claim["label"] == claim["name"] and claim["text"] == LONG
    assert {d["type"] for _u, _v, d in graph.edges(data=True)} == {"MENTIONED_IN", "REPORTED_BY", "ABOUT"}


def test_gexf_colours_a_claim_apart_from_other_kinds() -> None:
    assert viz.color("Claim") not in {viz.color(k) for k in viz.PALETTE if k != "Claim"}
    out = io.BytesIO()
    write_gexf(GRAPH, out)
    assert nx.read_gexf(io.BytesIO(out.getvalue())).nodes["claim:1"]["kind"] == "Claim"


def test_neo4j_csv_writes_a_claim_file_and_an_about_file(tmp_path: Path) -> None:
    (tmp_path / "csv").mkdir()
    write_neo4j_csv(GRAPH, tmp_path / "csv")
    names = {p.name for p in (tmp_path / "csv").iterdir()}
    assert {"nodes_Claim.csv", "rels_ABOUT.csv"} <= names


def test_stats_count_claim_reporters_apart_from_event_reporters() -> None:
    stats = graph_stats(GRAPH)
    assert stats.nodes["Claim"] == 1 and stats.relationships["ABOUT"] == 1
    assert dict(stats.claim_reporters) == {"Ministry of Defence": 1} and not stats.reporters
    assert "Claim" not in stats.kinds.values()
