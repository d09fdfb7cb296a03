"""Dates resolved against the article's date, never today's clock."""

from __future__ import annotations

from datetime import date

import pytest

from kgbuild.events.dates import drop_dateline, find_dates
from kgbuild.events.lexicon import lexicon_for
from kgbuild.events.periods import find_offsets
from kgbuild.events.timespan import PRECISIONS, span

ARTICLE = date(2025, 11, 5)  # a Wednesday


@pytest.mark.parametrize(("lang", "text", "value", "precision"), [
    ("hu", "2025. április 26-án ismerte el", date(2025, 4, 26), "day"),
    ("hu", "2024. jún. 19-én", date(2024, 6, 19), "day"),
    ("hu", "2025. 04. 26. reggel", date(2025, 4, 26), "day"),
    ("hu", "kedden közölte", date(2025, 11, 4), "day"),
    ("hu", "szerdán közölte", date(2025, 11, 5), "day"),
    ("hu", "vasárnap érkezett", date(2025, 11, 2), "day"),
    ("hu", "tavaly nyáron", date(2024, 6, 1), "season"),
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


@pytest.mark.parametrize(("lang", "text", "value", "precision"), [
    ("hu", "2025 elején becsülte", date(2025, 1, 1), "year-part"),
    ("hu", "2025 eleji adatok alapján", date(2025, 1, 1), "year-part"),
    ("hu", "2024 végén küldött", date(2024, 9, 1), "year-part"),
    ("hu", "2024 nyarán", date(2024, 6, 1), "season"),
    ("hu", "tavaly ősszel", date(2024, 9, 1), "season"),
    ("hu", "múlt héten jelentette be", date(2025, 10, 27), "week"),
    ("hu", "márciusban is Phenjanban járt", date(2025, 3, 1), "month"),
    ("hu", "tavaly novemberben", date(2024, 11, 1), "month"),
    ("hu", "december végén", date(2024, 12, 21), "month-part"),
    ("hu", "2023-ban járt", date(2023, 1, 1), "year"),
    ("hu", "két hete", date(2025, 10, 20), "week"),
    ("en", "in late 2024", date(2024, 9, 1), "year-part"),
    ("en", "since mid-January", date(2025, 1, 11), "month-part"),
    ("en", "in early November", date(2025, 11, 1), "month-part"),
    ("en", "in June", date(2025, 6, 1), "month"),
    ("en", "in December", date(2024, 12, 1), "month"),
    ("en", "a treaty in June 2024", date(2024, 6, 1), "month"),
    ("en", "earlier this month", date(2025, 11, 1), "month"),
    ("en", "three days ago", date(2025, 11, 2), "day"),
])
def test_periods_and_relative_spans(lang: str, text: str, value: date, precision: str) -> None:
    found = find_dates(text, 0, lexicon_for(lang), ARTICLE)
    assert [(d.value, d.precision) for d in found] == [(value, precision)]


def test_every_precision_has_a_span() -> None:
    assert span(date(2025, 1, 11), "month-part") == (date(2025, 1, 11), date(2025, 1, 20))
    assert span(date(2024, 9, 1), "year-part") == (date(2024, 9, 1), date(2024, 12, 31))
    assert span(date(2024, 12, 1), "season") == (date(2024, 12, 1), date(2025, 2, 28))
    assert span(ARTICLE, "reported") == (date(2025, 10, 30), ARTICLE)
    assert {p for p in PRECISIONS} >= {"day", "week", "month", "year", "reported"}


def test_offset_phrase_dates_the_clause_after_it() -> None:
    lexicon = lexicon_for("hu")
    [offset] = find_offsets("két nappal azután, hogy Moszkva elismerte", 0, lexicon.periods, lexicon.numbers)
    assert offset.days == -2
    [after] = find_offsets("two days after Moscow acknowledged", 0, lexicon_for("en").periods, lexicon_for("en").numbers)
    assert after.days == -2


def test_a_dateline_is_not_an_event_date() -> None:
    text = "SEOUL, Nov 30 (Sample Wire) - Kim met Belousov on Friday."
    found = drop_dateline(text, 0, find_dates(text, 0, lexicon_for("en"), date(2024, 11, 30)))
    assert [(d.value, d.precision) for d in found] == [(date(2024, 11, 29), "day")]


def test_no_clock_dates_without_an_article_date() -> None:
    assert find_dates("tavaly nyáron és múlt héten", 0, lexicon_for("hu"), None) == []


@pytest.mark.parametrize(("lang", "text"), [("en", "3000 years ago"), ("en", "1000000 days ago"),
                                            ("en", "50000 months ago"), ("hu", "egymillió hete")])
def test_a_span_back_beyond_year_one_is_no_date_rather_than_a_crash(lang: str, text: str) -> None:
    assert find_dates(text, 0, lexicon_for(lang), ARTICLE) == []
