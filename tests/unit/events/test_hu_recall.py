"""Hungarian event words news about the war uses often, in their inflected and split forms, on hand-written
sentences: who acts, who is targeted, and in which modality (one sentence each, no article text)."""

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
from tests.factories import entity, extracted, resolver

NK = replace(entity("Country", "North Korea", hu=("Észak-Korea",)), demonyms={"hu": ("észak-koreai",)})
RU = entity("Country", "Russia", hu=("Oroszország",), demonyms_hu=("orosz",))
UA = entity("Country", "Ukraine", hu=("Ukrajna",), demonyms_hu=("ukrán",))
SK = entity("Country", "South Korea", hu=("Dél-Korea",), demonyms_hu=("dél-koreai",))
EU = entity("Organization", "European Union", hu=("Európai Unió", "EU"))
MOSCOW = entity("Location", "Moscow", hu=("Moszkva",), country=RU.id, capital=True)
KYIV = entity("Location", "Kyiv", hu=("Kijev",), country=UA.id, capital=True)
PYONGYANG = entity("Location", "Pyongyang", hu=("Phenjan",), country=NK.id, capital=True)
SEOUL = entity("Location", "Seoul", hu=("Szöul",), country=SK.id, capital=True)
KIM = entity("Person", "Kim Jong Un", hu=("Kim Dzsongun",), country=NK.id)
KURSK = entity("Location", "Kursk", hu=("Kurszk",), country=RU.id)
R = resolver(NK, RU, UA, SK, EU, MOSCOW, KYIV, PYONGYANG, SEOUL, KIM, KURSK)


def events(text: str) -> list[Event]:
    doc = Document(id="article:test", text=text, path="t.txt", published=date(2025, 6, 4), lang="hu")
    segments = segment(text, "hu")
    return extract(doc, segments, find_mentions(text, segments, "hu", R), lexicon_for("hu"), R.index.entities).events


