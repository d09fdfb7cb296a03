"""Batches as statements: grouped per label and type, flat rows sorted by id, ends found or refused."""

from __future__ import annotations

import pytest

from kgbuild.errors import Neo4jError
from kgbuild.graph.schema import BASE_LABELS, REL_TYPES
from kgbuild.model.graph import Node, Rel
from kgbuild.sinks.rows import DEFAULT_ENDS, lock_statement, node_statements, rel_statements, replacement_rows


def test_nodes_group_per_label_and_merge_repeats_in_order() -> None:
    nodes = [Node("Q2", "Person", {"aliases": ["b"], "name": "B"}), Node("a1", "Article"), Node("Q1", "Person"),
             Node("Q2", "Person", {"aliases": ["c", "b"], "name": "other", "wikidata": "Q2"})]
    statements = node_statements(nodes)
    assert [s.query.splitlines()[1] for s in statements] == ["MERGE (n:`Article` {id: row[0]})",
                                                            "MERGE (n:`Entity` {id: row[0]})"]
    assert statements[1].keys == ("aliases", "name", "wikidata")
    assert "ON CREATE SET n:`Person`, n.`aliases` = row[1], n.`name` = row[2]" in statements[1].query
    assert statements[1].rows == [["Q1", None, None, None], ["Q2", ["b", "c"], "B", "Q2"]]


def test_only_list_keys_are_unioned_and_a_match_locks_the_node_first() -> None:
    (statement,) = node_statements([Node("Q1", "Person", {"aliases": ["a"], "name": "A"})])
    matched = statement.query.split("ON MATCH SET ", 1)[1]
    assert matched.startswith("n.id = row[0], n.`aliases` = CASE WHEN n.`aliases` IS NULL")
    assert "n.`name` = coalesce(n.`name`, row[2])" in matched


def test_relationships_match_their_ends_by_base_label() -> None:
    rels = [Rel("rel:1", "MENTIONS", "a1", "Q1", {"spans": [[0, 1]]}), Rel("rel:2", "ACTOR", "e1", "Q1")]
    statements = rel_statements(rels, {"a1": "Article", "Q1": "Person", "e1": "Event"})
    assert [s.rels for s in statements] == [1, 1]
    mentions = next(s for s in statements if "MENTIONS" in s.query)
    assert "MATCH (a:`Article` {id: row[1]})" in mentions.query and "MATCH (b:`Entity`" in mentions.query
    assert "SET r.`spans` = row[3]" in mentions.query
    assert mentions.rows == [["rel:1", "a1", "Q1", "[[0, 1]]", 2]]


def test_rows_of_a_group_share_its_keys_and_count_what_they_keep() -> None:
    rels = [Rel("rel:2", "ACTOR", "e1", "Q1", {"rule": "r", "start": 3}), Rel("rel:1", "ACTOR", "e1", "Q2")]
    (statement,) = rel_statements(rels, {"e1": "Event", "Q1": "Person", "Q2": "Person"})
    assert statement.keys == ("rule", "start")
    assert statement.rows == [["rel:1", "e1", "Q2", None, None, 1], ["rel:2", "e1", "Q1", "r", 3, 3]]
    assert replacement_rows(statement, ["rel:2"]) == [["rel:2", "e1", "Q1", {"rule": "r", "start": 3, "id": "rel:2"}]]


def test_big_groups_are_split_into_statements_of_at_most_size_rows() -> None:
    rels = [Rel(f"rel:{i:02d}", "ACTOR", "e1", "Q1") for i in range(5)]
    statements = rel_statements(rels, {"e1": "Event", "Q1": "Person"}, size=2)
    assert [len(s.rows) for s in statements] == [2, 2, 1] and [s.rels for s in statements] == [2, 2, 1]
    assert [row[0] for s in statements for row in s.rows] == [f"rel:{i:02d}" for i in range(5)]


