"""Every command has help; resolve follows the DESIGN.md JSON contract; samples ingest cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.cli import export_graph, run

COMMANDS = ["ingest", "export", "stats", "resolve", "push", "neo4j", "query"]


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help(command: str) -> None:
    result = run(command, "--help")
    assert result.returncode == 0
    assert "Usage:" in result.stdout and len(result.stdout.splitlines()) > 3


def test_readme_documents_every_command() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for command in COMMANDS:
        assert f"kgbuild {command}" in readme


def test_resolve_json_from_stdin() -> None:
    result = run("resolve", "--lang", "hu", "--json", stdin="Kim Dzsongunnal\nXyzzy Qwerty\n")
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    assert (first["input"], first["name"], first["kind"]) == ("Kim Dzsongunnal", "Kim Jong Un", "Person")
    assert first["explanation"] and first["score"] > 0.9
    assert set(first) == {"input", "name", "id", "kind", "wikidata", "score", "method", "explanation"}
    assert second["name"] is None and second["method"] == "none"


def test_user_gazetteer_extends_resolution(tmp_path: Path) -> None:
    extra = tmp_path / "mine.jsonl"
    extra.write_text(json.dumps({"key": "person/jane-roe", "kind": "Person", "name": "Jane Roe",
                                 "aliases": {"hu": ["Roe Jane"]}}) + "\n", encoding="utf-8")
    result = run("resolve", "--json", "--lang", "hu", "--gazetteer", extra, "Roe Jane-nel")
    assert json.loads(result.stdout)["name"] == "Jane Roe"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"key": "x", "kind": "Planet", "name": "X"}\n', encoding="utf-8")
    failed = run("resolve", "--gazetteer", bad, "X")
    assert failed.returncode == 1 and "kind 'Planet'" in failed.stderr


def test_samples_ingest_without_failures(samples: Path, tmp_path: Path) -> None:
    store = tmp_path / "kg.db"
    result = run("ingest", samples, "--store", store)
    assert result.returncode == 0, result.stderr
    graph = export_graph(store, tmp_path)
    kinds = [d["kind"] for _n, d in graph.nodes(data=True)]
    assert kinds.count("Article") >= 8
    languages = {d.get("language") for _n, d in graph.nodes(data=True) if d["kind"] == "Article"}
    assert languages == {"hu", "en"}
    stats = run("stats", "--store", store, "--json")
    assert json.loads(stats.stdout)["relationships"]["REPORTED_BY"] > 0
