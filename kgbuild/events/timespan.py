"""Dates with a precision, and the span of days each precision covers.

Precision values (README, "Event dates"): day; week (date = the Monday); month (the 1st);
month-part (early = 1st, mid = 11th, late = 21st of the month); season (spring = Mar 1, summer = Jun 1,
autumn = Sep 1, winter = Dec 1 of the year before); year-part (early = Jan 1, mid = May 1, late = Sep 1,
four months each); half-year (Jan 1 or Jul 1); year (Jan 1); reported (no date in the text: the article's
date, meaning "on or before").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

PRECISIONS = ("day", "week", "month", "month-part", "season", "year-part", "half-year", "year", "reported")
_MONTHS_LONG = {"month": 1, "season": 3, "year-part": 4, "half-year": 6, "year": 12}
_PART_START = {"early": 1, "mid": 11, "late": 21}
_YEAR_PART = {"early": 1, "mid": 5, "late": 9, "first-half": 1, "second-half": 7}
_SEASON = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date found in a sentence, its precision and offsets."""

    start: int
    end: int
    value: date
    precision: str
    rule: str


@dataclass(frozen=True, slots=True)
class DateOffset:
    """'két nappal azután, hogy ...': the clause after it happened `days` from the date of the clause before."""

    start: int
    end: int
    days: int
    rule: str


def add_months(day: date, months: int) -> date:
    """The first of the month `months` after (or before) the month of `day`."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def monday(day: date) -> date:
    """The Monday of the ISO week of `day`."""
    return day - timedelta(days=day.weekday())


def span(value: date, precision: str) -> tuple[date, date]:
    """First and last day a dated value covers ('reported' covers the week up to the article date)."""
    if precision == "day":
        return value, value
    if precision == "week":
        return value, value + timedelta(days=6)
    if precision == "reported":
        return value - timedelta(days=6), value
    if precision == "month-part":
        end = add_months(value, 1) - timedelta(days=1) if value.day >= 21 else value + timedelta(days=9)
        return value, end
    return value, add_months(value, _MONTHS_LONG.get(precision, 1)) - timedelta(days=1)


def part_of_year(year: int, part: str) -> tuple[date, str] | None:
    """early/mid/late, first-half/second-half or a season of a year → its start and precision."""
    if part in _SEASON:
        return date(year - 1 if part == "winter" else year, _SEASON[part], 1), "season"
    if part in _YEAR_PART:
        return date(year, _YEAR_PART[part], 1), "half-year" if "half" in part else "year-part"
    return None


def part_of_month(year: int, month: int, part: str) -> tuple[date, str] | None:
    """early/mid/late of a month → its start and precision month-part."""
    if part not in _PART_START:
        return None
    return date(year, month, _PART_START[part]), "month-part"


def latest_season(article_date: date, part: str) -> tuple[date, str] | None:
    """A season named without a year: the latest one that has begun by the article's date."""
    for year in (article_date.year + 1, article_date.year, article_date.year - 1):
        found = part_of_year(year, part)
        if found is not None and found[0] <= article_date:
            return found
    return None
