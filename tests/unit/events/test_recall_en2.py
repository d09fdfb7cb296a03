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


def events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, names(e.actors), names(e.targets)) for e in run(text).events]


def test_to_back_is_support_but_back_to_is_not() -> None:
    assert events("Japan pledged to back Ukraine.") == [("SUPPORT", ["Japan"], ["Ukraine"])]
    assert events("The soldiers came back to Russia in May.") == []


def test_welcomed_the_decision_is_support() -> None:
    assert events("Japan welcomed the decision on Monday.") == [("SUPPORT", ["Japan"], [])]


def test_arming_a_country_is_military_aid() -> None:
    assert events("Russia has promised to arm North Korea.") == [("AID", ["Russia"], ["North Korea"])]


def test_trading_and_working_with_are_cooperation() -> None:
    assert events("Russia kept trading with North Korea.") == [("COOPERATE", ["Russia"], ["North Korea"])]
    assert events("Japan will work with Seoul on the matter.") == [("COOPERATE", ["Japan"], ["South Korea"])]


def test_pushing_units_out_of_a_place_is_an_assault() -> None:
    text = "North Korean troops pushed Ukraine out of two villages."
    assert events(text) == [("ASSAULT", ["North Korea"], ["Ukraine"])]


def test_destroyed_guns_is_an_assault() -> None:
    assert events("Ukraine destroyed three North Korean howitzers.") == [("ASSAULT", ["Ukraine"], ["North Korea"])]


def test_he_said_after_a_demonym_is_the_person_named_before() -> None:
    text = "Sergei Lavrov spoke on Tuesday. Ukraine destroyed a North Korean howitzer, he said."
    assert claims(text) == [("ASSAULT", ["Ukraine"], ["Sergei Lavrov"])]


def test_according_to_the_statement_is_the_source_named_before() -> None:
    text = ("Yonhap said in a statement that Japan had met Sergei Lavrov. "
            "According to the statement, Russia had sent missiles to North Korea.")
    assert claims(text)[-1] == ("AID", ["Russia"], ["Yonhap"])


def test_the_agency_said_is_the_outlet_that_reported_before() -> None:
    text = "Yonhap reported the talks on Monday. In return, the agency believes, Russia has sent missiles to North Korea."
    assert claims(text) == [("AID", ["Russia"], ["Yonhap"])]


def test_a_definite_noun_with_no_source_before_reports_nothing() -> None:
    assert claims("According to the report, Russia has sent missiles to North Korea.") == [("AID", ["Russia"], [])]


def test_unnamed_officials_told_an_outlet_the_outlet_reports() -> None:
    text = "Japan will impose sanctions on Russia next month, two senior diplomats told Yonhap."
    assert claims(text) == [("SANCTION", ["Japan"], ["Yonhap"])]
    text = "A senior official told Yonhap that North Korea had sent troops to Russia."
    assert claims(text) == [("MOBILIZE", ["North Korea"], ["Yonhap"])]


def test_a_named_speaker_who_told_someone_still_speaks() -> None:
    text = "Sergei Lavrov told Yonhap that North Korea had sent troops to Russia."
    assert claims(text) == [("MOBILIZE", ["North Korea"], ["Sergei Lavrov"])]


def test_informed_lawmakers_that_reports_what_follows() -> None:
    text = "Japan informed lawmakers that North Korea had sent troops to Russia."
    assert claims(text) == [("MOBILIZE", ["North Korea"], ["Japan"])]


def test_was_quoted_as_saying_is_the_speaker_before() -> None:
    text = "North Korea sent troops to Russia, Sergei Lavrov was quoted as saying by Yonhap."
    assert claims(text) == [("MOBILIZE", ["North Korea"], ["Sergei Lavrov"])]


def test_claims_after_a_clause_reports_it() -> None:
    assert claims("Russia sent missiles to North Korea, Japan claims.") == [("AID", ["Russia"], ["Japan"])]


def test_the_minister_said_is_the_person_named_before() -> None:
    text = "Sergei Lavrov spoke in Moscow. North Korea sent troops to Russia, the minister said."
    assert claims(text) == [("MOBILIZE", ["North Korea"], ["Sergei Lavrov"])]


def test_a_statement_from_a_source_said() -> None:
    text = "A statement from Yonhap said Russia had sent missiles to North Korea."
    assert claims(text) == [("AID", ["Russia"], ["Yonhap"])]
    text = "A report by Yonhap on Monday says Russia had sent missiles to North Korea."
    assert claims(text) == [("AID", ["Russia"], ["Yonhap"])]


