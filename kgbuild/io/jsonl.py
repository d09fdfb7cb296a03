"""Loader for .jsonl: one article a line; a bad line is an error naming its line number."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from kgbuild.errors import InputError
from kgbuild.io.meta import make_document
from kgbuild.io.text import read_text
from kgbuild.model.document import Document

_OPTIONAL = ("id", "title", "date", "source", "url", "lang")


def load_jsonl(path: Path) -> Iterator[Document | InputError]:
    """Every article of the file; each bad line yields its own InputError and the rest still load."""
    try:
        text = read_text(path)
    except InputError as exc:
        yield exc
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                yield _parse_line(f"{path}: line {number}", line)
            except InputError as exc:
                yield exc


def _parse_line(name: str, line: str) -> Document:
    """One JSON object with a non-empty `text` and optional string metadata."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(name, f"malformed JSON ({exc.msg} at column {exc.colno})") from exc
    if not isinstance(record, dict):
        raise InputError(name, "expected a JSON object")
    text = record.get("text")
    if text is not None and not isinstance(text, str):
        raise InputError(name, f"'text' must be a string (got {_json_kind(text)})")
    if text is None or not text.strip():
        raise InputError(name, "missing or empty 'text'")
    fields: dict[str, str] = {}
    for key in _OPTIONAL:
        value = record.get(key)
        if value is not None:
            if not isinstance(value, (str, int)):
                raise InputError(name, f"'{key}' must be a string")
            fields[key] = str(value)
    return make_document(name, text, fields)


def _json_kind(value: object) -> str:
    """What a JSON value is, in the words of the JSON spec, for error messages."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    return "a list" if isinstance(value, list) else "an object"
