"""GEXF 1.3, Gephi's own format: colours by kind, sizes by mentions, edge kinds, a timeline by date.

The graph is dynamic with `timeformat="date"`: an Event starts on its date, an Article on its
publication date, and an edge starts with its source when that is an Event or Article (else on the
date of the article it names, or its `first_date`). Entities have no start, so they are always there.
Relationships of one type between the same two nodes become one edge (Gephi keeps one per kind; see
parallel.py). Streamed with lxml; the source is read more than once (columns, counts and dates first).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

from lxml import etree

from kgbuild import __version__
from kgbuild.export import viz
from kgbuild.export.columns import column_types, edge_data, edge_weight, node_data, value_text
from kgbuild.export.parallel import MergedParallel
from kgbuild.export.source import GraphSource, display_label, is_directed, mention_counts, xml_safe
from kgbuild.model.graph import Node, PropValue, Rel

NS = "http://gexf.net/1.3"
VIZ = "http://gexf.net/1.3/viz"
_XML_NODE_ATTRS = ("label",)
_XML_EDGE_ATTRS = ("label", "weight")
# GEXF's own start/end are times; character offsets keep their meaning under names that do not clash.
_RENAMED = {"start": "char_start", "end": "char_end"}


@dataclass
class _Plan:
    """What has to be known before the first node is written."""

    mentions: Counter[str]
    node_columns: dict[str, str] = field(default_factory=dict)
    edge_columns: dict[str, str] = field(default_factory=dict)
    starts: dict[str, str] = field(default_factory=dict)
    most: int = 0  # the highest mention count (sizes are relative to it)
    nodes: int = 0
    edges: int = 0


def write_gexf(source: GraphSource, out: IO[bytes]) -> None:
    """Stream the graph as dynamic GEXF 1.3 with viz colours and sizes (parallel edges merged, see parallel.py)."""
    source = MergedParallel(source)
    plan = _plan(source)
    graph_attrs = {"defaultedgetype": "directed" if is_directed(source) else "undirected",
                   "mode": "dynamic", "timeformat": "date"}
    with etree.xmlfile(out, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element(_q("gexf"), {"version": "1.3"}, nsmap={None: NS, "viz": VIZ}):
            _meta(xf)
            with xf.element(_q("graph"), graph_attrs):
                _attributes(xf, "node", plan.node_columns)
                _attributes(xf, "edge", plan.edge_columns)
                with xf.element(_q("nodes"), {"count": str(plan.nodes)}):
                    for node in source.nodes():
                        _node(xf, node, plan)
                        xf.write("\n")
                with xf.element(_q("edges"), {"count": str(plan.edges)}):
                    for rel in source.rels():
                        _edge(xf, rel, plan)
                        xf.write("\n")


def _plan(source: GraphSource) -> _Plan:
    """One pass over nodes and one over relationships: columns, counts, start dates, mentions."""
    mentions = mention_counts(source)
    plan = _Plan(mentions=mentions, most=max(mentions.values(), default=0))
    plan.node_columns = column_types(_scan_nodes(source, plan))
    plan.edge_columns = column_types(_scan_rels(source, plan))
    return plan


def _scan_nodes(source: GraphSource, plan: _Plan) -> Iterator[dict[str, PropValue]]:
    """Each node's values, counting it and noting its start date on the way."""
    for node in source.nodes():
        plan.nodes += 1
        start = _node_start(node)
        if start:
            plan.starts[node.id] = start
        yield _node_values(node, plan)


def _scan_rels(source: GraphSource, plan: _Plan) -> Iterator[dict[str, PropValue]]:
    """Each relationship's values, counting it on the way."""
    for rel in source.rels():
        plan.edges += 1
        yield _edge_values(rel)


def _node_values(node: Node, plan: _Plan) -> dict[str, PropValue]:
    """A node's attribute values: the exported data without what GEXF holds as XML attributes."""
    data = {k: v for k, v in node_data(node).items() if k not in _XML_NODE_ATTRS}
    data["mentions"] = plan.mentions[node.id]
    return data


