"""Reporting verbs and speaker nouns that name who says a statement without an event type of its own."""

from __future__ import annotations

from kgbuild.events.extract import Extraction
from tests.factories import entity, extracted, reporter_names, resolver

RU = entity("Country", "Russia", hu=("Oroszország",), en=("Russia",))
ZELENSKY = entity("Person", "Volodymyr Zelensky", en=("Volodymyr Zelensky", "Zelensky"))
R = resolver(RU, ZELENSKY)
KREMLIN = entity("Organization", "Presidential Administration of Russia", en=("Kremlin",), country=RU.id)


def claim_reporters(out: Extraction) -> list[list[str]]:
    return [[R.index.entities[a.reporter_id].name for a in c.attributions] for c in out.claims]


def test_reaffirmed_and_pointed_out_report_what_follows() -> None:
    for verb in ("reaffirmed", "pointed out", "cautioned", "recalled"):
        out = extracted(f"Zelensky {verb} that the winter in Russia would be long and cold.", "en", R)
        assert claim_reporters(out) == [["Volodymyr Zelensky"]], verb


def test_the_aide_is_the_person_named_before() -> None:
    out = extracted("Zelensky spoke to reporters in the morning. The winter in Russia will be long, the aide added.",
                    "en", R)
    assert claim_reporters(out)[-1] == ["Volodymyr Zelensky"]


def test_a_participle_speaks_for_the_main_clauses_subject_after_an_opening_phrase() -> None:
    known = resolver(RU, ZELENSKY, KREMLIN, entity("Organization", "Arctic Council", en=("Arctic Council",)))
    out = extracted("In Moscow, the Kremlin on Friday asked its partners to respect Arctic Council rules, saying the "
                    "region must stay calm.", "en", known)
    assert reporter_names(out, known) == {"Presidential Administration of Russia"}


def test_a_participle_after_it_is_the_body_that_spoke_last_not_a_name_in_between() -> None:
    known = resolver(RU, ZELENSKY, KREMLIN, entity("Country", "Ukraine", en=("Ukraine",)))
    out = extracted("The Kremlin said the winter would be long. It also asked Ukraine to keep the pipeline open, "
                    "arguing that the region must stay calm.", "en", known)
    assert reporter_names(out, known, sentence=1) == {"Presidential Administration of Russia"}


def test_it_after_a_body_that_acted_is_that_body() -> None:
    ministry = entity("Organization", "Ministry of Foreign Affairs of Ukraine", en=("Ukrainian Foreign Ministry",))
    known = resolver(RU, ZELENSKY, ministry, KREMLIN)
    out = extracted("The Kremlin said the winter would be long. The Ukrainian Foreign Ministry condemned Russia on "
                    "Monday. It also asked the partners to keep the pipeline open, arguing that the region must stay "
                    "calm.", "en", known)
    assert reporter_names(out, known, sentence=2) == {"Ministry of Foreign Affairs of Ukraine"}


def test_a_hungarian_apposition_without_a_closing_comma_keeps_its_speaker() -> None:
    speaker = entity("Person", "Volodymyr Zelensky", hu=("Volodimir Zelenszkij", "Zelenszkij"))
    known = resolver(RU, speaker)
    out = extracted("Volodimir Zelenszkij, az ország vezetője egy hétfői sajtótájékoztatón arról beszélt, hogy "
                    "Oroszország hosszú télre készül.", "hu", known)
    assert reporter_names(out, known) == {"Volodymyr Zelensky"}


def test_a_document_a_citation_gave_to_its_source_is_that_sources() -> None:
    paper = entity("Media", "Daily Courier", en=("Daily Courier",))
    agency = entity("Organization", "Polar Research Agency", en=("Polar Research Agency",))
    known = resolver(RU, paper, agency)
    out = extracted("The winter in Russia will be long, the Daily Courier reported, citing a leaked assessment by the "
                    "Polar Research Agency. The ice is thicker than usual, the newspaper said. According to the "
                    "assessment, the harbours will stay closed until May.", "en", known)
    assert reporter_names(out, known, sentence=2) == {"Polar Research Agency"}
