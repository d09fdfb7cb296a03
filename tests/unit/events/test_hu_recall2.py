"""More Hungarian phrasings news uses for sending people and goods, joint work and drone attacks, and for who
says so, on hand-written sentences (no article text)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.factories import entity, extracted, resolver

NK = entity("Country", "North Korea", hu=("Észak-Korea",), demonyms_hu=("észak-koreai",))
RU = entity("Country", "Russia", hu=("Oroszország",), demonyms_hu=("orosz",))
UA = entity("Country", "Ukraine", hu=("Ukrajna",), demonyms_hu=("ukrán",))
SK = entity("Country", "South Korea", hu=("Dél-Korea",), demonyms_hu=("dél-koreai",))
CN = entity("Country", "China", hu=("Kína",), demonyms_hu=("kínai",))
MOSCOW = entity("Location", "Moscow", hu=("Moszkva",), country=RU.id, capital=True)
PYONGYANG = entity("Location", "Pyongyang", hu=("Phenjan",), country=NK.id, capital=True)
KURSK = entity("Location", "Kursk", hu=("Kurszk",), country=RU.id)
KIM = entity("Person", "Kim Jong Un", hu=("Kim Dzsongun",), country=NK.id)
NIS = entity("Organization", "National Intelligence Service", hu=("NIS",))
R = resolver(NK, RU, UA, SK, CN, MOSCOW, PYONGYANG, KURSK, KIM, NIS)


def attributed(text: str) -> list[tuple[str, list[str], list[str], list[str]]]:
    """(type, actors, targets, reporters) per event."""
    found = extracted(text, "hu", R)
    name = R.index.entities
    return [(e.type, [name[a].name for a in e.actors], [name[t].name for t in e.targets],
             sorted(name[a.reporter_id].name for a in e.attributions)) for e in found.events]


@pytest.mark.parametrize(("text", "expected"), [
    ("A NIS szerint Phenjan újabb négyezer embert küldött Kurszkba.",
     ("MOBILIZE", ["North Korea"], ["Kursk"], ["National Intelligence Service"])),
    ("Észak-Korea zsoldosokat vezényel Oroszországba.", ("MOBILIZE", ["North Korea"], ["Russia"], [])),
    ("Kim Dzsongun kétezer tüzért telepített a frontra.", ("MOBILIZE", ["Kim Jong Un"], [], [])),
])
def test_people_sent_are_a_deployment(text: str, expected: tuple[str, list[str], list[str], list[str]]) -> None:
    assert attributed(text)[0][:2] == expected[:2] and attributed(text)[0][3] == expected[3]


@pytest.mark.parametrize("text", [
    "Moszkva nyersanyagot és üzemanyagot szállít Észak-Koreának.",
    "Oroszország devizát és gabonát juttatott Phenjannak.",
    "Oroszország kőolajat küld Észak-Koreába.",
])
def test_oil_food_and_money_sent_are_economic_aid(text: str) -> None:
    assert [e[:2] for e in attributed(text)] == [("AID", ["Russia"])]


@pytest.mark.parametrize("text", [
    "Oroszország és Kína összehangolja a lépéseit a Biztonsági Tanácsban.",
    "Moszkva és Phenjan közösen koordinálja a hadiipari beszerzéseket.",
])
def test_coordinating_together_is_cooperation(text: str) -> None:
    assert [e[0] for e in attributed(text)] == ["COOPERATE"]


@pytest.mark.parametrize("text", [
    "Ukrajna éjszaka dróntámadást indított Kurszk ellen.",
    "Oroszország újabb rakétatámadásokat indított Ukrajna ellen.",
])
def test_compound_attacks_launched_are_assaults(text: str) -> None:
    assert [e[0] for e in attributed(text)] == ["ASSAULT"]


def test_a_delegation_over_an_oil_deal_is_no_shipment() -> None:
    assert attributed("Kína küldöttséget küldött Moszkvába az olajszerződés miatt.") == []


@pytest.mark.parametrize(("text", "speech"), [
    ("Kim Dzsongun élesen bírálta, hogy Dél-Korea lőszert szállít Ukrajnának.", "DISAPPROVE"),
    ("Kim Dzsongun üdvözölte, hogy Oroszország légvédelmi rakétákat szállít Észak-Koreának.", "SUPPORT"),
    ("A NIS arra figyelmeztetett, hogy Phenjan újabb katonákat küldhet Oroszországba.", "THREATEN"),
])
def test_what_a_condemnation_welcome_or_warning_states_is_its_subjects_claim(text: str, speech: str) -> None:
    found = attributed(text)
    speaker = [actors for kind, actors, _t, _r in found if kind == speech]
    claims = [reporters for kind, _a, _t, reporters in found if kind != speech]
    assert speaker and claims and claims[0] == speaker[0]


def test_a_source_named_elsewhere_keeps_the_claim() -> None:
    found = attributed("A NIS szerint Kim Dzsongun elítélte, hogy Dél-Korea lőszert szállít Ukrajnának.")
    assert [r for kind, _a, _t, r in found if kind == "AID"] == [["National Intelligence Service"]]


def test_condemning_an_act_outright_has_no_claim_inside() -> None:
    assert attributed("Kim Dzsongun elítélte Dél-Korea lépését.") == [("DISAPPROVE", ["Kim Jong Un"], ["South Korea"], [])]


@pytest.mark.parametrize("text", [
    "A NIS jelentésében az áll, hogy Phenjan újabb katonákat küldött Oroszországba.",
    "A NIS heti összesítőjében csak annyi állt, hogy Phenjan újabb katonákat küldött Oroszországba.",
    "A NIS közleményében az szerepelt, hogy Phenjan újabb katonákat küldött Oroszországba.",
    "Phenjan újabb katonákat küldött Oroszországba, tette közzé a NIS.",
])
def test_what_a_report_says_is_its_authors_claim(text: str) -> None:
    assert [r for _k, _a, _t, r in attributed(text)] == [["National Intelligence Service"]]


def test_a_date_after_hogy_dates_the_claim_not_the_report() -> None:
    text = "A NIS pénteki összesítőjében az állt, hogy Phenjan csütörtökön újabb katonákat küldött Oroszországba."
    found = extracted(text, "hu", R, date(2025, 6, 7)).events
    assert [e.date for e in found] == [date(2025, 6, 5)]


HUR = entity("Organization", "Main Directorate of Intelligence", hu=("HUR",))
BUDANOV = entity("Person", "Kyrylo Budanov", hu=("Kirilo Budanov",), country=UA.id)
RR = resolver(NK, RU, UA, KURSK, HUR, BUDANOV)


def ranked(text: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, actors, reporters) per event, with the Ukrainian service and its head known."""
    found = extracted(text, "hu", RR)
    name = RR.index.entities
    return [(e.type, [name[a].name for a in e.actors], [name[a.reporter_id].name for a in e.attributions])
            for e in found.events]


