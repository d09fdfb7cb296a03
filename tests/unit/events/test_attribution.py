"""Every attribution pattern of issue #4 on hand-written sentences, and citation chains."""

from __future__ import annotations

from datetime import date

import pytest

from kgbuild.events.extract import Extraction, extract
from kgbuild.events.lexicon import lexicon_for
from kgbuild.model.document import Document
from kgbuild.nlp.mentions import find_mentions
from kgbuild.nlp.segment import segment
from tests.factories import entity, resolver

NK = entity("Country", "North Korea", hu=("Észak-Korea",), en=("North Korea",), demonyms_hu=("észak-koreai",))
SK = entity("Country", "South Korea", hu=("Dél-Korea",), en=("South Korea",), demonyms_hu=("dél-koreai",))
RU = entity("Country", "Russia", hu=("Oroszország",), en=("Russia",), demonyms_hu=("orosz",))
SEOUL = entity("Location", "Seoul", hu=("Szöul",), country=SK.id, capital=True)
PYONGYANG = entity("Location", "Pyongyang", hu=("Phenjan",), country=NK.id, capital=True)
KIM = entity("Person", "Kim Jong Un", hu=("Kim Dzsongun",), en=("Kim Jong Un",), country=NK.id)
PESKOV = entity("Person", "Dmitry Peskov", en=("Dmitry Peskov",), country=RU.id)
BUDANOV = entity("Person", "Kyrylo Budanov", en=("Kyrylo Budanov",))
HUR = entity("Organization", "Defence Intelligence of Ukraine", en=("HUR",))
KURSK = entity("Location", "Kursk Oblast", en=("Kursk region",))
YONHAP = entity("Media", "Yonhap")
TASS = entity("Media", "TASS", hu=("TASZSZ",))
KCNA = entity("Media", "KCNA")
NIS = entity("Organization", "National Intelligence Service", en=("NIS",), hu=("nemzeti hírszerző szolgálat",))
R = resolver(NK, SK, RU, SEOUL, PYONGYANG, KIM, PESKOV, BUDANOV, HUR, KURSK, YONHAP, TASS, KCNA, NIS)


def run(text: str, lang: str) -> Extraction:
    doc = Document(id="article:test", text=text, path="t.txt", published=date(2025, 11, 5), lang=lang)
    segments = segment(text, lang)
    return extract(doc, segments, find_mentions(text, segments, lang, R), lexicon_for(lang), R.index.entities)


