"""Query results as a text table, JSON ({"columns": [...], "rows": [...]}) or CSV."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from kgbuild.query.runner import Result

MAX_CELL = 60


def render(result: Result, fmt: str) -> str:
    """The result in one of the formats `kgbuild query run --format` offers."""
    if fmt == "json":
        return json.dumps({"columns": result.columns, "rows": result.rows}, ensure_ascii=False, indent=2)
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(result.columns)
        writer.writerows([[_csv_cell(v) for v in row] for row in result.rows])
        return out.getvalue().rstrip("\n")
    return _table(result)


def _csv_cell(value: Any) -> Any:
    """Lists and maps as JSON inside a CSV cell."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


def _table(result: Result) -> str:
    """Aligned columns, long cells cut, and a row count."""
    cells = [[_cell(v) for v in row] for row in result.rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(result.columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(result.columns, widths)), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    lines.append(f"({len(cells)} rows)")
    return "\n".join(lines)


def _cell(value: Any) -> str:
    """One value as table text."""
    if value is None:
        return ""
    if isinstance(value, list):
        text = ", ".join(_cell(v) for v in value)
    elif isinstance(value, float):
        text = f"{value:.3g}"
    else:
        text = str(value)
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"
