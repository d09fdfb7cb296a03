"""What ingest writes to: the embedded SQLite store and the Neo4j sink both have this shape."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from kgbuild.model.entity import Entity
from kgbuild.model.graph import DocGraph


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
