"""English event recall and coordinated participants, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from kgbuild.events.extract import Extraction, extract
from kgbuild.events.lexicon import lexicon_for
from kgbuild.model.document import Document
from kgbuild.model.event import Event
from kgbuild.nlp.mentions import find_mentions
from kgbuild.nlp.segment import segment
from tests.factories import entity, resolver

NK = entity("Country", "North Korea", hu=("Észak-Korea",), en=("North Korea",), demonyms_hu=("észak-koreai",))
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
R = resolver(NK, SK, RU, JP, US, UA, PYONGYANG, SEOUL, MOSCOW, TOKYO, WASHINGTON, KYIV, KHARKIV, KIM, PUTIN, LAVROV,
             CHOE, YONHAP, MINISTRY)


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
