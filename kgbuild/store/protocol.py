"""What ingest writes to: the embedded SQLite store and the Neo4j sink both have this shape."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from kgbuild.model.entity import Entity
from kgbuild.model.graph import DocGraph
from kgbuild.store.encoded import EncodedGraph


class GraphStore(Protocol):
    """A graph destination with per-article commit markers, written a batch of articles at a time."""

    @property
    def batch_size(self) -> int:
        """How many articles one write_batch call should carry."""
        ...

    def has_article(self, article_id: str) -> bool:
        """True when the article's commit marker is stored (its data is complete)."""
        ...

    def write_batch(self, items: Sequence[tuple[DocGraph, str]]) -> None:
        """Write (graph, path) pairs with their commit markers; raise on failure, never half-write an article."""
        ...

    def registry(self) -> list[Entity]:
        """Entities learned by earlier ingests that the gazetteer lacks."""
        ...

    def counts(self) -> dict[str, dict[str, int]]:
        """Node counts by label and relationship counts by type."""
        ...


@runtime_checkable
class EncodedStore(GraphStore, Protocol):
    """A store that also takes graphs encoded ahead by the extraction processes (kgbuild.store.encoded)."""

    def write_encoded(self, items: Sequence[tuple[EncodedGraph, str]]) -> None:
        """write_batch for encoded graphs, with the same guarantees."""
        ...
