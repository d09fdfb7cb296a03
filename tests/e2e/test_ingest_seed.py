"""Acceptance on the seed article: the named entities, MENTIONS edges, REPORTED_BY Yonhap, idempotence."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.e2e.cli import counts, export_graph, run

EXPECTED = {"Kim Jong Un", "Dmitry Medvedev", "Valery Gerasimov", "Kursk Oblast", "Yonhap"}


def test_seed_entities_and_reporter(seed: Path, tmp_path: Path) -> None:
    store = tmp_path / "kg.db"
    result = run("ingest", seed, "--store", store)
    assert result.returncode == 0, result.stderr
    graph = export_graph(store, tmp_path)
    by_name = {data["name"]: node for node, data in graph.nodes(data=True)}
    assert EXPECTED <= set(by_name)
    mentioned = {by_name[n] for n in EXPECTED}
    targets = {dst for _src, dst, data in graph.edges(data=True) if data["type"] == "MENTIONS"}
    assert mentioned <= targets
    reported_by = [(src, dst) for src, dst, data in graph.edges(data=True) if data["type"] == "REPORTED_BY"]
    assert any(dst == by_name["Yonhap"] for _src, dst in reported_by)


def test_ingesting_the_seed_twice_changes_nothing(seed: Path, tmp_path: Path) -> None:
    store = tmp_path / "kg.db"
    assert run("ingest", seed, "--store", store).returncode == 0
    first = counts(export_graph(store, tmp_path))
    again = run("ingest", seed, "--store", store)
    assert again.returncode == 0 and "unchanged 1" in again.stdout
    assert counts(export_graph(store, tmp_path)) == first
    forced = run("ingest", seed, "--store", store, "--force")
    assert forced.returncode == 0 and "ingested   1" in forced.stdout
    assert counts(export_graph(store, tmp_path)) == first


def test_offsets_point_into_the_body(seed: Path, tmp_path: Path) -> None:
    store = tmp_path / "kg.db"
    assert run("ingest", seed, "--store", store).returncode == 0
    body = re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s+", "", seed.read_text(encoding="utf-8")).strip()
    graph = export_graph(store, tmp_path)
    for _src, _dst, data in graph.edges(data=True):
        if data["type"] == "MENTIONS":
            for (start, end), surface in zip(json.loads(data["spans"]), json.loads(data["surfaces"])):
                assert body[start:end] == surface
