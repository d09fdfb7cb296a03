"""The actor projection: entities linked by the events they share as ACTOR or TARGET."""

from __future__ import annotations

import pytest

from kgbuild.errors import UsageError
from kgbuild.export.project import SHARED_EVENTS, ActorNetwork, project
from kgbuild.export.source import is_directed, mention_counts
from tests.factories import ListSource, news_graph, node, rel


def test_actors_are_linked_with_the_number_of_shared_events() -> None:
    network = ActorNetwork(news_graph())
    assert {n.id: n.props["events"] for n in network.nodes()} == {"kim": 3, "ru": 3}
    (edge,) = network.rels()
    assert (edge.type, edge.src, edge.dst, edge.props["weight"]) == (SHARED_EVENTS, "kim", "ru", 3)
    assert edge.props["events"] == ["e1", "e2", "e3"]
    assert edge.props["event_types"] == ["AID", "CONSULT", "MOBILIZE"]
    assert (edge.props["first_date"], edge.props["last_date"]) == ("2025-02-10", "2025-11-05")
    assert not is_directed(network) and mention_counts(network)["kim"] == 5


def test_three_actors_of_one_event_make_a_triangle_and_reporters_do_not_count() -> None:
    source = ListSource(
        [node("e", "Event", type="CONSULT"), node("a", "Person"), node("b", "Country"), node("c", "Country"),
         node("m", "Media")],
        [rel("ACTOR", "e", "a"), rel("ACTOR", "e", "b"), rel("TARGET", "e", "c"), rel("REPORTED_BY", "e", "m")])
    edges = {(r.src, r.dst): r.props for r in ActorNetwork(source).rels()}
    assert set(edges) == {("a", "b"), ("a", "c"), ("b", "c")}
    assert all(p["weight"] == 1 and "first_date" not in p for p in edges.values())


def test_unknown_projection_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="use one of actors"):
        project(news_graph(), "reporters")
