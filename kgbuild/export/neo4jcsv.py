"""neo4j-admin import CSV: a folder with one nodes file per label and one relationships file per type.

Headers follow `neo4j-admin database import full`: `id:ID` and `:LABEL` (`Entity;Person`) for nodes,
`:START_ID`, `:END_ID`, `:TYPE` for relationships, and typed property columns (`count:long`,
`confidence:double`, `aliases:string[]`). Arrays use neo4j-admin's default delimiter `;`; a list
column whose items contain `;`, or that holds lists of lists (`spans`), is a JSON string instead.
The source is read twice: column types first, then rows.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import IO

from kgbuild.export.source import GraphSource
from kgbuild.graph.schema import labels_for
from kgbuild.model.graph import Node, PropValue, Rel

ARRAY_DELIMITER = ";"
NODE_HEAD = ("id:ID", ":LABEL")
REL_HEAD = (":START_ID", ":END_ID", ":TYPE", "id:string")
_SCALARS = {bool: "boolean", int: "long", float: "double", str: "string"}

Columns = dict[str, str]


def write_neo4j_csv(source: GraphSource, folder: Path) -> None:
    """Write nodes_<Label>.csv and rels_<TYPE>.csv into an existing, empty folder."""
    node_columns = _columns((n.label, n.props) for n in source.nodes())
    rel_columns = _columns((r.type, r.props) for r in source.rels())
    with ExitStack() as stack:
        nodes = _writers(stack, folder, "nodes", node_columns, NODE_HEAD)
        for node in source.nodes():
            nodes[node.label].writerow(_node_row(node, node_columns[node.label]))
        rels = _writers(stack, folder, "rels", rel_columns, REL_HEAD)
        for rel in source.rels():
            rels[rel.type].writerow(_rel_row(rel, rel_columns[rel.type]))


def file_names(folder: Path) -> list[Path]:
    """The files this writer makes (so a folder holding only these may be replaced)."""
    return sorted([*folder.glob("nodes_*.csv"), *folder.glob("rels_*.csv")])


def _columns(rows: Iterable[tuple[str, dict[str, PropValue]]]) -> dict[str, Columns]:
    """Per label (or type): each property's neo4j-admin type, in first-seen order."""
    seen: dict[str, dict[str, set[str]]] = {}
    for group, props in rows:
        kinds = seen.setdefault(group, {})
        for name, value in props.items():
            if name != "id" and value is not None:
                kinds.setdefault(name, set()).add(_kind(value))
    return {group: {name: _widen(k) for name, k in kinds.items()} for group, kinds in seen.items()}


def _kind(value: PropValue) -> str:
    """The neo4j-admin type one value needs: a scalar, an array type, or json."""
    if isinstance(value, list):
        if not value:
            return "[]"
        items = {_kind(v) for v in value}
        if not items <= {"long", "double", "string", "boolean"}:
            return "json"
        if "string" in items and any(ARRAY_DELIMITER in str(v) for v in value):
            return "json"
        return _widen(items) + "[]"
    return _SCALARS.get(type(value), "json")


def _widen(kinds: set[str]) -> str:
    """One type for all values of a column: numbers widen to double, arrays of numbers to double[]."""
    kinds = kinds - {"[]"} or {"string[]"}
    if len(kinds) == 1:
        return next(iter(kinds))
    if kinds <= {"long", "double"}:
        return "double"
    if kinds <= {"long[]", "double[]"}:
        return "double[]"
    return "string" if "json" not in kinds and not any(k.endswith("[]") for k in kinds) else "json"


class _RowWriter:
    """A csv writer that has written its header."""

    def __init__(self, out: IO[str], header: list[str]) -> None:
        self._csv = csv.writer(out, lineterminator="\n")
        self._csv.writerow(header)

    def writerow(self, row: Iterable[str]) -> None:
        """One row."""
        self._csv.writerow(row)


def _writers(stack: ExitStack, folder: Path, prefix: str, columns: dict[str, Columns],
             head: tuple[str, ...]) -> dict[str, _RowWriter]:
    """One open CSV writer per label or type, its header written."""
    writers: dict[str, _RowWriter] = {}
    for group, cols in columns.items():
        out = stack.enter_context((folder / f"{prefix}_{group}.csv").open("w", encoding="utf-8", newline=""))
        writers[group] = _RowWriter(out, [*head, *(_header(name, kind) for name, kind in cols.items())])
    return writers


def _header(name: str, kind: str) -> str:
    """`name:type`, with JSON columns declared as plain strings."""
    return f"{name}:{'string' if kind == 'json' else kind}"


def _node_row(node: Node, cols: Columns) -> Iterator[str]:
    """id, labels, then the property cells."""
    yield node.id
    yield ARRAY_DELIMITER.join(labels_for(node.label))
    yield from _cells(node.props, cols)


def _rel_row(rel: Rel, cols: Columns) -> Iterator[str]:
    """Start, end, type, id, then the property cells."""
    yield from (rel.src, rel.dst, rel.type, rel.id)
    yield from _cells(rel.props, cols)


def _cells(props: dict[str, PropValue], cols: Columns) -> Iterator[str]:
    """One cell per column; a missing value is an empty cell (null)."""
    for name, kind in cols.items():
        yield _cell(props.get(name), kind)


def _cell(value: PropValue, kind: str) -> str:
    """A value as neo4j-admin reads it for its column's type."""
    if value is None:
        return ""
    if kind == "json" or (isinstance(value, list) and not kind.endswith("[]")):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(_scalar(v) for v in value)
    return _scalar(value)


def _scalar(value: object) -> str:
    """true/false for booleans, repr for floats (no precision lost), str for the rest."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)
