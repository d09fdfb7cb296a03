"""What exporters read: anything that can list nodes and relationships twice (the store, Neo4j)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Protocol

from kgbuild.model.graph import Node, PropValue, Rel

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


class GraphSource(Protocol):
    """A graph that can be read more than once, in a stable order."""

    def nodes(self) -> Iterator[Node]: ...

    def rels(self) -> Iterator[Rel]: ...


def display_label(node: Node) -> str:
    """Display text: an entity's name, an article's title (or path), an event's summary."""
    props = node.props
    for key in ("name", "title", "summary", "path"):
        value = props.get(key)
        if isinstance(value, str) and value:
            return value
    return node.id


def display_name(node: Node) -> str:
    """The `name` every exported node carries: entity name, article title, event type and date."""
    if node.label == "Event":
        return f"{props_str(node.props, 'type')} {props_str(node.props, 'date')}".strip()
    return display_label(node)


def props_str(props: dict[str, PropValue], key: str) -> str:
    """A property as text ('' when missing)."""
    value = props.get(key)
    return "" if value is None else str(value)


def xml_safe(text: str) -> str:
    """Text without the characters XML 1.0 forbids."""
    return _ILLEGAL_XML.sub("", text)