@pytest.mark.parametrize("text", [
    "Kirilo Budanov altábornagy, a HUR vezetője szerint Észak-Korea újabb katonákat küldött Kurszkba.",
    "Kirilo Budanov tábornok, az ukrán katonai hírszerzés (HUR) főnöke szerint Észak-Korea katonákat küldött Kurszkba.",
])
def test_a_rank_after_the_name_leaves_the_person_the_speaker(text: str) -> None:
    assert ranked(text) == [("MOBILIZE", ["North Korea"], ["Kyrylo Budanov"])]


def test_a_speech_verb_after_the_name_is_no_rank() -> None:
    assert ranked("Kirilo Budanov szerint, a HUR adatai alapján, Észak-Korea katonákat küldött Kurszkba.")[0][2] \
        == ["Kyrylo Budanov"]


@pytest.mark.parametrize("text", [
    "A NIS kedden közzétett jelentése szerint Phenjan katonákat küldött Kurszkba. A jelentés szerint Moszkva "
    "rakétákat szállít Phenjannak.",
    "A NIS közölte, hogy Phenjan katonákat küldött Kurszkba. Hozzátették, hogy Moszkva rakétákat szállít Phenjannak.",
    "A NIS szerint Phenjan katonákat küldött Kurszkba. Moszkva rakétákat szállít Phenjannak – tették hozzá.",
])
def test_the_report_or_a_plural_left_out_speaker_is_the_body_named_before(text: str) -> None:
    assert [r for _k, _a, _t, r in attributed(text)][-1] == ["National Intelligence Service"]


def test_a_plural_left_out_speaker_with_no_body_before_names_nobody() -> None:
    assert attributed("Hozzátették, hogy Moszkva rakétákat szállít Phenjannak.")[0][3] == []


@pytest.mark.parametrize("text", [
    "Moszkva rakétákat szállít Phenjannak – olvasható a NIS közleményében.",
    "Moszkva rakétákat szállít Phenjannak – szerepel a NIS jelentésében.",
])
def test_what_can_be_read_in_a_report_is_its_authors_claim(text: str) -> None:
    assert [r for _k, _a, _t, r in attributed(text)] == [["National Intelligence Service"]]


