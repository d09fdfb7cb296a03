"""Values for Neo4j: spans as JSON text and back, unstorable lists refused, internal keys hidden."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kgbuild.errors import Neo4jError
from kgbuild.sinks.values import COMMITTED, NODE_INTERNAL, REL_INTERNAL, from_neo4j, to_neo4j


def test_spans_become_json_text_and_come_back() -> None:
    props = {"count": 2, "surfaces": ["Kim", "Kimet"], "spans": [[0, 3], [10, 15]], "min_score": 0.5}
    stored = to_neo4j(props)
    assert stored["spans"] == "[[0, 3], [10, 15]]" and stored["surfaces"] == ["Kim", "Kimet"]
    assert from_neo4j(stored | {"id": "rel:1"}, REL_INTERNAL) == dict(sorted(props.items()))


def test_internal_keys_are_dropped_and_keys_sorted() -> None:
    stored = {"name": "X", "id": "Q1", COMMITTED: True, "aliases": []}
    assert list(from_neo4j(stored, NODE_INTERNAL).items()) == [("aliases", []), ("name", "X")]


@pytest.mark.parametrize("value", [[1, "a"], [None], [[1, 2]], [1, 2.5]])
def test_lists_neo4j_cannot_hold_are_refused_by_name(value: list[object]) -> None:
    with pytest.raises(Neo4jError, match="'odd'"):
        to_neo4j({"odd": value})  # type: ignore[dict-item]


@given(st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)).map(list)))
def test_any_spans_round_trip(spans: list[list[int]]) -> None:
    assert from_neo4j(to_neo4j({"spans": spans}), REL_INTERNAL) == {"spans": spans}  # type: ignore[dict-item]
