"""Claims in the graph: a Claim node per attributed sentence, where it was read, who says it and whom it names."""

from __future__ import annotations

from datetime import date

from kgbuild.graph.schema import NODE_LABELS, REL_TYPES, labels_for
from kgbuild.model.document import Document
from kgbuild.model.graph import DocGraph
from kgbuild.pipeline import Pipeline

TEXT = ("The NIS said the harvest in North Korea was the poorest in a decade.\n\n"
        "North Korea sent troops to Russia, Yonhap reported.")


def graph(pipeline: Pipeline) -> DocGraph:
    doc = Document(id="article:claims", text=TEXT, path="claims.txt", published=date(2025, 11, 5))
    return pipeline.process(doc).graph


def test_claim_and_about_are_in_the_fixed_lists() -> None:
    assert "Claim" in NODE_LABELS and "ABOUT" in REL_TYPES
    assert labels_for("Claim") == ("Claim",)


def test_a_claim_has_its_text_source_sentence_and_what_it_names(gold_pipeline: Pipeline) -> None:
    g = graph(gold_pipeline)
    names = {n.id: str(n.props.get("name", n.id)) for n in g.nodes if n.label != "Article"}
    claims = [n for n in g.nodes if n.label == "Claim"]
    assert [c.props["text"] for c in claims] == ["The NIS said the harvest in North Korea was the poorest in a decade."]
    cid = claims[0].id
    edges = {(r.type, names[r.dst] if r.dst in names else r.dst) for r in g.rels if r.src == cid}
    assert edges == {("MENTIONED_IN", "article:claims"), ("REPORTED_BY", "National Intelligence Service"),
                     ("ABOUT", "North Korea")}
    for rel in (r for r in g.rels if r.src == cid):
        assert {"article", "sentence", "start", "end", "rule", "confidence"} <= set(rel.props), rel
        start, end = rel.props["start"], rel.props["end"]
        assert isinstance(start, int) and isinstance(end, int) and TEXT[start:end].strip()
    said = next(r for r in g.rels if r.src == cid and r.type == "REPORTED_BY")
    assert said.props["verb"] and TEXT[int(str(said.props["start"])):int(str(said.props["end"]))] == "said"


def test_an_event_that_carries_its_reporter_gets_no_claim_and_ids_are_stable(gold_pipeline: Pipeline) -> None:
    first, again = graph(gold_pipeline), graph(gold_pipeline)
    assert [n.id for n in first.nodes if n.label == "Claim"] == [n.id for n in again.nodes if n.label == "Claim"]
    reported = {r.src for r in first.rels if r.type == "REPORTED_BY"}
    events = {n.id for n in first.nodes if n.label == "Event"}
    assert len(reported & events) == 1 and len(reported - events) == 1
