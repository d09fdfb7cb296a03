"""Titles that refer back to the person the article introduced with them: 'the spokesman', 'a Kreml szóvivője'."""

from __future__ import annotations

from kgbuild.nlp.mentions import find_mentions
from kgbuild.nlp.segment import segment
from kgbuild.nlp.titles import title_of
from kgbuild.nlp.words import words_for
from tests.factories import entity, resolver

KREMLIN = entity("Location", "Kremlin", hu=("Kreml",), en=("Kremlin",))
PESKOV = entity("Person", "Dmitry Peskov", hu=("Dmitrij Peszkov",), en=("Dmitry Peskov",))
PUTIN = entity("Person", "Vladimir Putin", hu=("Vlagyimir Putyin", "Putyin"), en=("Vladimir Putin", "Putin"))
BUDANOV = entity("Person", "Kyrylo Budanov", en=("Kyrylo Budanov",))
R = resolver(KREMLIN, PESKOV, PUTIN, BUDANOV)


def found(text: str, lang: str) -> list[tuple[str, str]]:
    out = find_mentions(text, segment(text, lang), lang, R)
    for m in out:
        assert text[m.start:m.end] == m.surface
    return [(m.surface, R.index.entities[m.entity_id].name) for m in out]


def test_title_words_inflected_and_in_compounds() -> None:
    words = words_for("hu")
    assert words is not None
    assert [title_of(w, words) for w in ("szóvivője", "Kreml-szóvivő", "elnökség", "Szóvivő")] == [
        "szovivo", "szovivo", None, "szovivo"]


def test_the_title_is_the_person_introduced_with_it() -> None:
    text = "Dmitrij Peszkov Kreml-szóvivő hétfőn nyilatkozott. A Kreml szóvivője szerint Putyin Phenjanba látogat."
    assert ("Kreml szóvivője", "Dmitry Peskov") in found(text, "hu")
    text = "Kremlin spokesman Dmitry Peskov spoke on Monday. The spokesman said Putin would travel."
    assert ("spokesman", "Dmitry Peskov") in found(text, "en")


def test_a_title_from_an_apposition() -> None:
    text = "Kyrylo Budanov, the chief of the service, spoke on Monday. Later the chief said Putin would travel."
    assert ("chief", "Kyrylo Budanov") in found(text, "en")


def test_nobody_introduced_with_the_title_means_no_person() -> None:
    assert found("Putyin hétfőn Pekingbe utazott. A Kreml szóvivője szerint a látogatás sikeres volt.", "hu") == [
        ("Putyin", "Vladimir Putin"), ("Kreml", "Kremlin")]


def test_a_title_next_to_the_person_in_the_same_sentence_is_not_a_reference() -> None:
    text = "Putin met Dmitry Peskov, the Kremlin spokesman, on Monday."
    assert found(text, "en") == [("Putin", "Vladimir Putin"), ("Dmitry Peskov", "Dmitry Peskov"),
                                 ("Kremlin", "Kremlin")]