def test_as_reported_by_an_outlet() -> None:
    text = "North Korea sent troops to Russia, as reported by Yonhap."
    assert claims(text) == [("MOBILIZE", ["North Korea"], ["Yonhap"])]


def test_a_delivery_to_a_place_aims_at_its_country() -> None:
    text = "Russia delivered fuel to the port of Kharkiv last week."
    assert events(text) == [("AID", ["Russia"], ["Ukraine"])]


def test_the_agency_also_said_skips_the_adverb() -> None:
    text = "Yonhap reported the talks on Monday. The agency also said Russia had sent missiles to North Korea."
    assert claims(text) == [("AID", ["Russia"], ["Yonhap"])]


def test_an_accusation_targets_the_accused_not_the_act_charged() -> None:
    assert events("Japan accused Russia of sending troops to North Korea.") == [("DISAPPROVE", ["Japan"], ["Russia"])]
    text = "Ukraine accused North Korea on Friday of supplying shells to Russia."
    assert events(text) == [("DISAPPROVE", ["Ukraine"], ["North Korea"])]


def test_a_clause_inserted_after_the_speaker_keeps_its_own_object() -> None:
    text = "Sergei Lavrov, who met Kim Jong Un on Monday, said Russia would send missiles to North Korea."
    got = {e.type: (names(e.actors), names(e.targets)) for e in run(text).events}
    assert got["CONSULT"] == (["Sergei Lavrov"], ["Kim Jong Un"])
    assert got["AID"] == (["Russia"], ["North Korea"])


def test_rounds_or_hours_of_talks_with_a_partner_are_a_consultation() -> None:
    text = "Japan held two rounds of talks with Russia in Tokyo."
    assert events(text) == [("CONSULT", ["Japan"], ["Russia"])]
    assert [e.type for e in run("Japan rejected an offer of talks from Russia.").events] == ["REJECT"]


def test_a_labelled_outlet_after_a_clause_trails() -> None:
    text = "North Korea has sent troops to Russia, the state news agency Yonhap reported."
    assert claims(text) == [("MOBILIZE", ["North Korea"], ["Yonhap"])]


def test_training_another_countrys_soldiers_is_military_aid() -> None:
    assert events("Russia trained North Korean pilots last year.") == [("AID", ["Russia"], ["North Korea"])]


def test_training_gives_way_to_another_event_in_its_clause() -> None:
    got = [e.type for e in run("Japan trained its soldiers and deployed them to Kharkiv.").events]
    assert "AID" not in got


def test_troops_that_clashed_fought() -> None:
    assert events("North Korean troops clashed with Ukraine near Kharkiv.")[0][:2] == ("ASSAULT", ["North Korea"])


def test_more_speech_verbs_report_what_follows() -> None:
    assert claims("Japan reiterated that Russia had sent missiles to North Korea.") == [("AID", ["Russia"], ["Japan"])]
    text = "Sergei Lavrov posted on Telegram that North Korea had sent troops to Russia."
    assert claims(text) == [("MOBILIZE", ["North Korea"], ["Sergei Lavrov"])]
    assert claims("Russia has sent missiles to North Korea, Japan argued.") == [("AID", ["Russia"], ["Japan"])]


def test_he_after_a_persons_speech_verb_is_that_person() -> None:
    text = "Japan protested. Sergei Lavrov said he had met Kim Jong Un in Moscow."
    [event] = [e for e in run(text).events if e.type == "CONSULT"]
    assert (names(event.actors), names(event.targets)) == (["Sergei Lavrov"], ["Kim Jong Un"])


def test_a_participle_speaks_for_the_sentence_subject_not_the_object() -> None:
    text = "Japan criticised Russia on Monday, saying North Korea had sent troops to Russia."
    got = [c for c in claims(text) if c[0] == "MOBILIZE"]
    assert got == [("MOBILIZE", ["North Korea"], ["Japan"])]


def test_a_spokesman_for_a_country_speaks_for_it() -> None:
    text = "A spokesman for Japan told reporters that North Korea had sent troops to Russia."
    assert claims(text) == [("MOBILIZE", ["North Korea"], ["Japan"])]
    text = "Russia has sent missiles to North Korea, a spokeswoman for Japan said."
    assert claims(text) == [("AID", ["Russia"], ["Japan"])]
