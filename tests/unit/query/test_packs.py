"""Query packs: every file has the header, examples parse, the guide holds exactly the shipped queries."""

from __future__ import annotations

import re
import urllib.request
import zipfile
from pathlib import Path
from threading import Thread

import pytest

from kgbuild.errors import KgbuildError, UsageError
from kgbuild.query.bundle import cypher_block, guide_markdown, write_bundle
from kgbuild.query.literals import coerce, parse_literal
from kgbuild.query.packs import all_queries, packs_dir, parse_query
from kgbuild.query.runner import parameters
from kgbuild.query.serve import make_server

QUERIES = all_queries()


def test_at_least_twelve_queries_in_every_theme() -> None:
    assert len(QUERIES) >= 12
    assert {q.theme for q in QUERIES} == {"provenance", "actors", "events", "networks", "quality"}
    assert len({q.name for q in QUERIES}) == len(QUERIES)


@pytest.mark.parametrize("path", sorted(packs_dir().glob("*/*.cypher")), ids=lambda p: p.stem)
def test_every_file_has_the_header(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("// ")
    query = parse_query(path)
    assert query.title and query.description and query.columns and query.cypher
    for param in query.params:
        assert f"${param.name}" in query.cypher
    assert set(re.findall(r"\$(\w+)", query.cypher)) == {p.name for p in query.params}


def test_a_file_without_header_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bad.cypher"
    path.write_text("MATCH (n) RETURN n;\n", encoding="utf-8")
    with pytest.raises(KgbuildError, match="first line"):
        parse_query(path)
    path.write_text("// T\n// Description: d\n// Param x (String): y\n// Returns: a\nRETURN $x;\n", encoding="utf-8")
    with pytest.raises(KgbuildError, match=":param"):
        parse_query(path)


@pytest.mark.parametrize(("text", "value"), [
    ("'Kim Jong Un'", "Kim Jong Un"), ('"it\\"s"', 'it"s'), ("'O\\'Brien'", "O'Brien"), ("20", 20),
    ("0.5", 0.5), ("true", True), ("null", None), ("['a', 'b']", ["a", "b"]), ("[1, 2.5]", [1, 2.5]),
])
def test_literals(text: str, value: object) -> None:
    assert parse_literal(text) == value


def test_given_values_are_coerced_to_the_declared_type() -> None:
    query = next(q for q in QUERIES if q.name == "most-mentioned")
    assert parameters(query, {}) == {"kind": "Person", "top": 20}
    assert parameters(query, {"top": "5", "kind": "Media"}) == {"kind": "Media", "top": 5}
    with pytest.raises(UsageError, match="must be integer"):
        parameters(query, {"top": "many"})
    with pytest.raises(UsageError, match="no parameter 'nope'"):
        parameters(query, {"nope": "1"})
    assert coerce("b", "TRUE", "Boolean") is True


def test_guide_blocks_are_the_shipped_queries(tmp_path: Path) -> None:
    archive, guide = write_bundle(tmp_path)
    blocks = re.findall(r"```cypher\n(.*?)\n```", guide.read_text(encoding="utf-8"), re.S)
    assert blocks == [cypher_block(q) for q in QUERIES]
    assert all(q.cypher in block for q, block in zip(QUERIES, blocks))
    slides = guide.read_text(encoding="utf-8").split("\n---\n")
    assert len(slides) == len(QUERIES) + 1
    with zipfile.ZipFile(archive) as zf:
        assert sorted(zf.namelist()) == sorted(f"kgbuild/{q.theme}/{q.name}.cypher" for q in QUERIES)
        assert zf.read(f"kgbuild/{QUERIES[0].theme}/{QUERIES[0].name}.cypher").decode() == QUERIES[0].source
    assert guide_markdown(QUERIES) == guide.read_text(encoding="utf-8")


def test_serve_sends_cors_headers(tmp_path: Path) -> None:
    write_bundle(tmp_path)
    server = make_server(tmp_path, port=0)
    thread = Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/guide.md"
        with urllib.request.urlopen(url, timeout=10) as response:
            assert response.headers["Access-Control-Allow-Origin"] == "*"
            assert response.read().decode("utf-8").startswith("# kgbuild")
    finally:
        server.shutdown()
        server.server_close()
