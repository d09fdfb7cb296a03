"""GEXF export: valid GEXF 1.3 (RelaxNG), dynamic by date, colours by kind, sizes by mentions, edge kinds."""

from __future__ import annotations

import io
import json

import networkx as nx
from lxml import etree

from kgbuild.export import viz
from kgbuild.export.gexf import NS, VIZ, write_gexf
from kgbuild.export.project import ActorNetwork
from kgbuild.export.source import GraphSource
from tests.conftest import SHARED, shared_file
from tests.factories import ListSource, news_graph, node

Q = {"g": NS, "viz": VIZ}


def export(source: GraphSource | None = None) -> bytes:
    out = io.BytesIO()
    write_gexf(source or news_graph(), out)
    return out.getvalue()


def rng() -> etree.RelaxNG:
    return etree.RelaxNG(etree.parse(str(shared_file(SHARED / "schemas" / "gexf-1.3" / "gexf.rng"))))


def test_valid_against_the_gexf_13_relaxng_schema() -> None:
    schema = rng()
    for source in (news_graph(), ActorNetwork(news_graph())):
        document = etree.fromstring(export(source))
        assert schema.validate(document), schema.error_log
        assert document.get("version") == "1.3"


def test_dynamic_by_date_with_declared_typed_attributes() -> None:
    graph = etree.fromstring(export()).find("g:graph", Q)
    assert (graph.get("mode"), graph.get("timeformat"), graph.get("defaultedgetype")) == ("dynamic", "date", "directed")
    node_types = {a.get("title"): a.get("type") for a in graph.findall("g:attributes[@class='node']/g:attribute", Q)}
    assert node_types["confidence"] == "double" and node_types["mentions"] == "long"
    assert node_types["aliases"] == "string" and node_types["kind"] == "string"
    edge_types = {a.get("title"): a.get("type") for a in graph.findall("g:attributes[@class='edge']/g:attribute", Q)}
    assert edge_types["count"] == "long" and edge_types["char_start"] == "long"
    assert "start" not in edge_types  # GEXF's start is time; offsets are char_start/char_end


def test_events_articles_and_their_edges_start_on_their_dates_entities_always_visible() -> None:
    graph = nx.read_gexf(io.BytesIO(export()))
    assert graph.nodes["e1"]["start"] == "2025-11-05"
    assert graph.nodes["a2"]["start"] == "2025-02-10"
    assert "start" not in graph.nodes["e3"]  # undated event: always there
    assert "start" not in graph.nodes["kim"]
    starts = {(u, v, d["label"]): d.get("start") for u, v, d in graph.edges(data=True)}
    assert starts["e1", "kim", "ACTOR"] == "2025-11-05"
    assert starts["e2", "a2", "MENTIONED_IN"] == "2025-02-10"
    assert starts["a1", "kim", "MENTIONS"] == "2025-11-05"
    assert starts["e3", "ru", "ACTOR"] is None
    assert starts["yonhap", "nis", "CITES"] == "2025-11-05"  # the merged CITES starts with the first article's


def test_colours_by_kind_and_sizes_by_mentions() -> None:
    graph = nx.read_gexf(io.BytesIO(export()))
    for node_id, kind in (("kim", "Person"), ("ru", "Country"), ("e1", "Event"), ("a1", "Article")):
        colour = graph.nodes[node_id]["viz"]["color"]
        assert (colour["r"], colour["g"], colour["b"]) == viz.PALETTE[kind]
    sizes = {n: graph.nodes[n]["viz"]["size"] for n in ("kim", "ru", "yonhap", "e1")}
    assert sizes["kim"] == viz.MAX_SIZE and sizes["e1"] == viz.MIN_SIZE
    assert viz.MIN_SIZE < sizes["ru"] == sizes["yonhap"] < sizes["kim"]
    assert graph.nodes["kim"]["mentions"] == 5


def test_edge_kind_is_the_relationship_type_and_lists_are_json() -> None:
    document = etree.fromstring(export())
    kinds = {e.get("kind") for e in document.iterfind(".//g:edge", Q)}
    assert kinds == {"MENTIONS", "ACTOR", "TARGET", "MENTIONED_IN", "REPORTED_BY", "CITES", "PUBLISHED_BY"}
    graph = nx.read_gexf(io.BytesIO(export()))
    assert json.loads(graph.nodes["kim"]["aliases"]) == ["Kim Dzsongun", "Kim Jong-un"]
    mentions = graph.edges["a1", "kim", "rel:MENTIONS:a1:kim"]
    assert mentions["weight"] == 3.0 and json.loads(mentions["spans"])[0] == [0, 3]


def test_parallel_relationships_of_one_type_become_one_weighted_edge() -> None:
    graph = nx.read_gexf(io.BytesIO(export()))
    assert graph.number_of_nodes() == 9 and graph.number_of_edges() == 15  # 16 relationships, 2 CITES merged
    (cites,) = [d for _u, _v, d in graph.edges(data=True) if d["label"] == "CITES"]
    assert cites["weight"] == 2.0 and cites["merged"] == 2
    assert json.loads(cites["merged_ids"]) == ["rel:CITES:yonhap:nis:a1", "rel:CITES:yonhap:nis:a2"]


def test_undirected_projection_and_labels_as_tokens() -> None:
    source = ListSource([node("x", "Person", name="Multi\n  line\x0b name")], [])
    label = etree.fromstring(export(source)).find(".//g:node", Q).get("label")
    assert label == "Multi line name"
    projected = nx.read_gexf(io.BytesIO(export(ActorNetwork(news_graph()))))
    assert not projected.is_directed()
    assert projected.edges["kim", "ru"]["weight"] == 3.0


def test_the_same_graph_gives_the_same_bytes() -> None:
    assert export() == export()
