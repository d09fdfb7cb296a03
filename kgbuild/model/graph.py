"""Graph records: nodes and relationships as the stores and exporters see them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Union

PropValue = Union[str, int, float, bool, None, list[str], list[int], list[list[int]]]


@dataclass(frozen=True, slots=True)
class Node:
    """A node with its primary label (Article, Event, or an entity kind) and properties."""

    id: str
    label: str
    props: dict[str, PropValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Rel:
    """A relationship; id is deterministic so writing it twice changes nothing."""

    id: str
    type: str
    src: str
    dst: str
    props: dict[str, PropValue] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class DocGraph:
    """Everything one article contributes to the graph, written in one transaction."""

    article_id: str
    nodes: tuple[Node, ...]
    rels: tuple[Rel, ...]
