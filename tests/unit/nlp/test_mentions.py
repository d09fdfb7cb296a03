"""Mention finding: longest match, offsets into the body, inflection, surnames and role descriptions."""

from __future__ import annotations

from kgbuild.nlp.mentions import find_mentions
from kgbuild.nlp.segment import segment
from tests.factories import entity, resolver

NK = entity("Country", "North Korea", hu=("Észak-Korea",), demonyms_hu=("észak-koreai",))
RU = entity("Country", "Russia", hu=("Oroszország",), demonyms_hu=("orosz",))
KIM = entity("Person", "Kim Jong Un", hu=("Kim Dzsongun",), country=NK.id)
MEDVEDEV = entity("Person", "Dmitry Medvedev", hu=("Dmitrij Medvegyev",), country=RU.id)
NIS = entity("Organization", "National Intelligence Service", hu=("nemzeti hírszerző szolgálat",))
R = resolver(NK, RU, KIM, MEDVEDEV, NIS)


def mentions(text: str, lang: str = "hu") -> list[tuple[str, str, str]]:
    found = find_mentions(text, segment(text, lang), lang, R)
    for m in found:
        assert text[m.start:m.end] == m.surface
    return [(m.surface, R.index.entities[m.entity_id].name, m.method) for m in found]


def test_inflected_names_and_longest_match() -> None:
    text = "Kim Dzsongun Dmitrij Medvegyevvel tárgyalt, a Nemzeti Hírszerző Szolgálatra hivatkozva."
    assert mentions(text) == [
        ("Kim Dzsongun", "Kim Jong Un", "alias"),
        ("Dmitrij Medvegyevvel", "Dmitry Medvedev", "alias+suffix"),
        ("Nemzeti Hírszerző Szolgálatra", "National Intelligence Service", "alias+suffix"),
    ]


def test_bare_surname_after_the_full_name() -> None:
    text = "Dmitrij Medvegyev Phenjanba érkezett. Medvegyevet Kim fogadta."
    found = mentions(text)
    assert ("Medvegyevet", "Dmitry Medvedev", "in-document") in found


def test_surname_before_any_full_name_is_not_guessed() -> None:
    assert mentions("Medvegyev érkezett.") == []


def test_demonym_plus_person_noun_is_the_person_named_last() -> None:
    text = "Kim Dzsongun fogadta Dmitrij Medvegyevet. Az orosz politikus megköszönte Észak-Koreának a segítséget."
    found = mentions(text)
    assert ("orosz politikus", "Dmitry Medvedev", "in-document") in found
    assert ("Észak-Koreának", "North Korea", "alias+suffix") in found


def test_lowercase_adjective_resolves_but_common_words_do_not() -> None:
    assert mentions("az észak-koreai katonák") == [("észak-koreai", "North Korea", "demonym")]


KIM_YO_JONG = entity("Person", "Kim Yo Jong", hu=("Kim Jo Dzsong",), country=NK.id)
KIMS = resolver(NK, KIM, KIM_YO_JONG)


def bare_kims(text: str) -> list[str]:
    found = find_mentions(text, segment(text, "hu"), "hu", KIMS)
    return [KIMS.index.entities[m.entity_id].name for m in found if m.surface.startswith("Kim") and " " not in m.surface]


def test_a_shared_surname_is_the_person_named_most_often_so_far() -> None:
    text = ("Kim Dzsongun Moszkvába utazott. Kim Dzsongun fogadta a küldöttséget. Kim Jo Dzsong nyilatkozott. "
            "Kim elégedett volt.")
    assert bare_kims(text) == ["Kim Jong Un"]


def test_a_shared_surname_on_a_tie_is_the_person_named_last() -> None:
    assert bare_kims("Kim Dzsongun Moszkvába utazott. Kim Jo Dzsong nyilatkozott. Kim elégedett volt.") == [
        "Kim Yo Jong"]


def test_a_shared_surname_before_any_of_its_people_is_not_guessed() -> None:
    assert bare_kims("Kim elégedett volt. Kim Dzsongun Moszkvába utazott. Kim Jo Dzsong nyilatkozott.") == []


def test_a_description_before_an_apposed_name_is_that_person() -> None:
    text = "Az észak-koreai vezető, Kim Dzsongun Moszkvába utazott."
    found = find_mentions(text, segment(text, "hu"), "hu", R)
    assert [(m.surface, R.index.entities[m.entity_id].name) for m in found][:2] == [
        ("észak-koreai vezető", "Kim Jong Un"), ("Kim Dzsongun", "Kim Jong Un")]
