"""Union-find over cluster ids: transitive by construction, the older cluster stays the root."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from kgbuild.learning import ENTITY

if TYPE_CHECKING:
    from kgbuild.resolve.journal import Journal


class UnionFind:
    """Disjoint sets of ids; `order` decides which root survives a union (the one added first)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.order: dict[str, int] = {}
        self._added = 0
        self.journal: Journal | None = None  # set while parallel ingest speculates (kgbuild.resolve.journal)

    def add(self, item: str) -> None:
        """A new singleton set (no-op for a known item)."""
        if item not in self.parent:
            if self.journal is not None:
                self.journal.fresh(self.parent, item)
                self.journal.fresh(self.order, item)
                self.journal.counted(self._added)
            self.parent[item] = item
            self.order[item] = self._added
            self._added += 1

    def find(self, item: str) -> str:
        """The root of the item's set, compressing the path on the way."""
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            if self.journal is not None:
                self.journal.setting(self.parent, item)
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> str:
        """Merge two sets; the root added first wins, so ids never change under later merges."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        keep, drop = (ra, rb) if self.order[ra] <= self.order[rb] else (rb, ra)
        if self.journal is not None:
            self.journal.setting(self.parent, drop)
            self.journal.write(ENTITY, drop)
            self.journal.write(ENTITY, keep)
        self.parent[drop] = keep
        return keep

    def discard(self, items: Iterable[str]) -> None:
        """Forget whole sets (every member must be listed): what one document alone could ever reach."""
        for item in items:
            if self.journal is not None:
                self.journal.removing(self.parent, item)
                self.journal.removing(self.order, item)
            self.parent.pop(item, None)
            self.order.pop(item, None)
