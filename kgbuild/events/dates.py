"""Dates in text, explicit, relative or periods, resolved against the article's date (never today's clock).

Precisions are listed in kgbuild/events/timespan.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from babel.dates import get_day_names, get_month_names

from kgbuild.events.lexicon import Lexicon
from kgbuild.events.periods import YEAR_RUN, find_periods, names, run_keys
from kgbuild.events.sentence import SCAN, Words, by_identity, folded_text, lowered_twin, scan, word_runs
from kgbuild.events.timespan import DateMention, add_months, monday

__all__ = ["DateMention", "dateline_end", "drop_dateline", "find_dates"]

# 'SEOUL, Nov 30 (Sample Wire) - ': a place in capitals, a date, an optional credit, a dash.
_DATELINE = re.compile(r"^\s*[^\W\d_a-z]{2,}(?:[ .'-][^\W\d_a-z]+)*(?:,\s[^—–(\n]{0,30}?(?:\([^)\n]*\)\s*)?[-—–]|\s[—–])\s")

AHEAD_DAYS = 14


def dateline_end(text: str) -> int:
    """Where an opening dateline ('SEOUL, Nov 30 (Sample Wire) - ', 'SEOUL — ') ends in the text, 0 when there is none."""
    match = _DATELINE.match(text)
    return match.end() if match is not None else 0


def drop_dateline(text: str, offset: int, dates: list[DateMention]) -> list[DateMention]:
    """Dates inside an opening dateline say when the story was filed, not when its events happened."""
    end = dateline_end(text)
    return [d for d in dates if d.start >= offset + end] if end else dates


@lru_cache(maxsize=8)
def _months(lang: str) -> dict[str, int]:
    """Month names and abbreviations (from CLDR via babel), folded to lower case, with their number."""
    names: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for number, name in get_month_names(width, locale=lang).items():
            names[name.lower().rstrip(".")] = number
    return names


@lru_cache(maxsize=8)
def _month_words(lang: str) -> frozenset[str] | None:
    """Month names as the word runs a text must hold where a pattern matches one as a whole word."""
    return run_keys(_months(lang))


@lru_cache(maxsize=8)
def _weekdays(lang: str) -> dict[str, int]:
    """Weekday names (CLDR via babel) → Python weekday number (Monday = 0)."""
    return {name.lower(): number for number, name in get_day_names("wide", locale=lang).items()}


@lru_cache(maxsize=8)
def _patterns(lang: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Year-month-day, month-day-year, day-month-year and month-year patterns for one language's month names."""
    month = names(_months(lang)) or "|".join(sorted((re.escape(m) for m in _months(lang)), key=len, reverse=True))
    ymd = re.compile(rf"\b(\d{{4}})\.?\s+({month})\.?\s*(\d{{1,2}})?(?:\.|-\w+)?", re.IGNORECASE)
    mdy = re.compile(rf"\b({month})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?\b", re.IGNORECASE)
    dmy = re.compile(rf"\b(\d{{1,2}})\s+({month})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
    my = re.compile(rf"\b({month})\.?,?\s+(\d{{4}})\b", re.IGNORECASE)
    return ymd, mdy, dmy, my


@lru_cache(maxsize=8)
def _twins(lang: str) -> tuple[re.Pattern[str] | None, ...]:
    """The case-sensitive twins of `_patterns`, for a plain text lower-cased (None where a pattern has none)."""
    return tuple(map(lowered_twin, _patterns(lang)))


_UNLENGTHEN = {"á": "a", "é": "e"}
_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_NUMERIC_HU = re.compile(r"\b(\d{4})\.\s*(\d{1,2})\.\s*(\d{1,2})\.")
_DIGIT = re.compile(r"\d")
_PHRASE = re.compile(r"\w+(?: \w+)*")


def find_dates(text: str, offset: int, lexicon: Lexicon, article_date: date | None,
               words: Words = SCAN) -> list[DateMention]:
    """Every date in a sentence; relative ones only when the article's date is known. `words`: the text's word
    runs, for the prefilters (see `word_runs`)."""
    lang = lexicon.language
    runs = word_runs(text, words)
    found = _explicit(text, offset, lang, article_date, runs)
    if article_date is not None:
        found += _relative(text, offset, lexicon, article_date, runs)
        found += find_periods(text, offset, lexicon.periods, _months(lang), lexicon.numbers, article_date, runs)
    taken: list[DateMention] = []
    for mention in sorted(found, key=lambda d: (d.start, -(d.end - d.start))):
        if all(mention.start >= t.end or mention.end <= t.start for t in taken):
            taken.append(mention)
    return taken


def _explicit(text: str, offset: int, lang: str, article_date: date | None,
              words: frozenset[str] | None) -> list[DateMention]:
    """ISO, Hungarian numeric and month-name dates."""
    out: list[DateMention] = []
    if _DIGIT.search(text) is None:  # every pattern below needs a digit, and three sentences in four have none
        return out
    months = _months(lang)
    # all but month-day need a year, a run of four digits; month-day and the two with the month between
    # numbers need the month name as a whole word
    dated = YEAR_RUN.search(text) is not None
    named = _may_hold(words, _month_words(lang))
    for m in _ISO.finditer(text) if dated else ():
        out += _make(offset, m, int(m[1]), int(m[2]), int(m[3]), "iso")
    for m in _NUMERIC_HU.finditer(text) if dated else ():
        out += _make(offset, m, int(m[1]), int(m[2]), int(m[3]), "numeric")
    ymd, mdy, dmy, my = _patterns(lang)
    lowered = folded_text(text)
    ymd_twin, mdy_twin, dmy_twin, my_twin = _twins(lang)
    for m in scan(my, my_twin, text, lowered) if dated and named else ():
        out += _make(offset, m, int(m[2]), months[m[1].lower()], None, "month-year")
    for m in scan(ymd, ymd_twin, text, lowered) if dated else ():
        out += _make(offset, m, int(m[1]), months[m[2].lower()], int(m[3]) if m[3] else None, "year-month-day")
    for m in scan(dmy, dmy_twin, text, lowered) if dated and named else ():
        out += _make(offset, m, int(m[3]), months[m[2].lower()], int(m[1]), "day-month-year")
    for m in scan(mdy, mdy_twin, text, lowered) if named else ():
        ahead = AHEAD_DAYS if lang == "hu" else 0
        year = int(m[3]) if m[3] else _year_before(article_date, months[m[1].lower()], int(m[2]), ahead)
        if year is not None:
            out += _make(offset, m, year, months[m[1].lower()], int(m[2]), "month-day-year")
    return out


def _year_before(article_date: date | None, month: int, day: int, ahead: int = 0) -> int | None:
    """The year of a date written without one: the latest on or before the article's date, or up to `ahead`
    days after it (Hungarian news names coming days so: 'a május 9-i díszszemlére' in a May 7 article)."""
    if article_date is None:
        return None
    year = article_date.year
    if (month, day) <= (article_date.month, article_date.day):
        return year
    try:
        soon = date(year, month, day) - article_date <= timedelta(days=ahead)
    except ValueError:
        soon = False
    return year if soon else year - 1


def _make(offset: int, m: re.Match[str], year: int, month: int, day: int | None, rule: str) -> list[DateMention]:
    """A DateMention, or nothing when the numbers are not a real date."""
    try:
        value = date(year, month, day or 1)
    except ValueError:
        return []
    return [DateMention(offset + m.start(), offset + m.end(), value, "day" if day else "month", rule)]


def _relative(text: str, offset: int, lexicon: Lexicon, article_date: date,
              words: frozenset[str] | None) -> list[DateMention]:
    """Weekdays (the latest on or before the article's date) and words like 'tegnap' or 'last year'."""
    out: list[DateMention] = []
    lowered = folded_text(text) or text.lower()
    weekdays = _weekdays(lexicon.language)
    found = _relative_words(lexicon)
    for m in found.weekday_pattern.finditer(lowered) if _may_hold(words, found.weekday_forms) else ():
        number = _weekday_of(m.group(), weekdays, lexicon.weekday_suffixes)
        if number is not None:
            back = (article_date.weekday() - number) % 7
            out.append(DateMention(offset + m.start(), offset + m.end(), article_date - timedelta(days=back), "day", "weekday"))
    if lexicon.relative_dates and _may_hold(words, found.phrase_keys):
        for m in found.phrases.finditer(lowered):
            unit, amount = lexicon.relative_dates[m.group()]
            value, precision = _shift(article_date, unit, amount)
            out.append(DateMention(offset + m.start(), offset + m.end(), value, precision, f"relative:{m.group()}"))
    return out


@lru_cache(maxsize=8)
def _relative_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern for all relative date phrases of a language, longest first."""
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) + r")\b")


@dataclass(frozen=True, slots=True)
class _RelativeWords:
    """A language's weekday forms and relative date phrases with what finds them, worked out once."""

    weekday_forms: frozenset[str]
    weekday_pattern: re.Pattern[str]
    phrase_keys: frozenset[str] | None
    phrases: re.Pattern[str]


@by_identity
def _relative_words(lexicon: Lexicon) -> _RelativeWords:
    """The weekday and relative date finders of a lexicon (by identity: it holds dicts and does not hash)."""
    forms = _weekday_forms(lexicon.language, lexicon.weekday_suffixes)
    phrases = tuple(lexicon.relative_dates)
    return _RelativeWords(forms, _weekday_pattern(forms), _phrase_keys(phrases), _relative_pattern(phrases))


def _may_hold(words: frozenset[str] | None, keys: frozenset[str] | None) -> bool:
    """False only when the text's word runs are known and hold none of the keys, so the scan may be skipped."""
    return words is None or keys is None or not keys.isdisjoint(words)


@lru_cache(maxsize=8)
def _weekday_forms(lang: str, suffixes: tuple[str, ...]) -> frozenset[str]:
    """Every word `_weekday_of` reads as a weekday, so sentences without one skip the word loop: the names, and
    the names with a suffix after their last letter, plain or lengthened (kedden, szerdán)."""
    weekdays = _weekdays(lang)
    stems = {name[:-1] + long for name in weekdays for long, short in _UNLENGTHEN.items() if name.endswith(short)}
    candidates = set(weekdays) | {stem + suffix for stem in stems | set(weekdays) for suffix in suffixes}
    return frozenset(c for c in candidates if _weekday_of(c, weekdays, suffixes) is not None)


@lru_cache(maxsize=8)
def _weekday_pattern(forms: frozenset[str]) -> re.Pattern[str]:
    """The whole words among the weekday forms: every word `_weekday_of` reads, found in one scan."""
    words = sorted((f for f in forms if re.fullmatch(r"\w+", f)), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)" if words else "(?!x)x")


@lru_cache(maxsize=8)
def _phrase_keys(phrases: tuple[str, ...]) -> frozenset[str] | None:
    """The longest word run of each relative date phrase: `_relative_pattern` matches whole words, so a text
    holding none of these holds no phrase. None when a phrase is not words split by single spaces."""
    if any(_PHRASE.fullmatch(p) is None for p in phrases):
        return None
    return frozenset(max(p.split(" "), key=len) for p in phrases)


def _weekday_of(word: str, weekdays: dict[str, int], suffixes: tuple[str, ...]) -> int | None:
    """The weekday a word names, allowing the language's suffixes (kedd-en, hétfő-n)."""
    if word in weekdays:
        return weekdays[word]
    for suffix in suffixes:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            stem = stem[:-1] + _UNLENGTHEN.get(stem[-1:], stem[-1:]) if stem else stem
            if stem in weekdays:
                return weekdays[stem]
    return None


def _shift(article_date: date, unit: str, amount: int) -> tuple[date, str]:
    """Move from the article's date by whole days, weeks, months or years."""
    if unit == "day":
        return article_date + timedelta(days=amount), "day"
    if unit == "week":
        return monday(article_date + timedelta(weeks=amount)), "week"
    if unit == "month":
        return add_months(article_date, amount), "month"
    return date(article_date.year + amount, 1, 1), "year"
