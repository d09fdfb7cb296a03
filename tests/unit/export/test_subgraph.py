"""Subgraphs: date range on events, kinds, mention threshold, ego networks by name, alias or id."""

from __future__ import annotations

import pytest

from kgbuild.errors import UsageError
from kgbuild.export import SubgraphSpec, view
from kgbuild.export.source import mention_counts
from kgbuild.export.subgraph import subgraph
from tests.factories import news_graph


def kept(**spec: object) -> tuple[set[str], set[tuple[str, str, str]]]:
    """Node ids and (type, src, dst) of what a spec keeps of the news graph."""
    selected = subgraph(news_graph(), SubgraphSpec(**spec))  # type: ignore[arg-type]
    return {n.id for n in selected.nodes()}, {(r.type, r.src, r.dst) for r in selected.rels()}


def test_no_filter_is_the_source_itself() -> None:
    source = news_graph()
    assert subgraph(source, SubgraphSpec()) is source


def test_date_range_keeps_events_dated_in_it_and_everything_else() -> None:
    nodes, rels = kept(since="2025-03-01")
    assert {"e1"} == {n for n in nodes if n.startswith("e")}
    assert {"a1", "a2", "kim", "ru", "yonhap", "nis"} <= nodes
    assert ("ACTOR", "e2", "kim") not in rels and ("ACTOR", "e1", "kim") in rels
    nodes, _rels = kept(since="2025-02-10", until="2025-02-10")
    assert {n for n in nodes if n.startswith("e")} == {"e2"}


def test_kinds_keep_those_nodes_and_the_edges_between_them() -> None:
    nodes, rels = kept(kinds=("Person", "Country", "Event"))
    assert nodes == {"kim", "ru", "e1", "e2", "e3"}
    assert all(t in ("ACTOR", "TARGET") for t, _s, _d in rels) and len(rels) == 6
    nodes, _rels = kept(kinds=("Entity",))
    assert nodes == {"kim", "ru", "yonhap", "nis"}


def test_min_mentions_drops_rarely_mentioned_entities_only() -> None:
    nodes, _rels = kept(min_mentions=2)
    assert "kim" in nodes and not {"ru", "yonhap", "nis"} & nodes
    assert {"a1", "a2", "e1", "e2", "e3"} <= nodes


def test_mention_counts_stay_those_of_the_whole_graph() -> None:
    selected = subgraph(news_graph(), SubgraphSpec(kinds=("Person",)))
    assert mention_counts(selected)["kim"] == 5


@pytest.mark.parametrize("name", ["Kim Jong Un", "kim dzsongun", "KIM JONG-UN", "kim"])
def test_ego_network_by_name_alias_or_id(name: str) -> None:
    nodes, _rels = kept(entity=name, hops=1)
    assert nodes == {"kim", "a1", "a2", "e1", "e2", "e3"}


def test_ego_network_hops() -> None:
    assert kept(entity="Q159", hops=0)[0] == {"ru"}
    assert {"yonhap", "kim"} <= kept(entity="Oroszország", hops=2)[0]


def test_unknown_or_filtered_entity_is_a_usage_error_with_suggestions() -> None:
    with pytest.raises(UsageError, match="did you mean 'Kim Jong Un'"):
        kept(entity="Kim Jong")
    with pytest.raises(UsageError, match="left out by --kind"):
        kept(entity="Kim Jong Un", kinds=("Country",))


@pytest.mark.parametrize(("spec", "message"), [
    (SubgraphSpec(since="5 Nov"), "not a date"),
    (SubgraphSpec(since="2025-02-01", until="2025-01-01"), "is after"),
    (SubgraphSpec(kinds=("Planet",)), "not a node kind"),
    (SubgraphSpec(hops=2), "needs --entity"),
])
def test_options_that_make_no_sense_are_refused(spec: SubgraphSpec, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        subgraph(news_graph(), spec)


def test_view_projects_events_in_the_date_range_then_filters_the_projection() -> None:
    projected = view(news_graph(), SubgraphSpec(since="2025-03-01"), "actors")
    assert [(r.src, r.dst, r.props["weight"]) for r in projected.rels()] == [("kim", "ru", 1)]
    only_people = view(news_graph(), SubgraphSpec(kinds=("Person",)), "actors")
    assert [n.id for n in only_people.nodes()] == ["kim"] and not list(only_people.rels())
