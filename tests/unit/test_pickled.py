"""What crosses between the writer and the worker processes survives pickling (compiled modules must not break it)."""

from __future__ import annotations

import pickle
from datetime import date

from kgbuild.extraction import Processed
from kgbuild.model.document import Document, Segment
from kgbuild.model.graph import DocGraph, Node, Rel
from kgbuild.nlp.prepare import Prepared
from kgbuild.store.encoded import GraphEncoder


def graph() -> DocGraph:
    nodes = (Node("article:1", "Article", {"title": "t"}), Node("entity:p", "Person", {"name": "Kim Jong Un"}))
    return DocGraph("article:1", nodes, (Rel("rel:1", "MENTIONS", "article:1", "entity:p", {"count": 1}),))


def test_documents_segments_and_graphs_round_trip() -> None:
    doc = Document("a", "Kim Jong Un spoke.", "a.txt", title="t", published=date(2025, 11, 5), lang="en")
    prepared = Prepared("en", [Segment(0, 0, 18, "Kim Jong Un spoke.")], {"segment": 0.1})
    built = Processed(graph(), "en", 1, 0, {"mentions": 0.2})
    encoded = Processed(GraphEncoder()(graph()), "en", 1, 0)
    for value in (doc, prepared, built, encoded):
        assert pickle.loads(pickle.dumps(value)) == value

