"""What every exported node and edge carries, and the typed columns the XML formats declare up front."""

from __future__ import annotations

import json
from collections.abc import Iterable

from kgbuild.export.source import display_label, display_name, xml_safe
from kgbuild.graph.schema import labels_for
from kgbuild.model.graph import Node, PropValue, Rel

NODE_FIXED = ("label", "name", "kind", "labels")
EDGE_FIXED = ("type", "label", "weight")
WEIGHT_FROM = {"MENTIONS": "count"}


def node_data(node: Node) -> dict[str, PropValue]:
    """A node's exported data: label, name, kind and labels first, then its own properties."""
    data: dict[str, PropValue] = {"label": display_label(node), "name": display_name(node),
                                  "kind": node.label, "labels": list(labels_for(node.label))}
    data.update((k, v) for k, v in node.props.items() if k not in NODE_FIXED and v is not None)
    return data


def edge_data(rel: Rel) -> dict[str, PropValue]:
    """An edge's exported data: type, label, weight where it means something, then its properties."""
    data: dict[str, PropValue] = {"type": rel.type, "label": rel.type}
    weight = edge_weight(rel)
    if weight is not None:
        data["weight"] = weight
    data.update((k, v) for k, v in rel.props.items() if k not in EDGE_FIXED and v is not None)
    return data


def edge_weight(rel: Rel) -> float | None:
    """MENTIONS weigh their count, projected edges their `weight`; other relationships have none."""
    value = rel.props.get(WEIGHT_FROM.get(rel.type, "weight"))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return None


def column_types(rows: Iterable[dict[str, PropValue]]) -> dict[str, str]:
    """The type of each column (GraphML and GEXF names); mixed numbers widen to double, the rest to string."""
    seen: dict[str, set[str]] = {}
    for row in rows:
        for name, value in row.items():
            seen.setdefault(name, set()).add(value_type(value))
    return {name: widen(types) for name, types in seen.items()}


def value_type(value: PropValue) -> str:
    """The type of one value (lists are JSON strings)."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "long"
    if isinstance(value, float):
        return "double"
    return "string"


def widen(types: set[str]) -> str:
    """One type that holds every value seen."""
    if len(types) == 1:
        return next(iter(types))
    return "double" if types <= {"long", "double"} else "string"


def value_text(value: PropValue) -> str:
    """A value as XML text: JSON for lists, lower-case booleans, no characters XML 1.0 forbids."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return xml_safe(json.dumps(value, ensure_ascii=False))
    return xml_safe(str(value))
