"""Trigger entries of the lexicons on hand-written sentences: nominal and light-verb events, priorities, and the
words that may stand between a conjunction and its verb."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from kgbuild.events.extract import extract
from kgbuild.events.lexicon import lexicon_for
from kgbuild.model.document import Document
from kgbuild.model.event import Event
from kgbuild.nlp.mentions import find_mentions
from kgbuild.nlp.segment import segment
from tests.factories import entity, resolver

NK = replace(entity("Country", "North Korea", hu=("Észak-Korea",), en=("North Korea",)),
             demonyms={"hu": ("észak-koreai",), "en": ("North Korean",)})
RU = entity("Country", "Russia", hu=("Oroszország",), en=("Russia",), demonyms_hu=("orosz",))
UA = entity("Country", "Ukraine", hu=("Ukrajna",), en=("Ukraine",), demonyms_hu=("ukrán",))
SK = entity("Country", "South Korea", en=("South Korea",))
SEOUL = entity("Location", "Seoul", en=("Seoul",), country=SK.id, capital=True)
PYONGYANG = entity("Location", "Pyongyang", hu=("Phenjan",), en=("Pyongyang",), country=NK.id, capital=True)
KIM = entity("Person", "Kim Jong Un", en=("Kim Jong Un",), country=NK.id)
PUTIN = entity("Person", "Vladimir Putin", hu=("Vlagyimir Putyin",), en=("Vladimir Putin",), country=RU.id)
ZELENSKY = entity("Person", "Volodymyr Zelensky", hu=("Volodimir Zelenszkij",), country=UA.id)
KIM_YO_JONG = entity("Person", "Kim Yo Jong", en=("Kim Yo Jong",), country=NK.id)
R = resolver(NK, RU, UA, SK, SEOUL, PYONGYANG, KIM, PUTIN, ZELENSKY, KIM_YO_JONG)


def events(text: str, lang: str) -> list[Event]:
    doc = Document(id="article:test", text=text, path="t.txt", published=date(2025, 6, 4), lang=lang)
    segments = segment(text, lang)
    return extract(doc, segments, find_mentions(text, segments, lang, R), lexicon_for(lang), R.index.entities).events


def summary(text: str, lang: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, actor names, target names) per event."""
    name = R.index.entities
    return [(e.type, [name[a].name for a in e.actors], [name[t].name for t in e.targets]) for e in events(text, lang)]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Seoul called on Pyongyang to pull out of the war.", ("DEMAND", ["South Korea"], ["North Korea"])),
    ("en", "Seoul demanded new sanctions against North Korea.", ("DEMAND", ["South Korea"], ["North Korea"])),
    ("hu", "Volodimir Zelenszkij újabb szankciókat követelt.", ("DEMAND", ["Volodymyr Zelensky"], [])),
    ("en", "About 2,000 North Korean workers arrived in Russia in May.", ("MOBILIZE", ["North Korea"], ["Russia"])),
    ("hu", "Észak-Korea újabb lőszerszállítmányt indított Oroszországba.", ("AID", ["North Korea"], ["Russia"])),
    ("hu", "Tízezer észak-koreai katona készül a bevetésre.", ("MOBILIZE", ["North Korea"], [])),
    ("hu", "Az észak-koreai egységek vesztesége meghaladja a kétezer főt.", ("ASSAULT", [], ["North Korea"])),
    ("hu", "Oroszország fegyvereket vásárolt Phenjantól.", ("AID", ["North Korea"], ["Russia"])),
    ("en", "Russia pays for North Korean troops with technology.", ("AID", ["Russia"], ["North Korea"])),
    ("en", "North Korea sent missiles to Russia.", ("AID", ["North Korea"], ["Russia"])),
    ("en", "North Korea sent artillery crews to Russia.", ("MOBILIZE", ["North Korea"], ["Russia"])),
    ("en", "Russia received artillery shells from North Korea.", ("AID", ["North Korea"], ["Russia"])),
    ("hu", "Észak-Korea légvédelmi rendszereket kaphat Oroszországtól.", ("AID", ["Russia"], ["North Korea"])),
    ("en", "Kim Jong Un vowed to support Russia.", ("SUPPORT", ["Kim Jong Un"], ["Russia"])),
    ("en", "North Korean units suffered heavy losses.", ("ASSAULT", [], ["North Korea"])),
    ("hu", "Az észak-koreai erők súlyos veszteségeket szenvedtek.", ("ASSAULT", [], ["North Korea"])),
    ("en", "Seoul called on Pyongyang to send no more troops.", ("DEMAND", ["South Korea"], ["North Korea"])),
    ("hu", "Volodimir Zelenszkij arra kérte Ukrajnát, hogy tartson ki.", ("DEMAND", ["Volodymyr Zelensky"], ["Ukraine"])),
    ("hu", "Pénteken Volodimir Zelenszkij folytatott hosszú tárgyalást Vlagyimir Putyinnal.",
     ("CONSULT", ["Volodymyr Zelensky"], ["Vladimir Putin"])),
    ("hu", "Volodimir Zelenszkij ismét kiállt Oroszország mellett.", ("SUPPORT", ["Volodymyr Zelensky"], ["Russia"])),
    ("en", "North Korean troops were still fighting in Russia.", ("ASSAULT", ["North Korea"], [])),
    ("en", "North Korean troops launched an attack on Ukraine.", ("ASSAULT", ["North Korea"], ["Ukraine"])),
    ("en", "Seoul accused Pyongyang of lying.", ("DISAPPROVE", ["South Korea"], ["North Korea"])),
    ("en", "North Korea pulled back its troops.", ("RETREAT", ["North Korea"], [])),
    ("hu", "Az ukrán erők támadást indítottak Oroszország ellen.", ("ASSAULT", ["Ukraine"], ["Russia"])),
    ("hu", "Az észak-koreai egységek kivonultak Oroszországból.", ("RETREAT", ["North Korea"], [])),
])
def test_event_words(lang: str, text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert summary(text, lang) == [expected]


def test_that_before_a_gerund_is_a_conjunction_not_a_determiner() -> None:
    assert summary("Seoul said that sending troops to Russia breaks the law.", "en") == [("MOBILIZE", [], ["Russia"])]


def test_a_verb_after_promised_to_keeps_the_subject_of_the_clause_before() -> None:
    assert summary("Kim Jong Un met Vladimir Putin in Pyongyang and promised to send troops to Russia.", "en") == [
        ("CONSULT", ["Kim Jong Un"], ["Vladimir Putin"]), ("MOBILIZE", ["Kim Jong Un"], ["Russia"])]


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "About 12,000 North Korean troops were sent to Russia, and 3,000 of them were killed."),
    ("hu", "Phenjan hatezer katonát vezényelt Oroszországba, akik közül ötszázan megsebesültek."),
])
def test_casualties_that_name_nobody_are_those_of_the_side_that_deployed(lang: str, text: str) -> None:
    assert summary(text, lang) == [("MOBILIZE", ["North Korea"], ["Russia"]), ("ASSAULT", [], ["North Korea"])]


def test_a_speech_act_after_what_a_speaker_said_is_the_speakers() -> None:
    [demand] = events("Seoul said the visit was a provocation, and urged Pyongyang to pull out.", "en")
    name = R.index.entities
    assert ([name[a].name for a in demand.actors], [name[t].name for t in demand.targets]) == (
        ["South Korea"], ["North Korea"])
    assert demand.attributions == ()


def test_a_relative_who_refers_to_people_named_by_a_demonym() -> None:
    assert summary("Kim Jong Un praised the North Korean soldiers who fought in Russia.", "en") == [
        ("SUPPORT", ["Kim Jong Un"], ["North Korea"]), ("ASSAULT", ["North Korea"], [])]


def test_that_opens_a_reported_clause_of_its_own() -> None:
    assert summary("Russia admitted that North Korea fought in Ukraine.", "en") == [
        ("CONCEDE", ["Russia"], []), ("ASSAULT", ["North Korea"], [])]


def test_a_possessive_before_a_kin_word_only_qualifies_the_name() -> None:
    assert summary("Kim Jong Un's sister Kim Yo Jong praised Russia.", "en") == [("SUPPORT", ["Kim Yo Jong"], ["Russia"])]
