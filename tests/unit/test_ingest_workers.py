"""Workers that build their own pipeline: same articles written, a pipeline that cannot be built fails the run, and
the writer prepares (language, segments) what the workers extract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgbuild import parallel
from kgbuild.errors import GazetteerError, InputError
from kgbuild.extraction import Processed
from kgbuild.ingest import ingest
from kgbuild.model.document import Document
from kgbuild.nlp.prepare import Prepared
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


def test_workers_start_from_the_writers_segments_and_never_split_sentences(tmp_path: Path) -> None:
    from kgbuild.nlp import segment

    before = segment._splitter.cache_info()
    finish = lambda graph: sum(segment._splitter.cache_info()[:2])  # noqa: E731 - runs in the worker
    with Extractor(PipelineSpec(lang="en"), finish, workers=2) as extractor:
        docs = [Document(f"d{i}", f"Vladimir Putin met Kim Jong Un. Report {i} says so.", "x") for i in range(20)]
        outcomes = [outcome for _doc, outcome in extractor.run(docs)]
    assert all(isinstance(o, Processed) and o.graph == sum(before[:2]) for o in outcomes)
    assert all(isinstance(o, Processed) and o.seconds["segment"] > 0 for o in outcomes)


def test_a_document_the_writer_cannot_prepare_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real = parallel.prepare

    def prepare(doc: Document, forced: str) -> Prepared:
        if doc.id == "bad":
            raise InputError("bad", "cannot be split")
        return real(doc, forced)

    monkeypatch.setattr(parallel, "prepare", prepare)
    docs = [Document(name, "Vladimir Putin met Kim Jong Un.", "x") for name in ("a", "bad", "c")]
    with Extractor(PipelineSpec(lang="en"), lambda graph: graph, workers=2) as extractor:
        outcomes = {doc.id: outcome for doc, outcome in extractor.run(docs)}
    assert isinstance(outcomes["bad"], InputError) and "cannot be split" in str(outcomes["bad"])
    assert isinstance(outcomes["a"], Processed) and isinstance(outcomes["c"], Processed)


# Unknown names that later documents meet again in other inflections: what those documents resolve to depends on the
# clusters the earlier ones learned, so a worker that had not seen them would answer differently.
_LEARNING = [
    ("hu", "Kovács Jánosnak nevezte meg a szóvivő az új követet."),
    ("hu", "Kovács Jánost szombaton fogadta a miniszter Szöulban."),
    ("en", "Yesterday Janos Kovacs met Yoon Suk Yeol in Seoul."),
    ("hu", "Szabó Erzsébetnek írt levelet a nagykövet."),
    ("hu", "Szabó Erzsébetet pénteken Phenjanba küldték."),
    ("en", "Officials said Erzsebet Szabo arrived in Pyongyang on Friday."),
    ("hu", "Farkas Bélának köszönte meg a segítséget Kim Dzsongun."),
    ("hu", "Farkas Bélát hétfőn Moszkvában látták."),
]


def _learning_docs() -> list[Document]:
    texts = [(lang, text) for _round in range(3) for lang, text in _LEARNING]
    return [Document(f"l{i}", text, "x", lang=lang) for i, (lang, text) in enumerate(texts)]


def _graphs(workers: int) -> tuple[list[object], int]:
    with Extractor(PipelineSpec(), lambda graph: graph, workers=workers) as extractor:
        outcomes = [outcome for _doc, outcome in extractor.run(_learning_docs())]
    assert all(isinstance(o, Processed) for o in outcomes)
    return [o.graph for o in outcomes if isinstance(o, Processed)], extractor.redone


def test_workers_that_miss_earlier_learning_redo_those_documents_and_equal_one_worker(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK", 1)  # every document its own task: most run before the ones they depend on
    one, _ = _graphs(1)
    two, redone = _graphs(2)
    assert redone > 0
    assert two == one


def test_without_the_check_the_same_documents_differ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK", 1)
    one, _ = _graphs(1)
    monkeypatch.setattr(parallel, "stale", lambda access, missed: False)
    two, redone = _graphs(2)
    assert redone == 0
    assert two != one



def test_a_second_run_of_the_same_workers_goes_on_from_the_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK", 1)
    docs = _learning_docs()
    with Extractor(PipelineSpec(), lambda graph: graph, workers=1) as one:
        expected = [o.graph for part in (docs[:8], docs[8:]) for _doc, o in one.run(part) if isinstance(o, Processed)]
    with Extractor(PipelineSpec(), lambda graph: graph, workers=2) as two:
        got = [o.graph for part in (docs[:8], docs[8:]) for _doc, o in two.run(part) if isinstance(o, Processed)]
    assert len(got) == len(docs) and got == expected


def test_a_store_ingested_by_two_workers_equals_one_ingested_by_one_when_names_are_learned(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "CHUNK", 1)
    path = tmp_path / "learning.jsonl"
    records = [{"id": doc.id, "text": f"{doc.text} ({i})", "lang": doc.lang,  # distinct texts: distinct articles
                "source": "Sample Wire" if i % 5 == 0 else None} for i, doc in enumerate(_learning_docs())]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    stores = []
    for workers in (1, 2):
        with SqliteStore(tmp_path / f"w{workers}.db") as store:
            report = ingest([path], store, PipelineSpec(), workers=workers)
            assert report.ingested == len(records) and not report.failures
            stores.append((list(store.nodes()), list(store.rels()), store.registry()))
    assert any(e.source == "nil" for e in stores[0][2])  # the run learned unknown names
    assert stores[1] == stores[0]
