"""Hungarian dates news uses for this year and for coming days (hand-written sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from kgbuild.events.dates import find_dates
from kgbuild.events.lexicon import lexicon_for

ARTICLE = date(2025, 6, 4)


def first_date(text: str) -> tuple[date, str]:
    found = find_dates(text, 0, lexicon_for("hu"), ARTICLE)
    return found[0].value, found[0].precision


@pytest.mark.parametrize(("text", "value", "precision"), [
    ("A csapatok az év elején érkeztek.", date(2025, 1, 1), "year-part"),
    ("A két vezető az év második felében találkozhat.", date(2025, 7, 1), "half-year"),
    ("A június 10-i ülésen döntenek.", date(2025, 6, 10), "day"),  # a coming day of the article's month
    ("A december 20-i támadásban sokan meghaltak.", date(2024, 12, 20), "day"),  # far ahead: last year's
    ("Május 30-án írták alá.", date(2025, 5, 30), "day"),
])
def test_this_year_and_coming_days(text: str, value: date, precision: str) -> None:
    assert first_date(text) == (value, precision)


@pytest.mark.parametrize(("text", "value"), [
    ("A keddi támadásban tízen haltak meg.", date(2025, 6, 3)),
    ("A hétfői ülésen döntöttek.", date(2025, 6, 2)),
])
def test_weekday_adjectives_date_the_day(text: str, value: date) -> None:
    assert first_date(text) == (value, "day")
