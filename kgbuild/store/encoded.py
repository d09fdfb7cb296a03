"""Graphs as storage rows, made where the graph is built (a worker), so the single writer only merges and writes."""

from __future__ import annotations

from typing import NamedTuple

from kgbuild.model.entity import ENTITY_KINDS
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
        if node.label in ENTITY_KINDS:  # entities recur; articles, events and claims belong to one article, and
            self._last[node.id] = (node.props, row)  # remembering them grew a worker by ~2 MB per 1,000 articles
        return row


def encode_node(node: Node) -> NodeRow:
    """A node as a row, with the flags the writer needs to skip work."""
    learns = node.label in ENTITY_KINDS and node.props.get("resolved") is None
    return node.id, node.label, dumps(node.props), is_stable(node.props), learns
