"""The embedded store: idempotent writes, merged entity properties, all-or-nothing per article."""

from __future__ import annotations

from pathlib import Path

import pytest

from kgbuild.errors import StoreError
from kgbuild.model.graph import DocGraph, Node, Rel
from kgbuild.store.props import merge_props
from kgbuild.store.sqlite import SqliteStore


def graph(article: str, aliases: list[str], rel_type: str = "MENTIONS") -> DocGraph:
    nodes = (Node(article, "Article", {"title": article}), Node("Q1", "Person", {"name": "X", "aliases": aliases}))
    return DocGraph(article, nodes, (Rel(f"rel:{article}", rel_type, article, "Q1", {"count": 1}),))


def snapshot(store: SqliteStore) -> tuple[list[Node], list[Rel]]:
    return list(store.nodes()), list(store.rels())


def test_writing_twice_changes_nothing(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "kg.db") as store:
        store.write(graph("a1", ["x", "y"]), "a.txt")
        first = snapshot(store)
        store.write(graph("a1", ["x", "y"]), "a.txt")
        assert snapshot(store) == first
        assert store.has_article("a1")


def test_entities_merge_across_articles(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "kg.db") as store:
        store.write(graph("a1", ["x"]), "a.txt")
        store.write(graph("a2", ["y", "x"]), "b.txt")
        person = next(n for n in store.nodes() if n.id == "Q1")
        assert person.props["aliases"] == ["x", "y"]
        assert store.counts()["nodes"] == {"Article": 2, "Person": 1}


def test_a_failed_article_leaves_no_trace_and_loses_nothing(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "kg.db") as store:
        store.write(graph("a1", ["x"]), "a.txt")
        before = snapshot(store)
        with pytest.raises(StoreError, match="not in the fixed list"):
            store.write(graph("a2", ["z"], rel_type="DROP_ALL"), "b.txt")
        assert snapshot(store) == before
        assert not store.has_article("a2")


def test_persists_across_connections(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "kg.db") as store:
        store.write(graph("a1", ["x"]), "a.txt")
    with SqliteStore(tmp_path / "kg.db") as store:
        assert store.has_article("a1")


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "kg.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError, match="cannot open the store"):
        SqliteStore(path)


def test_merge_props_is_idempotent() -> None:
    old = {"a": [1, 2], "b": "keep", "c": None}
    new = {"a": [2, 3], "b": "other", "c": "fill"}
    merged = merge_props(old, new)  # type: ignore[arg-type]
    assert merged == {"a": [1, 2, 3], "b": "keep", "c": "fill"}
    assert merge_props(merged, new) == merged  # type: ignore[arg-type]


def test_a_relationship_sent_twice_in_a_batch_is_stored_as_last_sent(tmp_path: Path) -> None:
    first, second = graph("a1", ["x"]), graph("a2", ["x"])
    again = DocGraph("a2", second.nodes, (Rel("rel:a1", "CITES", "a2", "Q1", {"count": 2}),) + second.rels)
    with SqliteStore(tmp_path / "one.db") as one, SqliteStore(tmp_path / "batch.db") as batch:
        one.write(first, "a.txt")
        one.write(again, "b.txt")
        batch.write_batch([(first, "a.txt"), (again, "b.txt")])
        assert snapshot(batch) == snapshot(one)
        assert next(r for r in batch.rels() if r.id == "rel:a1").type == "CITES"
        rowids = "SELECT id FROM rels ORDER BY rowid"
        assert batch.conn.execute(rowids).fetchall() == one.conn.execute(rowids).fetchall()


def test_a_store_made_with_end_indexes_stores_the_same(tmp_path: Path) -> None:
    with SqliteStore(tmp_path / "new.db") as new, SqliteStore(tmp_path / "old.db") as old:
        old.conn.execute("CREATE INDEX rels_src ON rels(src)")
        old.conn.execute("CREATE INDEX rels_dst ON rels(dst)")
        for store in (new, old):
            store.write_batch([(graph("a1", ["x"]), "a.txt"), (graph("a2", ["y"]), "b.txt")])
        assert snapshot(new) == snapshot(old)
        assert old.conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
