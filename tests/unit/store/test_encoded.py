"""The workers' encoder reuses rows of recurring entities and forgets nodes that belong to one article."""

from __future__ import annotations

from kgbuild.model.graph import DocGraph, Node
from kgbuild.store.encoded import GraphEncoder, learns


def article(i: int, person: Node) -> DocGraph:
    nodes = (Node(f"article:{i}", "Article", {"title": f"t{i}"}), person,
             Node(f"event:{i}", "Event", {"type": "CONSULT"}), Node(f"claim:{i}", "Claim", {"text": f"said {i}"}))
    return DocGraph(f"article:{i}", nodes, ())


def test_a_recurring_entity_is_encoded_once_and_per_article_nodes_are_not_remembered() -> None:
    encoder, person = GraphEncoder(), Node("entity:p", "Person", {"name": "Kim Jong Un"})
    rows = [encoder(article(i, person)) for i in range(50)]
    assert all(r.nodes[1][2] is rows[0].nodes[1][2] for r in rows)  # the same JSON text object: encoded once
    assert set(encoder._last) == {"entity:p"}  # claims, events and articles of 50 articles are not kept


def test_a_name_scoped_to_one_article_is_neither_remembered_nor_learned() -> None:
    encoder = GraphEncoder()
    scoped = Node("entity:s", "Person", {"name": "Hi", "resolved": None, "nil_keys": ["Person:0123abcd/hi"]})
    cluster = Node("entity:c", "Person", {"name": "Pak Dzsong Szu", "resolved": None, "nil_keys": ["Person:pakjongsu"]})
    rows = encoder(DocGraph("article:1", (scoped, cluster), ()))
    assert [row[4] for row in rows.nodes] == [False, True]  # only the cluster goes to the registry
    assert set(encoder._last) == {"entity:c"}
    assert not learns("Person", {"name": "Kim Jong Un", "resolved": "gazetteer"})