LAVROV = entity("Person", "Sergei Lavrov", hu=("Szergej Lavrov",), country=RU.id)
PUTIN = entity("Person", "Vladimir Putin", hu=("Vlagyimir Putyin",), country=RU.id)
USHAKOV = entity("Person", "Yuri Ushakov", hu=("Jurij Usakov",), country=RU.id)
RP = resolver(NK, RU, UA, KURSK, LAVROV, PUTIN, USHAKOV, KIM)


def speakers(text: str) -> list[list[str]]:
    """Reporters per event, with a few Russian officials known."""
    found = extracted(text, "hu", RP)
    name = RP.index.entities
    return [sorted(name[a.reporter_id].name for a in e.attributions) for e in found.events]


@pytest.mark.parametrize("text", [
    "Szergej Lavrov orosz külügyminiszter kedden Phenjanba látogatott. Vlagyimir Putyin is nyilatkozott. "
    "A külügyminiszter szerint Észak-Korea újabb katonákat küld Kurszkba.",
    "Jurij Usakov, Vlagyimir Putyin tanácsadója nyilatkozott. Kim Dzsongun Moszkvába látogat. "
    "A tanácsadó hozzátette, hogy Észak-Korea újabb katonákat küld Kurszkba.",
])
def test_an_office_named_again_is_the_person_who_held_it(text: str) -> None:
    assert speakers(text)[-1] == (["Sergei Lavrov"] if "Lavrov" in text else ["Yuri Ushakov"])


def test_the_president_is_not_the_prime_minister() -> None:
    text = ("Szergej Lavrov miniszterelnök Phenjanba látogatott. "
            "Az elnök szerint Észak-Korea újabb katonákat küld Kurszkba.")
    assert speakers(text)[-1] == []


@pytest.mark.parametrize("text", [
    "Észak-Korea visszautasította Dél-Korea felszólítását.",
    "Moszkva elutasította Ukrajna követelését.",
    "Phenjan elutasította a kérést, amelyet Dél-Korea intézett hozzá.",
])
def test_rejecting_a_demand_is_a_rejection(text: str) -> None:
    assert attributed(text)[0][0] == "REJECT"


def test_a_call_that_is_made_stays_a_demand() -> None:
    assert attributed("Dél-Korea felszólította Észak-Koreát a katonák kivonására.")[0][0] == "DEMAND"


def test_which_after_a_clause_refers_to_the_clause_not_the_last_name() -> None:
    found = attributed("Oroszország kőolajat juttat Észak-Koreának, ami enyhíti a szankciók hatását.")
    assert [e[0] for e in found] == ["AID"]


def test_shipments_arriving_are_no_visit() -> None:
    assert attributed("A szállítmányok többsége vasúton érkezik Moszkvába.") == []


def test_a_person_arriving_is_a_visit() -> None:
    assert attributed("Kim Dzsongun kedden Moszkvába érkezett.")[0][:3] == ("CONSULT", ["Kim Jong Un"], ["Russia"])


def test_the_two_countries_are_the_two_named_last() -> None:
    text = ("Kim Dzsongun Moszkvában tárgyalt Oroszország vezetőivel. "
            "A két ország tavaly kölcsönös védelmi szerződést kötött.")
    assert attributed(text)[-1][:2] == ("AGREE", ["North Korea", "Russia"]) \
        or attributed(text)[-1][:2] == ("AGREE", ["Russia", "North Korea"])


def test_the_two_countries_with_none_named_before_are_nobody() -> None:
    assert attributed("A két ország tavaly kölcsönös védelmi szerződést kötött.") == []


def test_a_named_actor_beats_the_two_countries() -> None:
    text = "Észak-Korea és Oroszország tárgyalt. Kína a két ország szerződését is aláírta."
    assert attributed(text)[-1][1] == ["China"]


def test_names_each_with_a_nationality_are_one_list() -> None:
    text = "Szergej Lavrov orosz, Kirilo Budanov ukrán és Jurij Usakov orosz tisztviselő Genfben tárgyalt."
    people = resolver(NK, RU, UA, LAVROV, BUDANOV, USHAKOV)
    found = extracted(text, "hu", people).events
    assert [sorted(people.index.entities[a].name for a in e.actors) for e in found] == [
        ["Kyrylo Budanov", "Sergei Lavrov", "Yuri Ushakov"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Az EU újabb büntetőintézkedéseket fogadott el Oroszország ellen.", ("SANCTION", ["European Union"])),
    ("Oroszország tüzérségi lőszert szerzett be Észak-Koreától.", ("AID", ["North Korea"])),
    ("Az észak-koreai egységek ősszel harcba szálltak Kurszknál.", ("ASSAULT", ["North Korea"])),
    ("Ukrajna éjjel drónokkal csapott le Kurszkra.", ("ASSAULT", ["Ukraine"])),
])
def test_more_sanction_purchase_and_combat_phrasings(text: str, expected: tuple[str, list[str]]) -> None:
    eu = entity("Organization", "European Union", hu=("EU",))
    known = resolver(NK, RU, UA, KURSK, eu)
    found = extracted(text, "hu", known).events
    assert [(e.type, [known.index.entities[a].name for a in e.actors]) for e in found] == [expected]


