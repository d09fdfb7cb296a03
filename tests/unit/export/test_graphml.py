"""GraphML export: valid against the official XSD, typed keys, readable by networkx."""

from __future__ import annotations

import io
import json

import networkx as nx
from lxml import etree

from kgbuild.export import viz
from kgbuild.export.graphml import write_graphml, write_graphml_gephi
from kgbuild.export.project import ActorNetwork
from kgbuild.export.jsonfile import write_json
from kgbuild.model.graph import Node, Rel
from tests.conftest import SHARED, shared_file
from tests.factories import news_graph


class ListSource:
    """A graph source over fixed lists."""

    def __init__(self, nodes: list[Node], rels: list[Rel]) -> None:
        self._nodes, self._rels = nodes, rels

    def nodes(self):  # type: ignore[no-untyped-def]
        return iter(self._nodes)

    def rels(self):  # type: ignore[no-untyped-def]
        return iter(self._rels)


SOURCE = ListSource(
    [Node("article:1", "Article", {"title": "Cím \x0b vezérlőjellel", "published": "2025-11-05"}),
     Node("Q56226", "Person", {"name": "Kim Jong Un", "kind": "Person", "aliases": ["Kim Dzsongun", "Kim Jong-un"]}),
     Node("event:1", "Event", {"type": "MOBILIZE", "date": "2025-11-05", "confidence": 0.85, "quantity": 5000})],
    [Rel("rel:1", "MENTIONS", "article:1", "Q56226", {"count": 2, "spans": [[0, 3], [10, 13]], "surfaces": ["Kim", "Kim"]}),
     Rel("rel:2", "ACTOR", "event:1", "Q56226", {})],
)


def export() -> bytes:
    out = io.BytesIO()
    write_graphml(SOURCE, out)
    return out.getvalue()


def test_valid_against_the_graphml_schema() -> None:
    schema = etree.XMLSchema(etree.parse(str(shared_file(SHARED / "schemas" / "graphml" / "graphml.xsd"))))
    document = etree.fromstring(export())
    assert schema.validate(document), schema.error_log


def test_networkx_reads_labels_types_and_lists() -> None:
    graph = nx.read_graphml(io.BytesIO(export()))
    kim = graph.nodes["Q56226"]
    assert (kim["label"], kim["name"], kim["kind"]) == ("Kim Jong Un", "Kim Jong Un", "Person")
    assert json.loads(kim["aliases"]) == ["Kim Dzsongun", "Kim Jong-un"]
    assert graph.nodes["event:1"]["name"] == "MOBILIZE 2025-11-05"
    assert graph.nodes["event:1"]["confidence"] == 0.85
    edge = graph.edges["article:1", "Q56226"]
    assert (edge["type"], edge["label"], edge["weight"]) == ("MENTIONS", "MENTIONS", 2.0)
    assert json.loads(edge["spans"]) == [[0, 3], [10, 13]]
    assert "weight" not in graph.edges["event:1", "Q56226"]


def test_illegal_xml_characters_are_stripped() -> None:
    graph = nx.read_graphml(io.BytesIO(export()))
    assert graph.nodes["article:1"]["title"] == "Cím  vezérlőjellel"


def test_json_export_round_trips() -> None:
    out = io.BytesIO()
    write_json(SOURCE, out)
    data = json.loads(out.getvalue())
    assert [n["labels"] for n in data["nodes"]] == [["Article"], ["Entity", "Person"], ["Event"]]
    assert data["edges"][0]["properties"]["spans"] == [[0, 3], [10, 13]]


def test_gephi_flavour_adds_edge_kinds_colours_and_sizes_and_only_breaks_the_edge_label_rule() -> None:
    out = io.BytesIO()
    write_graphml_gephi(news_graph(), out)
    document = etree.fromstring(out.getvalue())
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    edges = document.findall(".//g:edge", ns)
    assert len(edges) == 15  # the two parallel CITES are one edge, as Gephi would keep them
    assert all(e.get("label") for e in edges)
    schema = etree.XMLSchema(etree.parse(str(shared_file(SHARED / "schemas" / "graphml" / "graphml.xsd"))))
    assert not schema.validate(document)
    assert {e.message.split(": ")[0] for e in schema.error_log} == {f"Element '{{{ns['g']}}}edge', attribute 'label'"}
    for edge in edges:
        del edge.attrib["label"]
    assert schema.validate(document), schema.error_log
    graph = nx.read_graphml(io.BytesIO(out.getvalue()))
    assert (graph.nodes["kim"]["r"], graph.nodes["kim"]["g"], graph.nodes["kim"]["b"]) == viz.PALETTE["Person"]
    assert graph.nodes["kim"]["size"] == viz.MAX_SIZE


def test_a_projection_is_undirected_graphml() -> None:
    out = io.BytesIO()
    write_graphml(ActorNetwork(news_graph()), out)
    graph = nx.read_graphml(io.BytesIO(out.getvalue()))
    assert not graph.is_directed()
    assert graph.edges["kim", "ru"]["weight"] == 3.0 and graph.edges["kim", "ru"]["type"] == "SHARED_EVENTS"
