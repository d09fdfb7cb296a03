"""Phonetic keys: a Hungarian transcription read as Hungarian meets the English romanization."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kgbuild.resolve.phonetic import hu_to_en, phonetic_key, span_keys


def keys_for(name: str, lang: str) -> tuple[tuple[str, str], ...]:
    """The keys by their definition on the whole name (what span_keys builds from per-word parts)."""
    keys = [(phonetic_key(name), "as written")]
    if lang == "hu" and phonetic_key(hu_to_en(name)) != keys[0][0]:
        keys.append((phonetic_key(hu_to_en(name)), "read as Hungarian spelling"))
    return tuple(keys)

PAIRS = [
    ("Kim Dzsongun", "Kim Jong Un"), ("Kim Dzsong Un", "Kim Jong-un"), ("Dmitrij Medvegyev", "Dmitry Medvedev"),
    ("Valerij Geraszimov", "Valery Gerasimov"), ("Szergej Sojgu", "Sergei Shoigu"), ("Vlagyimir Putyin", "Vladimir Putin"),
    ("Volodimir Zelenszkij", "Volodymyr Zelensky"), ("Kim Jo Dzsong", "Kim Yo Jong"), ("Kirilo Budanov", "Kyrylo Budanov"),
]


@pytest.mark.parametrize(("hungarian", "english"), PAIRS)
def test_hungarian_reading_meets_english(hungarian: str, english: str) -> None:
    assert phonetic_key(english) in [k for k, _ in span_keys(hungarian.split(), "hu")]


@pytest.mark.parametrize(("one", "other"), [("Kim Jong Un", "Kim Jong Il"), ("Kim Jong Un", "Kim Il Sung"),
                                            ("Gerasimov", "Gerasimenko")])
def test_different_people_keep_different_keys(one: str, other: str) -> None:
    assert phonetic_key(one) != phonetic_key(other)


def test_longest_match_first() -> None:
    assert hu_to_en("Dzsongun") == "jongun"
    assert hu_to_en("Hszinhua") == "xinhua"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet="aáeéöőüűcsdzgyjnkhtyAÉŐÚCSZDGYKJ0-’`İß\u0301ïńΣ김", max_size=8), min_size=1, max_size=4),
       st.sampled_from(["hu", "en"]))
def test_span_keys_are_the_keys_of_the_joined_words(words: list[str], lang: str) -> None:
    assert span_keys(words, lang) == keys_for(" ".join(words), lang)


@pytest.mark.parametrize("words", [["Kim", "Dzsongun", "8401"], ["Észak-Korea", "2"], ["Szergej", "Sojgut"], ["Ким", "Чен"]])
def test_span_keys_of_names(words: list[str]) -> None:
    assert span_keys(words, "hu") == keys_for(" ".join(words), "hu")
