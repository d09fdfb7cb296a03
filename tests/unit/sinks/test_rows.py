"""Batches as statements: grouped per label and type, sorted by id, ends found or refused."""

from __future__ import annotations

import pytest

from kgbuild.errors import Neo4jError
from kgbuild.model.graph import Node, Rel
from kgbuild.sinks.rows import node_statements, rel_statements


def test_nodes_group_per_label_and_merge_repeats_in_order() -> None:
    nodes = [Node("Q2", "Person", {"aliases": ["b"], "name": "B"}), Node("a1", "Article"), Node("Q1", "Person"),
             Node("Q2", "Person", {"aliases": ["c", "b"], "name": "other", "wikidata": "Q2"})]
    statements = node_statements(nodes)
    assert [s.query.splitlines()[1] for s in statements] == ["MERGE (n:`Article` {id: row.id})",
                                                            "MERGE (n:`Entity` {id: row.id})"]
    assert "ON CREATE SET n:`Person`, n += row.props" in statements[1].query
    assert statements[1].rows == [{"id": "Q1", "props": {}},
                                  {"id": "Q2", "props": {"aliases": ["b", "c"], "name": "B", "wikidata": "Q2"}}]


def test_relationships_match_their_ends_by_base_label() -> None:
    rels = [Rel("rel:1", "MENTIONS", "a1", "Q1", {"spans": [[0, 1]]}), Rel("rel:2", "ACTOR", "e1", "Q1")]
    statements = rel_statements(rels, {"a1": "Article", "Q1": "Person", "e1": "Event"})
    assert [s.rels for s in statements] == [1, 1]
    mentions = next(s for s in statements if "MENTIONS" in s.query)
    assert "MATCH (a:`Article` {id: row.src})" in mentions.query and "MATCH (b:`Entity`" in mentions.query
    assert mentions.rows[0]["props"] == {"spans": "[[0, 1]]", "id": "rel:1"}


def test_unknown_ends_fall_back_to_the_design_table() -> None:
    (statement,) = rel_statements([Rel("rel:3", "REPORTED_BY", "e1", "Q9")], {})
    assert "MATCH (a:`Event`" in statement.query and "MATCH (b:`Entity`" in statement.query


def test_a_relationship_type_outside_the_fixed_list_is_refused() -> None:
    with pytest.raises((ValueError, Neo4jError)):
        rel_statements([Rel("rel:4", "KNOWS`]->() DETACH DELETE n //", "a", "b")], {"a": "Article", "b": "Person"})
    with pytest.raises(ValueError):
        node_statements([Node("x", "Person`) DETACH DELETE n //")])
