"""Batched writes leave exactly what one-by-one upserts (the store's original algorithm) leave."""

from __future__ import annotations

import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kgbuild.model.graph import DocGraph, Node, PropValue, Rel
from kgbuild.store.props import is_stable, merge_props
from kgbuild.store.sqlite import SqliteStore

SCALARS = st.one_of(st.none(), st.booleans(), st.sampled_from([0, 1, 2, 1.0, -0.0, 0.0, 2.5]),
                    st.sampled_from(["1", "a", "b", "Á", "k/1"]))  # "k/1": a clustering key scoped to one article
ITEMS = st.one_of(SCALARS, st.lists(st.sampled_from([0, 1, 2]), max_size=2))
PROPS = st.dictionaries(st.sampled_from(["name", "aliases", "resolved", "nil_keys", "x"]),
                        st.one_of(SCALARS, st.lists(ITEMS, max_size=4)), max_size=4)
NODES = st.tuples(st.sampled_from(["n1", "n2", "n3"]), st.sampled_from(["Person", "Media", "Event"]), PROPS)
GRAPHS = st.lists(st.tuples(st.lists(NODES, max_size=3, unique_by=lambda n: n[0]),
                            st.lists(st.sampled_from(["r1", "r2"]), max_size=2)), min_size=1, max_size=6)


def _old_union(first: list[Any], second: list[Any]) -> list[Any]:
    """The original _union: items keyed by their JSON text."""
    seen = {json.dumps(v, sort_keys=True): v for v in first}
    for value in second:
        seen.setdefault(json.dumps(value, sort_keys=True), value)
    return list(seen.values())


def _old_merge(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    merged = dict(old)
    for key, value in new.items():
        current = merged.get(key)
        if isinstance(current, list) and isinstance(value, list):
            merged[key] = _old_union(current, value)
        elif current is None:
            merged[key] = value
    return merged


def _dumps(props: dict[str, Any]) -> str:
    return json.dumps(props, sort_keys=True, ensure_ascii=False)


def one_by_one(graphs: list[DocGraph]) -> dict[str, list[tuple[Any, ...]]]:
    """The store's original write path, per node: SELECT, merge after a JSON round trip, REPLACE, learn."""
    nodes: dict[str, tuple[str, str]] = {}
    registry: dict[str, list[Any]] = {}
    rels: dict[str, tuple[Any, ...]] = {}
    for graph in graphs:
        for node in graph.nodes:
            row = nodes.get(node.id)
            props = _old_merge(json.loads(row[1]), node.props) if row else node.props
            nodes[node.id] = (node.label, _dumps(props))
            keys = props.get("nil_keys")
            scoped = isinstance(keys, list) and bool(keys) and all("/" in str(key) for key in keys)
            if node.label in ("Person", "Media") and props.get("resolved") is None and not scoped:
                aliases, keys = props.get("aliases") or [], props.get("nil_keys")
                values = [json.dumps(aliases, ensure_ascii=False), json.dumps(keys or [], ensure_ascii=False),
                          "nil" if keys is not None else "registry"]
                if node.id in registry:
                    registry[node.id][4:] = values
                else:
                    registry[node.id] = [node.id, node.label, str(props.get("name")), str(props.get("key") or node.id)] + values
        for rel in graph.rels:
            rels[rel.id] = (rel.id, rel.type, rel.src, rel.dst, _dumps(rel.props))
    return {"nodes": sorted((k, *v) for k, v in nodes.items()), "rels": sorted(rels.values()),
            "registry": [tuple(r) for r in registry.values()]}


def tables(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    conn = sqlite3.connect(path)
    return {"nodes": conn.execute("SELECT * FROM nodes ORDER BY id").fetchall(),
            "rels": conn.execute("SELECT * FROM rels ORDER BY id").fetchall(),
            "registry": conn.execute("SELECT id, kind, name, key, aliases, keys, source FROM registry ORDER BY rowid").fetchall()}


def build(spec: list[tuple[list[tuple[str, str, dict[str, PropValue]]], list[str]]]) -> list[DocGraph]:
    graphs = []
    for i, (nodes, rels) in enumerate(spec):
        article = f"a{i}"
        graphs.append(DocGraph(article, tuple(Node(n, label, props) for n, label, props in nodes),
                               tuple(Rel(r, "MENTIONS", article, "n1", {"i": i}) for r in rels)))
    return graphs


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(GRAPHS, st.integers(min_value=1, max_value=4), st.booleans())
def test_batches_store_what_one_by_one_upserts_store(spec: Any, batch: int, twice: bool) -> None:
    graphs = build(spec) * (2 if twice else 1)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "kg.db"
        with SqliteStore(path) as store:
            for start in range(0, len(graphs), batch):
                store.write_batch([(g, g.article_id) for g in graphs[start:start + batch]])
        got = tables(path)
    assert got == one_by_one(graphs)


@given(st.lists(ITEMS, max_size=6), st.lists(ITEMS, max_size=6))
def test_union_keys_items_as_their_json_text(first: list[Any], second: list[Any]) -> None:
    merged = merge_props({"k": first}, {"k": second})
    assert _dumps(merged) == _dumps(_old_merge({"k": first}, {"k": second}))
    assert is_stable({"k": first}) == (len(_old_union(first, [])) == len(first))
