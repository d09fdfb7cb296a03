"""Splitting a batch between concurrent writers: whole articles, nearly equal shares, order kept."""

from __future__ import annotations

import pytest

from kgbuild.sinks.neo4j import split


@pytest.mark.parametrize(("items", "parts", "expected"), [
    (list(range(5)), 2, [[0, 1, 2], [3, 4]]),
    (list(range(4)), 2, [[0, 1], [2, 3]]),
    ([0], 3, [[0]]),
    ([], 2, []),
    (list(range(3)), 1, [[0, 1, 2]]),
])
def test_split_gives_nearly_equal_consecutive_shares(items: list[int], parts: int, expected: list[list[int]]) -> None:
    assert split(items, parts) == expected
