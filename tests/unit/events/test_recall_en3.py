"""English recall round 3: word families for aid given or obtained, experts sent, diplomatic protests, joint drills,
trips for talks and requests, on sentences written for these tests."""

from __future__ import annotations

import json
from importlib import resources

import pytest

from kgbuild.events.lexicon import parse_lexicon
from tests.unit.events.test_recall_en import names, reporters, run


def events(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, names(e.actors), names(e.targets)) for e in run(text).events]


@pytest.mark.parametrize("text", [
    "Russia handed North Korea engines for its rockets.",
    "Russia hands Pyongyang satellite components.",
    "Moscow is sharing technology with North Korea.",
    "Russia transferred key components to North Korea.",
    "Russia gave Pyongyang technology for submarines.",
])
def test_handing_or_sharing_technology_is_aid(text: str) -> None:
    assert events(text) == [("AID", ["Russia"], ["North Korea"])]


@pytest.mark.parametrize("text", [
    "North Korea secured technology from Russia.",
    "North Korea received assistance from Russia for its launch.",
    "North Korea has obtained help from Russia.",
])
def test_obtaining_help_makes_the_subject_the_recipient(text: str) -> None:
    assert events(text) == [("AID", ["Russia"], ["North Korea"])]


@pytest.mark.parametrize("text", [
    "Russia has dispatched missile engineers to North Korea.",
    "Moscow sent technicians to Pyongyang last month.",
    "Russia is sending military advisers and instructors to North Korea.",
])
def test_experts_sent_are_aid(text: str) -> None:
    assert [e[:1] for e in events(text)] == [("AID",)]


def test_troops_and_sappers_sent_stay_deployments() -> None:
    assert events("North Korea sent sappers to Russia.") == [("MOBILIZE", ["North Korea"], ["Russia"])]


def test_people_sent_to_die_are_deployed() -> None:
    assert [e[:2] for e in events("Kim Jong Un keeps sending young men to die in Russia.")] == [
        ("MOBILIZE", ["Kim Jong Un"])]


@pytest.mark.parametrize("text", [
    "South Korea lodged a strong protest with Russia.",
    "Seoul filed a protest with Moscow on Friday.",
    "South Korea protested to Russia over the launch.",
])
def test_a_diplomatic_protest_is_disapproval(text: str) -> None:
    assert events(text) == [("DISAPPROVE", ["South Korea"], ["Russia"])]


@pytest.mark.parametrize("text", ["Japan firmly opposes the deal.", "Japan opposed the plan.",
                                  "Japan objected to the plan on Monday."])
def test_opposing_or_objecting_is_disapproval(text: str) -> None:
    assert events(text) == [("DISAPPROVE", ["Japan"], [])]


def test_the_opposition_is_no_disapproval() -> None:
    assert events("The opposition met in Seoul.") == []


@pytest.mark.parametrize("text", [
    "Japan and the United States will hold joint naval drills next month.",
    "Japan and the United States staged a joint exercise.",
    "Japan and the United States carried out joint air patrols.",
])
def test_joint_drills_are_cooperation(text: str) -> None:
    assert events(text) == [("COOPERATE", ["Japan", "United States"], [])]


@pytest.mark.parametrize("text", [
    "Sergei Lavrov will fly to Tokyo next week for talks.",
    "Sergei Lavrov is heading to Tokyo to meet officials.",
])
def test_flying_somewhere_for_talks_is_a_visit(text: str) -> None:
    assert events(text) == [("CONSULT", ["Sergei Lavrov"], ["Japan"])]


def test_drones_flying_are_no_visit() -> None:
    assert events("Drones fly over Kyiv every night.") == []


@pytest.mark.parametrize("text", ["Japan asked Russia to release the ship.",
                                  "Japan has requested Russia to explain the launch."])
def test_asking_someone_to_act_is_a_demand(text: str) -> None:
    assert events(text)[:1] == [("DEMAND", ["Japan"], ["Russia"])]


@pytest.mark.parametrize("text", ["Japan was asked to comment on the plan.",
                                  "When asked about the launch, Sergei Lavrov declined to comment."])
def test_asked_with_no_addressee_is_no_demand(text: str) -> None:
    assert [e for e in events(text) if e[0] == "DEMAND"] == []


