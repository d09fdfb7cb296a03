"""Graphs as storage rows, made where the graph is built (a worker), so the single writer only merges and writes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple, cast

from kgbuild.model.entity import ENTITY_KINDS, scoped_keys
from kgbuild.model.graph import DocGraph, Node, PropValue
from kgbuild.store.props import dumps, is_stable

# (id, label, props JSON, stable: merging the props with themselves changes nothing, learns: an entity the
# gazetteer lacks, which the registry keeps)
NodeRow = tuple[str, str, str, bool, bool]
RelRow = tuple[str, str, str, str, str]  # (id, type, src, dst, props JSON), as the rels table holds it


class EncodedGraph(NamedTuple):
    """One article's graph as rows (a NamedTuple: cheap to pickle between processes)."""

    article_id: str
    nodes: tuple[NodeRow, ...]
    rels: tuple[RelRow, ...]


class GraphEncoder:
    """Encodes graphs; an unchanged props dict (the same object, as assembly reuses per entity) is encoded once."""

    def __init__(self) -> None:
        self._last: dict[str, tuple[dict[str, PropValue], NodeRow]] = {}

    def __call__(self, graph: DocGraph) -> EncodedGraph:
        """The graph's node and relationship rows, in graph order."""
        nodes = tuple(self._node(node) for node in graph.nodes)
        rels = tuple((rel.id, rel.type, rel.src, rel.dst, dumps(rel.props)) for rel in graph.rels)
        return EncodedGraph(graph.article_id, nodes, rels)

    def _node(self, node: Node) -> NodeRow:
        """One node's row, reused while the node keeps the very same props object."""
        cached = self._last.get(node.id)
        if cached is not None and cached[0] is node.props and cached[1][1] == node.label:
            return cached[1]
        row = encode_node(node)
        if node.label in ENTITY_KINDS and not _scoped(node.props):  # entities recur; articles, events, claims and
            self._last[node.id] = (node.props, row)  # names scoped to one article do not (~2 MB per 1,000 articles)
        return row


def encode_node(node: Node) -> NodeRow:
    """A node as a row, with the flags the writer needs to skip work."""
    return node.id, node.label, dumps(node.props), is_stable(node.props), learns(node.label, node.props)


def learns(label: str, props: Mapping[str, PropValue]) -> bool:
    """An entity the gazetteer lacks, which the registry keeps for later runs (a name scoped to one article is not
    one: no later article can meet it)."""
    return label in ENTITY_KINDS and props.get("resolved") is None and not _scoped(props)


def _scoped(props: Mapping[str, PropValue]) -> bool:
    """An unknown name's cluster scoped to one article (its clustering keys say so)."""
    keys: object = props.get("nil_keys")
    return isinstance(keys, list) and scoped_keys(str(key) for key in cast(list[object], keys))
