"""Stored property text is canonical JSON: what json.dumps(sort_keys=True, ensure_ascii=False) writes."""

from __future__ import annotations

import json

from hypothesis import given
from hypothesis import strategies as st

from kgbuild.store.props import dumps

_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4), max_leaves=8)


@given(st.dictionaries(st.text(), _VALUES, max_size=6))
def test_dumps_is_sorted_json_with_unicode_kept(props: dict[str, object]) -> None:
    assert dumps(props) == json.dumps(props, sort_keys=True, ensure_ascii=False)  # type: ignore[arg-type]


def test_dumps_keeps_hungarian_letters_and_float_spelling() -> None:
    assert dumps({"b": 1.0, "a": "Orbán", "c": [None, 1e20]}) == '{"a": "Orbán", "b": 1.0, "c": [null, 1e+20]}'
