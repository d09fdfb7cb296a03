"""Event extraction on hand-written sentences: type, roles, date, modality, reporters, citations, roles held."""

from __future__ import annotations

from datetime import date

from kgbuild.events.extract import Extraction, extract
from kgbuild.events.lexicon import lexicon_for
from kgbuild.model.document import Document
from kgbuild.nlp.mentions import find_mentions
from kgbuild.nlp.segment import segment
from tests.factories import entity, resolver

NK = entity("Country", "North Korea", hu=("Észak-Korea",), demonyms_hu=("észak-koreai",))
SK = entity("Country", "South Korea", hu=("Dél-Korea",), demonyms_hu=("dél-koreai",))
RU = entity("Country", "Russia", hu=("Oroszország",), en=("Russia",), demonyms_hu=("orosz",))
PYONGYANG = entity("Location", "Pyongyang", hu=("Phenjan",), country=NK.id, capital=True)
SEOUL = entity("Location", "Seoul", hu=("Szöul",), country=SK.id, capital=True)
KIM = entity("Person", "Kim Jong Un", hu=("Kim Dzsongun",), country=NK.id)
PUTIN = entity("Person", "Vladimir Putin", hu=("Vlagyimir Putyin",), country=RU.id)
SHOIGU = entity("Person", "Sergei Shoigu", hu=("Szergej Sojgu",), country=RU.id)
YONHAP = entity("Media", "Yonhap")
NIS = entity("Organization", "National Intelligence Service", en=("NIS",), hu=("nemzeti hírszerző szolgálat",))
COUNCIL = entity("Organization", "Security Council of Russia", hu=("orosz Biztonsági Tanács",))
R = resolver(NK, SK, RU, PYONGYANG, SEOUL, KIM, PUTIN, SHOIGU, YONHAP, NIS, COUNCIL)


def run(text: str, lang: str, published: date | None = date(2025, 6, 4)) -> Extraction:
    doc = Document(id="article:test", text=text, path="t.txt", published=published, lang=lang)
    segments = segment(text, lang)
    found = find_mentions(text, segments, lang, R)
    return extract(doc, segments, found, lexicon_for(lang), R.index.entities)


def name(entity_id: str) -> str:
    return R.index.entities[entity_id].name


def test_deployment_reported_by_an_agency_citing_a_service() -> None:
    out = run("Az észak-koreai vezetés újabb katonákat küld Oroszországba — számolt be a Yonhap, "
              "hivatkozva a dél-koreai nemzeti hírszerző szolgálatra.", "hu")
    [event] = out.events
    assert (event.type, [name(a) for a in event.actors], [name(t) for t in event.targets]) == (
        "MOBILIZE", ["North Korea"], ["Russia"])
    assert [(name(a.reporter_id), a.verb) for a in event.attributions] == [("Yonhap", "számolt be")]
    assert [(name(c.source_id), name(c.cited_id)) for c in out.citations] == [("Yonhap", "National Intelligence Service")]


def test_capital_stands_for_its_government() -> None:
    out = run("Szöul szerint Phenjan újabb katonákat küld Oroszországba.", "hu")
    [event] = out.events
    assert [name(a) for a in event.actors] == ["North Korea"]
    assert [name(a.reporter_id) for a in event.attributions] == ["South Korea"]


def test_meeting_with_date_place_and_role() -> None:
    out = run("Kim Dzsongun 2025. június 4-én Phenjanban fogadta Szergej Sojgut, "
              "az orosz Biztonsági Tanács titkárát.", "hu")
    [event] = out.events
    assert (event.type, event.mode, event.date, event.date_precision) == ("CONSULT", "host", date(2025, 6, 4), "day")
    assert [name(a) for a in event.actors] == ["Kim Jong Un"]
    assert [name(t) for t in event.targets] == ["Sergei Shoigu"]
    assert [name(p) for p in event.locations] == ["Pyongyang"]
    assert [(name(r.person_id), name(r.org_id), r.title) for r in out.roles] == [
        ("Sergei Shoigu", "Security Council of Russia", "secretary")]


def test_conditional_is_hypothetical_and_undated_event_takes_the_article_date() -> None:
    [event] = run("Vlagyimir Putyin ismét találkozna Kim Dzsongunnal.", "hu").events
    assert event.modality == "hypothetical"
    assert (event.date, event.date_precision) == (date(2025, 6, 4), "reported")


def test_quote_attributes_the_paragraph_before_it() -> None:
    text = "Oroszország és Észak-Korea együttműködik a védelemben.\n\n– mondta Vlagyimir Putyin."
    [event] = run(text, "hu").events
    assert [name(a.reporter_id) for a in event.attributions] == ["Vladimir Putin"]


def test_english_attribution_and_citation() -> None:
    out = run("North Korea has sent troops to Russia, Yonhap reported, citing the NIS.", "en")
    [event] = out.events
    assert [name(t) for t in event.targets] == ["Russia"]
    assert [name(a.reporter_id) for a in event.attributions] == ["Yonhap"]
    assert [(name(c.source_id), name(c.cited_id)) for c in out.citations] == [("Yonhap", "National Intelligence Service")]


def test_photo_credit_is_not_a_reporter() -> None:
    out = run("Kim Dzsongun Phenjanban / Fotó: Yonhap\n\nKim Dzsongun fogadta Vlagyimir Putyint.", "hu")
    assert all(not e.attributions for e in out.events)


def test_sentence_without_participants_yields_no_event() -> None:
    assert run("Tegnap katonákat küldtek.", "hu").events == []
