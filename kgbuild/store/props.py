"""Property merging: idempotent (merging a value with itself changes nothing) and order-stable."""

from __future__ import annotations

import json
from typing import Any, cast

from kgbuild.model.graph import PropValue


def merge_props(old: dict[str, PropValue], new: dict[str, PropValue]) -> dict[str, PropValue]:
    """Lists are unioned in first-seen order; a scalar already set is kept; missing ones are filled."""
    merged = dict(old)
    for key, value in new.items():
        current = merged.get(key)
        if isinstance(current, list) and isinstance(value, list):
            merged[key] = _union(current, value)
        elif current is None:
            merged[key] = value
    return merged


def _union(first: list[Any], second: list[Any]) -> PropValue:
    """Items of both lists without repeats (lists compared by JSON text)."""
    seen = {json.dumps(v, sort_keys=True): v for v in first}
    for value in second:
        seen.setdefault(json.dumps(value, sort_keys=True), value)
    return cast(PropValue, list(seen.values()))


def dumps(props: dict[str, PropValue]) -> str:
    """Canonical JSON for storage (sorted keys, so equal props are equal text)."""
    return json.dumps(props, sort_keys=True, ensure_ascii=False)


def loads(text: str) -> dict[str, PropValue]:
    """Properties back from storage."""
    return cast(dict[str, PropValue], json.loads(text))
