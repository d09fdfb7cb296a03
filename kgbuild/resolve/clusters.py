"""Union-find over cluster ids: transitive by construction, the older cluster stays the root."""

from __future__ import annotations

from collections.abc import Iterable


class UnionFind:
    """Disjoint sets of ids; `order` decides which root survives a union (the one added first)."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}
        self.order: dict[str, int] = {}
        self._added = 0

    def add(self, item: str) -> None:
        """A new singleton set (no-op for a known item)."""
        if item not in self.parent:
            self.parent[item] = item
            self.order[item] = self._added
            self._added += 1

    def find(self, item: str) -> str:
        """The root of the item's set, compressing the path on the way."""
        root = item
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[item] != root:
            self.parent[item], item = root, self.parent[item]
        return root

    def union(self, a: str, b: str) -> str:
        """Merge two sets; the root added first wins, so ids never change under later merges."""
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return ra
        keep, drop = (ra, rb) if self.order[ra] <= self.order[rb] else (rb, ra)
        self.parent[drop] = keep
        return keep

    def discard(self, items: Iterable[str]) -> None:
        """Forget whole sets (every member must be listed): what one document alone could ever reach."""
        for item in items:
            self.parent.pop(item, None)
            self.order.pop(item, None)
