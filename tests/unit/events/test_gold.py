"""The gold annotations are well formed, and the extractor keeps the acceptance level of issue #4 on them
(the numbers themselves are printed by bench/events_eval.py)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kgbuild.pipeline import Pipeline
from kgbuild.resolve.cldr import cldr_countries

ROOT = Path(__file__).resolve().parents[3]
GOLD = ROOT / "tests" / "gold"
PLOVER = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
          "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT"}


def bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("events_eval", ROOT / "bench" / "events_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["events_eval"] = module  # dataclasses look their module up while being defined
    spec.loader.exec_module(module)
    return module


def gazetteer_names() -> set[str]:
    lines = (GOLD / "gazetteer.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line.strip() and not line.startswith("//")]
    names = {r.get("name") or cldr_countries()[r["cldr"]]["en"] for r in records}  # a CLDR country is named by CLDR
    return names | {"North Korea", "South Korea", "Russia", "Ukraine", "United States", "Japan", "China",
                    "United Kingdom"}


@pytest.mark.parametrize("path", [GOLD / "events.jsonl", GOLD / "heldout" / "events.jsonl",
                                  GOLD / "heldout2" / "events.jsonl", GOLD / "heldout3" / "events.jsonl",
                                  GOLD / "heldout4" / "events.jsonl", GOLD / "heldout5" / "events.jsonl",
                                  GOLD / "heldout6" / "events.jsonl", GOLD / "heldout7" / "events.jsonl",
                                  GOLD / "heldout8" / "events.jsonl"])
def test_gold_records_are_well_formed(path: Path) -> None:
    known = gazetteer_names()
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["kind"] == "event":
            assert record["type"] in PLOVER
            assert set(record["actors"]) | set(record["targets"]) | set(record["reporters"]) <= known, record
            assert record["modality"] in {"asserted", "future", "hypothetical", "negated", "denied"}


def test_sample_gold_acceptance(gold_pipeline: Pipeline) -> None:
    module = bench()
    score = module.Score()
    module.run_set("samples", gold_pipeline, score)
    tp, fp, fn = score.tp["type"], score.fp["type"], score.fn["type"]
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.85
    assert score.reporter_right / score.matched >= 0.90
