"""Hungarian phrasings for waging war, firing, destroying, killing, supplying, exercising together, praising,
blocking and joining sanctions, on hand-written sentences (no article text)."""

from __future__ import annotations

import pytest

from tests.factories import entity, extracted, resolver

NK = entity("Country", "North Korea", hu=("Észak-Korea",), demonyms_hu=("észak-koreai",))
RU = entity("Country", "Russia", hu=("Oroszország",), demonyms_hu=("orosz",))
UA = entity("Country", "Ukraine", hu=("Ukrajna",), demonyms_hu=("ukrán",))
SK = entity("Country", "South Korea", hu=("Dél-Korea",), demonyms_hu=("dél-koreai",))
US = entity("Country", "United States", hu=("Egyesült Államok",), demonyms_hu=("amerikai",))
JP = entity("Country", "Japan", hu=("Japán",), demonyms_hu=("japán",))
MOSCOW = entity("Location", "Moscow", hu=("Moszkva",), country=RU.id, capital=True)
PYONGYANG = entity("Location", "Pyongyang", hu=("Phenjan",), country=NK.id, capital=True)
KYIV = entity("Location", "Kyiv", hu=("Kijev",), country=UA.id, capital=True)
ODESA = entity("Location", "Odesa", hu=("Odessza",), country=UA.id)
R = resolver(NK, RU, UA, SK, US, JP, MOSCOW, PYONGYANG, KYIV, ODESA)


def events(text: str) -> list[tuple[str, list[str], list[str], str]]:
    """(type, actors, targets, modality) per event."""
    found = extracted(text, "hu", R)
    name = R.index.entities
    return [(e.type, [name[a].name for a in e.actors], [name[t].name for t in e.targets], e.modality)
            for e in found.events]


def types(text: str) -> list[str]:
    """The event types found."""
    return [e[0] for e in events(text)]


@pytest.mark.parametrize("text", [
    "Oroszország évek óta hadat visel Ukrajna ellen.",
    "Oroszország háborút folytat Ukrajna ellen.",
    "Moszkva nehézfegyvereket vetett be Ukrajna ellen.",
    "Oroszország három cirkálórakétát lőtt ki Kijevre.",
    "Az orosz hadsereg drónokkal lőtte Odesszát.",
    "Az orosz erők katonai objektumokat semmisítettek meg Ukrajnában.",
    "A csapás két ukrán katona életét oltotta ki.",
])
def test_war_fire_destroy_kill_are_assaults(text: str) -> None:
    assert "ASSAULT" in types(text)


def test_a_missile_test_into_the_sea_is_no_assault() -> None:
    assert "ASSAULT" not in types("Észak-Korea ballisztikus rakétát lőtt ki a tenger felé.")


@pytest.mark.parametrize("text", [
    "Moszkva rakétatechnológiát oszt meg Phenjannal.",
    "Oroszország nem fogja megosztani az űrtechnológiáját Észak-Koreával.",
    "Észak-Korea felfegyverzi Oroszországot.",
    "Phenjan a saját tartalékaiból fegyverezte fel Oroszországot.",
    "Oroszország üzemanyagot biztosít Észak-Koreának.",
    "Moszkva gabonát adott át Phenjannak.",
    "Oroszország kőolajjal és gabonával látja el Észak-Koreát, gabonát is szállít.",
])
def test_sharing_arming_and_supplies_are_aid(text: str) -> None:
    assert "AID" in types(text)


def test_not_sharing_is_negated_aid() -> None:
    found = [e for e in events("Oroszország nem fogja megosztani az űrtechnológiáját Észak-Koreával.") if e[0] == "AID"]
    assert found and found[0][3] == "negated"


@pytest.mark.parametrize("text", [
    "Dél-Korea közös hadgyakorlatot tart az Egyesült Államokkal.",
    "Japán és Dél-Korea jövő héten közös légi gyakorlatot rendez.",
    "Oroszország és Észak-Korea szövetkezett a Nyugat ellen.",
    "Phenjan és Moszkva összefogott.",
])
def test_exercises_and_alliances_are_cooperation(text: str) -> None:
    assert "COOPERATE" in types(text)


@pytest.mark.parametrize("text", [
    "Az orosz miniszter elismeréssel szólt az észak-koreai katonákról.",
    "Az orosz elnök elismerően beszélt Észak-Korea segítségéről.",
    "Kim Dzsongun elismerését fejezte ki az orosz hadseregnek.",
])
def test_words_of_praise_are_support(text: str) -> None:
    assert "SUPPORT" in types(text)


@pytest.mark.parametrize("text", [
    "Japán megakadályozta a javaslat elfogadását.",
    "Oroszország blokkolja a határozatot.",
])
def test_blocking_is_rejection(text: str) -> None:
    assert "REJECT" in types(text)


@pytest.mark.parametrize("text", [
    "Japán is csatlakozik a szankciókhoz.",
    "Dél-Korea csatlakozott az Oroszország elleni büntetőintézkedésekhez.",
])
def test_joining_sanctions_is_a_sanction(text: str) -> None:
    assert "SANCTION" in types(text)


NIS = entity("Organization", "National Intelligence Service", hu=("NIS",))
KIM = entity("Person", "Kim Jong Un", hu=("Kim Dzsongun",), country=NK.id)
TASS = entity("Organization", "TASS", hu=("TASZSZ",))
RA = resolver(NK, RU, UA, MOSCOW, PYONGYANG, KIM, NIS, TASS)