def _edge_values(rel: Rel) -> dict[str, PropValue]:
    """An edge's attribute values: the exported data without label and weight (XML attributes)."""
    return {_RENAMED.get(k, k): v for k, v in edge_data(rel).items() if k not in _XML_EDGE_ATTRS}


def _node_start(node: Node) -> str | None:
    """When a node appears on the timeline: an event's date, an article's publication date."""
    if node.label == "Event":
        return viz.iso_day(node.props.get("date"))
    if node.label == "Article":
        return viz.iso_day(node.props.get("published"))
    return None


def _edge_start(rel: Rel, plan: _Plan) -> str | None:
    """An edge appears with its dated source, else with the article it names, else on its first_date."""
    start = plan.starts.get(rel.src)
    if start:
        return start
    article = rel.props.get("article")
    if isinstance(article, str) and article in plan.starts:
        return plan.starts[article]
    return viz.iso_day(rel.props.get("first_date"))


def _meta(xf: etree._IncrementalFileWriter) -> None:
    """Who wrote the file (no date, so the same graph gives the same bytes)."""
    with xf.element(_q("meta")):
        _text(xf, "creator", f"kgbuild {__version__}")
        _text(xf, "description", "Actors, events and who reported them, from news articles")


def _attributes(xf: etree._IncrementalFileWriter, scope: str, columns: dict[str, str]) -> None:
    """The typed attribute declarations of one class (ids are prefixed so none clashes with Gephi's own)."""
    with xf.element(_q("attributes"), {"class": scope, "mode": "static"}):
        for title, attr_type in columns.items():
            _leaf(xf, _q("attribute"), {"id": _attr_id(scope, title), "title": title, "type": attr_type})


def _node(xf: etree._IncrementalFileWriter, node: Node, plan: _Plan) -> None:
    """A node with its label, start, attribute values, colour and size."""
    attrs = {"id": node.id, "label": _token(display_label(node))}
    start = plan.starts.get(node.id)
    if start:
        attrs["start"] = start
    with xf.element(_q("node"), attrs):
        _attvalues(xf, "node", _node_values(node, plan))
        r, g, b = viz.color(node.label)
        _leaf(xf, f"{{{VIZ}}}color", {"r": str(r), "g": str(g), "b": str(b)})
        _leaf(xf, f"{{{VIZ}}}size", {"value": str(viz.size(plan.mentions[node.id], plan.most))})


def _edge(xf: etree._IncrementalFileWriter, rel: Rel, plan: _Plan) -> None:
    """An edge whose kind and label are the relationship type; weight and start where known."""
    attrs = {"id": rel.id, "source": rel.src, "target": rel.dst, "kind": rel.type, "label": rel.type}
    weight = edge_weight(rel)
    if weight is not None:
        attrs["weight"] = repr(weight)
    start = _edge_start(rel, plan)
    if start:
        attrs["start"] = start
    with xf.element(_q("edge"), attrs):
        _attvalues(xf, "edge", _edge_values(rel))


def _attvalues(xf: etree._IncrementalFileWriter, scope: str, values: dict[str, PropValue]) -> None:
    """One <attvalue> per value."""
    with xf.element(_q("attvalues")):
        for title, value in values.items():
            _leaf(xf, _q("attvalue"), {"for": _attr_id(scope, title), "value": value_text(value)})


def _leaf(xf: etree._IncrementalFileWriter, tag: str, attrs: dict[str, str]) -> None:
    """An empty element, written through the incremental writer so namespaces are declared once."""
    with xf.element(tag, attrs):
        pass


def _text(xf: etree._IncrementalFileWriter, tag: str, text: str) -> None:
    """An element holding text."""
    with xf.element(_q(tag)):
        xf.write(text)


def _attr_id(scope: str, title: str) -> str:
    """Attribute ids: n_ for nodes, e_ for edges (titles stay the property names)."""
    return ("n_" if scope == "node" else "e_") + title


def _token(text: str) -> str:
    """Label text as an XML token: legal characters, single spaces."""
    return " ".join(xml_safe(text).split())


def _q(tag: str) -> str:
    """A tag in the GEXF namespace."""
    return f"{{{NS}}}{tag}"
