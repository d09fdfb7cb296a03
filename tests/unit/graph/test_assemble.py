"""The graph carries provenance and confidence on every event, role and attribution, and the citation chain
article → outlet → Yonhap → NIS can be walked."""

from __future__ import annotations

from datetime import date

from kgbuild.model.document import Document
from kgbuild.model.graph import DocGraph
from kgbuild.pipeline import Pipeline

TEXT = ("Észak-Korea mintegy ötezer katonát küld Oroszországba — számolt be a Yonhap, hivatkozva a dél-koreai "
        "nemzeti hírszerző szolgálatra.\n\nValerij Geraszimov, az orosz vezérkar főnöke szerdán elismerte "
        "a jelenlétüket.")


def graph(pipeline: Pipeline) -> DocGraph:
    doc = Document(id="article:chain", text=TEXT, path="chain.txt", published=date(2025, 11, 5), source="Minta Hírportál")
    return pipeline.process(doc).graph


def names(g: DocGraph) -> dict[str, str]:
    return {n.id: str(n.props.get("name", n.props.get("type", n.id))) for n in g.nodes}


def test_citation_chain_from_article_to_the_intelligence_service(gold_pipeline: Pipeline) -> None:
    g = graph(gold_pipeline)
    name = names(g)
    edges = {(r.type, name[r.src], name[r.dst]) for r in g.rels if r.type in ("PUBLISHED_BY", "CITES", "REPORTED_BY")}
    assert ("PUBLISHED_BY", "article:chain", "Minta Hírportál") in edges
    assert ("CITES", "Minta Hírportál", "Yonhap") in edges
    assert ("CITES", "Yonhap", "National Intelligence Service") in edges
    assert ("REPORTED_BY", "MOBILIZE", "Yonhap") in edges


def test_every_event_role_and_attribution_edge_has_provenance(gold_pipeline: Pipeline) -> None:
    g = graph(gold_pipeline)
    required = {
        "MENTIONED_IN": {"article", "sentence", "start", "end", "rule", "confidence", "trigger_start", "trigger_end"},
        "ACTOR": {"article", "sentence", "start", "end", "rule", "confidence"},
        "TARGET": {"article", "sentence", "start", "end", "rule", "confidence"},
        "REPORTED_BY": {"verb", "article", "sentence", "start", "end", "rule", "confidence"},
        "CITES": {"article", "sentence", "start", "end", "rule", "confidence"},
        "HOLDS_ROLE": {"title", "article", "sentence", "start", "end", "rule", "confidence"},
    }
    seen = set()
    for rel in g.rels:
        if rel.type in required:
            seen.add(rel.type)
            assert required[rel.type] <= set(rel.props), rel
            start, end = rel.props["start"], rel.props["end"]
            assert isinstance(start, int) and isinstance(end, int) and TEXT[start:end].strip()
            confidence = rel.props["confidence"]
            assert isinstance(confidence, float) and 0 < confidence <= 1
    assert seen == set(required)


def test_event_node_has_quantity_qualifier_and_dated_precision(gold_pipeline: Pipeline) -> None:
    g = graph(gold_pipeline)
    props = {str(n.props["type"]): n.props for n in g.nodes if n.label == "Event"}
    assert (props["MOBILIZE"]["quantity"], props["MOBILIZE"]["quantity_qualifier"]) == (5000, "about")
    assert (props["MOBILIZE"]["date"], props["MOBILIZE"]["date_precision"]) == ("2025-11-05", "reported")
    assert (props["CONCEDE"]["date"], props["CONCEDE"]["date_precision"]) == ("2025-11-05", "day")
    holds = [r for r in g.rels if r.type == "HOLDS_ROLE"]
    assert [(names(g)[r.src], names(g)[r.dst], r.props["title"]) for r in holds] == [
        ("Valery Gerasimov", "General Staff of the Armed Forces of Russia", "chief")]
