"""Rule tables are data: JSON files next to this module, read once on first use."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any


@lru_cache(maxsize=8)
def table(name: str) -> dict[str, Any]:
    """One rule table (cyrillic, hangul, pinyin) as parsed JSON."""
    path = resources.files("kgbuild.resolve.translit") / f"{name}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def dedupe(names: list[str]) -> tuple[str, ...]:
    """Names in first-seen order without repeats or empties."""
    return tuple(dict.fromkeys(n for n in names if n.strip()))