def summary(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, actor names, target names) per event."""
    name = R.index.entities
    return [(e.type, [name[a].name for a in e.actors], [name[t].name for t in e.targets]) for e in events(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Oroszország drónokkal lőtte Kijevet egész éjjel.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    ("Moszkva ballisztikus rakétákkal lövi az ukrán városokat.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    ("Kim Dzsongun szerdán felkereste Moszkvát.", ("CONSULT", ["Kim Jong Un"], ["Russia"])),
    ("Észak-Korea továbbra is kitart Oroszország mellett.", ("SUPPORT", ["North Korea"], ["Russia"])),
    ("Észak-Korea tüzérséggel segíti Oroszországot.", ("AID", ["North Korea"], ["Russia"])),
    ("Phenjan harckocsikat is szállított Oroszországnak.", ("AID", ["North Korea"], ["Russia"])),
    ("Az észak-koreai katonák részt vettek az orosz offenzívában.", ("ASSAULT", ["North Korea"], [])),
    ("Ukrajna eddig több száz katonát veszített.", ("ASSAULT", [], ["Ukraine"])),
    ("Oroszország két dél-koreai katonát ejtett foglyul.", ("COERCE", ["Russia"], ["South Korea"])),
    ("Az Európai Unió elfogadta az újabb szankciós csomagot.", ("SANCTION", ["European Union"], [])),
    ("Az EU új szankciókat hozott Oroszország ellen.", ("SANCTION", ["European Union"], ["Russia"])),
    ("Az EU elfogadta az Oroszország elleni szankciókat.", ("SANCTION", ["European Union"], ["Russia"])),
    ("Phenjan újabb alakulatot indított Oroszországba.", ("MOBILIZE", ["North Korea"], ["Russia"])),
    ("Oroszország észak-koreai mérnököket képzett ki.", ("AID", ["Russia"], ["North Korea"])),
    ("Az orosz és az ukrán erők összecsaptak Kurszknál.", ("ASSAULT", ["Russia", "Ukraine"], [])),
    ("Oroszország megszállta az ukrán falvakat.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    ("Oroszország és Észak-Korea közös hidat épít.", ("COOPERATE", ["Russia", "North Korea"], [])),
])
def test_common_war_news_words(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert summary(text) == [expected]


@pytest.mark.parametrize("text", [
    "Észak-Korea újabb rakétát lőtt ki a tenger felé.",  # a launch over the sea, not an attack
    "Ukrajna elfogadta az amerikai békejavaslatot.",  # an agreement, no sanction word
    "A kormány vizsgálatot indított a katonák halála ügyében.",  # an investigation, not a deployment
    "Az orosz megszállt területeken élők félnek.",  # a participle
])
def test_look_alikes_keep_their_reading(text: str) -> None:
    assert [t for t, _a, _b in summary(text)] in ([], ["AGREE"], ["INVESTIGATE"])


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukrajna kész átadni a foglyokat Oroszországnak.", "hypothetical"),
    ("Oroszország újabb észak-koreai katonákat fogadott volna.", "hypothetical"),
])
def test_readiness_and_past_conditional_are_hypothetical(text: str, expected: str) -> None:
    assert [e.modality for e in events(text)] == [expected]


def test_trained_as_a_participle_is_no_event() -> None:
    assert summary("A kiképzett észak-koreai katonák Kurszkban vannak.") == []


KCNA = entity("Media", "KCNA", hu=("KCNA",))
NIS = entity("Organization", "National Intelligence Service", hu=("NIS",))
RA = resolver(NK, RU, UA, SK, EU, MOSCOW, KYIV, PYONGYANG, SEOUL, KIM, KCNA, NIS)


def attributed(text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    """(type, actors, targets, reporters) per event, with the outlets and services known too."""
    found = extracted(text, "hu", RA)
    name = RA.index.entities
    return [(e.type, [name[a].name for a in e.actors], [name[t].name for t in e.targets],
             [name[a.reporter_id].name for a in e.attributions]) for e in found.events]


def test_statement_carried_by_an_outlet_is_reported_by_it_not_made_by_it() -> None:
    assert attributed("A KCNA által közzétett közleményben Phenjan élesen elítélte Szöult.") == [
        ("DISAPPROVE", ["North Korea"], ["South Korea"], ["KCNA"])]


def test_a_capital_beside_whom_one_stands_is_the_target() -> None:
    assert attributed("Phenjan a végsőkig kitart Moszkva mellett.") == [
        ("SUPPORT", ["North Korea"], ["Russia"], [])]


def test_what_a_service_expects_is_its_claim() -> None:
    assert attributed("A NIS arra számít, hogy Észak-Korea újabb katonákat küld Oroszországba.") == [
        ("MOBILIZE", ["North Korea"], ["Russia"], ["National Intelligence Service"])]


def test_eszerint_hands_the_claim_to_the_source_of_the_sentence_before() -> None:
    text = "A NIS kedden tájékoztatta a parlamentet. Eszerint Észak-Korea újabb katonákat küldött Oroszországba."
    assert attributed(text) == [("MOBILIZE", ["North Korea"], ["Russia"], ["National Intelligence Service"])]


def test_eszerint_without_an_earlier_source_names_nobody() -> None:
    assert attributed("Eszerint Észak-Korea újabb katonákat küldött Oroszországba.") == [
        ("MOBILIZE", ["North Korea"], ["Russia"], [])]


@pytest.mark.parametrize("text", [
    "A Kurszkba vezényelt csapatok súlyos harcokban vesznek részt.",
    "Az Oroszországba küldött katonák egy része hazatért.",
    "A Phenjanból szállított rakéták pontatlanok voltak.",
])
def test_participles_before_their_noun_are_no_deployment(text: str) -> None:
    assert "MOBILIZE" not in [t for t, _a, _b in summary(text)] and "AID" not in [t for t, _a, _b in summary(text)]


def test_a_past_verb_with_an_object_is_still_an_event() -> None:
    assert summary("Észak-Korea tavaly küldött katonákat Oroszországba.") == [("MOBILIZE", ["North Korea"], ["Russia"])]


def test_a_headline_name_before_a_colon_is_the_source() -> None:
    assert attributed("Kim Dzsongun: Észak-Korea kitart Oroszország mellett") == [
        ("SUPPORT", ["North Korea"], ["Russia"], ["Kim Jong Un"])]


def test_a_colon_later_in_the_line_names_no_source() -> None:
    assert attributed("Észak-Korea célja világos: újabb katonákat küld Oroszországba.")[0][3] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Szöul kedden bejelentette, hogy újabb szankciókat vezet be Oroszország ellen.",
     ("SANCTION", ["South Korea"], ["Russia"], ["South Korea"])),
    ("Phenjan közölte, hogy további katonákat küld Oroszországba.",
     ("MOBILIZE", ["North Korea"], ["Russia"], ["North Korea"])),
    ("A NIS közölte, hogy újabb katonákat vezényeltek Oroszországba.",  # plural verb: they, not the NIS
     ("MOBILIZE", [], ["Russia"], ["National Intelligence Service"])),
])
def test_a_left_out_subject_after_a_speaker_is_the_speaker(text: str, expected: tuple[str, list[str], list[str],
                                                                                       list[str]]) -> None:
    assert attributed(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("A NIS közölte, hogy újabb észak-koreai katonákat vezényeltek Oroszországba.",
     ("MOBILIZE", ["North Korea"], ["Russia"], ["National Intelligence Service"])),
    ("Oroszország újabb észak-koreai egységeket fogadott.", ("MOBILIZE", ["North Korea"], ["Russia"], [])),
    ("Oroszország észak-koreai katonákat vetett be Kurszkban.", ("MOBILIZE", ["Russia"], ["North Korea"], [])),
])
def test_the_nationality_of_what_is_sent_is_the_sender_when_nobody_else_is(
        text: str, expected: tuple[str, list[str], list[str], list[str]]) -> None:
    assert attributed(text) == [expected]


def test_handing_over_soldiers_is_a_release() -> None:
    assert summary("Ukrajna kész átadni a két katonát Dél-Koreának.") == [
        ("CONCEDE", ["Ukraine"], ["South Korea"])]


def test_handing_over_arms_to_soldiers_is_aid() -> None:
    assert [t for t, _a, _b in summary("Oroszország harckocsikat adott át az észak-koreai katonáknak.")] == ["AID"]


def test_hospitals_are_counted() -> None:
    [event] = events("Dél-Korea két mobil kórházat küld Ukrajnának humanitárius segélyként.")
    assert (event.type, event.quantity) == ("AID", 2)


@pytest.mark.parametrize(("text", "expected"), [
    ("Oroszország éjjel csapást mért Kijevre.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    ("Szöul újabb szankciókat vet ki Phenjanra.", ("SANCTION", ["South Korea"], ["North Korea"])),
    ("Észak-Korea ballisztikus rakétát indított Ukrajna ellen.", ("ASSAULT", ["North Korea"], ["Ukraine"])),
    ("Oroszország harci repülőgépeket adott Észak-Koreának.", ("AID", ["Russia"], ["North Korea"])),
])
def test_places_aimed_at_and_aircraft(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert summary(text) == [expected]


def test_fighting_at_a_place_does_not_target_its_country() -> None:
    assert summary("Az észak-koreai katonák Kurszknál támadnak.") == [("ASSAULT", ["North Korea"], [])]


def test_legal_proceedings_against_someone_are_no_attack() -> None:
    assert [t for t, _a, _b in summary("Ukrajna eljárást indított Oroszország ellen.")] == ["INVESTIGATE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kim Dzsongun szerdán felkereste Oroszország nagykövetségét.", ("CONSULT", ["Kim Jong Un"], ["Russia"])),
    ("Szöul elítélte Észak-Korea legújabb lépését.", ("DISAPPROVE", ["South Korea"], ["North Korea"])),
    ("Phenjan támogatni fogja Oroszország törekvéseit.", ("SUPPORT", ["North Korea"], ["Russia"])),
])
def test_a_possessor_after_the_verb_takes_the_case_of_what_it_owns(
        text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert summary(text) == [expected]


def test_a_subject_before_an_accusative_noun_stays_the_subject() -> None:
    assert summary("Oroszország katonát küldött Ukrajnába.") == [("MOBILIZE", ["Russia"], ["Ukraine"])]


def test_what_a_demand_asks_for_is_its_content() -> None:
    assert summary("Ukrajna sürgette, hogy Dél-Korea fegyverekkel segítse Kijevet.") == [
        ("DEMAND", ["Ukraine"], ["South Korea"])]


def test_a_demand_with_its_own_addressee_keeps_it() -> None:
    assert summary("Ukrajna felszólította Oroszországot, hogy Észak-Korea ne küldjön több katonát.") == [
        ("DEMAND", ["Ukraine"], ["Russia"])]


@pytest.mark.parametrize(("text", "reporters"), [
    ("A KCNA által pénteken közzétett nyilatkozatban Phenjan elítélte Szöult.", ["KCNA"]),
    ("Észak-Korea újabb katonákat küldött Oroszországba – derül ki a NIS jelentéséből.",
     ["National Intelligence Service"]),
    ("A NIS arról írt, hogy Észak-Korea újabb katonákat küldött Oroszországba.", ["National Intelligence Service"]),
])
def test_more_ways_to_name_a_source(text: str, reporters: list[str]) -> None:
    assert [r for _t, _a, _b, r in attributed(text)] == [reporters]


def test_context_words_count_near_the_trigger_only() -> None:
    text = ("Észak-Korea tavaly ősszel több ezer katonát küldött Oroszországba a kurszki harcokhoz, "
            "és azóta nagy mennyiségű fegyvert is szállított.")
    assert [t for t, _a, _b in summary(text)] == ["MOBILIZE", "AID"]


def test_ezt_x_kozolte_reports_the_sentence_before() -> None:
    text = "Észak-Korea újabb katonákat küldött Oroszországba. Ezt a NIS közölte kedden."
    assert attributed(text) == [("MOBILIZE", ["North Korea"], ["Russia"], ["National Intelligence Service"])]


def test_a_sentence_of_its_own_does_not_report_the_one_before() -> None:
    text = "Észak-Korea újabb katonákat küldött Oroszországba. A NIS kedden tájékoztatta a parlamentet."
    assert attributed(text) == [("MOBILIZE", ["North Korea"], ["Russia"], [])]


def test_a_left_out_subject_goes_on_from_the_sentence_before() -> None:
    text = "Észak-Korea újabb katonákat küldött Oroszországba. Emellett tüzérségi lőszert is szállított Oroszországnak."
    assert summary(text) == [("MOBILIZE", ["North Korea"], ["Russia"]), ("AID", ["North Korea"], ["Russia"])]


@pytest.mark.parametrize("second", [
    "A külügyminiszter kedden Moszkvába utazott.",  # a subject Hungarian names with an article
    "Később katonákat küldtek Oroszországba.",  # a plural verb: somebody else
])
def test_no_subject_is_carried_over_to_a_named_or_plural_one(second: str) -> None:
    events_found = summary("Szöul élesen bírálta Phenjant. " + second)
    assert events_found[1][1] == []


def test_the_side_named_by_a_demonym_acts() -> None:
    assert summary("Orosz részről ezt sem ismerték el hivatalosan.") == [("CONCEDE", ["Russia"], [])]


@pytest.mark.parametrize(("text", "expected"), [
    ("Az ukrán erők tavaly betörtek Kurszkba.", ("ASSAULT", ["Ukraine"], ["Russia"])),
    ("Oroszország tüzérséggel lövette az ukrán állásokat.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    ("Oroszország célba vette Kijevet.", ("ASSAULT", ["Russia"], ["Ukraine"])),
    ("Ukrajna hadifogságba ejtett egy észak-koreai katonát.", ("COERCE", ["Ukraine"], ["North Korea"])),
    ("Kim Dzsongun teljes támogatást ígért Oroszországnak.", ("SUPPORT", ["Kim Jong Un"], ["Russia"])),
    ("Ukrajna evakuálta a határ menti falvakat.", ("RETREAT", ["Ukraine"], [])),
])
def test_invasion_shelling_captivity_and_pledges(text: str, expected: tuple[str, list[str], list[str]]) -> None:
    assert summary(text) == [expected]


@pytest.mark.parametrize("text", ["A kurszki betörés meglepte Oroszországot.", "A törvény szerint Ukrajna dönt."])
def test_incursion_as_a_noun_and_law_are_no_attack(text: str) -> None:
    assert "ASSAULT" not in [t for t, _a, _b in summary(text)]


def test_an_accusative_after_a_consonant_marks_the_object() -> None:
    assert summary("Ukrajna drónokkal támadott meg egy orosz lőszerraktárt.") == [("ASSAULT", ["Ukraine"], ["Russia"])]


def test_an_accusative_noun_trigger_before_an_arms_word_is_no_participle() -> None:
    assert [t for t, _a, _b in summary("Szöul újabb szankciókat fegyvergyártók ellen is hirdetett.")] == [
        "SANCTION"]
