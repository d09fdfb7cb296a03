"""Quantities from digits and number words, with qualifiers; the traps of HUNGARIAN.md stay traps."""

from __future__ import annotations

import pytest

from kgbuild.events.lexicon import lexicon_for
from kgbuild.events.numbers import find_quantities, parse_word
from tests.unit.events.conftest import bare_sentence


def quantities(text: str, lang: str) -> list[tuple[float, str | None, bool]]:
    return [(q.value, q.qualifier, q.counted) for q in find_quantities(bare_sentence(text), lexicon_for(lang).numbers)]


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("Ötezer katona érkezik Oroszországba.", 5000, None),
    ("Phenjan tízezer katonát küld.", 10000, None),
    ("Jelenleg megközelítőleg 10 ezer katona állomásozik.", 10000, "about"),
    ("már több mint 600-an haltak meg", 600, "more_than"),
    ("mintegy 11 ezer katonára becsülte", 11000, "about"),
    ("több ezer katonát küld", 1000, "several"),
    ("több ezren állomásoznak", 1000, "several"),
    ("kétezer-ötszáz katona", 2500, None),
    ("mintegy háromszázan elestek", 300, "about"),
    ("nagyjából 1500 különleges műveleti katonát", 1500, "about"),
    ("legalább 1,5 millió lövedéket", 1_500_000, "at_least"),
    ("11 000 katona", 11000, None),
    ("tizenöt katonát", 15, None),
    ("huszonhárom fogoly", 23, None),
])
def test_hungarian_counted_quantities(text: str, value: float, qualifier: str | None) -> None:
    assert (value, qualifier, True) in quantities(text, "hu")


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("North Korea has sent 15,000 troops to Russia", 15000, None),
    ("nearly 12,000 troops", 12000, "nearly"),
    ("Several thousand soldiers remained", 1000, "several"),
    ("at least 4,000 casualties", 4000, "at_least"),
    ("up to 6,000 more soldiers", 6000, "up_to"),
    ("millions of artillery shells", 1_000_000, "several"),
    ("two thousand five hundred troops", 2500, None),
    ("Two North Korean soldiers captured", 2, None),
])
def test_english_counted_quantities(text: str, value: float, qualifier: str | None) -> None:
    assert (value, qualifier, True) in quantities(text, "en")


@pytest.mark.parametrize(("text", "lang"), [
    ("egy fogságba esett katonáról számolt be", "hu"),   # egy is 'a'
    ("a hét elején beszélt róla", "hu"),                  # hét is 'week'
    ("ez hat a tárgyalásokra", "hu"),                     # hat is a verb
    ("a hatás és a hétfői ülés", "hu"),                   # words that start like numbers
    ("a dokumentum 4. cikke", "hu"),                      # an ordinal
    ("North Korean KN-23 missiles", "en"),                # part of a name
    ("one of the soldiers", "en"),
])
def test_traps_are_not_counted_quantities(text: str, lang: str) -> None:
    assert [q for q in quantities(text, lang) if q[2]] == []


def test_counted_only_when_a_counted_noun_follows() -> None:
    assert quantities("a két ország vezetője", "hu") == [(2, None, False)]
    assert quantities("in 24 years", "en") == [(24, None, False)]


@pytest.mark.parametrize(("word", "morphemes", "ending"), [
    ("ötöt", ("öt",), "öt"),
    ("ötven", ("ötven",), ""),
    ("ezret", ("ezr",), "et"),
    ("tízezren", ("tíz", "ezr"), "en"),
])
def test_number_words_split_into_morphemes_and_one_ending(word: str, morphemes: tuple[str, ...], ending: str) -> None:
    assert parse_word(word, lexicon_for("hu").numbers) == (morphemes, ending)


@pytest.mark.parametrize("lang", ["en", "hu"])
def test_qualifiers_indexed_by_last_word_read_like_the_longest_first_scan(lang: str) -> None:
    from kgbuild.events.numbers import _longest_first, _qualifier

    spec = lexicon_for(lang).numbers
    words = sorted({w for phrase in spec.qualifiers for w in phrase}) + ["x"]
    phrases = [p for phrase in spec.qualifiers for p in (phrase, ("x", *phrase), phrase[1:], ("x", *phrase[:-1]))]
    for before in [(), ("x",)] + [(w,) for w in words] + [(a, b) for a in words for b in words] + phrases:
        sentence = bare_sentence(" ".join((*before, "5", "katona")))
        first = len(before)
        expected = next(((name, first - len(w)) for w, name in _longest_first(spec.qualifiers)
                         if first >= len(w) and tuple(sentence.lower[first - len(w):first]) == w), (None, first))
        assert _qualifier(sentence, first, [(5.0, "add")], spec) == expected, before
