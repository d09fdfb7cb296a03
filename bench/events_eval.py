"""Score event extraction against the hand-written gold (tests/gold): precision, recall and F1 per field.

    .venv/bin/python bench/events_eval.py              # samples (tuning set) and both held-out sets
    .venv/bin/python bench/events_eval.py --errors     # also list every miss and false alarm
    .venv/bin/python bench/events_eval.py --shipped    # shipped gazetteer plus the gold one

Events are matched per sentence: a gold event matches a predicted mention (an Event node's MENTIONED_IN
edge) of the same type in the sentence that holds the gold anchor. Fields are scored as slots (a wrong
actor is a false alarm and a miss); dates the gold leaves out are not scored. Reporter accuracy: share
of matched events whose reporters equal the gold reporters exactly (both empty counts as right). Claims
found: share of all gold events that have a reporter whose event was found with one of those reporters; in
their sentence: one of those reporters is on some event of the sentence; for their statement: on some event
or on the Claim node of the sentence (Claims are not events: they never count as event false alarms).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kgbuild.io.load import load_path  # noqa: E402
from kgbuild.model.document import Document  # noqa: E402
from kgbuild.model.graph import DocGraph  # noqa: E402
from kgbuild.nlp.segment import segment  # noqa: E402
from kgbuild.pipeline import Pipeline  # noqa: E402

GOLD = ROOT / "tests" / "gold"
SETS = {"samples": (GOLD / "events.jsonl", ROOT / "data" / "samples"),
        "heldout": (GOLD / "heldout" / "events.jsonl", GOLD / "heldout"),
        "heldout2": (GOLD / "heldout2" / "events.jsonl", GOLD / "heldout2"),
        "heldout3": (GOLD / "heldout3" / "events.jsonl", GOLD / "heldout3"),
        "heldout4": (GOLD / "heldout4" / "events.jsonl", GOLD / "heldout4"),
        "heldout5": (GOLD / "heldout5" / "events.jsonl", GOLD / "heldout5"),
        "heldout6": (GOLD / "heldout6" / "events.jsonl", GOLD / "heldout6"),
        "heldout7": (GOLD / "heldout7" / "events.jsonl", GOLD / "heldout7"),
        "heldout8": (GOLD / "heldout8" / "events.jsonl", GOLD / "heldout8")}
FIELDS = ("type", "actor", "target", "location", "date", "quantity", "modality", "reporter", "citation", "role")


@dataclass
class Predicted:
    """One mention of an Event node: where it was read and the node's fields."""

    sentence: int
    trigger_start: int
    type: str
    fields: dict[str, set[Any]]


@dataclass
class Score:
    """Slot counts per field plus reporter accuracy counts."""

    tp: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    fp: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    fn: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    reporter_right: int = 0
    matched: int = 0
    claims: int = 0
    claims_found: int = 0
    claims_in_sentence: int = 0
    claims_stated: int = 0
    named_right: int = 0
    named_wrong: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, name: str, predicted: set[Any], gold: set[Any]) -> None:
        """Count one field's predicted and gold slots."""
        self.tp[name] += len(predicted & gold)
        self.fp[name] += len(predicted - gold)
        self.fn[name] += len(gold - predicted)


