"""English attribution: titled speakers after a comma, speech participles, on sentences written for these tests."""

from __future__ import annotations

from tests.unit.events.test_recall_en import names, reporters, run


def claims(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, names(e.actors), reporters(e)) for e in run(text).events]


def test_a_demonym_and_title_before_a_trailing_speaker_still_trail() -> None:
    text = "Moscow has shipped missiles to North Korea, Russian Foreign Minister Sergei Lavrov told a committee."
    assert claims(text) == [("AID", ["Russia"], ["Sergei Lavrov"])]


def test_a_title_alone_before_a_trailing_speaker() -> None:
    text = "North Korea sent more troops to Russia last month, Chief Delegate Sergei Lavrov said on Friday."
    assert claims(text) == [("MOBILIZE", ["North Korea"], ["Sergei Lavrov"])]


def test_adding_after_a_trailing_speaker_reports_the_clause_it_opens() -> None:
    text = ('"We are ready," Sergei Lavrov said, adding that Japan will deepen its cooperation with Washington.')
    assert claims(text) == [("COOPERATE", ["Japan"], ["Sergei Lavrov"])]


def test_saying_shares_the_subject_of_the_clause_before() -> None:
    text = "Japan criticised the talks on Monday, saying North Korea had sent troops to Russia."
    got = [c for c in claims(text) if c[0] == "MOBILIZE"]
    assert got == [("MOBILIZE", ["North Korea"], ["Japan"])]


def test_a_participle_after_a_pronoun_speaker_is_the_person_named_before() -> None:
    text = "Sergei Lavrov met reporters in Moscow. He spoke briefly, noting that Russia had sent troops to North Korea."
    got = [c for c in claims(text) if c[0] == "MOBILIZE"]
    assert got == [("MOBILIZE", ["Russia"], ["Sergei Lavrov"])]


def test_quoted_as_saying_after_an_opening_phrase_leads_what_was_said() -> None:
    text = "On Friday, however, Yonhap quoted Sergei Lavrov as saying that Russia had sent missiles to North Korea."
    assert claims(text) == [("AID", ["Russia"], ["Sergei Lavrov"])]
