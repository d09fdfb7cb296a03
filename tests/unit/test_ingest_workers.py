"""Workers that build their own pipeline: same articles written, and a pipeline that cannot be built fails the run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgbuild.errors import GazetteerError
from kgbuild.ingest import ingest
from kgbuild.parallel import Extractor
from kgbuild.pipeline import PipelineSpec
from kgbuild.store.sqlite import SqliteStore


def articles(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "a.jsonl"
    lines = [json.dumps({"text": f"Vladimir Putin met Kim Jong Un in Pyongyang, report {i} says."}) for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_workers_given_a_spec_write_what_one_process_writes(tmp_path: Path) -> None:
    stores = []
    for workers in (1, 2):
        with SqliteStore(tmp_path / f"w{workers}.db") as store:
            report = ingest([articles(tmp_path, 40)], store, PipelineSpec(lang="en"), workers=workers)
            assert report.ingested == 40 and not report.failures
            stores.append((list(store.nodes()), list(store.rels()), store.registry()))
    assert stores[0] == stores[1]


def test_a_pipeline_the_workers_cannot_build_fails_the_run(tmp_path: Path) -> None:
    spec = PipelineSpec(gazetteer_files=(tmp_path / "missing.jsonl",))
    with pytest.raises(GazetteerError, match="missing.jsonl"):
        with Extractor(spec, lambda graph: graph, workers=2):
            pass
