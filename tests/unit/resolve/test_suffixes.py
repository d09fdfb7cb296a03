"""Hungarian suffix stripping: every known form yields its stem; names that end like a suffix survive."""

from __future__ import annotations

import pytest

from kgbuild.resolve.suffixes import _assimilated, _hyphenated, _strip_once, rules_for, stems, suffixes_by_length

CASES = [
    ("Moszkvában", "Moszkva"), ("Moszkvával", "Moszkva"), ("Moszkvát", "Moszkva"), ("Putyinnal", "Putyin"),
    ("Putyint", "Putyin"), ("Kurszkkal", "Kurszk"), ("Kováccsal", "Kovács"), ("NATO-val", "NATO"),
    ("EU-ba", "EU"), ("ENSZ-szel", "ENSZ"), ("MTI-nek", "MTI"), ("kurszki", "kurszk"), ("Észak-Koreának", "Észak-Korea"),
    ("Oroszországba", "Oroszország"), ("Ukrajnában", "Ukrajna"), ("Phenjanban", "Phenjan"), ("Szudzsánál", "Szudzsa"),
    ("Medvegyevvel", "Medvegyev"), ("Geraszimovot", "Geraszimov"), ("Kimmel", "Kim"), ("Zelenszkijjel", "Zelenszkij"),
    ("moszkvaiakat", "moszkva"), ("Oslóban", "Oslo"), ("Budapesten", "Budapest"), ("Lavrovval", "Lavrov"),
]


@pytest.mark.parametrize(("word", "stem"), CASES)
def test_inflected_forms_reach_their_stem(word: str, stem: str) -> None:
    assert stem in [s for s, _ in stems(word, "hu")]


@pytest.mark.parametrize("name", ["London", "Ankara", "Irán", "Washington", "Pentagon", "Teherán", "Kabul"])
def test_the_unchanged_form_always_comes_first(name: str) -> None:
    assert stems(name, "hu")[0] == (name, "as written")


def test_english_possessive() -> None:
    assert "Russia" in [s for s, _ in stems("Russia's", "en")]


def test_language_without_rules_keeps_the_word() -> None:
    assert stems("Moszkvában", "xx") == (("Moszkvában", "as written"),)


def _strip_every_suffix(word: str, lang: str) -> list[tuple[str, str]]:
    """The plain-suffix removals of one layer the way they were found before grouping by length: every suffix tried."""
    rules = rules_for(lang)
    assert rules is not None
    lower = word.lower()
    return [(word[:-len(s)], f"-{s} removed") for s in rules.suffixes if lower.endswith(s) and len(word) - len(s) >= 2]


def test_suffixes_by_length_groups_longest_first() -> None:
    assert suffixes_by_length(("ban", "t", "ért", "ba")) == ((3, frozenset({"ban", "ért"})), (2, frozenset({"ba"})),
                                                              (1, frozenset({"t"})))


@pytest.mark.parametrize("lang", ["hu", "en"])
@pytest.mark.parametrize("word", [w for w, _ in CASES] + ["8401", "İstanbulban", "Ab", "abc", "bant", "NATO-val"])
def test_one_set_test_per_length_finds_what_every_suffix_finds(word: str, lang: str) -> None:
    rules = rules_for(lang)
    assert rules is not None
    plain = [(s, h) for s, h in _strip_once(word, rules) if h.endswith(" removed") and "→" not in h and "after" not in h
             and "assimilated" not in h]
    assert plain == _strip_every_suffix(word, lang)


@pytest.mark.parametrize(("word", "lang"), [("8401", "hu"), ("Washington", "en"), ("Kim", "en"), ("", "hu"), ("2025-ben", "hu")])
def test_a_word_no_ending_can_end_keeps_only_itself(word: str, lang: str) -> None:
    rules = rules_for(lang)
    assert rules is not None
    if word[-1:].lower() not in rules.finals and "-" not in word:
        assert _strip_once(word, rules) == []
        assert _hyphenated(word, rules) + _strip_every_suffix(word, lang) + _assimilated(word, rules) == []
    assert stems(word, lang)[0] == (word, "as written")
