"""Periods and relative spans: '2025 elején', 'late 2024', 'tavaly nyáron', 'márciusban', 'két hete', 'két nappal azután'.

Which words mean early, summer or last year is data (the `periods` section of the lexicon file); the
patterns are built from it, and every value is resolved against the article's date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

from kgbuild.events.numbers import NumberSpec, parse_word, parts_of, value_of
from kgbuild.events.sentence import SCAN, Words, folded_text, lowered_twin, plain, scan, word_runs
from kgbuild.events.timespan import (DateMention, DateOffset, add_months, latest_season, monday, part_of_month,
                                     part_of_year)

MIN_YEAR, MAX_YEAR = 1900, 2100


@dataclass(frozen=True, slots=True)
class PeriodSpec:
    """One language's period words and where they stand relative to the year or month they qualify."""

    parts: dict[str, str]
    part_after: bool
    bare_parts: tuple[str, ...]
    relative_years: dict[str, int]
    month_endings: tuple[str, ...]
    month_prepositions: tuple[str, ...]
    year_endings: tuple[str, ...]
    year_prepositions: tuple[str, ...]
    offset_units: dict[str, int]
    offset_words: dict[str, int]
    ago: dict[str, str]


def parse_period_spec(raw: dict[str, Any]) -> PeriodSpec:
    """The `periods` section of a lexicon file as typed data."""
    return PeriodSpec(
        parts=dict(raw.get("parts", {})), part_after=raw.get("part_position", "before") == "after",
        bare_parts=tuple(raw.get("bare_parts", ())), relative_years={k: int(v) for k, v in raw.get("relative_years", {}).items()},
        month_endings=tuple(raw.get("month_endings", ())), month_prepositions=tuple(raw.get("month_prepositions", ())),
        year_endings=tuple(raw.get("year_endings", ())), year_prepositions=tuple(raw.get("year_prepositions", ())),
        offset_units={k: int(v) for k, v in raw.get("offset_units", {}).items()},
        offset_words={k: int(v) for k, v in raw.get("offset_words", {}).items()}, ago=dict(raw.get("ago", {})),
    )


@dataclass(frozen=True, slots=True)
class _Context:
    """What every period rule needs: the spec, month names, number words and the article's date."""

    spec: PeriodSpec
    months: dict[str, int]
    numbers: NumberSpec
    today: date


Rule = Callable[[tuple[str, ...], _Context], tuple[date, str] | None]


def _alt(words: Any) -> str:
    """A regex alternation of words, longest first, spaces matching any white space or a hyphen."""
    return _alternation(tuple(words))


@lru_cache(maxsize=256)
def _alternation(words: tuple[str, ...]) -> str:
    """Cached body of `_alt`."""
    escaped = (re.escape(w).replace(r"\ ", r"[\s-]+") for w in sorted(words, key=len, reverse=True))
    return "(?:" + "|".join(escaped) + ")" if words else "(?!x)x"


def find_periods(text: str, offset: int, spec: PeriodSpec, months: dict[str, int], numbers: NumberSpec,
                 today: date, words: Words = SCAN) -> list[DateMention]:
    """Every period, bare month, bare year and 'N units ago' in a text, resolved against `today`. `words`: the
    text's word runs, for the prefilter (see `word_runs`)."""
    rules = _worth_running(text, spec, months, word_runs(text, words))
    if not rules:
        return []
    ctx = _Context(spec, months, numbers, today)
    out: list[DateMention] = []
    compiled, lowered = _compiled(spec, months), folded_text(text)
    for name, pattern, rule, flip, _needs in rules:
        twin = compiled.twins[name] if lowered is not None else None
        for m in scan(pattern, twin, text, lowered):
            groups = _groups(m, text)
            found = rule(groups[::-1] if flip else groups, ctx)
            if found is not None:
                out.append(DateMention(offset + m.start(), offset + m.end(), found[0], found[1], f"period:{name}"))
    if not out or any(d.rule[len("period:"):] in compiled.sure for d in out):
        return out
    return out if _worth_reading(text, spec, months) else []


def _groups(m: re.Match[str], text: str) -> tuple[str, ...]:
    """A match's groups as written in `text` ('' for one that took no part), also when the match was found in the
    lower-cased text, at the same offsets."""
    return tuple(text[a:b] if a >= 0 else "" for a, b in map(m.span, range(1, m.re.groups + 1)))


def _worth_reading(text: str, spec: PeriodSpec, months: dict[str, int]) -> bool:
    """A quick test that a text holds a year, a month name or a period word at all (most sentences do not)."""
    words = tuple(spec.parts) + tuple(months) + tuple(spec.relative_years) + tuple(spec.ago) + tuple(spec.bare_parts)
    return _quick(words).search(text) is not None


