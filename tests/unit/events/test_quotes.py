"""Quotations: the speaker of a quote reports every event inside it, over sentence breaks."""

from __future__ import annotations

from datetime import date

from kgbuild.events.extract import Extraction, extract
from kgbuild.events.lexicon import lexicon_for
from kgbuild.events.quotes import find_quotes
from kgbuild.model.document import Document
from kgbuild.nlp.mentions import find_mentions
from kgbuild.nlp.segment import segment
from tests.factories import entity, resolver

NK = entity("Country", "North Korea", hu=("Észak-Korea",), en=("North Korea",))
RU = entity("Country", "Russia", hu=("Oroszország",), en=("Russia",))
PYONGYANG = entity("Location", "Pyongyang", hu=("Phenjan",), en=("Pyongyang",), country=NK.id, capital=True)
ZELENSKY = entity("Person", "Volodymyr Zelensky", hu=("Volodimir Zelenszkij", "Zelenszkij"),
                  en=("Volodymyr Zelensky", "Zelensky"))
YONHAP = entity("Media", "Yonhap", en=("Yonhap",))
R = resolver(NK, RU, PYONGYANG, ZELENSKY, YONHAP)


def run(text: str, lang: str) -> Extraction:
    doc = Document(id="article:test", text=text, path="t.txt", published=date(2025, 6, 4), lang=lang)
    segments = segment(text, lang)
    return extract(doc, segments, find_mentions(text, segments, lang, R), lexicon_for(lang), R.index.entities)


def reported(out: Extraction) -> list[tuple[str, list[str]]]:
    """(type, reporter names) per event."""
    return [(e.type, [R.index.entities[a.reporter_id].name for a in e.attributions]) for e in out.events]


def test_quotes_are_found_in_typographic_and_straight_pairs() -> None:
    text = 'A „b” c “d” e »f« g "h" i "j'
    assert [text[s:e] for s, e in find_quotes(text)] == ["b", "d", "f", "h"]


def test_a_quote_over_two_sentences_is_all_the_speakers() -> None:
    out = run("„Észak-Korea újabb katonákat küldött Oroszországba. Phenjan rakétákat is szállított "
              "Oroszországnak” – mondta Zelenszkij.", "hu")
    assert reported(out) == [("MOBILIZE", ["Volodymyr Zelensky"]), ("AID", ["Volodymyr Zelensky"])]
    first = out.events[0]
    assert first.attributions[0].sentence == first.sentence
    assert first.attributions[0].rule.endswith(":quote")


def test_a_quote_that_goes_on_after_its_speaker_is_still_the_speakers() -> None:
    out = run('"North Korea has sent more troops to Russia," Zelensky said. '
              '"Pyongyang also shipped missiles to Russia."', "en")
    assert reported(out) == [("MOBILIZE", ["Volodymyr Zelensky"]), ("AID", ["Volodymyr Zelensky"])]


def test_a_speaker_before_the_quote() -> None:
    out = run('Zelensky spoke in Kyiv on Monday and said: "North Korea has sent more troops to Russia. '
              'Pyongyang also shipped missiles to Russia."', "en")
    assert reported(out)[-1] == ("AID", ["Volodymyr Zelensky"])


def test_a_quote_after_another_source_does_not_go_on() -> None:
    out = run('"North Korea has sent more troops to Russia," Zelensky said. Yonhap reported the same. '
              '"Pyongyang also shipped missiles to Russia."', "en")
    assert reported(out) == [("MOBILIZE", ["Volodymyr Zelensky"]), ("AID", [])]