def test_a_list_stem_and_particle_expand_in_order() -> None:
    raw = {"language": "xx", "triggers": [{"stem": ["a*", "b"], "type": "AID", "particle": ["x", "y"]}]}
    data = {**_minimal(), **raw}
    got = [(t.stem, t.particle) for t in parse_lexicon(data).triggers]
    assert got == [("a*", "x"), ("a*", "y"), ("b", "x"), ("b", "y")]


def _minimal() -> dict[str, object]:
    """The English lexicon's other fields, so only the triggers differ."""
    return dict(json.loads((resources.files("kgbuild.events") / "lexicon" / "en.json").read_text(encoding="utf-8")))


def test_a_threat_named_as_a_danger_is_no_threat_but_one_issued_is() -> None:
    assert events("Japan called the treaty a grave threat to regional security.") == []
    assert events("North Korea issued fresh threats against Japan.") == [("THREATEN", ["North Korea"], ["Japan"])]
    assert events("North Korea threatened Japan.") == [("THREATEN", ["North Korea"], ["Japan"])]


@pytest.mark.parametrize("text", ["South Korea voiced opposition to the Russian deal.",
                                  "South Korea raised objections over the Russian deal."])
def test_voicing_opposition_or_objections_is_disapproval(text: str) -> None:
    assert [e[:2] for e in events(text)] == [("DISAPPROVE", ["South Korea"])]


def test_taking_part_in_joint_drills_is_cooperation() -> None:
    assert events("Japan and the United States took part in joint naval drills.") == [
        ("COOPERATE", ["Japan", "United States"], [])]


def test_asking_someone_for_something_is_a_demand() -> None:
    assert events("Ukraine asked Japan for more aid.") == [("DEMAND", ["Ukraine"], ["Japan"])]


@pytest.mark.parametrize("text", ["Russia shelled Kharkiv on Monday, killing five civilians.",
                                  "Russia shelled Kharkiv on Monday, wounding five civilians."])
def test_a_toll_participle_counts_the_attack_before_it(text: str) -> None:
    got = run(text).events
    assert [(e.type, names(e.actors), e.quantity) for e in got] == [("ASSAULT", ["Russia"], 5.0)]


def test_names_listed_before_an_auxiliary_after_said_are_what_was_said() -> None:
    text = "Sergei Lavrov, speaking to reporters in Tokyo, said Japan and the United States will hold talks with Russia."
    got = [(e.type, names(e.actors), reporters(e)) for e in run(text).events]
    assert got == [("CONSULT", ["Japan", "United States"], ["Sergei Lavrov"])]


def test_a_backshifted_coordinate_clause_goes_on_with_what_was_said() -> None:
    text = "Sergei Lavrov said Japan had sent aid to Ukraine and the United States would ship shells to Ukraine."
    got = [(e.type, names(e.actors), reporters(e)) for e in run(text).events]
    assert got == [("AID", ["Japan"], ["Sergei Lavrov"]), ("AID", ["United States"], ["Sergei Lavrov"])]


def test_a_coordinate_clause_in_plain_past_after_a_meeting_is_not_said() -> None:
    text = "Sergei Lavrov met Kim Jong Un and Russia shipped missiles to North Korea."
    assert [reporters(e) for e in run(text).events] == [[], []]


def test_the_united_states_is_no_military_unit() -> None:
    assert events("The United States sent aid to Ukraine.") == [("AID", ["United States"], ["Ukraine"])]


@pytest.mark.parametrize("text", ["Russia had obtained North Korean help to build drones.",
                                  "Russia bought North Korean shells."])
def test_a_demonym_on_what_was_received_is_the_giver(text: str) -> None:
    assert events(text) == [("AID", ["North Korea"], ["Russia"])]


def test_a_demonym_on_the_fallen_is_no_attacker() -> None:
    assert events("Russia lost North Korean soldiers in Kursk.") == [("ASSAULT", [], ["North Korea", "Russia"])]


@pytest.mark.parametrize("text", ["Russian bombers fly over the Sea of Japan, officials in Tokyo said.",
                                  "Japan will head the talks in Tokyo."])
def test_flying_over_or_heading_something_is_no_trip(text: str) -> None:
    assert [e for e in events(text) if e[0] == "CONSULT" and e[2] == ["Japan"]] == []
