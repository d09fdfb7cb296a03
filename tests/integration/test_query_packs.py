"""Every shipped query runs on a real graph (samples + seed in a real Neo4j) and returns the rows it should."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from kgbuild.config import neo4j_settings
from kgbuild.query.packs import Query, all_queries
from kgbuild.query.runner import Result, parameters, run_query
from tests.conftest import SAMPLES, SEED, shared_file
from tests.e2e.cli import run
from tests.integration.server import Server

pytestmark = pytest.mark.neo4j
Rows = list[dict[str, Any]]


def rows(result: Result) -> Rows:
    return [dict(zip(result.columns, row)) for row in result.rows]


def _provenance(found: Rows) -> None:
    yonhap = [r for r in found if r["reporter"] == "Yonhap"]
    assert yonhap and any("National Intelligence Service" in r["citation_chain"] for r in yonhap)


def _chains(found: Rows) -> None:
    assert any("Yonhap" in r["chain"] and r["original_source"] == "National Intelligence Service" for r in found)


def _timeline(found: Rows) -> None:
    assert any(r["type"] == "CONSULT" and "Dmitry Medvedev" in r["others"] for r in found)
    dates = [r["date"] for r in found]
    known = [d for d in dates if d is not None]
    assert dates == sorted(known) + [None] * (len(dates) - len(known))  # Cypher orders undated events last


def _profile(found: Rows) -> None:
    [row] = found
    assert row["name"] == "Dmitry Medvedev" and row["kind"] == "Person"
    assert any(m.startswith("hu: ") for m in row["mentions_by_language"])


def _sentences(found: Rows) -> None:
    assert found
    for row in found:
        assert row["surface"] in row["sentence"] and row["end"] - row["start"] == len(row["surface"])


EXPECT: dict[str, Callable[[Rows], None]] = {
    "event-provenance": _provenance,
    "source-reports": lambda found: assert_any(found, lambda r: r["type"] == "MOBILIZE"),
    "single-source-claims": lambda found: assert_any(found, lambda r: r["only_source"] is not None),
    "citation-chains": _chains,
    "claims-by-source": lambda found: assert_any(found, lambda r: r["kind"] == "claim" and r["statement"] and r["about"]),
    "claims-about-entity": lambda found: assert_any(found, lambda r: r["kind"] == "claim" and r["source"] and r["statement"]),
    "unattributed-events": lambda found: assert_any(found, lambda r: r["sentence"]),
    "article-sources": lambda found: assert_any(found, lambda r: "Yonhap" in r["reporters"]),
    "actor-timeline": _timeline,
    "entity-profile": _profile,
    "roles-held": lambda found: assert_any(found, lambda r: (r["person"], r["title"]) == ("Valery Gerasimov", "chief")),
    "most-mentioned": lambda found: assert_any(found, lambda r: r["name"] == "Kim Jong Un" and r["mentions"] > 3),
    "events-in-place": lambda found: assert_any(found, lambda r: "Kursk Oblast" in r["located_in"]),
    "event-timeline": lambda found: assert_any(found, lambda r: (r["date"], r["type"]) == ("2025-04-26", "CONCEDE")),
    "event-types-by-month": lambda found: assert_any(found, lambda r: r["type"] == "MOBILIZE" and r["events"] >= 1),
    "dyad-events": lambda found: assert_any(found, lambda r: r["type"] == "MOBILIZE" and r["direction"] == "North Korea → Russia"),
    "co-actors": lambda found: assert_any(found, lambda r: {r["one"], r["other"]} == {"Dmitry Medvedev", "Kim Jong Un"}),
    "reporter-network": lambda found: assert_any(found, lambda r: (r["reporter"], r["actor"]) == ("Yonhap", "North Korea")),
    "mention-sentences": _sentences,
    "low-confidence-mentions": lambda found: assert_any(found, lambda r: not r["in_gazetteer"] or r["min_score"] < 0.95),
    "possible-duplicates": lambda found: assert_all(found, lambda r: len(set(r["ids"])) > 1),
    "graph-overview": lambda found: assert_any(found, lambda r: (r["what"], r["name"]) == ("label", "Article") and r["count"] >= 11),
}


def assert_any(found: Rows, check: Callable[[dict[str, Any]], Any]) -> None:
    assert any(check(r) for r in found), found[:5]


def assert_all(found: Rows, check: Callable[[dict[str, Any]], Any]) -> None:
    assert all(check(r) for r in found), found[:5]


@pytest.fixture(scope="module")
def answers(neo4j_server: Server) -> dict[str, Rows]:
    neo4j_server.clear()
    result = run("ingest", SAMPLES, shared_file(SEED), "--neo4j")
    assert result.returncode == 0, result.stderr
    settings = neo4j_settings()
    return {q.name: rows(run_query(q, parameters(q, {}), settings)) for q in all_queries()}


def test_every_query_file_has_a_test() -> None:
    assert sorted(EXPECT) == sorted(q.name for q in all_queries())


@pytest.mark.parametrize("query", all_queries(), ids=lambda q: q.name)
def test_query_returns_expected_rows(query: Query, answers: dict[str, Rows]) -> None:
    EXPECT[query.name](answers[query.name])


def test_most_queries_return_rows(answers: dict[str, Rows]) -> None:
    with_rows = [name for name, found in answers.items() if found]
    assert len(answers) >= 12 and len(with_rows) >= 0.8 * len(answers)


def test_cli_run_with_parameters_and_formats(answers: dict[str, Rows]) -> None:
    result = run("query", "run", "most-mentioned", "-p", "kind=Media", "-p", "top=3", "--format", "json", "--neo4j")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["columns"] == ["name", "mentions", "articles", "events"] and 0 < len(data["rows"]) <= 3
    csv_out = run("query", "run", "graph-overview", "--format", "csv", "--neo4j")
    assert csv_out.stdout.splitlines()[0] == "what,name,count"
    bad = run("query", "run", "most-mentioned", "-p", "top=lots", "--neo4j")
    assert bad.returncode == 2 and "must be integer" in bad.stderr
