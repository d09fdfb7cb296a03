"""GraphML per the DESIGN.md contract: typed keys, label/name/kind on nodes, type/label/weight on edges."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

from lxml import etree

from kgbuild.graph.schema import labels_for
from kgbuild.export.source import GraphSource, display_label, display_name, xml_safe
from kgbuild.model.graph import Node, PropValue, Rel

NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_FIXED = ("label", "name", "kind", "labels")
_EDGE_FIXED = ("type", "label", "weight")
_WEIGHT_FROM = {"MENTIONS": "count"}


def write_graphml(source: GraphSource, out: IO[bytes]) -> None:
    """Stream the graph as GraphML; keys are declared first, so the source is read twice."""
    node_keys = _key_types(_node_data(n) for n in source.nodes())
    edge_keys = _key_types(_edge_data(r) for r in source.rels())
    with etree.xmlfile(out, encoding="utf-8") as xf:
        xf.write_declaration()
        with xf.element("graphml", nsmap={None: NS}):
            for scope, keys in (("node", node_keys), ("edge", edge_keys)):
                for name, attr_type in keys.items():
                    xf.write(etree.Element("key", {"id": _key_id(scope, name), "for": scope,
                                                   "attr.name": name, "attr.type": attr_type}))
            with xf.element("graph", {"id": "kgbuild", "edgedefault": "directed"}):
                for node in source.nodes():
                    xf.write(_element("node", {"id": node.id}, "node", _node_data(node)))
                for rel in source.rels():
                    attrs = {"id": rel.id, "source": rel.src, "target": rel.dst}
                    xf.write(_element("edge", attrs, "edge", _edge_data(rel)))


def _node_data(node: Node) -> dict[str, PropValue]:
    """A node's exported data: the fixed keys first, then its own properties."""
    labels: list[str] = list(labels_for(node.label))
    data: dict[str, PropValue] = {"label": display_label(node), "name": display_name(node),
                                  "kind": node.label, "labels": labels}
    data.update((k, v) for k, v in node.props.items() if k not in _NODE_FIXED and v is not None)
    return data


def _edge_data(rel: Rel) -> dict[str, PropValue]:
    """An edge's exported data: type, label, weight where it means something, then its properties."""
    data: dict[str, PropValue] = {"type": rel.type, "label": rel.type}
    weight_from = _WEIGHT_FROM.get(rel.type)
    if weight_from and isinstance(rel.props.get(weight_from), (int, float)):
        data["weight"] = float(rel.props[weight_from])  # type: ignore[arg-type]
    data.update((k, v) for k, v in rel.props.items() if k not in _EDGE_FIXED and v is not None)
    return data


def _key_types(rows: Iterable[dict[str, PropValue]]) -> dict[str, str]:
    """GraphML attr.type per key; mixed numbers become double, anything else mixed becomes string."""
    seen: dict[str, set[str]] = {}
    for row in rows:
        for name, value in row.items():
            seen.setdefault(name, set()).add(_type_of(value))
    return {name: _widen(types) for name, types in seen.items()}


def _type_of(value: PropValue) -> str:
    """The GraphML type of one value (lists are JSON strings)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def _widen(types: set[str]) -> str:
    """One type that holds every value seen."""
    if len(types) == 1:
        return next(iter(types))
    return "double" if types <= {"long", "double"} else "string"


def _element(tag: str, attrs: dict[str, str], scope: str, data: dict[str, PropValue]) -> etree._Element:
    """A node or edge element with one <data> child per value."""
    element = etree.Element(tag, attrs)
    for name, value in data.items():
        child = etree.SubElement(element, "data", {"key": _key_id(scope, name)})
        child.text = _text(value)
    return element


def _text(value: PropValue) -> str:
    """A value as GraphML text: JSON for lists, lower-case booleans."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return xml_safe(json.dumps(value, ensure_ascii=False))
    return xml_safe(str(value))


def _key_id(scope: str, name: str) -> str:
    """Key ids are distinct per scope (d_ for nodes, e_ for edges)."""
    return ("d_" if scope == "node" else "e_") + name
