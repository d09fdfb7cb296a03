"""neo4j-csv into a real Neo4j: LOAD CSV, typed by the export's own headers, gives the store's counts.

`neo4j-admin database import` needs a stopped server and an empty database, and the test server is
shared with the other integration tests, so this loads the files with LOAD CSV instead: the folder is
served over HTTP on 127.0.0.1, every id gets a per-run prefix (no clash with uniqueness constraints on
data other tests wrote), nodes carry a marker label, and the transaction is rolled back at the end.
Labels and types come from the :LABEL and :TYPE columns (dynamic labels, Neo4j 5.26).
"""

from __future__ import annotations

import functools
import os
import threading
import uuid
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.cli import run
from tests.neo4j_csv import counts, header

pytestmark = pytest.mark.neo4j
MARKER = "KgbuildCsvLoadTest"
ARRAY = ";"
CONVERT = {"string": "{v}", "long": "toInteger({v})", "double": "toFloat({v})", "boolean": "toBoolean({v})",
           "string[]": "split({v}, ';')", "long[]": "[x IN split({v}, ';') | toInteger(x)]",
           "double[]": "[x IN split({v}, ';') | toFloat(x)]", "boolean[]": "[x IN split({v}, ';') | toBoolean(x)]"}


@pytest.fixture(scope="module")
def csv_driver() -> Iterator[Any]:
    """A driver for the test server from NEO4J_URI etc.; fails (never skips) when the server is not set up.
    (Minimal local fixture: tests/integration/conftest.py did not exist when this was written.)"""
    uri = os.environ.get("NEO4J_URI")
    if not uri:
        pytest.fail('NEO4J_URI is not set: start the test server with eval "$(scripts/neo4j-local start)"')
    from neo4j import GraphDatabase

    auth = (os.environ.get("NEO4J_USERNAME", "neo4j"), os.environ.get("NEO4J_PASSWORD", ""))
    with GraphDatabase.driver(uri, auth=auth) as driver:
        driver.verify_connectivity()
        yield driver


@pytest.fixture(scope="module")
def served(sample_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """The samples plus the seed exported as neo4j-csv, and the URL they are served from."""
    folder = tmp_path_factory.mktemp("neo4j-csv") / "csv"
    result = run("export", "--store", sample_store, "--format", "neo4j-csv", "-o", folder)
    assert result.returncode == 0, result.stderr
    handler = functools.partial(_QuietHandler, directory=str(folder))
    with ThreadingHTTPServer(("127.0.0.1", 0), handler) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        yield folder, f"http://127.0.0.1:{server.server_address[1]}"
        server.shutdown()


class _QuietHandler(SimpleHTTPRequestHandler):
    """Serves files without logging every request to stderr."""

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the base class's name
        pass


def _sets(columns: list[str], skip: int, var: str) -> str:
    """SET clauses converting each typed column of a row."""
    parts = []
    for column in columns[skip:]:
        name, kind = column.split(":")
        parts.append(f"{var}.`{name}` = " + CONVERT[kind].format(v=f"row.`{column}`"))
    return ("SET " + ", ".join(parts)) if parts else ""


def _load_nodes(tx: Any, path: Path, url: str, prefix: str) -> None:
    """CREATE one node per row with the labels of its :LABEL column."""
    query = (f"LOAD CSV WITH HEADERS FROM $url AS row CREATE (n:{MARKER} {{id: $prefix + row.`id:ID`}}) "
             f"SET n:$(split(row.`:LABEL`, '{ARRAY}')) {_sets(header(path), 2, 'n')}")
    tx.run(query, url=f"{url}/{path.name}", prefix=prefix).consume()


def _load_rels(tx: Any, path: Path, url: str, prefix: str) -> None:
    """CREATE one relationship per row, of the type in its :TYPE column."""
    query = (f"LOAD CSV WITH HEADERS FROM $url AS row "
             f"MATCH (a:{MARKER} {{id: $prefix + row.`:START_ID`}}), (b:{MARKER} {{id: $prefix + row.`:END_ID`}}) "
             f"CREATE (a)-[r:$(row.`:TYPE`)]->(b) {_sets(header(path), 3, 'r')}")
    tx.run(query, url=f"{url}/{path.name}", prefix=prefix).consume()


def test_load_csv_gives_the_store_counts_and_types(csv_driver: Any, served: tuple[Path, str]) -> None:
    folder, url = served
    prefix = f"csvtest-{uuid.uuid4().hex[:8]}:"
    with csv_driver.session() as session:
        tx = session.begin_transaction()
        try:
            for path in sorted(folder.glob("nodes_*.csv")):
                _load_nodes(tx, path, url, prefix)
            for path in sorted(folder.glob("rels_*.csv")):
                _load_rels(tx, path, url, prefix)
            _check(tx, folder)
        finally:
            tx.rollback()


def _check(tx: Any, folder: Path) -> None:
    """Counts per label and type equal the files'; values have their declared types; facts hold."""
    nodes, rels = counts(folder)
    by_label = {r["label"]: r["n"] for r in tx.run(
        f"MATCH (n:{MARKER}) UNWIND [l IN labels(n) WHERE l <> '{MARKER}' AND l <> 'Entity'] AS label "
        "RETURN label, count(*) AS n")}
    assert by_label == nodes
    by_type = {r["type"]: r["n"] for r in tx.run(
        f"MATCH (:{MARKER})-[r]->(:{MARKER}) RETURN type(r) AS type, count(*) AS n")}
    assert by_type == rels
    types = tx.run(f"MATCH (a:{MARKER}:Article)-[m:MENTIONS]->(p:{MARKER}:Person) "
                   "RETURN valueType(m.count) AS count, valueType(p.aliases) AS aliases LIMIT 1").single()
    assert (types["count"], types["aliases"]) == ("INTEGER NOT NULL", "LIST<STRING NOT NULL> NOT NULL")
    reporters = {r["name"] for r in tx.run(
        f"MATCH (:{MARKER}:Event)-[:REPORTED_BY]->(m:{MARKER}:Entity) RETURN DISTINCT m.name AS name")}
    assert "Yonhap" in reporters
