"""--neo4j option forms that never reach a server: usage errors exit 2, bad servers fail in one line."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli import run


def test_store_and_neo4j_are_mutually_exclusive(samples: Path, tmp_path: Path) -> None:
    for args in (("ingest", samples), ("stats",), ("export", "--format", "json", "-o", "-")):
        result = run(*args, "--store", tmp_path / "kg.db", "--neo4j")
        assert result.returncode == 2, result.stderr
        assert result.stderr.strip() == "error: --store and --neo4j are mutually exclusive (pick the embedded store or Neo4j)"
    assert not (tmp_path / "kg.db").exists()


def test_a_value_that_is_not_a_uri_is_refused(tmp_path: Path) -> None:
    result = run("stats", "--neo4j", "localhost")
    assert result.returncode == 2 and "is not a URI" in result.stderr
    http = run("neo4j", "init", "--neo4j", "http://127.0.0.1:7474")
    assert http.returncode == 2 and "scheme 'http' is not supported" in http.stderr


def test_an_unreachable_server_is_one_line(tmp_path: Path) -> None:
    result = run("stats", "--neo4j", "bolt://127.0.0.1:9", cwd=tmp_path)
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: Neo4j at bolt://127.0.0.1:9 is not available while connecting ([Errno 111] Connection refused); "
        "is the server running and the URI right?"]


def test_ingest_without_paths_is_a_usage_error() -> None:
    result = run("ingest", "--neo4j")
    assert result.returncode == 2 and "no PATH given" in result.stderr
