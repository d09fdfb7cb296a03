"""neo4j-csv: neo4j-admin import headers, one file per label and type, counts equal to the source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kgbuild.errors import ExportError, UsageError
from kgbuild.export.neo4jcsv import ARRAY_DELIMITER, write_neo4j_csv
from kgbuild.export.output import export_graph, write_folder
from kgbuild.export.source import GraphSource
from tests.factories import ListSource, news_graph, node
from tests.neo4j_csv import check_headers, read_folder


def written(tmp_path: Path, source: GraphSource | None = None) -> dict[str, list[dict[str, str]]]:
    folder = tmp_path / "csv"
    folder.mkdir()
    write_neo4j_csv(source or news_graph(), folder)
    return read_folder(folder)


def test_one_file_per_label_and_type_with_valid_headers_and_all_rows(tmp_path: Path) -> None:
    files = written(tmp_path)
    check_headers(tmp_path / "csv")
    assert sum(len(rows) for name, rows in files.items() if name.startswith("nodes_")) == 9
    assert sum(len(rows) for name, rows in files.items() if name.startswith("rels_")) == 16
    assert len(files["rels_CITES.csv"]) == 2  # parallel relationships stay separate here
    assert {r[":LABEL"] for r in files["nodes_Person.csv"]} == {"Entity;Person"}


def test_typed_columns_arrays_and_json(tmp_path: Path) -> None:
    files = written(tmp_path)
    person = files["nodes_Person.csv"][0]
    assert person["aliases:string[]"].split(ARRAY_DELIMITER) == ["Kim Dzsongun", "Kim Jong-un"]
    event = next(r for r in files["nodes_Event.csv"] if r["id:ID"] == "e1")
    assert float(event["confidence:double"]) == 0.85
    mention = next(r for r in files["rels_MENTIONS.csv"] if r[":END_ID"] == "kim" and r[":START_ID"] == "a1")
    assert mention["count:long"] == "3" and json.loads(mention["spans:string"]) == [[0, 3], [10, 13], [20, 23]]
    assert mention["id:string"] == "rel:MENTIONS:a1:kim"
    assert next(r for r in files["nodes_Media.csv"])["aliases:string[]"] == ""  # empty list: no value


def test_a_list_holding_the_delimiter_becomes_json_and_numbers_widen(tmp_path: Path) -> None:
    source = ListSource([node("x", "Other", aliases=["a;b", "c"], score=1),
                         node("y", "Other", aliases=["d"], score=0.5)], [])
    rows = written(tmp_path, source)["nodes_Other.csv"]
    assert json.loads(rows[0]["aliases:string"]) == ["a;b", "c"] and json.loads(rows[1]["aliases:string"]) == ["d"]
    assert [r["score:double"] for r in rows] == ["1", "0.5"]


def test_export_replaces_an_earlier_export_but_never_other_files(tmp_path: Path) -> None:
    target = tmp_path / "out"
    write_folder(write_neo4j_csv, news_graph(), target)
    write_folder(write_neo4j_csv, ListSource([node("x", "Other")], []), target)
    assert [p.name for p in target.iterdir()] == ["nodes_Other.csv"]
    (target / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(ExportError, match="holds other files"):
        write_folder(write_neo4j_csv, news_graph(), target)
    with pytest.raises(UsageError, match="writes a folder"):
        export_graph(news_graph(), "neo4j-csv", "-", None)  # type: ignore[arg-type]