def test_unknown_ends_fall_back_to_the_design_table() -> None:
    (statement,) = rel_statements([Rel("rel:3", "REPORTED_BY", "e1", "Q9")], {})
    assert "MATCH (a:`Event`" in statement.query and "MATCH (b:`Entity`" in statement.query


def test_a_relationship_type_outside_the_fixed_list_is_refused() -> None:
    with pytest.raises((ValueError, Neo4jError)):
        rel_statements([Rel("rel:4", "KNOWS`]->() DETACH DELETE n //", "a", "b")], {"a": "Article", "b": "Person"})
    with pytest.raises(ValueError):
        node_statements([Node("x", "Person`) DETACH DELETE n //")])


def test_a_property_key_that_is_not_a_plain_identifier_is_refused() -> None:
    with pytest.raises(Neo4jError, match="not a plain identifier"):
        node_statements([Node("x", "Person", {"name`] = 1 DETACH DELETE n //": "x"})])
    with pytest.raises(Neo4jError, match="not a plain identifier"):
        rel_statements([Rel("rel:5", "ACTOR", "e1", "Q1", {"a b": 1})], {"e1": "Event", "Q1": "Person"})


def test_the_lock_statement_takes_entities_only_in_id_order() -> None:
    statement = lock_statement({"Q2": "Person", "a1": "Article", "Q1": "Country", "event:1": "Event"})
    assert statement.rows == [["Q1"], ["Q2"]] and statement.rels == 0
    assert statement.query.startswith("CYPHER replan=skip UNWIND $rows AS row MATCH (n:Entity {id: row[0]})")


def test_relationships_touching_fresh_nodes_are_created_the_others_merged() -> None:
    rels = [Rel("rel:1", "MENTIONS", "a1", "Q1", {"count": 1}), Rel("rel:2", "MENTIONS", "a2", "Q1", {"count": 2}),
            Rel("rel:3", "ACTOR", "e1", "Q1")]
    labels = {"a1": "Article", "a2": "Article", "Q1": "Person", "e1": "Event"}
    statements = rel_statements(rels, labels, fresh={"a1", "e1"})
    created = [s for s in statements if "\nCREATE (a)-[r:" in s.query]
    merged = [s for s in statements if "\nMERGE (a)-[r:" in s.query]
    assert sorted(row[0] for s in created for row in s.rows) == ["rel:1", "rel:3"]
    assert [row[0] for s in merged for row in s.rows] == ["rel:2"]
    assert all(not s.replace for s in created) and all(s.replace for s in merged)
    mentions = next(s for s in created if "MENTIONS" in s.query)
    assert "CREATE (a)-[r:`MENTIONS` {id: row[0], `count`: row[3]}]->(b)" in mentions.query
    assert [s.query for s in rel_statements(rels, labels)] == [s.query for s in rel_statements(rels, labels, fresh=set())]
    assert all("\nMERGE (a)-[r:" in s.query for s in rel_statements(rels, labels))


def test_a_relationship_given_twice_is_written_once_with_its_last_properties() -> None:
    rels = [Rel("rel:1", "ACTOR", "e1", "Q1", {"rule": "first"}), Rel("rel:1", "ACTOR", "e1", "Q1", {"rule": "last"})]
    labels = {"e1": "Event", "Q1": "Person"}
    for fresh in (set(), {"e1"}):
        (statement,) = rel_statements(rels, labels, fresh=fresh)
        assert statement.rows == [["rel:1", "e1", "Q1", "last", 2]] and statement.rels == 1


def test_node_statements_report_their_ids_as_fresh_but_the_lock_statement_does_not() -> None:
    assert all(s.creates for s in node_statements([Node("a1", "Article"), Node("Q1", "Person")]))
    assert not lock_statement({"Q1": "Person"}).creates


def test_every_relationship_type_has_default_end_labels() -> None:
    # a relationship whose end is not among the batch's nodes is looked up by these labels (ABOUT was once missing)
    assert set(DEFAULT_ENDS) == set(REL_TYPES)
    assert all({src, dst} <= set(BASE_LABELS) for src, dst in DEFAULT_ENDS.values())
