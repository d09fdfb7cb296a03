"""Push a graph (the embedded store) into Neo4j: nodes, then relationships, then the articles' markers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from kgbuild.export.source import GraphSource
from kgbuild.sinks.neo4j import Neo4jSink
from kgbuild.sinks.rows import DEFAULT_PUSH_ROWS

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class PushReport:
    """What a push copied."""

    nodes: int
    rels: int
    articles: int


def push(source: GraphSource, sink: Neo4jSink, rows: int = DEFAULT_PUSH_ROWS) -> PushReport:
    """Copy every node and relationship in transactions of `rows` records; markers come last, so an
    interrupted push leaves its articles unmarked and a re-run (idempotent) completes it."""
    labels: dict[str, str] = {}
    for nodes in chunks(source.nodes(), rows):
        sink.write_nodes(nodes)
        labels.update((node.id, node.label) for node in nodes)
    rels = 0
    for batch in chunks(source.rels(), rows):
        sink.write_rels(batch, labels)
        rels += len(batch)
    articles = [node_id for node_id, label in labels.items() if label == "Article"]
    for ids in chunks(articles, rows):
        sink.mark_committed(ids)
    return PushReport(len(labels), rels, len(articles))


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