@pytest.mark.parametrize("text", [
    "A NIS közleményt adott ki, amelyben azt írta, hogy Moszkva rakétákat szállít Phenjannak.",
    "A NIS hétfőn arról adott tájékoztatást, hogy Moszkva rakétákat szállít Phenjannak.",
])
def test_a_statement_issued_and_information_given_are_reports(text: str) -> None:
    assert [r for _k, _a, _t, r in attributed(text)] == [["National Intelligence Service"]]


def test_a_colon_after_the_speaker_opens_everything_said() -> None:
    text = "A NIS közölte: Phenjan katonákat küldött Kurszkba, Moszkva pedig rakétákat szállít Phenjannak."
    assert [r for _k, _a, _t, r in attributed(text)] == [["National Intelligence Service"]] * 2


@pytest.mark.parametrize("text", [
    "A NIS arra a következtetésre jutott, hogy Moszkva rakétákat szállít Phenjannak.",
    "A NIS jelentéséből kiderül, hogy Moszkva rakétákat szállít Phenjannak.",
    "A NIS arra hívta fel a figyelmet, hogy Moszkva rakétákat szállít Phenjannak.",
    "A NIS felhívta a figyelmet arra, hogy Moszkva rakétákat szállít Phenjannak.",
    "A NIS azt valószínűsíti, hogy Moszkva rakétákat szállít Phenjannak.",
])
def test_conclusions_and_warnings_of_a_service_are_its_claims(text: str) -> None:
    assert [r for _k, _a, _t, r in attributed(text)] == [["National Intelligence Service"]]


def test_it_turned_out_without_a_source_names_nobody() -> None:
    assert [r for _k, _a, _t, r in attributed("Kiderült, hogy Moszkva rakétákat szállít Phenjannak.")] == [[]]


def test_a_clause_going_on_from_a_condemned_one_is_condemned_too() -> None:
    text = ("Kim Dzsongun elítélte, hogy Dél-Korea lőszert szállít Ukrajnának, Oroszország pedig rakétákat "
            "szállít Phenjannak.")
    assert [r for kind, _a, _t, r in attributed(text) if kind == "AID"] == [["Kim Jong Un"], ["Kim Jong Un"]]


def test_what_happened_after_a_condemned_act_is_not_condemned() -> None:
    text = ("Kim Dzsongun elítélte, hogy Dél-Korea lőszert szállított Ukrajnának, két nappal azután, hogy "
            "Oroszország rakétákat szállított Phenjannak.")
    assert [r for kind, _a, _t, r in attributed(text) if kind == "AID"][-1] == []


def test_a_compound_office_opens_an_apposition() -> None:
    text = "Jurij Usakov, a Kreml osztályvezetője kedden hangsúlyozta, hogy Észak-Korea katonákat küld Kurszkba."
    kremlin = entity("Organization", "Kremlin", hu=("Kreml",))
    known = resolver(NK, RU, KURSK, USHAKOV, kremlin)
    found = extracted(text, "hu", known)
    assert [known.index.entities[a.reporter_id].name for e in found.events for a in e.attributions] == ["Yuri Ushakov"]
    assert [r.title for r in found.roles] == ["department head"]


def test_the_two_countries_after_the_verb_are_its_target() -> None:
    text = ("Oroszország rakétákat szállít Észak-Koreának. Ukrajna a szomszédos Kínával is egyeztetett. "
            "Ukrajna elítélte a két ország újabb megállapodását.")
    found = attributed(text)
    assert found[-1][0] == "DISAPPROVE" and sorted(found[-1][2]) == ["North Korea", "Russia"]


@pytest.mark.parametrize("text", [
    "Észak-Korea lőszert küld az orosz hadsereg számára.",
    "Phenjan rakétákat szállít Moszkva részére.",
])
def test_what_is_sent_for_someone_goes_to_them(text: str) -> None:
    assert attributed(text)[0][:3] == ("AID", ["North Korea"], ["Russia"])


def test_the_three_countries_are_the_three_that_acted_together() -> None:
    text = ("Dél-Korea, Ukrajna és Oroszország vezetői Genfben tárgyaltak. "
            "A három ország tavaly együttműködési megállapodást kötött.")
    found = attributed(text)
    assert found[-1][0] == "AGREE" and sorted(found[-1][1]) == ["Russia", "South Korea", "Ukraine"]
