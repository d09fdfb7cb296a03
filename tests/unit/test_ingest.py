"""The ingest loop: batches of the store's size, a failed batch retried one by one, a lost store stops the run."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from kgbuild.errors import Neo4jError, Neo4jUnavailableError
from kgbuild.ingest import ingest
from kgbuild.io.plain import load_txt
from kgbuild.model.document import Document
from kgbuild.model.entity import Entity
from kgbuild.model.graph import DocGraph
from kgbuild.pipeline import Pipeline


@dataclass
class ListStore:
    """An in-memory GraphStore that records its batches and refuses the articles it is told to."""

    batch_size: int
    refuse: set[str] = field(default_factory=set)
    down: bool = False
    batches: list[list[str]] = field(default_factory=list)
    stored: set[str] = field(default_factory=set)

    def has_article(self, article_id: str) -> bool:
        return article_id in self.stored

    def write_batch(self, items: Sequence[tuple[DocGraph, str]]) -> None:
        paths = [path for _graph, path in items]
        if self.down:
            raise Neo4jUnavailableError("gone")
        if any(path.endswith(tuple(self.refuse)) for path in paths):
            raise Neo4jError("refused")
        self.batches.append(paths)
        self.stored.update(graph.article_id for graph, _path in items)

    def registry(self) -> list[Entity]:
        return []

    def counts(self) -> dict[str, dict[str, int]]:
        return {"nodes": {}, "relationships": {}}


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(lang="en")


def articles(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "a.jsonl"
    path.write_text("".join(json.dumps({"text": f"Article number {i} about Russia."}) + "\n" for i in range(count)))
    return path


def test_articles_are_written_in_batches_of_the_store_size(tmp_path: Path, pipeline: Pipeline) -> None:
    store = ListStore(batch_size=3)
    report = ingest([articles(tmp_path, 7)], store, pipeline)
    assert [len(b) for b in store.batches] == [3, 3, 1] and report.ingested == 7
    again = ingest([articles(tmp_path, 7)], store, pipeline)
    assert again.unchanged == 7 and len(store.batches) == 3


def test_a_failed_batch_is_retried_one_by_one_to_name_the_bad_article(tmp_path: Path, pipeline: Pipeline) -> None:
    store = ListStore(batch_size=4, refuse={"line 2"})
    report = ingest([articles(tmp_path, 4)], store, pipeline)
    assert report.ingested == 3 and report.failures == [f"{tmp_path / 'a.jsonl'}: line 2: refused"]
    assert [len(b) for b in store.batches] == [1, 1, 1]


def test_a_lost_store_stops_the_run(tmp_path: Path, pipeline: Pipeline) -> None:
    with pytest.raises(Neo4jUnavailableError):
        ingest([articles(tmp_path, 5)], ListStore(batch_size=2, down=True), pipeline)


def test_a_bug_met_in_one_document_fails_that_document_only(tmp_path: Path) -> None:
    """A KeyError deep in the pipeline (here: an index that lost an entity its resolver still remembers) fails the
    document that meets it, with one line; it used to end the whole run with a traceback."""
    broken = Pipeline(lang="en")
    first = broken.process(load_one_doc(tmp_path, "putin.txt", "Vladimir Putin met the delegation in Moscow."))
    putin = next(node.id for node in first.graph.nodes if node.label == "Person")
    del broken.index.entities[putin]
    path = tmp_path / "in"
    path.mkdir()
    (path / "a.txt").write_text("Vladimir Putin met the delegation in Moscow.", encoding="utf-8")
    (path / "b.txt").write_text("The delegation arrived in Moscow on Monday.", encoding="utf-8")
    store = ListStore(batch_size=10)
    report = ingest([path], store, broken)
    assert report.ingested == 1 and [b for batch in store.batches for b in batch] == [str(path / "b.txt")]
    assert report.failures == [f"{path / 'a.txt'}: internal error (KeyError: '{putin}'); please report it with "
                               "this document"]


def load_one_doc(tmp_path: Path, name: str, text: str) -> Document:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return load_txt(tmp_path / name)
