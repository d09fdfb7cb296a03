"""Reading and checking a neo4j-csv export folder (unit, e2e and integration tests share these)."""

from __future__ import annotations

import csv
import re
from pathlib import Path

HEADER = re.compile(r"^(?:id:ID|:LABEL|:START_ID|:END_ID|:TYPE|\w+:(?:string|long|double|boolean)(?:\[\])?)$")


def read_folder(folder: Path) -> dict[str, list[dict[str, str]]]:
    """Every file's rows (header names as keys), by file name."""
    files = {}
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            files[path.name] = list(csv.DictReader(f))
    return files


def header(path: Path) -> list[str]:
    """A file's header columns."""
    with path.open(encoding="utf-8", newline="") as f:
        return next(csv.reader(f))


def check_headers(folder: Path) -> None:
    """Headers neo4j-admin accepts: nodes start with id:ID,:LABEL; relationships with the three ids;
    every property column is name:type with a known type, each name once."""
    for path in folder.glob("*.csv"):
        columns = header(path)
        assert all(HEADER.match(c) for c in columns), (path.name, columns)
        head = ["id:ID", ":LABEL"] if path.name.startswith("nodes_") else [":START_ID", ":END_ID", ":TYPE"]
        assert columns[:len(head)] == head, (path.name, columns)
        names = [c.split(":")[0] for c in columns[len(head):]]
        assert len(names) == len(set(names)), (path.name, columns)


def counts(folder: Path) -> tuple[dict[str, int], dict[str, int]]:
    """Rows per label (nodes_<Label>.csv) and per type (rels_<TYPE>.csv)."""
    files = read_folder(folder)
    nodes = {name[6:-4]: len(rows) for name, rows in files.items() if name.startswith("nodes_")}
    rels = {name[5:-4]: len(rows) for name, rows in files.items() if name.startswith("rels_")}
    return nodes, rels
