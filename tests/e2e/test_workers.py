"""Parallel extraction: any number of workers writes exactly the graph one worker writes."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli import run


def export_json(store: Path, out: Path) -> bytes:
    result = run("export", "--store", store, "--format", "json", "-o", out)
    assert result.returncode == 0, result.stderr
    return out.read_bytes()


def test_two_workers_equal_one(samples: Path, tmp_path: Path) -> None:
    graphs = []
    for workers in ("1", "2"):
        store = tmp_path / f"w{workers}.db"
        result = run("ingest", samples, "--store", store, "--workers", workers)
        assert result.returncode == 0, result.stderr
        assert "failed 0" in result.stdout
        graphs.append(export_json(store, tmp_path / f"w{workers}.json"))
    assert graphs[0] == graphs[1]


def test_bad_documents_are_named_with_workers(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Kim Dzsongun Phenjanban fogadta Vlagyimir Putyint.", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text('{"text": "Putin met Kim."}\n{oops\n', encoding="utf-8")
    result = run("ingest", tmp_path, "--store", tmp_path / "kg.db", "--workers", "2")
    assert result.returncode == 1
    assert "bad.jsonl: line 2: malformed JSON" in result.stderr
    assert "ingested   2 articles" in result.stdout
