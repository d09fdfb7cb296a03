"""The resolver on a small hand-made gazetteer: aliases, suffixes, phonetic keys, case rules, vetoes."""

from __future__ import annotations

import pytest

from tests.factories import entity, resolver

KIM = entity("Person", "Kim Jong Un", hu=("Kim Dzsongun",), en=("Kim Jong-un",))
KIM_IL = entity("Person", "Kim Jong Il", hu=("Kim Dzsongil",))
GERASIMOV = entity("Person", "Valery Gerasimov", hu=("Valerij Geraszimov",))
MOSCOW = entity("Location", "Moscow", hu=("Moszkva",))
NATO = entity("Organization", "NATO", hu=("NATO",))
AP = entity("Media", "AP", en=("Associated Press",))
RUSSIA = entity("Country", "Russia", hu=("Oroszország",), demonyms_hu=("orosz",))
R = resolver(KIM, KIM_IL, GERASIMOV, MOSCOW, NATO, AP, RUSSIA)


@pytest.mark.parametrize(("name", "lang", "expected", "method"), [
    ("Kim Dzsongunnal", "hu", KIM, "alias+suffix"),
    ("Kim Jong-un", "en", KIM, "alias"),
    ("Kim Dzsong Un", "hu", KIM, "phonetic"),
    ("Geraszimovval", "hu", None, "none"),
    ("Valerij Geraszimovot", "hu", GERASIMOV, "alias+suffix"),
    ("Moszkvában", "hu", MOSCOW, "alias+suffix"),
    ("NATO-val", "hu", NATO, "alias+suffix"),
    ("orosz", "hu", RUSSIA, "demonym"),
    ("Kim Jong Il", "en", KIM_IL, "alias"),
])
def test_resolves(name: str, lang: str, expected: object, method: str) -> None:
    answer = R.resolve(name, lang)
    assert answer.entity == expected
    assert answer.method == method
    assert answer.explanation


def test_explanation_names_the_alias_and_the_suffix() -> None:
    answer = R.resolve("Kim Dzsongunnal", "hu")
    assert "'Kim Dzsongun'" in answer.explanation and "-nal removed" in answer.explanation


def test_acronyms_match_only_in_capitals() -> None:
    assert R.resolve("AP", "en").entity == AP
    assert R.lookup(["ap"], "en") is None


def test_auto_tries_both_languages() -> None:
    assert R.resolve("Kim Dzsongunnal", "auto").entity == KIM


def test_tie_between_entities_is_left_unresolved() -> None:
    twin = entity("Person", "Other Moscow", hu=("Moszkva",))
    assert resolver(MOSCOW, twin).resolve("Moszkva", "hu").entity is None


def test_remembered_answers_follow_the_index() -> None:
    fresh = resolver(KIM, MOSCOW)
    assert fresh.lookup(["Geraszimovval"], "hu") is None  # remembered as no answer...
    surname = entity("Person", "Gerasimov", hu=("Geraszimov",))
    fresh.index.add(surname)
    found = fresh.lookup(["Geraszimovval"], "hu")  # ...until the index learns the name
    assert found is not None and found.entity == surname
    grown = entity("Person", "Pak Jong Chol", hu=("Pak Dzsong Csol",))
    fresh.index.add(grown)
    first = fresh.lookup(["Pak", "Dzsong", "Csol"], "hu")
    assert first is not None and first.entity is grown
    renamed = entity("Person", "Pak Jong Chol", hu=("Pak Dzsong Csol", "Pak Dzsongcsol"))
    fresh.index.put(renamed)  # an unknown-name cluster that grew: answers now name the new record
    again = fresh.lookup(["Pak", "Dzsong", "Csol"], "hu")
    assert again is not None and again.entity is renamed


def test_an_unrelated_change_keeps_an_answer_and_a_related_one_replaces_it() -> None:
    fresh = resolver(KIM, MOSCOW)
    first = fresh.lookup(["Moszkvában"], "hu")
    assert first is not None and first.entity == MOSCOW
    fresh.index.add(entity("Media", "Interfax"))  # a one-word name: none of the keys Moszkvában reads
    assert fresh.lookup(["Moszkvában"], "hu") is first
    fresh.index.add(entity("Location", "Other Moscow", hu=("Moszkva",)))
    tie = fresh.lookup(["Moszkvában"], "hu")
    assert tie is None and fresh.resolve("Moszkvában", "hu").method == "ambiguous"


def test_only_capitalized_words_or_alias_starts_can_begin_a_match() -> None:
    from kgbuild.resolve.resolver import folded_stems

    assert R.starts_alias(folded_stems("orosz", "hu"))
    assert R.starts_alias(folded_stems("oroszok", "hu"))
    assert not R.starts_alias(folded_stems("katonák", "hu"))


@pytest.mark.parametrize("name", ["Медведев", "Дмитрий Медведев", "Ωμέγα", "北京"])
def test_a_name_in_a_script_without_latin_letters_is_no_crash(name: str) -> None:
    """Its name form has no Latin words, so fuzzy blocking has nothing to compare (it raised IndexError)."""
    answer = R.resolve(name, "hu")
    assert answer.entity is None and answer.explanation