def reporters(out: Extraction) -> list[list[tuple[str, str]]]:
    name = R.index.entities
    return [[(name[a.reporter_id].name, a.verb) for a in e.attributions] for e in out.events]


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("hu", "Phenjan katonákat küld Oroszországba — számolt be a Yonhap.", ("Yonhap", "számolt be")),
    ("hu", "Kim Dzsongun Oroszországba küldi katonáit — jelentette a TASZSZ.", ("TASS", "jelentette")),
    ("hu", "Szöul szerint Phenjan újabb katonákat küld Oroszországba.", ("South Korea", "szerint")),
    ("en", "North Korea has sent troops to Russia, state media KCNA said.", ("KCNA", "said")),
    ("en", "North Korea has sent troops to Russia, according to the National Intelligence Service.",
     ("National Intelligence Service", "according to")),
    ("en", "Dmitry Peskov told reporters that North Korea had sent troops to Russia.", ("Dmitry Peskov", "told reporters")),
    ("en", "Dmitry Peskov said North Korea had sent troops to Russia.", ("Dmitry Peskov", "said")),
    ("en", "Kyrylo Budanov believes North Korea has sent troops to Russia.", ("Kyrylo Budanov", "believes")),
    ("hu", "A Yonhap úgy véli, hogy Phenjan katonákat küld Oroszországba.", ("Yonhap", "úgy véli")),
    ("hu", "Phenjan katonákat küld Oroszországba — írja a TASZSZ.", ("TASS", "írja")),
])
def test_reporter_patterns(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert reporters(run(text, lang)) == [[expected]]


def test_hungarian_citation_chain() -> None:
    out = run("Észak-Korea katonákat küld Oroszországba — számolt be a Yonhap dél-koreai hírügynökség, "
              "hivatkozva a dél-koreai nemzeti hírszerző szolgálatra.", "hu")
    assert reporters(out) == [[("Yonhap", "számolt be")]]
    assert [(R.index.entities[c.source_id].name, R.index.entities[c.cited_id].name) for c in out.citations] == [
        ("Yonhap", "National Intelligence Service")]
    assert out.citations[0].sentence == 0 and 0 < out.citations[0].confidence <= 1


def test_quote_line_attributes_the_sentence_before() -> None:
    out = run("Phenjan újabb katonákat küld Oroszországba.\n\n– mondta Kim Dzsongun.", "hu")
    assert reporters(out) == [[("Kim Jong Un", "mondta")]]


def test_quote_with_its_own_words_does_not_reach_back() -> None:
    out = run("Phenjan katonákat küld Oroszországba.\n\n„Ez a mi döntésünk” – mondta Kim Dzsongun.", "hu")
    assert reporters(out) == [[]]


def test_pronoun_reporter_is_the_person_named_before() -> None:
    out = run("Dmitry Peskov spoke in Moscow on Monday. He said North Korea had sent troops to Russia.", "en")
    assert reporters(out) == [[("Dmitry Peskov", "said")]]


def test_coordinated_sources_are_all_reporters() -> None:
    out = run("Seoul and Pyongyang say North Korea has sent troops to Russia.", "en")
    assert sorted(r for r, _ in reporters(out)[0]) == ["North Korea", "South Korea"]


def test_a_reporter_does_not_speak_for_a_later_clause_of_its_own() -> None:
    out = run("Phenjan hétfőn megerősítette, hogy katonák harcoltak az orosz hadsereg oldalán — közölte a KCNA, "
              "két nappal azután, hogy Oroszország elismerte a jelenlétüket.", "hu")
    concessions = {str(e.date): [R.index.entities[a.reporter_id].name for a in e.attributions]
                   for e in out.events if e.type == "CONCEDE"}
    assert concessions == {"2025-11-03": ["KCNA"], "2025-11-01": []}


def test_comma_closing_an_apposition_is_not_an_inversion() -> None:
    out = run("Kyrylo Budanov, the head of HUR, said North Korea had sent troops to Russia.", "en")
    assert reporters(out) == [[("Kyrylo Budanov", "said")]]
    assert [(R.index.entities[r.person_id].name, r.title) for r in out.roles] == [("Kyrylo Budanov", "head")]


def test_a_place_never_reports() -> None:
    out = run("Kim Jong Un praised the soldiers who fought in the Kursk region and said they were heroes.", "en")
    assert all(name != "Kursk Oblast" for said in reporters(out) for name, _verb in said)


MOD = entity("Organization", "Ministry of Defence of Russia", hu=("orosz védelmi minisztérium",),
             en=("Russian Defence Ministry",))
STAFF = entity("Organization", "General Staff of Russia", en=("Russia's General Staff",))
GERASIMOV = entity("Person", "Valery Gerasimov", en=("Valery Gerasimov",))
R.index.add(MOD)
R.index.add(STAFF)
R.index.add(GERASIMOV)


def said_by(out: Extraction) -> list[tuple[str, list[str]]]:
    """(event type, reporter names) per event."""
    name = R.index.entities
    return [(e.type, sorted(name[a.reporter_id].name for a in e.attributions)) for e in out.events]


@pytest.mark.parametrize(("lang", "text"), [
    ("hu", "A Yonhap szerint Phenjan katonákat küldött Oroszországba, és Kim Dzsongun Oroszországba látogatott."),
    ("en", "According to Yonhap, North Korea sent troops to Russia, and Kim Jong Un visited Russia."),
])
def test_a_leading_according_to_speaks_for_every_clause_after_it(lang: str, text: str) -> None:
    assert said_by(run(text, lang)) == [("MOBILIZE", ["Yonhap"]), ("CONSULT", ["Yonhap"])]


def test_a_leading_verb_does_not_speak_for_a_coordinate_clause_with_its_own_subject() -> None:
    out = run("Yonhap said North Korea sent troops to Russia, and Seoul condemned Pyongyang.", "en")
    assert said_by(out) == [("MOBILIZE", ["Yonhap"]), ("DISAPPROVE", [])]


def test_a_trailing_source_speaks_for_the_clause_that_goes_on_with_the_same_subject() -> None:
    out = run("Kim Jong Un hosted Dmitry Peskov in Pyongyang, KCNA reported, and promised to send more troops "
              "to Russia.", "en")
    assert said_by(out) == [("CONSULT", ["KCNA"]), ("MOBILIZE", ["KCNA"])]
    assert [R.index.entities[a].name for a in out.events[1].actors] == ["Kim Jong Un"]


def test_a_trailing_source_does_not_speak_for_a_clause_with_a_new_subject() -> None:
    out = run("Kim Jong Un hosted Dmitry Peskov in Pyongyang, KCNA reported, and Seoul condemned the visit.", "en")
    assert said_by(out) == [("CONSULT", ["KCNA"]), ("DISAPPROVE", [])]


def test_the_speaker_stands_before_an_insertion() -> None:
    out = run("Russia's General Staff, led by Valery Gerasimov, has said that North Korea fought in the Kursk "
              "region.", "en")
    assert said_by(out) == [("ASSAULT", ["General Staff of Russia"])]
    assert [R.index.entities[a].name for a in out.events[0].actors] == ["North Korea"]


def test_a_name_right_after_an_inverted_verb_wins_over_an_insertion() -> None:
    out = run("Kim Jong Un hosted Dmitry Peskov, the Kremlin spokesman, said KCNA.", "en")
    assert said_by(out) == [("CONSULT", ["KCNA"])]


def test_a_speech_verb_without_a_subject_is_the_person_named_last() -> None:
    out = run("Kim Dzsongun hétfőn beszédet tartott a fővárosban.\n\n"
              "Phenjan újabb katonákat küld Oroszországba – mondta.", "hu")
    [event] = out.events
    assert [(R.index.entities[a.reporter_id].name, a.rule) for a in event.attributions] == [
        ("Kim Jong Un", "attribution:hu:mondta:pronoun")]


def test_a_citation_marked_by_case_may_stand_before_the_verb() -> None:
    out = run("A Yonhap a NIS-re hivatkozva azt írta, hogy Phenjan újabb katonákat küldött Oroszországba.", "hu")
    assert said_by(out) == [("MOBILIZE", ["Yonhap"])]
    assert [(R.index.entities[c.source_id].name, R.index.entities[c.cited_id].name) for c in out.citations] == [
        ("Yonhap", "National Intelligence Service")]


def test_a_denial_is_attributed_and_denied() -> None:
    out = run("Az orosz védelmi minisztérium cáfolta, hogy Oroszország fegyvereket vásárolna Phenjantól.", "hu")
    [event] = out.events
    names = R.index.entities
    assert (event.type, event.modality) == ("AID", "denied")
    assert ([names[a].name for a in event.actors], [names[t].name for t in event.targets]) == (
        ["North Korea"], ["Russia"])
    assert [names[a.reporter_id].name for a in event.attributions] == ["Ministry of Defence of Russia"]


@pytest.mark.parametrize(("lang", "text", "reporter"), [
    ("hu", "A NIS hétfőn tájékoztatta a parlamentet. A szolgálat szerint Phenjan újabb katonákat küldött "
           "Oroszországba.", "National Intelligence Service"),
    ("hu", "A Yonhap hétfőn a NIS-t idézte. A hírügynökség szerint Phenjan újabb katonákat küldött Oroszországba.",
     "Yonhap"),
    ("en", "The NIS briefed lawmakers on Monday. North Korea has sent more troops to Russia, the agency said.",
     "National Intelligence Service"),
    ("en", "The Russian Defence Ministry spoke on Monday. Kim Jong Un sent troops to Russia, the ministry said.",
     "Ministry of Defence of Russia"),
])
def test_a_source_named_by_description_is_the_one_named_before(lang: str, text: str, reporter: str) -> None:
    assert said_by(run(text, lang)) == [("MOBILIZE", [reporter])]


def test_a_name_after_that_is_what_was_said_not_who_said_it() -> None:
    out = run("Yonhap, citing the NIS, reported that North Korea sent troops to Russia.", "en")
    assert said_by(out) == [("MOBILIZE", ["Yonhap"])]


def test_a_demonym_whose_noun_carries_a_case_ending_is_no_speaker() -> None:
    out = run("A Yonhap a dél-koreai hírszerzésre hivatkozva azt írta, hogy Phenjan katonákat küldött Oroszországba.",
              "hu")
    assert said_by(out) == [("MOBILIZE", ["Yonhap"])]


def test_a_leading_verb_speaks_for_a_clause_that_goes_on_with_the_reported_subject() -> None:
    out = run("KCNA said Kim Jong Un hosted Dmitry Peskov in Pyongyang and praised Russia.", "en")
    assert said_by(out) == [("CONSULT", ["KCNA"]), ("SUPPORT", ["KCNA"])]
    assert [R.index.entities[a].name for a in out.events[1].actors] == ["Kim Jong Un"]


def test_hozzatette_without_a_subject_is_the_person_named_last() -> None:
    out = run("„Ez a mi döntésünk” – mondta Kim Dzsongun.\n\nHozzátette, hogy Phenjan katonákat küld Oroszországba.",
              "hu")
    assert said_by(out) == [("MOBILIZE", ["Kim Jong Un"])]


def test_a_speaker_of_a_coordinated_verb_acts_before_and_reports_after() -> None:
    out = run("Kim Jong Un hosted Dmitry Peskov in Pyongyang and said North Korea would send troops to Russia.", "en")
    assert said_by(out) == [("CONSULT", []), ("MOBILIZE", ["Kim Jong Un"])]
    assert [R.index.entities[a].name for a in out.events[0].actors] == ["Kim Jong Un"]


def test_quoted_as_saying_after_a_clause_inserted_after_the_subject() -> None:
    out = run("Dmitry Peskov, who spoke in Moscow, quoted Yonhap as saying that North Korea had sent troops to "
              "Russia.", "en")
    assert said_by(out) == [("MOBILIZE", ["Yonhap"])]


def test_a_dash_after_an_apposition_still_inverts() -> None:
    out = run("Kim Dzsongun fogadta Dmitrij Peszkovot, a szóvivőt — számolt be a TASZSZ.", "hu")
    assert said_by(out) == [("CONSULT", ["TASS"])]


def test_a_statement_carried_by_an_outlet() -> None:
    out = run("Kim Jong Un praised North Korea in a statement carried by KCNA.", "en")
    assert said_by(out) == [("SUPPORT", ["KCNA"])]
    assert [R.index.entities[a].name for a in out.events[0].actors] == ["Kim Jong Un"]
    out = run("Kim Dzsongun a KCNA által közölt nyilatkozatában méltatta Oroszországot.", "hu")
    assert said_by(out) == [("SUPPORT", ["KCNA"])]


def test_a_long_insertion_and_a_name_that_is_what_was_said() -> None:
    out = run("Yonhap, in a report from a closed-door briefing to lawmakers on Wednesday, said North Korea had sent "
              "troops to Russia.", "en")
    assert said_by(out) == [("MOBILIZE", ["Yonhap"])]
    assert [R.index.entities[a].name for a in out.events[0].actors] == ["North Korea"]


def test_a_dropped_subject_verb_opening_the_sentence() -> None:
    out = run("Kim Dzsongun hétfőn beszédet tartott.\n\nKiemelte, hogy Phenjan katonákat küld Oroszországba.", "hu")
    assert said_by(out) == [("MOBILIZE", ["Kim Jong Un"])]


def test_a_hungarian_speech_verb_reports_what_stands_before_it() -> None:
    out = run("A NIS az Oroszországba vezényelt észak-koreai katonák számát tízezerre becsülte.", "hu")
    assert said_by(out) == [("MOBILIZE", ["National Intelligence Service"])]


def test_a_fronted_citation_then_the_reporter_and_what_it_reported() -> None:
    out = run("Citing the NIS, Yonhap reported on Monday that North Korea sent troops to Russia.", "en")
    assert said_by(out) == [("MOBILIZE", ["Yonhap"])]
