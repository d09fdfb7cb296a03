"""The cheap tests that skip the date, period and offset scans never skip a sentence those scans would read."""

from __future__ import annotations

import random
import re
from datetime import date

import pytest

from kgbuild.events import dates, periods
from kgbuild.events.lexicon import Lexicon, lexicon_for
from kgbuild.events.sentence import folded_words, plain

TODAY = date(2025, 11, 5)

_RANGES = [(0, 0x250), (0x2000, 0x2070), (0x20A0, 0x20C0)]


def _plain_chars() -> list[str]:
    return [c for a, b in _RANGES for c in map(chr, range(a, b)) if plain(c)]


def test_lower_casing_plain_text_mirrors_case_insensitive_matching() -> None:
    chars = _plain_chars()
    assert "ő" in chars and "–" in chars and "ș" in chars and "ı" not in chars and "ſ" not in chars
    for c in chars:
        low = c.lower()
        assert len(low) == 1
        for cls in (r"\w", r"\d", r"\s"):
            assert bool(re.fullmatch(cls, c, re.IGNORECASE)) == bool(re.fullmatch(cls, low)), c
    for p in chars:
        same = re.compile(re.escape(p), re.IGNORECASE).fullmatch
        assert all((same(c) is not None) == (c.lower() == p.lower()) for c in chars), p


def test_other_scripts_are_not_plain() -> None:
    assert not plain("Kılıçdaroğlu") and not plain("Путин") and plain("Kim Dzsong Un – „Szöul”")
    assert folded_words("Путин") is None
    assert folded_words("Kim Dzsong Un, 2025-ben") == frozenset({"kim", "dzsong", "un", "2025", "ben"})


def _words(lexicon: Lexicon) -> list[str]:
    """Every word the date and period finders know, with month endings, years and numbers."""
    s = lexicon.periods
    months = list(dates._months(lexicon.language))
    out = [*s.parts, *s.bare_parts, *s.relative_years, *s.ago, *s.offset_units, *s.offset_words, *months,
           *s.month_prepositions, *s.year_prepositions, *lexicon.relative_dates, *dates._weekdays(lexicon.language)]
    out += [m + e for m in months for e in s.month_endings] + [f"2024-{e}" for e in s.year_endings]
    out += ["2024", "2024.", "1850", "12345", "két", "three", "of", "the", "x", "mid-january", "szerdán", "kedden"]
    return out + [w.replace(" ", "-") for w in out if " " in w]


def _texts(lexicon: Lexicon, n: int = 6000) -> list[str]:
    """Random runs of two to four known words, joined by spaces, hyphens, commas or dots, in mixed case."""
    rng = random.Random(4)
    words = _words(lexicon)
    out = []
    for _ in range(n):
        picked = [rng.choice(words) for _ in range(rng.randint(2, 4))]
        text = "".join(w + rng.choice((" ", " ", "-", ", ", ". ")) for w in picked).strip()
        out.append(text.upper() if rng.random() < 0.1 else text.capitalize() if rng.random() < 0.2 else text)
    return out


@pytest.mark.parametrize("lang", ["hu", "en"])
def test_period_rules_are_never_skipped_where_they_match(lang: str) -> None:
    lexicon = lexicon_for(lang)
    months = dates._months(lang)
    rules = periods._compiled(lexicon.periods, months).rules
    for text in _texts(lexicon):
        kept = {r[0] for r in periods._worth_running(text, lexicon.periods, months, folded_words(text))}
        assert {r[0] for r in rules if r[1].search(text)} <= kept, text
        assert periods.find_periods(text, 0, lexicon.periods, months, lexicon.numbers, TODAY) == _every_rule(
            text, lexicon, months), text


def _every_rule(text: str, lexicon: Lexicon, months: dict[str, int]) -> list[object]:
    """find_periods as it was: every rule on every text, behind the old quick test."""
    s = lexicon.periods
    if not re.search(r"\d{4}|" + periods._alt(_quick_words(lexicon, months)).replace(r"[\s-]+", r"\s"), text,
                     re.IGNORECASE):
        return []
    ctx = periods._Context(s, months, lexicon.numbers, TODAY)
    out: list[object] = []
    for name, pattern, rule, flip, _needs in periods._compiled(s, months).rules:
        for m in pattern.finditer(text):
            groups = tuple(g or "" for g in m.groups())
            found = rule(groups[::-1] if flip else groups, ctx)
            if found is not None:
                out.append(periods.DateMention(m.start(), m.end(), found[0], found[1], f"period:{name}"))
    return out


