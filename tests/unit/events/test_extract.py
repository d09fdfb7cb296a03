"""Event extraction on hand-written sentences: type, roles, date, modality, reporters, citations, roles held."""

from __future__ import annotations

from datetime import date

from kgbuild.events.extract import Extraction, extract
from kgbuild.events.lexicon import lexicon_for
from kgbuild.model.document import Document
from kgbuild.model.event import Event
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


MEDVEDEV = entity("Person", "Dmitry Medvedev", hu=("Dmitrij Medvegyev",), en=("Dmitry Medvedev",), country=RU.id)
R.index.add(MEDVEDEV)


def summary(event: Event) -> tuple[str, list[str], list[str], list[str]]:
    return (event.type, [name(a) for a in event.actors], [name(t) for t in event.targets], [name(p) for p in event.locations])


def test_two_events_in_one_hungarian_sentence_relative_clause() -> None:
    out = run("Kim Dzsongun találkozott Dmitrij Medvegyevvel, aki megköszönte Észak-Koreának a segítséget.", "hu")
    assert [summary(e) for e in out.events] == [
        ("CONSULT", ["Kim Jong Un"], ["Dmitry Medvedev"], []),
        ("SUPPORT", ["Dmitry Medvedev"], ["North Korea"], [])]
    assert [e.rule.rsplit(":", 1)[-1] for e in out.events] == ["main", "relative"]


def test_two_events_in_one_english_sentence_relative_clause() -> None:
    out = run("Kim Jong Un met Dmitry Medvedev, who thanked North Korea for its help.", "en")
    assert [summary(e) for e in out.events] == [
        ("CONSULT", ["Kim Jong Un"], ["Dmitry Medvedev"], []),
        ("SUPPORT", ["Dmitry Medvedev"], ["North Korea"], [])]


def test_place_of_a_relative_clause_is_the_place_of_the_meeting() -> None:
    out = run("Kim Dzsongun találkozott Dmitrij Medvegyevvel, aki Phenjanba érkezett.", "hu")
    assert [summary(e) for e in out.events] == [
        ("CONSULT", ["Kim Jong Un"], ["Dmitry Medvedev"], ["Pyongyang"]),
        ("CONSULT", ["Dmitry Medvedev"], ["North Korea"], ["Pyongyang"])]


def test_adverbial_clause_keeps_the_subject_and_takes_the_place() -> None:
    out = run("Szergej Sojgu szerdán Phenjanba érkezett, ahol Kim Dzsongunnal tárgyalt.", "hu")
    assert [summary(e) for e in out.events][1] == ("CONSULT", ["Sergei Shoigu"], ["Kim Jong Un"], ["Pyongyang"])
    assert {(e.date, e.date_precision) for e in out.events} == {(date(2025, 6, 4), "day")}


def test_event_carries_its_quantity_and_qualifier() -> None:
    [event] = run("Szöul szerint Phenjan mintegy 11 ezer katonát küldött Oroszországba.", "hu").events
    assert (event.quantity, event.quantity_qualifier) == (11000, "about")
    [event] = run("North Korea has sent nearly 12,000 troops to Russia.", "en").events
    assert (event.quantity, event.quantity_qualifier) == (12000, "nearly")


def test_offset_dates_the_clause_after_it() -> None:
    out = run("Phenjan hétfőn hivatalosan is megerősítette a jelenlétet, két nappal azután, hogy Oroszország "
              "elismerte.", "hu", date(2025, 4, 28))
    assert [(e.type, e.date, e.date_rule) for e in out.events] == [
        ("CONCEDE", date(2025, 4, 28), "date:weekday"), ("CONCEDE", date(2025, 4, 26), "date:offset:azután")]


def test_event_date_is_the_nearest_to_the_trigger_never_the_clock() -> None:
    [event] = run("Tavaly Kim Dzsongun 2024. június 19-én fogadta Vlagyimir Putyint.", "hu", date(2025, 6, 4)).events
    assert (event.date, event.date_precision) == (date(2024, 6, 19), "day")
    [event] = run("Kim Dzsongun fogadta Vlagyimir Putyint.", "hu", None).events
    assert (event.date, event.date_precision) == (None, None)


def test_undated_mention_takes_the_date_of_the_same_event_in_the_article() -> None:
    out = run("Kim Dzsongun szerdán fogadta Szergej Sojgut.\n\nSojgu Kim Dzsongunnal is tárgyalt.", "hu")
    assert [(e.date, e.date_precision) for e in out.events] == [(date(2025, 6, 4), "day")] * 2
    assert out.events[1].date_rule == "date:same-event"


def test_every_event_carries_provenance() -> None:
    text = "Kim Dzsongun szerdán Phenjanban fogadta Szergej Sojgut — jelentette a Yonhap."
    [event] = run(text, "hu").events
    assert text[event.trigger_start:event.trigger_end] == "fogadta"
    assert (event.sentence, event.start, event.end) == (0, 0, len(text) - 1)
    assert event.rule.startswith("trigger:hu:fogad") and 0 < event.confidence <= 1
    for filler in event.fillers:
        assert filler.rule.startswith("role:") and 0 < filler.confidence <= 1 and text[filler.start:filler.end]
    [source] = event.attributions
    assert (text[source.start:source.end], source.sentence, source.rule) == ("jelentette", 0, "attribution:hu:jelentette")
