"""Workers inherit a pipeline built once before the fork: same articles written, and a pipeline that cannot be built
fails the run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kgbuild.errors import GazetteerError
from kgbuild.events.lexicon import lexicon_for
from kgbuild.extraction import Processed
from kgbuild.ingest import ingest
from kgbuild.model.document import Document
from kgbuild.model.graph import DocGraph
from kgbuild.parallel import Extractor
from kgbuild.pipeline import Pipeline, PipelineSpec
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


def test_a_pipeline_that_cannot_be_built_fails_the_run_before_any_worker_starts(tmp_path: Path) -> None:
    spec = PipelineSpec(gazetteer_files=(tmp_path / "missing.jsonl",))
    with pytest.raises(GazetteerError, match="missing.jsonl"):
        with Extractor(spec, lambda graph: graph, workers=2):
            pass


def test_workers_inherit_the_pipeline_built_once_before_the_fork(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    builds: list[int] = []
    build = PipelineSpec.build

    def counted(spec: PipelineSpec) -> Pipeline:
        builds.append(os.getpid())
        return build(spec)

    monkeypatch.setattr(PipelineSpec, "build", counted)

    def who(_graph: DocGraph) -> tuple[int, int, int]:  # runs in a worker: its pid, the builds and lexicon loads it saw
        return os.getpid(), len(builds), lexicon_for.cache_info().misses

    docs = [Document(id=f"d{i}", text=f"Vladimir Putin met Kim Jong Un in Pyongyang, report {i} says.", path="a.txt",
                     lang="en")
            for i in range(24)]
    lexicon_for.cache_clear()
    with Extractor(PipelineSpec(lang="en"), who, workers=2) as extractor:
        assert lexicon_for.cache_info().misses == 1  # prepared before the fork: English only
        outcomes = [outcome for _doc, outcome in extractor.run(docs)]
    assert builds == [os.getpid()]  # built once, in this process
    for outcome in outcomes:
        assert isinstance(outcome, Processed)
        pid, seen, loads = outcome.graph
        assert pid != os.getpid() and seen == 1  # a worker, which inherited the build and made none of its own
        assert loads == 1  # nor parsed the lexicon again