@lru_cache(maxsize=16)
def _quick(words: tuple[str, ...]) -> re.Pattern[str]:
    """Cached body of `_worth_reading`: four digits or any of the words (a space in one matching any one white
    space character), with the words as a trie, which matches the same strings several times faster."""
    return re.compile(r"\d{4}|" + (_trie(words) if words else "(?!x)x"), re.IGNORECASE)


def names(words: Any) -> str | None:
    """For case-insensitive patterns, the names as a trie, which tries the same names in the same order as an
    alternation longest first, several times faster: when every name is plain lower case without spaces, two
    names that match at one place are a name and its prefix. None for other names."""
    found = tuple(words)
    if found and all(w and w == w.lower() and plain(w) and " " not in w for w in found):
        return "(?:" + _trie(found) + ")"
    return None


def _trie(words: tuple[str, ...]) -> str:
    """A regex for exactly these words, sharing prefixes, so a scan tries one branch per character."""
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branches(root)


def _branches(node: dict[str, Any]) -> str:
    """The regex of one trie node: its continuations, optional when a word ends there."""
    branches = [(r"\s" if ch == " " else re.escape(ch)) + _branches(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


Needs = tuple[frozenset[str], ...]
CompiledRule = tuple[str, re.Pattern[str], Rule, bool, Needs]
_YEAR: frozenset[str] = frozenset({"#year"})  # the need for a run of exactly four digits, not for words
YEAR_RUN = re.compile(r"(?<!\w)\d{4}(?!\w)")
_KEYABLE = re.compile(r"\w+(?: \w+)*")


@dataclass(frozen=True, slots=True)
class _Compiled:
    """A spec's rules compiled once, every word any of them needs, those that need no words (at most a year)
    and those that need nothing."""

    spec: PeriodSpec
    months: dict[str, int]
    rules: list[CompiledRule]
    words: frozenset[str]
    wordless: list[CompiledRule]
    free: list[CompiledRule]
    sure: frozenset[str]
    twins: dict[str, re.Pattern[str] | None]


_COMPILED: dict[tuple[int, int], _Compiled] = {}


def _worth_running(text: str, spec: PeriodSpec, months: dict[str, int],
                   words: frozenset[str] | None) -> list[CompiledRule]:
    """The rules whose needs all show in the text's word runs `words`: set tests, where a rule's regex scan costs
    a hundred times more. Every rule when the text is not plain (`words` None)."""
    compiled = _compiled(spec, months)
    if words is None:
        return compiled.rules
    hits = compiled.words.intersection(words)
    if not hits:
        return compiled.wordless if not compiled.wordless or YEAR_RUN.search(text) else compiled.free
    year: bool | None = None  # looked for once, and only when a rule's words are there (needs list words first)
    out = []
    for rule in compiled.rules:
        for need in rule[4]:
            if need is _YEAR:
                year = YEAR_RUN.search(text) is not None if year is None else year
                if not year:
                    break
            elif need.isdisjoint(hits):
                break
        else:
            out.append(rule)
    return out


def _compiled(spec: PeriodSpec, months: dict[str, int]) -> _Compiled:
    """The rules of a spec, compiled once; keyed by identity, since the spec holds dicts and does not hash."""
    key = (id(spec), id(months))
    cached = _COMPILED.get(key)
    if cached is None or cached.spec is not spec or cached.months is not months:
        rules = list(_rules(spec, months))
        words = frozenset(w for r in rules for need in r[4] if need is not _YEAR for w in need)
        wordless = [r for r in rules if all(need is _YEAR for need in r[4])]
        cached = _COMPILED[key] = _Compiled(spec, months, rules, words, wordless, [r for r in rules if not r[4]],
                                            _sure(spec, months), {r[0]: lowered_twin(r[1]) for r in rules})
    return cached


def _sure(s: PeriodSpec, months: dict[str, int]) -> frozenset[str]:
    """The rules a match of which passes `_worth_reading` for certain: it holds four digits, or a word of the
    quick test that has no space (so the test matches it as the rule did)."""
    named = {"year-part": True, "year": True, "month-part": _spaceless(months), "relative-month": _spaceless(months),
             "month": _spaceless(months), "season": _spaceless(s.bare_parts), "ago": _spaceless(s.ago),
             "relative-part": _spaceless(s.parts) or _spaceless(s.relative_years)}
    return frozenset(name for name, sure in named.items() if sure)


def _spaceless(words: Any) -> bool:
    """No word has a space (a spaced word may match the rules with a hyphen, but not the quick test)."""
    return all(" " not in w for w in words)


def run_keys(words: Any, endings: tuple[str, ...] = ("",)) -> frozenset[str] | None:
    """What a text holds among its lower-cased word runs wherever one of the words (with one of the endings)
    matches: the longest run of each. None when a word is not plain runs of word characters split by single
    spaces, since then nothing certain follows."""
    out = set()
    for word in words:
        for ending in endings:
            written = (word + ending).lower()
            if not plain(written) or _KEYABLE.fullmatch(written) is None:
                return None
            out.add(max(written.split(" "), key=len))
    return frozenset(out)


def _needs(*keys: frozenset[str] | None) -> Needs:
    """The word sets a rule needs, the year last; a set that could not be worked out needs nothing."""
    return tuple(sorted((k for k in keys if k is not None), key=lambda k: k is _YEAR))


def _rules(s: PeriodSpec, months: dict[str, int]) -> Iterator[CompiledRule]:
    """The period patterns of a language, in the order the words stand (hu: 2025 elején; en: early 2025), each
    with the word runs it cannot match without (`_worth_running`): every word a pattern names stands between
    non-word characters, and a month with its ending is one run. A changed pattern needs its needs checked."""
    part, month, rel = _alt(s.parts), names(months) or _alt(months), _alt(s.relative_years)
    ending, prep = _alt(s.month_endings), _alt(s.month_prepositions)
    parts, rels, any_month = run_keys(s.parts), run_keys(s.relative_years), run_keys(months, ("",) + s.month_endings)
    flags = re.IGNORECASE
    if s.part_after:
        yield ("year-part", re.compile(rf"\b(\d{{4}})\.?\s+({part})(?!\w)", flags), _year_part, False,
               _needs(_YEAR, parts))
        yield ("month-part", re.compile(rf"\b({month}){ending}?\s+({part})(?!\w)", flags), _month_part, False,
               _needs(any_month, parts))
        yield ("relative-part", re.compile(rf"\b({rel})\s+({part})(?!\w)", flags), _relative_part, False,
               _needs(rels, parts))
    else:
        yield ("year-part", re.compile(rf"\b({part})[\s-]+(?:of\s+)?(\d{{4}})\b", flags), _year_part, True,
               _needs(parts, _YEAR))
        yield ("month-part", re.compile(rf"\b({part})[\s-]+({month})\b", flags), _month_part, True,
               _needs(parts, any_month))
        yield ("relative-part", re.compile(rf"\b({part})\s+({rel})\b", flags), _relative_part, True,
               _needs(parts, rels))
    yield ("relative-month", re.compile(rf"\b({rel})\s+({month}){ending}?(?!\w)", flags), _relative_month, False,
           _needs(rels, any_month))
    yield ("month", re.compile(rf"\b({month}){ending}(?!\w)" if s.month_endings
                               else rf"\b{prep}\s+({month})\b(?!\.?\s*\d)", flags), _bare_month, False,
           _needs(run_keys(months, s.month_endings)) if s.month_endings
           else _needs(run_keys(s.month_prepositions), run_keys(months)))
    yield ("year", re.compile(rf"\b(\d{{4}})-{_alt(s.year_endings)}(?!\w)" if s.year_endings
                              else rf"\b{_alt(s.year_prepositions)}\s+(\d{{4}})\b", flags), _bare_year, False,
           _needs(_YEAR, run_keys(s.year_endings) if s.year_endings else run_keys(s.year_prepositions)))
    yield ("season", re.compile(rf"\b({_alt(s.bare_parts)})(?!\w)", flags), _bare_part, False,
           _needs(run_keys(s.bare_parts)))
    yield "ago", re.compile(rf"\b(\w+)\s+({_alt(s.ago)})(?!\w)", flags), _ago, False, _needs(run_keys(s.ago))


def _part_name(ctx: _Context, written: str) -> str | None:
    """early, mid, late, first-half, second-half or a season, from the word as written."""
    return ctx.spec.parts.get(re.sub(r"[\s-]+", " ", written.lower()))


def _year_part(g: tuple[str, ...], ctx: _Context) -> tuple[date, str] | None:
    """'2025 elején' → early 2025 (year-part); '2024 nyarán' → summer 2024 (season)."""
    part = _part_name(ctx, g[1])
    return part_of_year(int(g[0]), part) if part and MIN_YEAR <= int(g[0]) <= MAX_YEAR else None


def _month_part(g: tuple[str, ...], ctx: _Context) -> tuple[date, str] | None:
    """'november elején', 'mid-January' → the month's part, in the latest such month by the article's date."""
    part = _part_name(ctx, g[1])
    month = ctx.months.get(g[0].lower())
    if part is None or month is None:
        return None
    year = ctx.today.year if month <= ctx.today.month else ctx.today.year - 1
    return part_of_month(year, month, part)


def _relative_part(g: tuple[str, ...], ctx: _Context) -> tuple[date, str] | None:
    """'tavaly nyáron' → summer of last year; 'late last year' → late (year - 1)."""
    part = _part_name(ctx, g[1])
    shift = ctx.spec.relative_years.get(re.sub(r"\s+", " ", g[0].lower()))
    return part_of_year(ctx.today.year + shift, part) if part is not None and shift is not None else None


def _relative_month(g: tuple[str, ...], ctx: _Context) -> tuple[date, str] | None:
    """'tavaly novemberben' → November of last year."""
    shift = ctx.spec.relative_years.get(re.sub(r"\s+", " ", g[0].lower()))
    month = ctx.months.get(g[1].lower())
    return (date(ctx.today.year + shift, month, 1), "month") if shift is not None and month else None


def _bare_month(g: tuple[str, ...], ctx: _Context) -> tuple[date, str] | None:
    """'márciusban', 'in June': the latest such month on or before the article's date."""
    month = ctx.months.get(g[0].lower())
    if month is None:
        return None
    return date(ctx.today.year if month <= ctx.today.month else ctx.today.year - 1, month, 1), "month"


def _bare_year(g: tuple[str, ...], ctx: _Context) -> tuple[date, str] | None:
    """'2023-ban', 'in 2023' → the year."""
    year = int(g[0])
    return (date(year, 1, 1), "year") if MIN_YEAR <= year <= MAX_YEAR else None


def _bare_part(g: tuple[str, ...], ctx: _Context) -> tuple[date, str] | None:
    """'nyáron' alone: the latest summer begun by the article's date."""
    part = _part_name(ctx, g[0])
    return latest_season(ctx.today, part) if part else None


def _ago(g: tuple[str, ...], ctx: _Context) -> tuple[date, str] | None:
    """'két hete', 'three days ago' → back from the article's date by whole units."""
    amount = number_in(g[0], ctx.numbers)
    unit = ctx.spec.ago.get(re.sub(r"\s+", " ", g[1].lower()))
    if amount is None or unit is None:
        return None
    try:
        return _back(ctx.today, unit, amount)
    except (ValueError, OverflowError):  # before year 1 ('3000 years ago'): no date, not a failed article
        return None


def _back(today: date, unit: str, amount: int) -> tuple[date, str]:
    """The date `amount` days, weeks, months or years before `today`, with its precision."""
    if unit == "day":
        return today - timedelta(days=amount), "day"
    if unit == "week":
        return monday(today - timedelta(weeks=amount)), "week"
    if unit == "month":
        return add_months(today, -amount), "month"
    return date(today.year - amount, 1, 1), "year"


def number_in(word: str, numbers: NumberSpec) -> int | None:
    """A small whole number written in digits or words (két, three), or None."""
    if word.isdigit():
        return int(word)
    parsed = parse_word(word, numbers)
    if parsed is None:
        return None
    return int(value_of(parts_of(parsed[0], numbers)))


def find_offsets(text: str, offset: int, spec: PeriodSpec, numbers: NumberSpec,
                 words: Words = SCAN) -> list[DateOffset]:
    """'két nappal azután(, hogy)', 'two days after': the following clause's date relative to the main one.
    `words`: the text's word runs, for the prefilter (see `word_runs`)."""
    if not spec.offset_units or not spec.offset_words:
        return []
    out: list[DateOffset] = []
    units, signs = tuple(spec.offset_units), tuple(spec.offset_words)
    runs = word_runs(text, words)
    if runs is not None and any(k is not None and k.isdisjoint(runs) for k in (_keys_of(units), _keys_of(signs))):
        return out
    for m in _offset_pattern(units, signs).finditer(text):
        amount = number_in(m[1], numbers)
        unit = spec.offset_units.get(m[2].lower())
        sign = spec.offset_words.get(m[3].lower())
        if amount is not None and unit is not None and sign is not None:
            out.append(DateOffset(offset + m.start(), offset + m.end(), sign * amount * unit, f"offset:{m[3].lower()}"))
    return out


@lru_cache(maxsize=16)
def _offset_pattern(units: tuple[str, ...], signs: tuple[str, ...]) -> re.Pattern[str]:
    """'<number> <unit> <after|before>': both words stand between non-word characters (see `_keys_of`)."""
    return re.compile(rf"\b(\w+)\s+({_alt(units)})\s+({_alt(signs)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=64)
def _keys_of(words: tuple[str, ...]) -> frozenset[str] | None:
    """Cached `run_keys` of a word list."""
    return run_keys(words)
