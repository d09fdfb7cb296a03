"""Cypher text holds only fixed labels and types; every value travels as a parameter."""

from __future__ import annotations

import re

import pytest

from kgbuild.errors import Neo4jError
from kgbuild.graph.schema import NODE_LABELS, REL_TYPES
from kgbuild.sinks import cypher


def test_schema_has_one_id_constraint_per_label() -> None:
    statements = cypher.schema_statements()
    constraints = [s for s in statements.values() if s.startswith("CREATE CONSTRAINT")]
    assert len(constraints) == len(NODE_LABELS)
    assert all(re.search(r"FOR \(n:`\w+`\) REQUIRE n.id IS UNIQUE$", s) for s in constraints)
    assert all("IF NOT EXISTS" in s for s in statements.values())
    assert "CREATE INDEX kgbuild_entity_name IF NOT EXISTS FOR (n:`Entity`) ON (n.name)" in statements.values()


def test_backticked_names_are_only_fixed_ones() -> None:
    texts = [cypher.node_upsert(label, ()) for label in ("Article", "Event", "Person", "Media")]
    texts += [cypher.rel_upsert(t, "Event", "Entity", ()) for t in REL_TYPES]
    texts += [cypher.rel_replace(t, "Event", "Entity") for t in REL_TYPES]
    texts += list(cypher.schema_statements().values())
    for name in {n for text in texts for n in re.findall(r"`([^`]*)`", text)}:
        assert name in NODE_LABELS or name in REL_TYPES


def test_property_keys_are_backticked_identifiers_only() -> None:
    assert cypher.property_key("min_score") == "`min_score`"
    for key in ("a`b", "a b", "1x", "", "x}) DETACH DELETE n //"):
        with pytest.raises(Neo4jError):
            cypher.property_key(key)


@pytest.mark.parametrize("name", ["Entity", "Planet", "Person`) DETACH DELETE n //"])
def test_quoting_refuses_names_outside_the_lists(name: str) -> None:
    with pytest.raises(ValueError):
        cypher.node_upsert(name, ())


def test_write_queries_keep_their_first_plan() -> None:
    texts = [cypher.node_upsert("Person", ("name",)), cypher.rel_upsert("ACTOR", "Event", "Entity", ("rule",)),
             cypher.rel_create("ACTOR", "Event", "Entity", ("rule",)), cypher.rel_replace("ACTOR", "Event", "Entity"),
             cypher.MARK_COMMITTED, cypher.LOCK_ENTITIES]
    assert all(text.startswith("CYPHER replan=skip UNWIND $") for text in texts)
