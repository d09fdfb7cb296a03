"""Table-driven: a few hundred hu and en variants against the shipped gazetteer (tests/data/resolve_variants.tsv)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from kgbuild.pipeline import Pipeline
from kgbuild.resolve.resolver import Resolver

TABLE = Path(__file__).resolve().parents[2] / "data" / "resolve_variants.tsv"


def rows() -> list[tuple[str, str, str, str]]:
    """(lang, input, expected, note) rows of the variant table."""
    out = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, name, expected, note = line.split("\t")
            out.append((lang, name, expected, note))
    return out


@lru_cache(maxsize=1)
def shipped() -> Resolver:
    """A resolver over the shipped gazetteer, built once for the table."""
    return Pipeline().resolver


def test_the_table_has_a_few_hundred_rows_and_hard_negatives() -> None:
    table = rows()
    assert len(table) >= 300
    assert sum(1 for r in table if r[2] == "-") >= 40


@pytest.mark.parametrize(("lang", "name", "expected", "note"), rows(), ids=[f"{r[0]}:{r[1]}" for r in rows()])
def test_variant(lang: str, name: str, expected: str, note: str) -> None:
    answer = shipped().resolve(name, lang)
    got = answer.entity.name if answer.entity else "-"
    assert got == expected, answer.explanation
    assert answer.explanation
