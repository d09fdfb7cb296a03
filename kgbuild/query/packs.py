"""The shipped query files and their headers (title, description, parameters, columns, examples)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from kgbuild.errors import KgbuildError, UsageError
from kgbuild.query.literals import TYPES, ParamValue, parse_literal

_PARAM_DOC = re.compile(r"//\s*Param\s+(\w+)\s*\((\w+)\):\s*(.*)")
_PARAM_SET = re.compile(r":param\s+(\w+)\s*=>\s*(.+?);?\s*$")


@dataclass(frozen=True, slots=True)
class Param:
    """A query parameter: name, declared type, meaning and the header's example value."""

    name: str
    type: str
    description: str
    example: ParamValue


@dataclass(frozen=True, slots=True)
class Query:
    """One query file."""

    name: str
    theme: str
    title: str
    description: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    cypher: str
    source: str
    path: Path


def packs_dir() -> Path:
    """The query packs: inside the wheel, or cypher/ in a source checkout."""
    packaged = Path(str(resources.files("kgbuild"))) / "_shipped" / "cypher"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "cypher"


@lru_cache(maxsize=1)
def all_queries() -> tuple[Query, ...]:
    """Every shipped query, by theme and name."""
    return tuple(parse_query(p) for p in sorted(packs_dir().glob("*/*.cypher")))


def find_query(name: str) -> Query:
    """A query by name, or a UsageError listing the names there are."""
    for query in all_queries():
        if query.name == name:
            return query
    raise UsageError(f"no query named {name!r} (see `kgbuild query list`)")


def parse_query(path: Path) -> Query:
    """Parse a query file's header; a file without the header is an error naming the file."""
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    if not lines or not lines[0].startswith("// ") or lines[0].startswith("// Description"):
        raise KgbuildError(f"{path}: the first line must be '// Title'")
    header, body = _split(lines)
    fields = _fields(path, header)
    return Query(
        name=path.stem, theme=path.parent.name, title=lines[0][3:].strip(), description=fields["description"],
        params=_params(path, header), columns=tuple(c.strip() for c in fields["returns"].split(",")),
        cypher="\n".join(body).strip(), source=source, path=path,
    )


def _split(lines: list[str]) -> tuple[list[str], list[str]]:
    """Header lines (comments and :param lines at the top) and the query body."""
    for i, line in enumerate(lines):
        if line.strip() and not line.startswith("//") and not line.startswith(":param"):
            return lines[:i], lines[i:]
    return lines, []


def _fields(path: Path, header: list[str]) -> dict[str, str]:
    """Description (with its continuation lines) and Returns."""
    fields: dict[str, str] = {}
    current = None
    for line in header[1:]:
        match = re.match(r"//\s*(Description|Returns):\s*(.*)", line)
        if match:
            current = match.group(1).lower()
            fields[current] = match.group(2).strip()
        elif current and line.startswith("//   "):
            fields[current] += " " + line[2:].strip()
        else:
            current = None
    for required in ("description", "returns"):
        if not fields.get(required):
            raise KgbuildError(f"{path}: the header has no '// {required.title()}:' line")
    return fields


def _params(path: Path, header: list[str]) -> tuple[Param, ...]:
    """Declared parameters joined with their :param example values; each needs both."""
    docs = {m.group(1): (m.group(2), m.group(3)) for m in map(_PARAM_DOC.fullmatch, header) if m}
    examples = {m.group(1): m.group(2) for m in map(_PARAM_SET.fullmatch, header) if m}
    if set(docs) != set(examples):
        raise KgbuildError(f"{path}: every '// Param' needs a ':param' example and the other way round")
    for name, (declared, _doc) in docs.items():
        if declared not in TYPES:
            raise KgbuildError(f"{path}: parameter {name!r} has type {declared!r}; use one of {', '.join(TYPES)}")
    return tuple(Param(n, t, d, parse_literal(examples[n])) for n, (t, d) in docs.items())
