"""Merging parallel relationships for Gephi: one edge per type and ends, weights added, every id kept."""

from __future__ import annotations

from kgbuild.export.parallel import MergedParallel, merge_group
from kgbuild.export.source import mention_counts
from tests.factories import ListSource, news_graph, node, rel


def test_only_repeated_type_and_ends_are_merged() -> None:
    merged = list(MergedParallel(news_graph()).rels())
    assert len(merged) == 15
    (cites,) = [r for r in merged if r.type == "CITES"]
    assert (cites.id, cites.props["weight"], cites.props["merged"]) == ("rel:CITES:yonhap:nis:a1", 2, 2)
    assert cites.props["article"] == "a1"  # scalars: the first member's
    assert mention_counts(MergedParallel(news_graph()))["kim"] == 5


def test_lists_are_unioned_and_counts_added_for_mentions() -> None:
    first = rel("MENTIONS", "a", "x", "1", count=2, surfaces=["X", "Xe"])
    second = rel("MENTIONS", "a", "x", "2", count=3, surfaces=["Xe", "Xi"])
    merged = merge_group([second, first])
    assert merged.id == first.id and merged.props["count"] == 5
    assert merged.props["surfaces"] == ["X", "Xe", "Xi"] and merged.props["merged_ids"] == [first.id, second.id]


def test_nodes_pass_through_and_single_relationships_are_unchanged() -> None:
    source = ListSource([node("a", "Article"), node("x", "Person")], [rel("MENTIONS", "a", "x", count=1)])
    view = MergedParallel(source)
    assert list(view.nodes()) == list(source.nodes()) and list(view.rels()) == list(source.rels())
