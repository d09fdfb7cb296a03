"""What exporters read: anything that can list nodes and relationships twice (the store, Neo4j)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Protocol

from kgbuild.model.graph import Node, PropValue, Rel

_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
CLAIM_LABEL_CHARS = 60


class GraphSource(Protocol):
    """A graph that can be read more than once, in a stable order."""

    def nodes(self) -> Iterator[Node]: ...

    def rels(self) -> Iterator[Rel]: ...


def is_directed(source: GraphSource) -> bool:
    """Relationships point one way unless the source says otherwise (a projection sets `directed = False`)."""
    return getattr(source, "directed", True) is not False


def mention_counts(source: GraphSource) -> Counter[str]:
    """Sum of MENTIONS counts into each node; a filtered view answers for the whole graph it was cut from."""
    own = getattr(source, "mention_counts", None)
    if callable(own):
        return Counter(own())
    return count_mentions(source.rels())


def count_mentions(rels: Iterable[Rel]) -> Counter[str]:
    """Sum of MENTIONS counts into each node (a MENTIONS without a count counts once)."""
    counts: Counter[str] = Counter()
    for rel in rels:
        if rel.type == "MENTIONS":
            count = rel.props.get("count")
            counts[rel.dst] += count if isinstance(count, int) and not isinstance(count, bool) else 1
    return counts


def display_label(node: Node) -> str:
    """Display text: an entity's name, an article's title (or path), an event's summary, a claim's opening words."""
    props = node.props
    if node.label == "Claim":
        return short_text(props_str(props, "text")) or node.id
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


def short_text(text: str, chars: int = CLAIM_LABEL_CHARS) -> str:
    """Text cut at a word boundary to fit a node label, with an ellipsis when cut."""
    if len(text) <= chars:
        return text
    cut = text[:chars - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:–—-") + "…"


def props_str(props: dict[str, PropValue], key: str) -> str:
    """A property as text ('' when missing)."""
    value = props.get(key)
    return "" if value is None else str(value)


def xml_safe(text: str) -> str:
    """Text without the characters XML 1.0 forbids."""
    return _ILLEGAL_XML.sub("", text)
