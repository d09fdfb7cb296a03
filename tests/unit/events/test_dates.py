"""Dates resolved against the article's date, never today's clock."""

from __future__ import annotations

from datetime import date

import pytest

from kgbuild.events.dates import find_dates
from kgbuild.events.lexicon import lexicon_for

ARTICLE = date(2025, 11, 5)  # a Wednesday


@pytest.mark.parametrize(("lang", "text", "value", "precision"), [
    ("hu", "2025. április 26-án ismerte el", date(2025, 4, 26), "day"),
    ("hu", "2024. jún. 19-én", date(2024, 6, 19), "day"),
    ("hu", "2025. 04. 26. reggel", date(2025, 4, 26), "day"),
    ("hu", "kedden közölte", date(2025, 11, 4), "day"),
    ("hu", "szerdán közölte", date(2025, 11, 5), "day"),
    ("hu", "vasárnap érkezett", date(2025, 11, 2), "day"),
    ("hu", "tavaly nyáron", date(2024, 1, 1), "year"),
    ("hu", "2024 októberében", date(2024, 10, 1), "month"),
    ("en", "on April 26, 2025, Moscow", date(2025, 4, 26), "day"),
    ("en", "on 19 June 2024", date(2024, 6, 19), "day"),
    ("en", "on Oct. 18 the agency", date(2025, 10, 18), "day"),
    ("en", "on Dec. 18 the agency", date(2024, 12, 18), "day"),
    ("en", "on Tuesday", date(2025, 11, 4), "day"),
    ("en", "last month", date(2025, 10, 1), "month"),
])
def test_dates(lang: str, text: str, value: date, precision: str) -> None:
    found = find_dates(text, 0, lexicon_for(lang), ARTICLE)
    assert [(d.value, d.precision) for d in found] == [(value, precision)]
    assert text[found[0].start:found[0].end]


def test_relative_dates_need_the_article_date() -> None:
    assert find_dates("kedden közölte", 0, lexicon_for("hu"), None) == []
