"""Descriptions that refer back: 'a szolgálat', 'the agency', 'a dél-koreai egyesített vezérkar'."""

from __future__ import annotations

from dataclasses import replace

from kgbuild.nlp.context import _matches, references_by_first
from kgbuild.nlp.mentions import find_mentions
from kgbuild.nlp.segment import segment
from kgbuild.nlp.tokens import tokenize
from kgbuild.nlp.words import words_for
from kgbuild.resolve.normalize import fold
from tests.factories import entity, resolver

SK = entity("Country", "South Korea", hu=("Dél-Korea",), en=("South Korea",), demonyms_hu=("dél-koreai",))
UA = entity("Country", "Ukraine", hu=("Ukrajna",), demonyms_hu=("ukrán",))
NIS = replace(entity("Organization", "National Intelligence Service", en=("NIS",),
                     hu=("Nemzeti Hírszerző Szolgálat", "NIS")), country=SK.id)
JCS = replace(entity("Organization", "Joint Chiefs of Staff", en=("JCS",), hu=("Egyesített Vezérkar",)), country=SK.id)
HUR = replace(entity("Organization", "Main Directorate of Intelligence", en=("HUR",),
                     hu=("HUR", "ukrán katonai hírszerzés")), country=UA.id)
YONHAP = entity("Media", "Yonhap", en=("Yonhap",), hu=("Yonhap",))
R = resolver(SK, UA, NIS, JCS, HUR, YONHAP)


def found(text: str, lang: str = "hu") -> list[tuple[str, str, str]]:
    out = find_mentions(text, segment(text, lang), lang, R)
    for m in out:
        assert text[m.start:m.end] == m.surface
    return [(m.surface, R.index.entities[m.entity_id].name, m.suffix) for m in out]


def test_a_description_is_the_last_named_entity_of_its_type() -> None:
    text = "A NIS hétfőn ülésezett, a Yonhap beszámolt róla. A szolgálat szerint Phenjan katonákat küldött."
    assert ("szolgálat", "National Intelligence Service", "") in found(text)


def test_a_description_keeps_its_case_ending() -> None:
    text = "A NIS hétfőn ülésezett. A Yonhap a szolgálatra hivatkozott."
    assert ("szolgálatra", "National Intelligence Service", "ra") in found(text)


def test_an_outlet_is_not_a_service() -> None:
    assert found("A Yonhap hétfőn beszámolt róla. A szolgálat szerint Phenjan katonákat küldött.") == [
        ("Yonhap", "Yonhap", "")]


def test_a_description_with_nothing_named_before_stays_unresolved() -> None:
    assert found("A hírügynökség szerint Phenjan katonákat küldött. A Yonhap később megírta.") == [
        ("Yonhap", "Yonhap", "")]


def test_the_agency_in_english_is_the_last_outlet_or_intelligence_service() -> None:
    text = "Yonhap cited the NIS on Monday. North Korea sent more troops, the agency said."
    assert ("agency", "National Intelligence Service", "") in found(text, "en")


def test_a_demonym_description_is_the_countrys_entity_named_in_the_article() -> None:
    text = "A dél-koreai hírszerzés szerint Phenjan katonákat küldött. A NIS később megerősítette."
    assert found(text)[0] == ("dél-koreai hírszerzés", "National Intelligence Service", "")


def test_a_demonym_description_written_as_a_gazetteer_name_needs_no_earlier_mention() -> None:
    assert found("Ezt a dél-koreai egyesített vezérkar közölte.") == [
        ("dél-koreai egyesített vezérkar", "Joint Chiefs of Staff", "")]


def test_a_demonym_description_is_not_guessed_from_a_longer_name() -> None:
    assert found("Az ukrán hírszerzés szerint Phenjan katonákat küldött.")[0][1] == "Ukraine"


def test_a_body_a_country_has_one_of_is_the_only_one_in_the_gazetteer() -> None:
    assert found("North Korea sent troops, South Korea's spy agency said.", "en")[-1] == (
        "South Korea's spy agency", "National Intelligence Service", "")
    assert found("Ezt a dél-koreai titkosszolgálat közölte.") == [
        ("dél-koreai titkosszolgálat", "National Intelligence Service", "")]


def test_state_media_needs_no_article() -> None:
    assert found("Yonhap reported it first. North Korea sent more troops, state media said.", "en")[-1] == (
        "state media", "Yonhap", "")


def test_a_service_is_any_intelligence_body() -> None:
    text = "A NIS hétfőn ülésezett. Az ukrán katonai hírszerzés közleményt adott ki. A szolgálat szerint Kijev nyugodt."
    assert ("szolgálat", "Main Directorate of Intelligence", "") in found(text)


def test_references_by_first_keep_every_reference_that_matches() -> None:
    """A start word is tested against the references `_matches` can find there, in the former order."""
    for lang in ("hu", "en"):
        words = words_for(lang)
        assert words is not None
        by_first, singles = references_by_first(words.references)
        phrases = [" ".join(r.words) for r in words.references]
        phrases += ["a " + " ".join(r.words) + "ban" for r in words.references]
        for text in phrases:
            tokens = tokenize(text)
            for i, token in enumerate(tokens):
                former = [r for r in words.references if _matches(tokens, i, r, [], lang) is not None]
                kept = by_first.get(fold(token.text), singles)
                assert [r for r in kept if _matches(tokens, i, r, [], lang) is not None] == former
                assert [r for r in words.references if r in kept] == list(kept)
