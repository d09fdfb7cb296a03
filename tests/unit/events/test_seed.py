"""The seed article's expected facts (issue #4), through the real pipeline; the seed is read from ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgbuild.io.load import load_path
from kgbuild.model.document import Document
from kgbuild.model.graph import DocGraph
from kgbuild.pipeline import Pipeline

Fact = tuple[str, str, str]


@pytest.fixture
def seed_graph(seed: Path, gold_pipeline: Pipeline) -> DocGraph:
    [doc] = list(load_path(seed))
    assert isinstance(doc, Document)
    return gold_pipeline.process(doc).graph


def event_facts(g: DocGraph) -> dict[str, set[Fact]]:
    """Per event node id: (relationship type, entity name, '') and ('date', date, precision)."""
    name = {n.id: str(n.props.get("name")) for n in g.nodes}
    facts: dict[str, set[Fact]] = {n.id: {("type", str(n.props["type"]), ""),
                                          ("date", str(n.props["date"]), str(n.props["date_precision"]))}
                                   for n in g.nodes if n.label == "Event"}
    for rel in g.rels:
        if rel.src in facts and rel.type != "MENTIONED_IN":
            facts[rel.src].add((rel.type, name[rel.dst], ""))
    return facts


def has_event(g: DocGraph, *wanted: Fact) -> bool:
    return any(set(wanted) <= facts for facts in event_facts(g).values())


def test_mobilize_north_korea_to_russia_reported_by_yonhap(seed_graph: DocGraph) -> None:
    assert has_event(seed_graph, ("type", "MOBILIZE", ""), ("ACTOR", "North Korea", ""), ("TARGET", "Russia", ""),
                     ("REPORTED_BY", "Yonhap", ""))


def test_yonhap_cites_the_national_intelligence_service(seed_graph: DocGraph) -> None:
    name = {n.id: n.props.get("name") for n in seed_graph.nodes}
    cites = {(name[r.src], name[r.dst]) for r in seed_graph.rels if r.type == "CITES"}
    assert ("Yonhap", "National Intelligence Service") in cites


def test_russia_acknowledged_on_26_april_2025(seed_graph: DocGraph) -> None:
    assert has_event(seed_graph, ("type", "CONCEDE", ""), ("ACTOR", "Russia", ""), ("date", "2025-04-26", "day"))


def test_kim_met_medvedev_in_pyongyang(seed_graph: DocGraph) -> None:
    assert has_event(seed_graph, ("type", "CONSULT", ""), ("ACTOR", "Kim Jong Un", ""), ("TARGET", "Dmitry Medvedev", ""),
                     ("LOCATION", "Pyongyang", ""))


def test_medvedev_thanked_north_korea(seed_graph: DocGraph) -> None:
    assert has_event(seed_graph, ("type", "SUPPORT", ""), ("ACTOR", "Dmitry Medvedev", ""), ("TARGET", "North Korea", ""))


def test_gerasimov_is_chief_of_the_general_staff(seed_graph: DocGraph) -> None:
    name = {n.id: n.props.get("name") for n in seed_graph.nodes}
    roles = {(name[r.src], name[r.dst], r.props["title"]) for r in seed_graph.rels if r.type == "HOLDS_ROLE"}
    assert ("Valery Gerasimov", "General Staff of the Armed Forces of Russia", "chief") in roles


def test_quantities_of_the_seed(seed_graph: DocGraph) -> None:
    quantities = {(n.props["type"], n.props["quantity"], n.props["quantity_qualifier"])
                  for n in seed_graph.nodes if n.label == "Event" and n.props.get("quantity") is not None}
    assert ("MOBILIZE", 1000, "several") in quantities
    assert ("ASSAULT", 600, "more_than") in quantities


def test_afp_photo_credit_is_a_mention_not_a_reporter(seed_graph: DocGraph) -> None:
    name = {n.id: n.props.get("name") for n in seed_graph.nodes}
    mentioned = {name[r.dst] for r in seed_graph.rels if r.type == "MENTIONS"}
    reporters = {name[r.dst] for r in seed_graph.rels if r.type == "REPORTED_BY"}
    assert "AFP" in mentioned and "AFP" not in reporters
