"""GraphML per the DESIGN.md contract: typed keys, label/name/kind on nodes, type/label/weight on edges.

The strict flavour is valid against the GraphML XSD. The Gephi flavour adds what Gephi reads and the
XSD forbids: `<edge label="TYPE">`, which Gephi takes as the edge kind, so relationships of different
types between the same two nodes stay separate edges; plus r/g/b/size node keys (colour by kind, size
by mentions), which the XSD allows; and relationships of one type between the same two nodes merged
into one edge, as Gephi would (see parallel.py).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import IO

from lxml import etree

from kgbuild.export import viz
from kgbuild.export.columns import column_types, edge_data, node_data, value_text
from kgbuild.export.parallel import MergedParallel
from kgbuild.export.source import GraphSource, is_directed, mention_counts
from kgbuild.model.graph import Node, PropValue, Rel

NS = "http://graphml.graphdrawing.org/xmlns"


def write_graphml(source: GraphSource, out: IO[bytes]) -> None:
    """Stream the graph as strict GraphML; keys are declared first, so the source is read twice."""
    _write(source, out, gephi=False)


def write_graphml_gephi(source: GraphSource, out: IO[bytes]) -> None:
    """Stream the graph as GraphML for Gephi: edge kinds, colours, sizes, parallel edges merged (not XSD-valid)."""
    _write(MergedParallel(source), out, gephi=True)


def _write(source: GraphSource, out: IO[bytes], *, gephi: bool) -> None:
    """Keys for every value seen, then nodes, then edges."""
    mentions = mention_counts(source) if gephi else Counter[str]()
    most = max(mentions.values(), default=0)
    node_keys = column_types(data for _node, data in _node_rows(source, mentions, most, gephi))
    edge_keys = column_types(edge_data(r) for r in source.rels())
    edgedefault = "directed" if is_directed(source) else "undirected"
    with etree.xmlfile(out, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("graphml", nsmap={None: NS}):
            _write_keys(xf, "node", node_keys)
            _write_keys(xf, "edge", edge_keys)
            with xf.element("graph", {"id": "kgbuild", "edgedefault": edgedefault}):
                for node, data in _node_rows(source, mentions, most, gephi):
                    xf.write(_element("node", {"id": node.id}, "node", data))
                for rel in source.rels():
                    xf.write(_element("edge", _edge_attrs(rel, gephi), "edge", edge_data(rel)))


def _node_rows(source: GraphSource, mentions: Counter[str], most: int,
               gephi: bool) -> Iterator[tuple[Node, dict[str, PropValue]]]:
    """Each node with its data, with Gephi's colour and size keys in the Gephi flavour."""
    for node in source.nodes():
        data = node_data(node)
        if gephi:
            data.update(_gephi_viz(node, mentions[node.id], most))
        yield node, data


def _gephi_viz(node: Node, mentions: int, most: int) -> dict[str, PropValue]:
    """The node keys Gephi's GraphML importer turns into colour and size."""
    r, g, b = viz.color(node.label)
    return {"r": r, "g": g, "b": b, "size": viz.size(mentions, most)}


def _edge_attrs(rel: Rel, gephi: bool) -> dict[str, str]:
    """Edge XML attributes; Gephi reads `label` as the edge kind (the XSD forbids it)."""
    attrs = {"id": rel.id, "source": rel.src, "target": rel.dst}
    if gephi:
        attrs["label"] = rel.type
    return attrs


def _write_keys(xf: etree._IncrementalFileWriter, scope: str, keys: dict[str, str]) -> None:
    """One <key> per column, typed."""
    for name, attr_type in keys.items():
        xf.write(etree.Element("key", {"id": _key_id(scope, name), "for": scope,
                                       "attr.name": name, "attr.type": attr_type}))


def _element(tag: str, attrs: dict[str, str], scope: str, data: dict[str, PropValue]) -> etree._Element:
    """A node or edge element with one <data> child per value."""
    element = etree.Element(tag, attrs)
    for name, value in data.items():
        child = etree.SubElement(element, "data", {"key": _key_id(scope, name)})
        child.text = value_text(value)
    return element


def _key_id(scope: str, name: str) -> str:
    """Key ids are distinct per scope (d_ for nodes, e_ for edges)."""
    return ("d_" if scope == "node" else "e_") + name