def gold_records(path: Path) -> dict[tuple[str, str | None], list[dict[str, Any]]]:
    """Gold records grouped by (file, article id)."""
    grouped: dict[tuple[str, str | None], list[dict[str, Any]]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            grouped[(record["file"], record.get("id"))].append(record)
    return grouped


def documents(folder: Path, keys: set[tuple[str, str | None]]) -> Iterator[tuple[tuple[str, str | None], Document]]:
    """The documents the gold annotates, loaded the way `kgbuild ingest` loads them."""
    for name in sorted({k[0] for k in keys}):
        for doc in load_path(folder / name):
            if isinstance(doc, Document):
                key = (name, doc.external_id if name.endswith(".jsonl") else None)
                if key in keys:
                    yield key, doc


def predicted_events(graph: DocGraph) -> list[Predicted]:
    """One Predicted per MENTIONED_IN edge, with names for every role."""
    names = {n.id: str(n.props.get("name")) for n in graph.nodes}
    nodes = {n.id: n for n in graph.nodes if n.label == "Event"}
    out_rels: dict[str, dict[str, set[Any]]] = defaultdict(lambda: defaultdict(set))
    said: dict[tuple[str, int], set[Any]] = defaultdict(set)
    for rel in graph.rels:
        if rel.src in nodes and rel.type in ("ACTOR", "TARGET", "LOCATION"):
            out_rels[rel.src][rel.type].add(names.get(rel.dst, rel.dst))
        if rel.src in nodes and rel.type == "REPORTED_BY":
            said[(rel.src, int(str(rel.props["sentence"])))].add(names.get(rel.dst, rel.dst))
    found = []
    for rel in graph.rels:
        if rel.type == "MENTIONED_IN" and rel.src in nodes:
            props, got, sentence = nodes[rel.src].props, out_rels[rel.src], int(str(rel.props["sentence"]))
            fields = {"actor": got["ACTOR"], "target": got["TARGET"], "location": got["LOCATION"],
                      "reporter": said[(rel.src, sentence)], "date": {(props.get("date"), props.get("date_precision"))},
                      "quantity": {(props.get("quantity"), props.get("quantity_qualifier"))} if props.get("quantity") is not None else set(),
                      "modality": {props.get("modality")}}
            found.append(Predicted(sentence, int(str(rel.props.get("trigger_start", -1))), str(props["type"]), fields))
    return found


def gold_fields(event: dict[str, Any]) -> dict[str, set[Any]]:
    """The gold event's fields as sets, in the same shape as Predicted.fields."""
    quantity = event.get("quantity")
    return {"actor": set(event["actors"]), "target": set(event["targets"]), "location": set(event["locations"]),
            "reporter": set(event["reporters"]),
            "date": {(event["date"], event["precision"])} if "date" in event else set(),
            "quantity": {(quantity, event.get("qualifier"))} if quantity is not None else set(),
            "modality": {event["modality"]}}


def score_article(doc: Document, graph: DocGraph, records: list[dict[str, Any]], score: Score, label: str) -> None:
    """Match gold events to predicted mentions and add every field's slots to the score."""
    sentences = segment(doc.text, _lang(graph))
    predicted = predicted_events(graph)
    unused = list(predicted)
    said = _reporters_by_sentence(predicted)
    claimed = claim_reporters(graph)
    gold_said: dict[int, set[Any]] = defaultdict(set)
    for event in (r for r in records if r["kind"] == "event"):
        where = doc.text.index(event["anchor"])
        index = next(s.index for s in sentences if s.start <= where < s.end)
        gold = gold_fields(event)
        gold_said[index] |= gold["reporter"]
        score.claims += bool(gold["reporter"])
        score.claims_in_sentence += bool(gold["reporter"] & said[index])
        stated = bool(gold["reporter"] & (said[index] | claimed[index]))
        score.claims_stated += stated
        if gold["reporter"] and not stated:
            score.errors.append(f"UNSAID {label}: {sorted(gold['reporter'])} not found for «{event['anchor']}» "
                                f"(sentence {index}: got {sorted(map(str, said[index] | claimed[index]))})")
        candidates = [p for p in unused if p.sentence == index and p.type == event["type"]]
        if not candidates:
            score.fn["type"] += 1
            score.errors.append(f"MISS  {label}: {event['type']} {sorted(gold['actor'])}→{sorted(gold['target'])} «{event['anchor']}»")
            for name in FIELDS[1:8]:
                score.add(name, set(), gold.get(name, set()))
            continue
        best = max(candidates, key=lambda p: (len(p.fields["actor"] & gold["actor"]), -abs(p.trigger_start - where)))
        unused.remove(best)
        _score_match(best, gold, event, score, label)
    _score_named(gold_said, said, claimed, score, label)
    for extra in unused:
        score.fp["type"] += 1
        score.errors.append(f"FALSE {label}: {extra.type} {sorted(extra.fields['actor'])}→{sorted(extra.fields['target'])} "
                            f"sentence {extra.sentence}")
        for name in FIELDS[1:8]:
            if name != "date":
                score.add(name, extra.fields[name], set())
    _score_links(graph, records, score)


def _reporters_by_sentence(predicted: list[Predicted]) -> dict[int, set[Any]]:
    """Who the extractor says asserts something in each sentence, whatever event type it gave the claim."""
    said: dict[int, set[Any]] = defaultdict(set)
    for p in predicted:
        said[p.sentence] |= p.fields["reporter"]
    return said


def _score_named(gold_said: dict[int, set[Any]], said: dict[int, set[Any]], claimed: dict[int, set[Any]],
                 score: Score, label: str) -> None:
    """Precision of the reporters named (on events or Claims) in the sentences the gold annotates: a name no gold
    event of that sentence gives as reporter is wrong (sentences the gold leaves out are not judged)."""
    for index, gold in gold_said.items():
        named = said[index] | claimed[index]
        score.named_right += len(named & gold)
        score.named_wrong += len(named - gold)
        if named - gold:
            score.errors.append(f"WRONG {label}: sentence {index} names {sorted(map(str, named - gold))} as reporter; "
                                f"gold {sorted(map(str, gold))}")


def claim_reporters(graph: DocGraph) -> dict[int, set[Any]]:
    """Who the Claim nodes of each sentence say is speaking (the sentence of the claim's MENTIONED_IN)."""
    names = {n.id: str(n.props.get("name")) for n in graph.nodes}
    claims = {n.id for n in graph.nodes if n.label == "Claim"}
    where = {r.src: int(str(r.props["sentence"])) for r in graph.rels if r.type == "MENTIONED_IN" and r.src in claims}
    said: dict[int, set[Any]] = defaultdict(set)
    for rel in graph.rels:
        if rel.type == "REPORTED_BY" and rel.src in where:
            said[where[rel.src]].add(names.get(rel.dst, rel.dst))
    return said


def _score_match(best: Predicted, gold: dict[str, set[Any]], event: dict[str, Any], score: Score, label: str) -> None:
    """Slots of one matched event, and whether its reporters are exactly right."""
    score.tp["type"] += 1
    score.matched += 1
    for name in FIELDS[1:8]:
        if name == "date" and not gold["date"]:
            continue
        score.add(name, best.fields[name], gold[name])
        if best.fields[name] != gold[name] and name in ("actor", "target", "date", "reporter", "quantity"):
            score.errors.append(f"FIELD {label}: {event['type']} «{event['anchor']}» {name}: got {sorted(map(str, best.fields[name]))}"
                                f" want {sorted(map(str, gold[name]))}")
    score.reporter_right += best.fields["reporter"] == gold["reporter"]
    score.claims_found += bool(gold["reporter"] & best.fields["reporter"])


def _score_links(graph: DocGraph, records: list[dict[str, Any]], score: Score) -> None:
    """CITES pairs stated in the text (not the publisher's) and HOLDS_ROLE pairs."""
    names = {n.id: str(n.props.get("name")) for n in graph.nodes}
    cites = {(names[r.src], names[r.dst]) for r in graph.rels
             if r.type == "CITES" and r.props.get("rule") != "publisher-attribution"}
    roles = {(names[r.src], names[r.dst]) for r in graph.rels if r.type == "HOLDS_ROLE"}
    score.add("citation", cites, {(r["source"], r["cited"]) for r in records if r["kind"] == "citation"})
    score.add("role", roles, {(r["person"], r["org"]) for r in records if r["kind"] == "role"})


def _lang(graph: DocGraph) -> str:
    """The language the pipeline chose for the article."""
    article = next(n for n in graph.nodes if n.label == "Article")
    return str(article.props["language"])


def run_set(name: str, pipeline: Pipeline, score: Score) -> tuple[int, float]:
    """Score one gold set; returns the number of articles and the seconds spent in the pipeline."""
    gold_path, folder = SETS[name]
    grouped = gold_records(gold_path)
    spent, count = 0.0, 0
    for _key, doc in documents(folder, set(grouped)):
        pipeline.process(doc)  # warm up (language models, CLDR names) so the timing is per article
        break
    for key, doc in documents(folder, set(grouped)):
        started = time.perf_counter()
        graph = pipeline.process(doc).graph
        spent += time.perf_counter() - started
        count += 1
        score_article(doc, graph, grouped[key], score, f"{key[1] or key[0]}")
    return count, spent


def table(name: str, score: Score, articles: int, seconds: float) -> str:
    """The printed table of one set."""
    lines = [f"\n{name}: {articles} articles, {score.tp['type'] + score.fn['type']} gold events, "
             f"{1000 * seconds / max(articles, 1):.1f} ms/article",
             f"{'field':<10} {'tp':>4} {'fp':>4} {'fn':>4} {'P':>6} {'R':>6} {'F1':>6}"]
    for field_name in FIELDS:
        tp, fp, fn = score.tp[field_name], score.fp[field_name], score.fn[field_name]
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        label = "event" if field_name == "type" else field_name
        lines.append(f"{label:<10} {tp:>4} {fp:>4} {fn:>4} {p:>6.2f} {r:>6.2f} {f1:>6.2f}")
    accuracy = score.reporter_right / score.matched if score.matched else 0.0
    lines.append(f"reporter attribution accuracy (matched events): {accuracy:.2f} ({score.reporter_right}/{score.matched})")
    found = score.claims_found / score.claims if score.claims else 0.0
    lines.append(f"claims whose reporter was found (all gold events with a reporter): {found:.2f} "
                 f"({score.claims_found}/{score.claims})")
    in_sentence = score.claims_in_sentence / score.claims if score.claims else 0.0
    lines.append(f"claims whose reporter was found in their sentence (any event type): {in_sentence:.2f} "
                 f"({score.claims_in_sentence}/{score.claims})")
    stated = score.claims_stated / score.claims if score.claims else 0.0
    lines.append(f"claims whose reporter was found for their statement (typed event or Claim in the sentence): "
                 f"{stated:.2f} ({score.claims_stated}/{score.claims})")
    named = score.named_right + score.named_wrong
    lines.append(f"reporters named in the gold's event sentences (typed event or Claim) that the gold gives there: "
                 f"{score.named_right / named if named else 0.0:.2f} ({score.named_right}/{named})")
    return "\n".join(lines)


def claims_total(scores: list[Score]) -> str:
    """The three claims lines summed over every set scored."""
    claims = sum(s.claims for s in scores)
    parts = [("found", sum(s.claims_found for s in scores)), ("found in their sentence", sum(s.claims_in_sentence for s in scores)),
             ("found for their statement", sum(s.claims_stated for s in scores))]
    right, named = sum(s.named_right for s in scores), sum(s.named_right + s.named_wrong for s in scores)
    return "\nall sets: claims whose reporter was " + "; ".join(
        f"{name}: {n / claims if claims else 0.0:.2f} ({n}/{claims})" for name, n in parts) + (
        f"\nall sets: reporters named in the gold's event sentences that the gold gives there: "
        f"{right / named if named else 0.0:.2f} ({right}/{named})")


def make_pipeline(shipped: bool, extra: list[Path]) -> Pipeline:
    """The pipeline over the gold gazetteer and any set's additions (alone, or on top of the shipped one)."""
    gazetteer = [GOLD / "gazetteer.jsonl", *extra]
    if shipped:
        return Pipeline(gazetteer)
    with tempfile.TemporaryDirectory() as empty, mock.patch("kgbuild.resolve.gazetteer.shipped_dir", return_value=Path(empty)):
        return Pipeline(gazetteer)


def main() -> None:
    """Parse options, score each set, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list misses, false alarms and wrong fields")
    parser.add_argument("--shipped", action="store_true", help="use the shipped gazetteer plus the gold one")
    parser.add_argument("--set", choices=sorted(SETS), action="append", help="only these sets")
    parser.add_argument("--folder", type=Path, action="append", default=[],
                        help="also score the gold set in this folder (its events.jsonl and articles; its "
                             "gazetteer-additions.jsonl, if any, joins the gold gazetteer), e.g. a blind set kept "
                             "outside the repository")
    args = parser.parse_args()
    for folder in args.folder:
        SETS[str(folder)] = (folder / "events.jsonl", folder)
    extra = [f / "gazetteer-additions.jsonl" for f in args.folder if (f / "gazetteer-additions.jsonl").exists()]
    pipeline = make_pipeline(args.shipped, extra)
    scores = []
    for name in args.set or (list(SETS) if not args.folder else [str(f) for f in args.folder]):
        if not SETS[name][0].exists():
            continue
        score = Score()
        articles, seconds = run_set(name, pipeline, score)
        scores.append(score)
        print(table(name, score, articles, seconds))
        if args.errors:
            print("\n".join(sorted(score.errors)))
    if len(scores) > 1:
        print(claims_total(scores))


if __name__ == "__main__":
    main()
