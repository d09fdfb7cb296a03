"""One event, many reports: the same event read in several articles is one Event node with a REPORTED_BY and a
MENTIONED_IN edge per report; different events never merge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kgbuild.model.document import Document
from kgbuild.model.graph import Node, Rel
from kgbuild.model.ids import article_id
from kgbuild.pipeline import Pipeline
from kgbuild.store.sqlite import SqliteStore


def doc(text: str, published: date, source: str, lang: str) -> Document:
    return Document(id=article_id(text, source), text=text, path=f"{source}.txt", published=published, source=source,
                    lang=lang)


def ingest(pipeline: Pipeline, tmp_path: Path, *docs: Document) -> tuple[list[Node], list[Rel]]:
    with SqliteStore(tmp_path / "kg.db") as store:
        for one in docs:
            store.write(pipeline.process(one).graph, one.path)
        return list(store.nodes()), list(store.rels())


def events(nodes: list[Node], rels: list[Rel], event_type: str) -> list[tuple[int, int]]:
    """(MENTIONED_IN, REPORTED_BY) counts of each Event node of a type."""
    out = []
    for node in nodes:
        if node.label == "Event" and node.props["type"] == event_type:
            mine = [r.type for r in rels if r.src == node.id]
            out.append((mine.count("MENTIONED_IN"), mine.count("REPORTED_BY")))
    return out


def test_same_meeting_from_two_outlets_in_two_languages_is_one_event(gold_pipeline: Pipeline, tmp_path: Path) -> None:
    hu = doc("Kim Dzsongun szerdán Phenjanban fogadta Szergej Sojgut — jelentette a TASZSZ.", date(2025, 6, 4), "Hu Wire", "hu")
    en = doc("North Korean leader Kim Jong Un received Sergei Shoigu in Pyongyang, state media KCNA said.",
             date(2025, 6, 5), "En Wire", "en")
    nodes, rels = ingest(gold_pipeline, tmp_path, hu, en)
    assert events(nodes, rels, "CONSULT") == [(2, 2)]
    reporters = {r.props["article"] for r in rels if r.type == "REPORTED_BY"}
    assert reporters == {hu.id, en.id}


def test_talks_and_hosting_of_the_same_pair_are_one_meeting(gold_pipeline: Pipeline, tmp_path: Path) -> None:
    one = doc("Kim Dzsongun szerdán fogadta Szergej Sojgut.", date(2025, 6, 4), "A", "hu")
    two = doc("Sergei Shoigu held talks with Kim Jong Un on Wednesday.", date(2025, 6, 5), "B", "en")
    nodes, rels = ingest(gold_pipeline, tmp_path, one, two)
    assert events(nodes, rels, "CONSULT") == [(2, 0)]


def test_different_events_never_merge(gold_pipeline: Pipeline, tmp_path: Path) -> None:
    base = doc("Kim Dzsongun szerdán fogadta Szergej Sojgut.", date(2025, 6, 4), "A", "hu")
    other_type = doc("Kim Dzsongun szerdán méltatta Szergej Sojgut.", date(2025, 6, 4), "B", "hu")
    other_people = doc("Kim Dzsongun szerdán fogadta Szergej Lavrovot.", date(2025, 6, 4), "C", "hu")
    other_week = doc("Kim Dzsongun szerdán fogadta Szergej Sojgut.", date(2025, 6, 18), "D", "hu")
    only_planned = doc("Kim Dzsongun szerdán fogadná Szergej Sojgut.", date(2025, 6, 4), "E", "hu")
    nodes, rels = ingest(gold_pipeline, tmp_path, base, other_type, other_people, other_week, only_planned)
    assert len(events(nodes, rels, "CONSULT")) == 4
    assert len(events(nodes, rels, "SUPPORT")) == 1


def test_reported_events_merge_within_an_iso_week_only(gold_pipeline: Pipeline, tmp_path: Path) -> None:
    text = "Észak-Korea újabb katonákat küld Oroszországba."
    monday = doc(text, date(2025, 11, 3), "A", "hu")
    friday = doc(text, date(2025, 11, 7), "B", "hu")
    next_monday = doc(text, date(2025, 11, 10), "C", "hu")
    nodes, rels = ingest(gold_pipeline, tmp_path, monday, friday, next_monday)
    assert sorted(events(nodes, rels, "MOBILIZE")) == [(1, 0), (2, 0)]
