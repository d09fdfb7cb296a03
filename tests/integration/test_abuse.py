"""Abuse against the real server: hostile names are data, never Cypher; the password is never printed."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from kgbuild.config import neo4j_settings
from kgbuild.sinks.neo4j import Neo4jSink
from kgbuild.store.sqlite import SqliteStore
from tests.e2e.cli import KGBUILD, run
from tests.integration.articles import write_jsonl
from tests.integration.server import Server

pytestmark = pytest.mark.neo4j

INJECTION = "'}) DETACH DELETE n //"
HOSTILE = {
    "Zorbanek": f"Zorbanek{INJECTION}",
    "Quillfeather": 'Quill "Feather" `Works` {Ltd}',
    "Bracewire": "}]->(x) MATCH (y) DETACH DELETE y; //",
    "Tickmark": "`) MATCH (m) DETACH DELETE m RETURN `",
}


def hostile_inputs(folder: Path) -> tuple[Path, Path]:
    """A gazetteer whose canonical names are hostile, and articles that mention them by plain aliases."""
    entries = [{"key": f"other/{alias.lower()}", "kind": kind, "name": name, "aliases": {"en": [alias], "hu": [alias]}}
               for (alias, name), kind in zip(HOSTILE.items(), ("Person", "Organization", "Media", "Person"))]
    gazetteer = write_jsonl(folder / "hostile.jsonl", entries)  # type: ignore[arg-type]
    text = ("Zorbanek met Quillfeather officials in Budapest on Monday, Bracewire reported. "
            "Tickmark said Zorbanek had praised Quillfeather.")
    articles = write_jsonl(folder / "hostile-articles.jsonl", [
        {"id": "h1", "title": f"Title {INJECTION} with `ticks` and {{braces}}", "lang": "en", "text": text,
         "source": HOSTILE["Bracewire"], "date": "2025-03-01"},
        {"id": "h2", "title": "Second", "lang": "en", "text": text + " Quillfeather denied it.", "date": "2025-03-02"},
    ])
    return gazetteer, articles


def test_hostile_names_are_stored_verbatim_and_harm_nothing(graph_db: Server, tmp_path: Path) -> None:
    gazetteer, articles = hostile_inputs(tmp_path)
    store = tmp_path / "kg.db"
    assert run("ingest", articles, "--store", store, "--gazetteer", gazetteer).returncode == 0
    result = run("ingest", articles, "--neo4j", "--gazetteer", gazetteer)
    assert result.returncode == 0, result.stderr
    names = {name for (name,) in graph_db.tuples("MATCH (e:Entity) RETURN e.name")}
    assert set(HOSTILE.values()) <= names
    titles = {title for (title,) in graph_db.tuples("MATCH (a:Article) RETURN a.title")}
    assert f"Title {INJECTION} with `ticks` and {{braces}}" in titles
    with SqliteStore(store) as db, Neo4jSink(neo4j_settings()) as sink:
        expected = db.counts()
        assert sink.counts() == expected
    again = run("ingest", articles, "--neo4j", "--gazetteer", gazetteer, "--force")
    assert again.returncode == 0, again.stderr
    assert graph_db.counts() == (sum(expected["nodes"].values()), sum(expected["relationships"].values()))


def test_the_password_never_appears_in_any_output(graph_db: Server, samples: Path, tmp_path: Path) -> None:
    password = os.environ["NEO4J_PASSWORD"]
    assert len(password) >= 8
    store = tmp_path / "kg.db"
    outputs = [
        run("ingest", samples, "--store", store),
        run("ingest", samples, "--neo4j", "--batch-size", "4"),
        run("-v", "stats", "--neo4j"),
        run("export", "--neo4j", "--format", "json", "-o", "-"),
        run("push", "--store", store, "--neo4j"),
        run("neo4j", "init"),
        run("-v", "neo4j", "init", "--neo4j", "bolt://127.0.0.1:1"),
    ]
    assert all(r.returncode == 0 for r in outputs[:6]), [r.stderr for r in outputs]
    for result in outputs:
        assert password not in result.stdout + result.stderr
    assert password not in repr(neo4j_settings())
    with Neo4jSink(neo4j_settings()) as sink:
        assert password not in repr(sink) and password not in sink.where


@pytest.mark.parametrize("command", [("stats", "--neo4j"), ("ingest", "{samples}", "--neo4j")])
def test_a_wrong_password_is_one_line_without_the_password(graph_db: Server, samples: Path,
                                                           command: tuple[str, ...]) -> None:
    wrong = "Wr0ng-" + os.environ["NEO4J_PASSWORD"][::-1]
    args = [a.replace("{samples}", str(samples)) for a in command]
    result = subprocess.run([str(KGBUILD), *args], capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, NEO4J_PASSWORD=wrong))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert "refused the credentials of user 'neo4j'" in result.stderr
    assert wrong not in result.stdout + result.stderr
    assert os.environ["NEO4J_PASSWORD"] not in result.stdout + result.stderr
    # A good login resets Neo4j's failed-attempt counter (3 failures lock the user for a few seconds).
    assert run("neo4j", "init").returncode == 0
