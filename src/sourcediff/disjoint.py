"""Disjoint sets (union-find): which items one chain of links ties together."""

from __future__ import annotations


class DisjointSets:
    """Items 0..n-1, each in its own set until `union` joins two sets."""

    def __init__(self, count: int) -> None:
        self.parent = list(range(count))

    def find(self, item: int) -> int:
        """The set's representative (path halving keeps later look-ups short)."""
        parent = self.parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)
