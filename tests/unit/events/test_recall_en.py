"""English event recall and coordinated participants, on sentences written for these tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kgbuild.events.extract import Extraction, extract
from kgbuild.events.lexicon import lexicon_for
from kgbuild.model.document import Document
from kgbuild.model.event import Event
from kgbuild.nlp.mentions import find_mentions
from kgbuild.nlp.segment import segment
from tests.factories import entity, resolver

NK = replace(entity("Country", "North Korea", hu=("Észak-Korea",), en=("North Korea",)),
             demonyms={"hu": ("észak-koreai",), "en": ("North Korean",)})
SK = entity("Country", "South Korea", hu=("Dél-Korea",), en=("South Korea",), demonyms_hu=("dél-koreai",))
RU = entity("Country", "Russia", hu=("Oroszország",), en=("Russia",), demonyms_hu=("orosz",))
JP = entity("Country", "Japan", hu=("Japán",), en=("Japan",), demonyms_hu=("japán",))
US = entity("Country", "United States", hu=("Egyesült Államok",), en=("United States",), demonyms_hu=("amerikai",))
UA = entity("Country", "Ukraine", hu=("Ukrajna",), en=("Ukraine",), demonyms_hu=("ukrán",))
PYONGYANG = entity("Location", "Pyongyang", hu=("Phenjan",), en=("Pyongyang",), country=NK.id, capital=True)
SEOUL = entity("Location", "Seoul", hu=("Szöul",), en=("Seoul",), country=SK.id, capital=True)
MOSCOW = entity("Location", "Moscow", hu=("Moszkva",), en=("Moscow",), country=RU.id, capital=True)
TOKYO = entity("Location", "Tokyo", hu=("Tokió",), en=("Tokyo",), country=JP.id, capital=True)
WASHINGTON = entity("Location", "Washington", en=("Washington",), country=US.id, capital=True)
KYIV = entity("Location", "Kyiv", hu=("Kijev",), en=("Kyiv",), country=UA.id, capital=True)
KHARKIV = entity("Location", "Kharkiv", hu=("Harkiv",), en=("Kharkiv",), country=UA.id)
KIM = entity("Person", "Kim Jong Un", hu=("Kim Dzsongun",), en=("Kim Jong Un",), country=NK.id)
PUTIN = entity("Person", "Vladimir Putin", hu=("Vlagyimir Putyin",), en=("Vladimir Putin",), country=RU.id)
LAVROV = entity("Person", "Sergei Lavrov", en=("Sergei Lavrov",), country=RU.id)
CHOE = entity("Person", "Choe Son Hui", en=("Choe Son Hui",), country=NK.id)
YONHAP = entity("Media", "Yonhap", en=("Yonhap",))
MINISTRY = entity("Organization", "Ministry of Defence of Ukraine", en=("Ukrainian Defence Ministry",), country=UA.id)
PANEL = entity("Organization", "Arms Export Monitoring Team", en=("Arms Export Monitoring Team",))
R = resolver(NK, SK, RU, JP, US, UA, PYONGYANG, SEOUL, MOSCOW, TOKYO, WASHINGTON, KYIV, KHARKIV, KIM, PUTIN, LAVROV,
             CHOE, YONHAP, MINISTRY, PANEL)


def run(text: str, lang: str = "en") -> Extraction:
    doc = Document(id="article:test", text=text, path="t.txt", published=date(2025, 6, 4), lang=lang)
    segments = segment(text, lang)
    found = find_mentions(text, segments, lang, R)
    return extract(doc, segments, found, lexicon_for(lang), R.index.entities)


def names(ids: tuple[str, ...]) -> list[str]:
    return sorted(R.index.entities[i].name for i in ids)


def only(text: str, kind: str, lang: str = "en") -> Event:
    [event] = [e for e in run(text, lang).events if e.type == kind]
    return event


def test_a_demand_on_two_capitals_keeps_both_targets() -> None:
    out = run("Japan urged Seoul and Washington to halt their weapons deliveries at once.")
    [event] = out.events
    assert (event.type, names(event.actors), names(event.targets)) == ("DEMAND", ["Japan"], ["South Korea", "United States"])


def test_a_comma_list_of_actors_acts_together() -> None:
    event = only("Officials said Tokyo, Seoul and Washington will impose fresh sanctions on the shipping firms.", "SANCTION")
    assert names(event.actors) == ["Japan", "South Korea", "United States"]


def test_a_lone_comma_joins_no_actors() -> None:
    event = only("On Monday in Seoul, Russia sanctioned three banks.", "SANCTION")
    assert names(event.actors) == ["Russia"]


def test_and_between_clauses_still_splits_them() -> None:
    types = [e.type for e in run("Kim Jong Un met Vladimir Putin and Russia sent more troops to Ukraine.").events]
    assert types == ["CONSULT", "MOBILIZE"]


def test_hungarian_names_with_the_same_ending_form_one_list() -> None:
    event = only("Tokió felszólította Phenjant és Moszkvát, hogy szüntessék be a fegyverszállításokat.", "DEMAND", "hu")
    assert names(event.targets) == ["North Korea", "Russia"]


def test_supplying_goods_is_aid() -> None:
    event = only("Russia will supply fuel and spare parts to Pyongyang next year.", "AID")
    assert (names(event.actors), names(event.targets), event.modality) == (["Russia"], ["North Korea"], "future")


def test_helping_a_named_party_is_aid_but_helping_without_one_is_not() -> None:
    event = only("Russia quietly helped North Korea repair its satellite launcher.", "AID")
    assert (names(event.actors), names(event.targets)) == (["Russia"], ["North Korea"])
    assert run("Kim Jong Un said the new factory would help raise output.").events == []


def test_a_video_call_is_a_consultation() -> None:
    event = only("Vladimir Putin held a phone call with Kim Jong Un on Tuesday.", "CONSULT")
    assert (names(event.actors), names(event.targets)) == (["Vladimir Putin"], ["Kim Jong Un"])


def test_labourers_sent_abroad_are_mobilized() -> None:
    event = only("Pyongyang could send more labourers to Moscow this year.", "MOBILIZE")
    assert (names(event.actors), names(event.targets)) == (["North Korea"], ["Russia"])


def test_presenting_medals_is_praise() -> None:
    event = only("Kim Jong Un presented medals to the returning soldiers.", "SUPPORT")
    assert names(event.actors) == ["Kim Jong Un"]


def test_building_together_is_cooperation_building_alone_is_not() -> None:
    event = only("Russia and North Korea will build a new rail link.", "COOPERATE")
    assert names(event.actors) == ["North Korea", "Russia"]
    assert run("Russia built a new airbase near the border.").events == []


def test_standing_by_a_capital_supports_its_country() -> None:
    event = only("Kim Jong Un vowed that Pyongyang would stand by Moscow.", "SUPPORT")
    assert (names(event.actors), names(event.targets)) == (["North Korea"], ["Russia"])


def test_weapons_handed_over_to_a_capital_go_to_its_country() -> None:
    event = only("Pyongyang handed over artillery shells to Moscow in March.", "AID")
    assert (names(event.actors), names(event.targets)) == (["North Korea"], ["Russia"])


def test_a_visit_to_a_capital_keeps_the_place() -> None:
    event = only("Choe Son Hui flew to Moscow on Sunday.", "CONSULT")
    assert (names(event.targets), names(event.locations)) == (["Russia"], ["Moscow"])


def test_the_object_is_the_first_name_after_the_verb() -> None:
    event = only("Vladimir Putin thanked Kim Jong Un for the help Pyongyang gave in the war.", "SUPPORT")
    assert names(event.targets) == ["Kim Jong Un"]


def test_the_noun_a_demonym_qualifies_is_the_name_after_it() -> None:
    event = only("Choe Son Hui met her Russian counterpart Sergei Lavrov on Monday.", "CONSULT")
    assert names(event.targets) == ["Sergei Lavrov"]


def test_ships_is_a_noun() -> None:
    assert [e.type for e in run("Japan seized ships carrying North Korean weapons.").events] == ["COERCE"]


def reporters(event: Event) -> list[str]:
    return sorted(R.index.entities[a.reporter_id].name for a in event.attributions)


def test_it_said_is_the_body_that_reported_last() -> None:
    out = run("Yonhap reported that Pyongyang sent more troops to Moscow. In exchange, Moscow supplied oil to "
              "Pyongyang, it said.")
    aid = [e for e in out.events if e.type == "AID"]
    assert [reporters(e) for e in aid] == [["Yonhap"]]


def test_a_list_inside_an_insertion_does_not_open_it() -> None:
    out = run("Yonhap, whose readers include Japan, South Korea and the United States, said Pyongyang had sold "
              "shells to Moscow.")
    [event] = out.events
    assert (event.type, names(event.actors), reporters(event)) == ("AID", ["North Korea"], ["Yonhap"])


def test_an_all_caps_place_and_a_dash_open_a_dateline() -> None:
    event = only("SEOUL — Kim Jong Un presented medals to engineers back from the front.", "SUPPORT")
    assert names(event.actors) == ["Kim Jong Un"]


def test_the_group_refers_to_a_monitoring_team_named_before() -> None:
    out = run("The Arms Export Monitoring Team published its second report on Monday. The group said North Korea "
              "had sold shells to Russia.")
    [event] = out.events
    assert reporters(event) == ["Arms Export Monitoring Team"]


def test_an_attack_on_a_city_targets_its_country() -> None:
    event = only("Russia fired ballistic missiles at Kharkiv overnight.", "ASSAULT")
    assert (names(event.actors), names(event.targets), names(event.locations)) == (["Russia"], ["Ukraine"], ["Kharkiv"])


def test_troops_sent_to_a_country_named_as_a_place_are_sent_to_it() -> None:
    event = only("Pyongyang deployed more troops in Russia last month.", "MOBILIZE")
    assert (names(event.actors), names(event.targets)) == (["North Korea"], ["Russia"])


def test_an_active_casualty_verb_has_its_subject_as_actor() -> None:
    event = only("Ukraine killed three North Korean soldiers near Kharkiv.", "ASSAULT")
    assert (names(event.actors), names(event.targets)) == (["Ukraine"], ["North Korea"])


def test_a_passive_casualty_verb_keeps_the_dead_as_target() -> None:
    event = only("Three North Korean soldiers were killed by Ukraine.", "ASSAULT")
    assert (names(event.actors), names(event.targets)) == (["Ukraine"], ["North Korea"])


def test_the_dead_of_an_attack_that_killed_are_not_the_attackers() -> None:
    out = run("Russia fired missiles at Kyiv in an attack that killed 12 people and wounded 40.")
    assert [(names(e.actors), names(e.targets)) for e in out.events] == [(["Russia"], ["Ukraine"])]


def test_the_subject_of_what_a_speaker_said_is_named_after_the_verb() -> None:
    event = only("Sergei Lavrov called the claims lies and said Russia will keep deepening its ties with North Korea.",
                 "COOPERATE")
    assert (names(event.actors), reporters(event)) == (["Russia"], ["Sergei Lavrov"])


def test_a_source_followed_by_what_it_says_does_not_trail() -> None:
    out = run("Russia and North Korea signed a treaty on Monday, a deal Moscow says will last for decades.")
    [event] = out.events
    assert (event.type, reporters(event)) == ("AGREE", [])


def test_delivering_providing_and_assisting_a_named_party_is_aid() -> None:
    for text in ("Russia delivered thousands of tonnes of fuel to North Korea.",
                 "Moscow is providing Pyongyang with modern air defence systems.",
                 "Russia assisted North Korea in launching a spy satellite."):
        event = only(text, "AID")
        assert (names(event.actors), names(event.targets)) == (["Russia"], ["North Korea"]), text
    assert run("The ministry provided no further details.").events == []


def test_missiles_launched_at_a_country_are_an_attack_a_test_launch_is_not() -> None:
    event = only("Russia launched dozens of drones and missiles at Ukraine overnight.", "ASSAULT")
    assert (names(event.actors), names(event.targets)) == (["Russia"], ["Ukraine"])
    assert run("North Korea fired a ballistic missile into the sea on Thursday.").events == []
    assert run("North Korea launched two short-range missiles on Monday.").events == []


def test_a_strike_on_a_depot_is_an_attack() -> None:
    event = only("Ukraine struck an ammunition depot in Russia overnight.", "ASSAULT")
    assert names(event.actors) == ["Ukraine"]


def test_it_before_the_verb_is_the_body_speaking() -> None:
    event = only("Ukraine said it had struck an ammunition depot in Russia.", "ASSAULT")
    assert (names(event.actors), reporters(event)) == (["Ukraine"], ["Ukraine"])


def test_its_forces_are_the_speaking_ministrys_country() -> None:
    event = only("The Ukrainian Defence Ministry said its forces had struck a fuel depot near Moscow.", "ASSAULT")
    assert names(event.actors) == ["Ukraine"]


def test_a_distant_it_is_not_the_subject() -> None:
    out = run("Yonhap said it could not rule out that troops would be deployed to Moscow once the units had been "
              "reinforced.")
    assert all(names(e.actors) != ["Yonhap"] for e in out.events)


def test_a_participle_under_an_event_verb_is_not_the_event() -> None:
    out = run("Russia fired missiles supplied by Pyongyang at Kyiv on Thursday.")
    assert [(e.type, names(e.actors), names(e.targets)) for e in out.events] == [("ASSAULT", ["Russia"], ["Ukraine"])]
    out = run("Ukraine captured soldiers sent by Pyongyang to the front.")
    assert [(e.type, names(e.actors)) for e in out.events] == [("COERCE", ["Ukraine"])]


def test_speaking_to_an_outlet_is_an_interview_not_talks() -> None:
    assert run("Vladimir Putin spoke to Yonhap in a rare interview.").events == []
    event = only("Vladimir Putin spoke with Kim Jong Un by phone.", "CONSULT")
    assert names(event.targets) == ["Kim Jong Un"]


def test_fighting_alongside_a_side_makes_it_a_co_actor() -> None:
    event = only("North Korean soldiers fought alongside Russia against Ukraine near Kursk.", "ASSAULT")
    assert (names(event.actors), names(event.targets)) == (["North Korea", "Russia"], ["Ukraine"])


def test_a_word_that_needs_a_recipient_gives_way_to_the_next_event_word() -> None:
    out = run("Seoul, Tokyo and Washington condemned the missile launch and urged Pyongyang to return to talks.")
    condemn = [e for e in out.events if e.type == "DISAPPROVE"]
    assert [names(e.actors) for e in condemn] == [["Japan", "South Korea", "United States"]]


def test_developing_something_together_is_cooperation() -> None:
    event = only("Russia and North Korea will jointly develop the port.", "COOPERATE")
    assert names(event.actors) == ["North Korea", "Russia"]
    assert run("North Korea is developing new missiles.").events == []


def test_who_denied_doing_something_is_its_subject() -> None:
    event = only("North Korea has previously denied selling weapons to Russia.", "AID")
    assert (names(event.actors), names(event.targets), event.modality) == (["North Korea"], ["Russia"], "denied")


def test_the_head_of_a_compound_noun_is_no_event_word() -> None:
    out = run("Japan sanctioned two North Korean officials over the arms transfers.")
    assert [(e.type, names(e.actors)) for e in out.events] == [("SANCTION", ["Japan"])]


def test_an_apposition_after_a_comma_is_no_list() -> None:
    event = only("Choe Son Hui, Kim Jong Un's envoy and a close aide, rejected the offer from Seoul.", "REJECT")
    assert names(event.actors) == ["Choe Son Hui"]


def test_offering_and_donating_aid_to_a_named_party_is_aid() -> None:
    event = only("South Korea offered Ukraine fresh humanitarian aid.", "AID")
    assert (names(event.actors), names(event.targets)) == (["South Korea"], ["Ukraine"])
    event = only("Japan donated generators to Ukraine.", "AID")
    assert (names(event.actors), names(event.targets)) == (["Japan"], ["Ukraine"])
    assert run("Kim Jong Un offered his condolences.").events == []


def test_losing_soldiers_is_a_casualty_of_the_side_that_lost_them() -> None:
    event = only("North Korea has lost about 4,000 soldiers near Kursk.", "ASSAULT")
    assert (names(event.actors), names(event.targets)) == ([], ["North Korea"])


def test_some_of_which_opens_a_relative_clause_under_the_same_reporter() -> None:
    out = run("Yonhap said Pyongyang had sold shells to Moscow, many of which were later fired at Kharkiv.")
    attack = [e for e in out.events if e.type == "ASSAULT"]
    assert [(names(e.targets), reporters(e)) for e in attack] == [(["Ukraine"], ["Yonhap"])]


def test_a_speech_act_joined_to_what_a_speaker_said_is_the_speakers() -> None:
    event = only("Yonhap said shells were fired at Kyiv and called on Japan to press Pyongyang to stop supplying "
                 "Moscow.", "DEMAND")
    assert (names(event.actors), names(event.targets)) == (["Yonhap"], ["Japan"])


def test_what_follows_an_infinitive_after_the_object_is_not_a_target() -> None:
    event = only("Seoul urged Pyongyang to halt all exports of shells to Moscow.", "DEMAND")
    assert names(event.targets) == ["North Korea"]


def test_an_invitation_to_a_named_leader_is_a_consultation() -> None:
    event = only("Vladimir Putin invited Kim Jong Un to Moscow.", "CONSULT")
    assert (names(event.actors), names(event.targets)) == (["Vladimir Putin"], ["Kim Jong Un"])


def test_the_trigger_itself_is_no_denial_cue() -> None:
    event = only("Choe Son Hui dismissed the offer of talks from Seoul.", "REJECT")
    assert event.modality == "asserted"


def test_who_promised_that_reports_the_promise() -> None:
    out = run("Kim Jong Un praised the troops and promised that Pyongyang would stand by Moscow, Yonhap reported.")
    support = [e for e in out.events if e.trigger == "stand"]
    assert [reporters(e) for e in support] == [["Kim Jong Un", "Yonhap"]]


def test_coordinated_names_share_one_preposition() -> None:
    event = only("Japan imposed sanctions against Moscow and Pyongyang on Friday.", "SANCTION")
    assert names(event.targets) == ["North Korea", "Russia"]


def test_coordinated_names_share_one_postposition() -> None:
    event = only("Japán szankciókat vezetett be Oroszország és Észak-Korea ellen.", "SANCTION", "hu")
    assert names(event.targets) == ["North Korea", "Russia"]


def test_an_attack_that_killed_a_count_of_people_was_the_attackers() -> None:
    event = only("Russia's missile attack on Kyiv killed 12 people on Thursday.", "ASSAULT")
    assert (names(event.actors), names(event.targets)) == (["Russia"], ["Ukraine"])
    event = only("About 300 North Korean soldiers were killed near Kharkiv.", "ASSAULT")
    assert (names(event.actors), names(event.targets)) == ([], ["North Korea"])


def test_a_comma_list_of_reporters_all_report() -> None:
    event = only("Pyongyang has sent more troops to Moscow, Seoul, Tokyo and Washington said in a joint statement.",
                 "MOBILIZE")
    assert (reporters(event), names(event.targets)) == (["Japan", "South Korea", "United States"], ["Russia"])
    event = only("In Tokyo, Yonhap said Pyongyang had sent more troops to Moscow.", "MOBILIZE")
    assert reporters(event) == ["Yonhap"]