def reporters(text: str) -> list[list[str]]:
    """The reporters of each event."""
    found = extracted(text, "hu", RA)
    name = RA.index.entities
    return [sorted(name[a.reporter_id].name for a in e.attributions) for e in found.events]


@pytest.mark.parametrize("text", [
    "A NIS úgy értékeli, hogy Phenjan újabb katonákat küld Oroszországba.",
    "A NIS úgy értékelte, hogy Phenjan újabb katonákat küldött Oroszországba.",
    "A NIS kifejtette, hogy Phenjan újabb katonákat küldött Oroszországba.",
    "A NIS a parlamentben fejtette ki, hogy Phenjan újabb katonákat küldött Oroszországba.",
    "Phenjan újabb katonákat küldött Oroszországba – részletezte a NIS.",
])
def test_assessing_and_explaining_name_the_source(text: str) -> None:
    assert reporters(text)[0] == ["National Intelligence Service"]


@pytest.mark.parametrize("text", [
    "Kim Dzsongun a TASZSZ-nak adott interjújában úgy fogalmazott, hogy Phenjan újabb katonákat küld Oroszországba.",
    "Kim Dzsongun a TASZSZ-nak adott nyilatkozatában kijelentette, hogy Phenjan katonákat küld Oroszországba.",
    "Kim Dzsongun a TASZSZ-nak nyilatkozva közölte, hogy Phenjan katonákat küld Oroszországba.",
])
def test_the_outlet_given_an_interview_reports_too(text: str) -> None:
    assert reporters(text)[0] == ["Kim Jong Un", "TASS"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Kijevet éjjel súlyos rakétatámadás érte.", "ASSAULT"),
    ("Az orosz erők lerombolták Odessza kikötőjét.", "ASSAULT"),
    ("Az orosz hadsereg bekerítette az ukrán alakulatokat.", "ASSAULT"),
    ("Oroszország csapása három civil halálát okozta Kijevben.", "ASSAULT"),
    ("Észak-Korea tüzérségi lőszert továbbít Oroszországnak.", "AID"),
    ("Moszkva és Phenjan szorosabbra fűzi a kapcsolatait.", "COOPERATE"),
])
def test_other_preverbs_and_phrasings(text: str, kind: str) -> None:
    assert kind in types(text)


def test_an_attack_that_hit_a_city_targets_its_country() -> None:
    found = [e for e in events("Kijevet éjjel súlyos rakétatámadás érte.") if e[0] == "ASSAULT"]
    assert found and found[0][2] == ["Ukraine"]


@pytest.mark.parametrize("second", [
    "A közlemény hozzáteszi: Phenjan újabb katonákat küldött Oroszországba.",
    "A jelentés kiemeli, hogy Phenjan újabb katonákat küldött Oroszországba.",
    "A szolgálat közölte, hogy Phenjan újabb katonákat küldött Oroszországba.",
    "A hírszerzés hangsúlyozza, hogy Phenjan újabb katonákat küldött Oroszországba.",
])
def test_a_definite_source_noun_stands_for_the_source_before(second: str) -> None:
    assert reporters("A NIS szerint Kim Dzsongun Moszkvába látogat. " + second)[-1] == ["National Intelligence Service"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Oroszország hajnalban rakétatámadást hajtott végre Odessza ellen.", "ASSAULT"),
    ("Orosz gépek siklóbombákat dobtak Harkivra.", "ASSAULT"),
    ("Két orosz rakéta csapódott be Odesszában.", "ASSAULT"),
    ("Az orosz dróntámadás három ember életét követelte Kijevben.", "ASSAULT"),
    ("Moszkva segíti Phenjan űrprogramját.", "AID"),
    ("Japán és az Egyesült Államok közös hadgyakorlatot indított.", "COOPERATE"),
    ("Phenjan és Moszkva mélyíti a katonai együttműködést.", "COOPERATE"),
])
def test_more_attack_aid_and_exercise_phrasings(text: str, kind: str) -> None:
    assert kind in types(text)


def test_a_casualty_demand_is_no_demand() -> None:
    assert "DEMAND" not in types("Az orosz dróntámadás három ember életét követelte Kijevben.")


@pytest.mark.parametrize("text", [
    "A NIS megírta, hogy Phenjan újabb tüzéreket küldött Oroszországba.",
    "A NIS megállapította, hogy Phenjan újabb tüzéreket küldött Oroszországba.",
    "A NIS arra jutott, hogy Phenjan újabb tüzéreket küldött Oroszországba.",
    "A NIS úgy számol, hogy Phenjan újabb tüzéreket küld Oroszországba.",
    "A NIS tudni véli, hogy Phenjan újabb tüzéreket küldött Oroszországba.",
])
def test_findings_and_reckonings_name_the_source(text: str) -> None:
    assert reporters(text)[0] == ["National Intelligence Service"]


@pytest.mark.parametrize(("text", "kind"), [
    ("Ukrajna lelőtte az orosz drónokat.", "ASSAULT"),
    ("Ukrajna két orosz drónt lőtt le.", "ASSAULT"),
    ("Oroszország üzemanyagot exportál Észak-Koreába.", "AID"),
])
def test_shooting_down_and_exports(text: str, kind: str) -> None:
    assert kind in types(text)
