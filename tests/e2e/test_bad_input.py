"""Bad files are each named in one line; good ones are stored; the exit code says something failed."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.cli import export_graph, run


def test_folder_with_bad_and_good_files(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02\x03GIF89a\x00")
    (folder / "latin1.txt").write_bytes("Phenjan küld".encode("latin-1"))
    (folder / "good-hu.txt").write_text("date 2025-06-04 Kim Dzsongun fogadta Szergej Sojgut Phenjanban.", encoding="utf-8")
    (folder / "good-en.txt").write_text("title: Visit\n\nSergei Shoigu met Kim Jong Un in Pyongyang on Tuesday.", encoding="utf-8")
    lines = [json.dumps({"text": "Putin thanked North Korea.", "lang": "en"}), "{broken"]
    (folder / "more.jsonl").write_text("\n".join(lines), encoding="utf-8")
    store = tmp_path / "kg.db"
    result = run("ingest", folder, "--store", store)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
    assert len(errors) == 4
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("binary.txt: binary file" in e for e in errors)
    assert any("latin1.txt: invalid UTF-8 at byte offset 9" in e for e in errors)
    assert any("more.jsonl: line 2: malformed JSON" in e for e in errors)
    assert "ingested   3 articles" in result.stdout
    titles = {d.get("title") for _n, d in export_graph(store, tmp_path).nodes(data=True) if d["kind"] == "Article"}
    assert "Visit" in titles


def test_a_failed_run_keeps_what_was_stored(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Kim Dzsongun Phenjanban fogadta Vlagyimir Putyint.", encoding="utf-8")
    store = tmp_path / "kg.db"
    assert run("ingest", good, "--store", store).returncode == 0
    before = export_graph(store, tmp_path).number_of_nodes()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    assert run("ingest", bad, "--store", store).returncode == 1
    assert export_graph(store, tmp_path).number_of_nodes() == before


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    result = run("export", "--store", tmp_path / "x.db", "--format", "pdf", "-o", "-")
    assert result.returncode == 2
    missing = run("stats", "--store", tmp_path / "missing.db")
    assert missing.returncode == 1
    assert missing.stderr.strip() == f"error: {tmp_path / 'missing.db'}: no such store (run `kgbuild ingest ... --store {tmp_path / 'missing.db'}` first)"
