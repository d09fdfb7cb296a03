"""Push a graph (the embedded store) into Neo4j: nodes, then relationships, then the articles' markers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from kgbuild.export.source import GraphSource
from kgbuild.model.graph import Node, Rel
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
    """Copy every node and relationship in transactions of `rows` records (the sink's writers at a time);
    markers come last, so an interrupted push leaves its articles unmarked and a re-run completes it."""
    labels: dict[str, str] = {}
    sink.map_concurrently(sink.write_nodes, _noting(chunks(source.nodes(), rows), labels))
    counted: list[int] = []
    sink.map_concurrently(lambda batch: sink.write_rels(batch, labels), _counting(chunks(source.rels(), rows), counted))
    rels = sum(counted)
    articles = [node_id for node_id, label in labels.items() if label == "Article"]
    sink.map_concurrently(sink.mark_committed, chunks(articles, rows))
    return PushReport(len(labels), rels, len(articles))


def _noting(batches: Iterable[list[Node]], labels: dict[str, str]) -> Iterator[list[Node]]:
    """The node batches as they are handed out, their labels noted (relationships need their ends' labels)."""
    for nodes in batches:
        labels.update((node.id, node.label) for node in nodes)
        yield nodes


def _counting(batches: Iterable[list[Rel]], counted: list[int]) -> Iterator[list[Rel]]:
    """The relationship batches as they are handed out, their sizes noted."""
    for rels in batches:
        counted.append(len(rels))
        yield rels


def chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of at most `size` items."""
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk
