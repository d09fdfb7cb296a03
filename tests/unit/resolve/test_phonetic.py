"""Phonetic keys: a Hungarian transcription read as Hungarian meets the English romanization."""

from __future__ import annotations

import pytest

from kgbuild.resolve.phonetic import hu_to_en, keys_for, phonetic_key

PAIRS = [
    ("Kim Dzsongun", "Kim Jong Un"), ("Kim Dzsong Un", "Kim Jong-un"), ("Dmitrij Medvegyev", "Dmitry Medvedev"),
    ("Valerij Geraszimov", "Valery Gerasimov"), ("Szergej Sojgu", "Sergei Shoigu"), ("Vlagyimir Putyin", "Vladimir Putin"),
    ("Volodimir Zelenszkij", "Volodymyr Zelensky"), ("Kim Jo Dzsong", "Kim Yo Jong"), ("Kirilo Budanov", "Kyrylo Budanov"),
]


@pytest.mark.parametrize(("hungarian", "english"), PAIRS)
def test_hungarian_reading_meets_english(hungarian: str, english: str) -> None:
    assert phonetic_key(english) in [k for k, _ in keys_for(hungarian, "hu")]


@pytest.mark.parametrize(("one", "other"), [("Kim Jong Un", "Kim Jong Il"), ("Kim Jong Un", "Kim Il Sung"),
                                            ("Gerasimov", "Gerasimenko")])
def test_different_people_keep_different_keys(one: str, other: str) -> None:
    assert phonetic_key(one) != phonetic_key(other)


def test_longest_match_first() -> None:
    assert hu_to_en("Dzsongun") == "jongun"
    assert hu_to_en("Hszinhua") == "xinhua"