def _quick_words(lexicon: Lexicon, months: dict[str, int]) -> tuple[str, ...]:
    s = lexicon.periods
    return tuple(s.parts) + tuple(months) + tuple(s.relative_years) + tuple(s.ago) + tuple(s.bare_parts)


@pytest.mark.parametrize("lang", ["hu", "en"])
def test_quick_test_trie_matches_what_the_alternation_matched(lang: str) -> None:
    lexicon = lexicon_for(lang)
    months = dates._months(lang)
    words = _quick_words(lexicon, months)
    old = re.compile(r"\d{4}|" + periods._alt(words).replace(r"[\s-]+", r"\s"), re.IGNORECASE)
    for text in _texts(lexicon) + [w for w in words] + [w.upper() + "x" for w in words]:
        assert (old.search(text) is None) == (periods._quick(words).search(text) is None), text
    assert periods._quick(()).search("x2024") is not None and periods._quick(()).search("x") is None


@pytest.mark.parametrize("lang", ["hu", "en"])
def test_relative_dates_and_offsets_are_never_skipped_where_they_match(lang: str) -> None:
    lexicon = lexicon_for(lang)
    forms = dates._weekday_forms(lang, lexicon.weekday_suffixes)
    phrases = dates._phrase_keys(tuple(lexicon.relative_dates))
    pattern = dates._relative_pattern(tuple(lexicon.relative_dates))
    s = lexicon.periods
    for text in _texts(lexicon):
        words = folded_words(text)
        weekdays = [w for w in re.findall(r"\b\w+\b", text.lower())
                    if dates._weekday_of(w, dates._weekdays(lang), lexicon.weekday_suffixes) is not None]
        assert not weekdays or dates._may_hold(words, forms), text
        assert [m.group() for m in dates._weekday_pattern(forms).finditer(text.lower())] == weekdays, text
        assert pattern.search(text.lower()) is None or dates._may_hold(words, phrases), text
        found = periods.find_offsets(text, 0, s, lexicon.numbers)
        assert found == _offsets_unfiltered(text, lexicon), text


def _offsets_unfiltered(text: str, lexicon: Lexicon) -> list[object]:
    return list(periods.find_offsets(text, 0, lexicon.periods, lexicon.numbers, None))  # None: no prefilter


def test_weekday_forms_are_every_weekday_reading() -> None:
    lexicon = lexicon_for("hu")
    forms = dates._weekday_forms("hu", lexicon.weekday_suffixes)
    assert {"szerdán", "kedden", "vasárnap", "hétfőn", "pénteken"} <= forms
    assert dates._weekday_of("szerdán", dates._weekdays("hu"), lexicon.weekday_suffixes) == 2


def test_periods_still_found_behind_the_prefilter() -> None:
    lexicon = lexicon_for("en")
    found = dates.find_dates("In late 2024 and since mid-January", 0, lexicon, date(2025, 11, 5))
    assert [(d.value, d.precision) for d in found] == [(date(2024, 9, 1), "year-part"), (date(2025, 1, 11), "month-part")]


@pytest.mark.parametrize("lang", ["hu", "en"])
def test_month_names_as_a_trie_match_what_the_alternation_matched(lang: str) -> None:
    lexicon = lexicon_for(lang)
    months = dates._months(lang)
    trie = periods.names(months)
    assert trie is not None
    alternation = "(?:" + "|".join(sorted((re.escape(m) for m in months), key=len, reverse=True)) + ")"
    patterns = list(dates._patterns(lang)) + [r[1] for r in periods._compiled(lexicon.periods, months).rules]
    texts = _texts(lexicon) + [f"{m}{e} 5, 2024" for m in months for e in ("", ".", "ben", "i")]
    texts += [f"2024. {m.upper()[:4]} 19-én" for m in months]
    for pattern in (p for p in patterns if trie in p.pattern):
        old = re.compile(pattern.pattern.replace(trie, alternation), pattern.flags)
        for text in texts:
            assert [m.groups() for m in pattern.finditer(text)] == [m.groups() for m in old.finditer(text)], text
    assert periods.names(["a b", "c"]) is None and periods.names(["Nov"]) is None and periods.names([]) is None
