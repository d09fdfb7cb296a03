"""Ingest into a real Neo4j: idempotent, constrained, the seed's REPORTED_BY Yonhap, push and export parity."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kgbuild.config import neo4j_settings
from kgbuild.graph.schema import NODE_LABELS
from kgbuild.model.graph import Node, Rel
from kgbuild.sinks.neo4j import Neo4jSink
from kgbuild.store.sqlite import SqliteStore
from tests.e2e.cli import run
from tests.integration.articles import reporters
from tests.integration.server import Server

pytestmark = pytest.mark.neo4j


def ingest(*args: str | Path) -> str:
    """Run `kgbuild ingest ... --neo4j` and return its stdout (it must succeed)."""
    result = run("ingest", *args, "--neo4j")
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_ingesting_samples_and_seed_twice_changes_nothing(graph_db: Server, samples: Path, seed: Path,
                                                          tmp_path: Path) -> None:
    gazetteer = reporters(tmp_path)
    ingest(samples, seed, "--gazetteer", gazetteer)
    first = graph_db.counts()
    assert first[0] > 50 and first[1] > 100
    again = ingest(samples, seed, "--gazetteer", gazetteer)
    assert "ingested   0 articles" in again and graph_db.counts() == first
    forced = ingest(samples, seed, "--gazetteer", gazetteer, "--force", "--batch-size", "3")
    assert "unchanged 0" in forced and graph_db.counts() == first
    assert set(graph_db.duplicates().values()) == {0}


def test_one_uniqueness_constraint_per_label(graph_db: Server, seed: Path) -> None:
    ingest(seed)
    rows = graph_db.records("SHOW CONSTRAINTS YIELD type, entityType, labelsOrTypes, properties "
                            "WHERE entityType = 'NODE' RETURN type, labelsOrTypes AS labels, properties")
    unique_on_id = sorted(r["labels"][0] for r in rows if r["type"] == "UNIQUENESS" and r["properties"] == ["id"])
    assert unique_on_id == sorted(NODE_LABELS)
    again = run("neo4j", "init")
    assert again.returncode == 0 and "created 0" in again.stdout


def test_an_event_is_reported_by_yonhap(graph_db: Server, seed: Path, tmp_path: Path) -> None:
    ingest(seed, "--gazetteer", reporters(tmp_path))
    reported = graph_db.tuples("MATCH (e:Event)-[:REPORTED_BY]->(m:Entity) RETURN e.type, m.name")
    assert ("MOBILIZE", "Yonhap") in reported
    mentioned = graph_db.tuples("MATCH (a:Article)-[m:MENTIONS]->(e:Entity {name: 'Yonhap'}) "
                                "RETURN labels(e), m.count > 0")
    assert mentioned == {(("Entity", "Media"), True)}


@pytest.mark.parametrize("writers", ["1", "2"])
def test_push_gives_the_store_counts(graph_db: Server, samples: Path, seed: Path, tmp_path: Path, writers: str) -> None:
    store = tmp_path / "kg.db"
    assert run("ingest", samples, seed, "--store", store).returncode == 0
    pushed = run("push", "--store", store, "--neo4j", "--batch-size", "100", "--writers", writers)
    assert pushed.returncode == 0, pushed.stderr
    with SqliteStore(store) as db:
        expected = db.counts()
    with Neo4jSink(neo4j_settings()) as sink:
        assert sink.counts() == expected
    assert run("push", "--store", store, "--neo4j").returncode == 0
    assert graph_db.counts() == (sum(expected["nodes"].values()), sum(expected["relationships"].values()))
    resumed = ingest(samples, seed)
    assert "ingested   0 articles" in resumed  # push set every article's commit marker


def test_export_from_neo4j_equals_export_from_the_store(graph_db: Server, samples: Path, seed: Path,
                                                        tmp_path: Path) -> None:
    store = tmp_path / "kg.db"
    assert run("ingest", samples, seed, "--store", store).returncode == 0
    ingest(samples, seed)
    from_store, from_neo4j = tmp_path / "store.graphml", tmp_path / "neo4j.graphml"
    assert run("export", "--store", store, "--format", "graphml", "-o", from_store).returncode == 0
    assert run("export", "--neo4j", "--format", "graphml", "-o", from_neo4j).returncode == 0
    assert from_neo4j.read_bytes() == from_store.read_bytes()
    assert _sets(nx.read_graphml(from_neo4j, force_multigraph=True)) == _sets(
        nx.read_graphml(from_store, force_multigraph=True))
    with SqliteStore(store) as db, Neo4jSink(neo4j_settings()) as sink:
        assert list(map(_no_nulls, sink.nodes())) == list(map(_no_nulls, db.nodes()))
        assert list(map(_no_nulls, sink.rels())) == list(map(_no_nulls, db.rels()))


def test_stats_from_neo4j_equal_stats_from_the_store(graph_db: Server, samples: Path, tmp_path: Path) -> None:
    store = tmp_path / "kg.db"
    assert run("ingest", samples, "--store", store).returncode == 0
    ingest(samples)
    assert run("stats", "--neo4j", "--json").stdout == run("stats", "--store", store, "--json").stdout


def _sets(graph: nx.MultiDiGraph) -> tuple[set[object], set[object]]:
    """Nodes and edges with all their data, as comparable sets."""
    nodes = {(n, frozenset(d.items())) for n, d in graph.nodes(data=True)}
    edges = {(s, t, frozenset(d.items())) for s, t, d in graph.edges(data=True)}
    return nodes, edges


def _no_nulls(record: Node | Rel) -> Node | Rel:
    """Neo4j has no null properties: compare records without them."""
    props = {k: v for k, v in record.props.items() if v is not None}
    if isinstance(record, Node):
        return Node(record.id, record.label, props)
    return Rel(record.id, record.type, record.src, record.dst, props)
