"""Matching on a small hand-made gazetteer: order-free parts, initials, near misses, vetoes, ties, explanations."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kgbuild.resolve.vetoes import align
from tests.factories import entity, resolver

KIM = replace(entity("Person", "Kim Jong Un", hu=("Kim Dzsongun",)), native_name="김정은")
KIM_IL = replace(entity("Person", "Kim Jong Il", hu=("Kim Dzsongil",)), native_name="김정일")
KIM_SUNG = replace(entity("Person", "Kim Il Sung", hu=("Kim Ir Szen",)), native_name="김일성")
GERASIMOV = entity("Person", "Valery Gerasimov", hu=("Valerij Geraszimov", "Geraszimov"))
ORBAN = entity("Person", "Viktor Orbán", hu=("Orbán Viktor",))
PUTIN = entity("Person", "Vladimir Putin", hu=("Vlagyimir Putyin", "Putyin"))
BELOUSOV = entity("Person", "Andrei Belousov", hu=("Andrej Belouszov",))
MOSCOW = entity("Location", "Moscow", hu=("Moszkva",))
R = resolver(KIM, KIM_IL, KIM_SUNG, GERASIMOV, ORBAN, PUTIN, BELOUSOV, MOSCOW)


@pytest.mark.parametrize(("name", "lang", "expected", "method"), [
    ("Putyin Vlagyimir", "hu", PUTIN, "order-free"),
    ("Orbán Viktort", "hu", ORBAN, "alias+suffix"),
    ("Viktor Orban", "en", ORBAN, "alias"),
    ("V. Putyin", "hu", PUTIN, "initials"),
    ("Orbán V.", "hu", ORBAN, "initials"),
    ("Andrej Beloszov", "hu", BELOUSOV, "fuzzy"),
    ("Valery Gerasimow", "en", GERASIMOV, "phonetic"),
    ("Valerij Geraszimv", "hu", GERASIMOV, "fuzzy"),
    ("Moszkava", "hu", MOSCOW, "fuzzy"),
])
def test_matches(name: str, lang: str, expected: object, method: str) -> None:
    answer = R.resolve(name, lang)
    assert (answer.entity, answer.method) == (expected, method), answer.explanation


@pytest.mark.parametrize(("name", "reason"), [
    ("Kim Jong Ul", "different given name"),
    ("Kim Il Sun", "different given name"),
    ("Valery Gerasimenko", None),
    ("Gerasimova", "end differently"),
    ("A. Putin", None),
    ("Orbán Anita", None),
    ("Vladimir Putin Jr", "different generation"),
])
def test_vetoes_stop_wrong_merges(name: str, reason: str | None) -> None:
    answer = R.resolve(name, "en")
    assert answer.entity is None, answer.explanation
    if reason:
        assert reason in answer.explanation


def test_a_person_mention_never_becomes_a_place() -> None:
    answer = R.resolve_span(["Moszkava"], "hu", "Person")
    assert answer.entity is None and "kind Location does not fit a Person mention" in answer.explanation


def test_korean_given_names_are_compared_without_spaces() -> None:
    assert R.resolve("Kim Jongun", "en").entity == KIM
    assert R.resolve("Kim Jong Il", "en").entity == KIM_IL
    assert R.resolve("Kim Il Sung", "en").entity == KIM_SUNG


def test_an_ambiguous_alias_resolves_to_nothing_and_names_the_candidates() -> None:
    one = entity("Person", "Kim Yong Chol", en=("General Kim",), ambiguous=("General Kim",))
    two = entity("Person", "Kim Yong Chul", en=("General Kim",), ambiguous=("General Kim",))
    answer = resolver(one, two).resolve("General Kim", "en")
    assert answer.entity is None and answer.method == "ambiguous"
    assert "Kim Yong Chol" in answer.explanation and "Kim Yong Chul" in answer.explanation


def test_explanations_name_the_alias_the_score_and_the_veto() -> None:
    near = R.resolve("Andrej Beloszov", "hu").explanation
    assert "near miss: similar to" in near and "Andrei Belousov" in near and "similarity" in near and "score" in near
    vetoed = R.resolve("Kim Jong Ul", "en").explanation
    assert "vetoed Kim Jong Un" in vetoed


def test_align_pairs_best_first() -> None:
    assert align(("orban", "anita"), ("viktor", "orban"))[0] == ("orban", "orban", 100.0)
