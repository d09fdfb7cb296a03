"""The Neo4j sink itself against the real server: merge semantics, atomic batches, markers, registry."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kgbuild.sinks.neo4j
from kgbuild.config import neo4j_settings
from kgbuild.errors import Neo4jError
from kgbuild.model.graph import DocGraph, Node, PropValue, Rel
from kgbuild.sinks.neo4j import Neo4jSink
from kgbuild.sinks.rows import Statement, node_statements, rel_statements
from kgbuild.store.props import merge_props
from kgbuild.store.sqlite import SqliteStore
from tests.integration.server import Server

pytestmark = pytest.mark.neo4j

_scalar = st.one_of(st.none(), st.text(max_size=5), st.integers(-5, 5), st.booleans())
_strings = st.lists(st.sampled_from(["a", "b", "c", "d", "'}) //", "`x`"]), max_size=4)
_props = st.dictionaries(st.sampled_from(["name", "kind", "wikidata", "size"]), _scalar, max_size=3).flatmap(
    lambda scalars: st.dictionaries(st.sampled_from(["aliases", "tags"]), _strings, max_size=2).map(
        lambda lists: {**scalars, **lists}))


def article(aid: str, person: Node, *rels: Rel) -> DocGraph:
    """An article that mentions one person."""
    mention = Rel(f"rel:{aid}", "MENTIONS", aid, person.id, {"count": 1, "spans": [[0, 3]]})
    return DocGraph(aid, (Node(aid, "Article", {"title": aid}), person), (mention, *rels))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_props, min_size=1, max_size=4))
def test_node_merging_matches_the_embedded_store(graph_db: Server, versions: list[dict[str, PropValue]]) -> None:
    graph_db.clear()
    expected: dict[str, PropValue] = {}
    with Neo4jSink(neo4j_settings()) as sink:
        for i, props in enumerate(versions):
            sink.write(article(f"a{i}", Node("Q1", "Person", props)), f"a{i}.txt")
            expected = merge_props(expected, props)
        person = next(n for n in sink.nodes() if n.id == "Q1")
    assert person.props == {k: v for k, v in sorted(expected.items()) if v is not None}


def test_a_failing_batch_writes_nothing(graph_db: Server) -> None:
    good = article("a1", Node("Q1", "Person", {"name": "X"}))
    dangling = Rel("rel:bad", "REPORTED_BY", "event:missing", "Q1")
    bad = article("a2", Node("Q2", "Person", {"name": "Y"}), dangling)
    with Neo4jSink(neo4j_settings()) as sink:
        with pytest.raises(Neo4jError, match="1 of 1 relationships point at nodes that are not in the graph"):
            sink.write_batch([(good, "a1.txt"), (bad, "a2.txt")])
        assert graph_db.counts() == (0, 0) and not sink.has_article("a1")
        sink.write_batch([(good, "a1.txt")])
        assert sink.has_article("a1") and not sink.has_article("a2")


def test_relationships_are_replaced_per_article_and_spans_restored(graph_db: Server) -> None:
    person = Node("Q1", "Person", {"name": "X"})
    with Neo4jSink(neo4j_settings()) as sink:
        sink.write(article("a1", person), "a1.txt")
        changed = Rel("rel:a1", "MENTIONS", "a1", "Q1", {"count": 2, "spans": [[0, 3], [5, 8]]})
        sink.write(DocGraph("a1", (Node("a1", "Article"), person), (changed,)), "a1.txt")
        assert list(sink.rels()) == [Rel("rel:a1", "MENTIONS", "a1", "Q1", {"count": 2, "spans": [[0, 3], [5, 8]]})]


def test_registry_equals_the_embedded_stores(graph_db: Server, tmp_path: Path) -> None:
    outlet = Node("entity:wire", "Media", {"name": "Test Wire", "kind": "Media", "resolved": None, "aliases": []})
    nil = Node("entity:nil", "Person", {"name": "Kovacs", "kind": "Person", "resolved": None,
                                        "aliases": ["Kovács", "Kovacs"], "nil_keys": ["kovac"]})
    known = Node("Q9", "Country", {"name": "Known", "kind": "Country", "resolved": "gazetteer"})
    graph = DocGraph("a1", (Node("a1", "Article"), outlet, nil, known), ())
    with Neo4jSink(neo4j_settings()) as sink, SqliteStore(tmp_path / "kg.db") as db:
        sink.write(graph, "a1.txt")
        db.write(graph, "a1.txt")
        assert sorted(sink.registry(), key=lambda e: e.id) == sorted(db.registry(), key=lambda e: e.id)
        assert [(e.id, e.source) for e in sink.registry()] == [("entity:nil", "nil"), ("entity:wire", "registry")]
        assert sink.counts() == db.counts()


def test_a_rewrite_drops_relationship_keys_it_no_longer_has(graph_db: Server) -> None:
    person = Node("Q1", "Person", {"name": "X"})
    first = Rel("rel:a1", "MENTIONS", "a1", "Q1", {"count": 1, "spans": [[0, 3]], "methods": ["alias"]})
    second = Rel("rel:a1", "MENTIONS", "a1", "Q1", {"count": 2})
    with Neo4jSink(neo4j_settings()) as sink:
        for rel in (first, second):
            sink.write(DocGraph("a1", (Node("a1", "Article"), person), (rel,)), "a1.txt")
        assert list(sink.rels()) == [second]


def test_write_plans_seek_every_end_by_unique_index_and_have_no_eager(graph_db: Server) -> None:
    event = Node("event:1", "Event", {"type": "AID"})
    nodes = (Node("a1", "Article", {"title": "t"}), Node("Q1", "Person", {"name": "X", "aliases": ["x"]}), event)
    rels = tuple(Rel(f"rel:{t}", t, *ends, {"rule": "r"}) for t, ends in (
        ("MENTIONS", ("a1", "Q1")), ("MENTIONED_IN", ("event:1", "a1")), ("ACTOR", ("event:1", "Q1")),
        ("PUBLISHED_BY", ("a1", "Q1"))))
    labels = {n.id: n.label for n in nodes}
    statements = node_statements(nodes) + rel_statements(rels, labels)
    statements += rel_statements(rels, labels, fresh={n.id for n in nodes})  # created instead of merged
    assert sum("\nCREATE (a)-[r:" in s.query for s in statements) == len(rels)
    with Neo4jSink(neo4j_settings()) as sink:
        sink.ensure_schema()
    for statement in statements:
        plan = graph_db.driver.execute_query("EXPLAIN " + statement.query, rows=statement.rows).summary.plan
        operators = _operators(plan)
        assert not {op for op in operators if "Eager" in op and op != "EagerAggregation"}, statement.query
        assert not {op for op in operators if "Scan" in op}, statement.query
        seeks = [op for op in operators if op.startswith("NodeUniqueIndexSeek")]
        assert len(seeks) == (2 if statement.rels else 1), (statement.query, operators)


def _operators(plan: Any) -> list[str]:
    """Operator names of a plan tree (without the database suffix)."""
    if isinstance(plan, dict):
        children, name = plan.get("children", []), str(plan["operatorType"])
    else:
        children, name = plan.children, str(plan.operator_type)
    return [name.split("@")[0], *(op for child in children for op in _operators(child))]


def test_unchanged_nodes_are_left_out_and_written_again_once_deleted(graph_db: Server,
                                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    person = Node("Q1", "Person", {"name": "X", "aliases": ["x"]})
    sent: list[list[str]] = []

    def spy(nodes: Iterable[Node]) -> list[Statement]:
        listed = list(nodes)
        sent.append(sorted(node.id for node in listed))
        return node_statements(listed)

    monkeypatch.setattr(kgbuild.sinks.neo4j, "node_statements", spy)
    with Neo4jSink(neo4j_settings()) as sink:
        sink.write(article("a1", person), "a1.txt")
        sink.write(article("a2", person), "a2.txt")
        graph_db.records("MATCH (n:Entity {id: 'Q1'}) DETACH DELETE n")
        sink.write(article("a3", person), "a3.txt")
        assert sent == [["Q1", "a1"], ["a2"], ["a3"], ["Q1", "a3"]]
        assert [n for n in sink.nodes() if n.id == "Q1"] == [Node("Q1", "Person", {"aliases": ["x"], "name": "X"})]
        assert [(r.src, r.dst) for r in sink.rels()] == [("a3", "Q1")]


def _shared_graphs(count: int) -> list[DocGraph]:
    """Articles that mention the same few people (the entities concurrent writers share), each also an event."""
    people = [Node(f"Q{k}", "Person", {"name": f"P{k}", "aliases": [f"p{k}"]}) for k in range(4)]
    graphs = []
    for i in range(count):
        aid, event = f"a{i:03d}", Node(f"event:{i}", "Event", {"type": "AID"})
        rels = [Rel(f"rel:m{i}-{p.id}", "MENTIONS", aid, p.id, {"count": 1}) for p in people[i % 2:]]
        rels += [Rel(f"rel:e{i}", "MENTIONED_IN", event.id, aid), Rel(f"rel:x{i}", "ACTOR", event.id, people[i % 4].id)]
        graphs.append(DocGraph(aid, (Node(aid, "Article", {"title": aid}), *people[i % 2:], event), tuple(rels)))
    return graphs


def test_two_writers_write_what_one_writer_writes(graph_db: Server) -> None:
    graphs, written = _shared_graphs(40), []
    for writers in (1, 2):
        graph_db.clear()
        with Neo4jSink(neo4j_settings(), batch_size=5, writers=writers) as sink:
            assert sink.batch_size == 5 * writers
            for start in range(0, len(graphs), sink.batch_size):
                sink.write_batch([(g, f"{g.article_id}.txt") for g in graphs[start:start + sink.batch_size]])
            written.append((list(sink.nodes()), list(sink.rels())))
            assert all(sink.has_article(g.article_id) for g in graphs)
        assert set(graph_db.duplicates().values()) == {0}
    assert written[0] == written[1]


def test_with_two_writers_a_failing_share_leaves_the_other_committed(graph_db: Server) -> None:
    good = article("a1", Node("Q1", "Person", {"name": "X"}))
    bad = article("a2", Node("Q1", "Person", {"name": "X"}), Rel("rel:bad", "REPORTED_BY", "event:missing", "Q1"))
    with Neo4jSink(neo4j_settings(), batch_size=1, writers=2) as sink:
        with pytest.raises(Neo4jError, match="1 of 1 relationships point at nodes that are not in the graph"):
            sink.write_batch([(good, "a1.txt"), (bad, "a2.txt")])
        assert sink.has_article("a1") and not sink.has_article("a2")
        assert graph_db.counts() == (2, 1)


def test_a_node_whose_list_repeats_a_value_is_written_again_as_the_store_merges_it(graph_db: Server) -> None:
    person = Node("Q1", "Person", {"aliases": ["a", "a"]})
    with Neo4jSink(neo4j_settings()) as sink:
        for aid in ("a1", "a2"):
            sink.write(article(aid, person), f"{aid}.txt")
        assert [n.props for n in sink.nodes() if n.id == "Q1"] == [merge_props(person.props, person.props)]


@contextmanager
def _verbs(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """How each relationship statement the sink runs writes: CREATE or MERGE, with its type and row count."""
    seen: list[str] = []
    real = kgbuild.sinks.neo4j._run

    def spy(tx: Any, statement: Statement, fresh: set[str]) -> None:
        if statement.rels:
            verb = "CREATE" if "\nCREATE (a)-[r:" in statement.query else "MERGE"
            seen.append(f"{verb} {statement.query.split('[r:`')[1].split('`')[0]} {len(statement.rows)}")
        real(tx, statement, fresh)

    monkeypatch.setattr(kgbuild.sinks.neo4j, "_run", spy)
    yield seen


def _event_article(aid: str, event: str, *people: str) -> DocGraph:
    """An article naming people, with one event whose actor is the first of them."""
    persons = [Node(p, "Person", {"name": p}) for p in people]
    rels = [Rel(f"rel:{aid}-{p}", "MENTIONS", aid, p, {"count": 1}) for p in people]
    rels += [Rel(f"rel:{aid}-{event}", "MENTIONED_IN", event, aid, {"sentence": 0}),
             Rel(f"rel:{event}-actor", "ACTOR", event, people[0])]
    return DocGraph(aid, (Node(aid, "Article", {"title": aid}), *persons, Node(event, "Event", {"type": "AID"})),
                    tuple(rels))


def test_relationships_of_nodes_a_batch_creates_are_created_and_merged_when_written_again(
        graph_db: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    graph = _event_article("a1", "event:1", "Q1", "Q2")
    with _verbs(monkeypatch) as verbs:
        with Neo4jSink(neo4j_settings()) as sink:
            sink.write(graph, "a1.txt")
        assert verbs == ["CREATE ACTOR 1", "CREATE MENTIONED_IN 1", "CREATE MENTIONS 2"]
        first = graph_db.counts()
        verbs.clear()
        changed = Rel("rel:a1-Q1", "MENTIONS", "a1", "Q1", {"count": 5})
        with Neo4jSink(neo4j_settings()) as sink:  # a fresh sink (as `ingest --force` runs): every node exists
            sink.write(DocGraph("a1", graph.nodes, (changed, *graph.rels[1:])), "a1.txt")
            assert verbs == ["MERGE ACTOR 1", "MERGE MENTIONED_IN 1", "MERGE MENTIONS 2"]
            assert graph_db.counts() == first == (4, 4) and set(graph_db.duplicates().values()) == {0}
            assert next(r for r in sink.rels() if r.id == "rel:a1-Q1").props == {"count": 5}


def test_an_event_already_in_the_graph_keeps_one_of_each_relationship(graph_db: Server,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    with Neo4jSink(neo4j_settings()) as sink, _verbs(monkeypatch) as verbs:
        sink.write(_event_article("a1", "event:1", "Q1"), "a1.txt")
        verbs.clear()
        # a2 reports the same event (it exists) and a new one: the Event statement creates only one of its two
        # nodes, so no event counts as fresh; a2 and Q2 are new, so what touches them is created
        again, other = _event_article("a2", "event:1", "Q1"), _event_article("a2", "event:2", "Q2")
        both = DocGraph("a2", again.nodes + other.nodes[1:], again.rels + other.rels)
        sink.write(both, "a2.txt")
        assert sorted(verbs) == ["CREATE ACTOR 1", "CREATE MENTIONED_IN 2", "CREATE MENTIONS 2", "MERGE ACTOR 1"]
        assert set(graph_db.duplicates().values()) == {0}
        assert graph_db.value("MATCH (:Event {id: 'event:1'})-[r:ACTOR]->() RETURN count(r) AS v") == 1


def test_a_relationship_two_articles_of_a_batch_share_is_created_once(graph_db: Server) -> None:
    with Neo4jSink(neo4j_settings()) as sink:
        sink.write_batch([(_event_article("a1", "event:1", "Q1"), "a1.txt"),
                          (_event_article("a2", "event:1", "Q1", "Q2"), "a2.txt")])
        assert set(graph_db.duplicates().values()) == {0}
        assert graph_db.value("MATCH ()-[r:ACTOR]->() RETURN count(r) AS v") == 1
        assert graph_db.counts() == (5, 6)


def test_an_article_pushed_without_its_marker_is_written_again_without_duplicates(graph_db: Server) -> None:
    graph = _event_article("a1", "event:1", "Q1", "Q2")
    with Neo4jSink(neo4j_settings()) as sink:
        sink.write_nodes(graph.nodes)  # a push stopped before the markers: data in, article unmarked
        sink.write_rels(graph.rels, {n.id: n.label for n in graph.nodes})
        assert not sink.has_article("a1")
        pushed = graph_db.counts()
        sink.write(graph, "a1.txt")
        assert sink.has_article("a1") and graph_db.counts() == pushed
        assert set(graph_db.duplicates().values()) == {0}


def test_sinks_writing_overlapping_batches_at_once_leave_no_duplicates(graph_db: Server) -> None:
    """Each round two sinks write batches that share articles, events and people at the same moment: whichever
    transaction creates a node creates its relationships; the other waits on the node's uniqueness lock, then
    finds it and merges. The graph must equal the one a single sink writes."""
    graphs = [_event_article(f"a{i}", f"event:{i // 2}", f"Q{i % 3}", f"Q{3 + i % 2}") for i in range(12)]
    shares = [graphs[:8], graphs[4:]]
    graph_db.clear()
    with Neo4jSink(neo4j_settings()) as sink:
        sink.write_batch([(g, g.article_id) for g in graphs])
        expected = (list(sink.nodes()), list(sink.rels()))
    for _round in range(5):
        graph_db.clear()
        start, errors = threading.Barrier(2), []

        def write(share: list[DocGraph]) -> None:
            try:
                with Neo4jSink(neo4j_settings()) as sink:
                    sink.ensure_schema()
                    start.wait()
                    sink.write_batch([(g, g.article_id) for g in share])
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

        threads = [threading.Thread(target=write, args=(share,)) for share in shares]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(120)
        assert not errors
        assert set(graph_db.duplicates().values()) == {0}
        with Neo4jSink(neo4j_settings()) as sink:
            assert (list(sink.nodes()), list(sink.rels())) == expected
