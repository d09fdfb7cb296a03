"""Cypher literals in `:param` lines and `-p name=value` options, turned into query parameter values."""

from __future__ import annotations

import re

from kgbuild.errors import UsageError

ParamValue = str | int | float | bool | None | list[str | int | float | bool | None]
_NUMBER = re.compile(r"-?\d+(\.\d+)?([eE][-+]?\d+)?")
_SCALAR = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|true|false|null",
                     re.IGNORECASE)
_ESCAPE = re.compile(r"\\(.)")
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r"}
TYPES = ("String", "Integer", "Float", "Boolean")


def parse_literal(text: str) -> ParamValue:
    """A Cypher literal: a quoted string, a number, true/false/null, or a list of those."""
    text = text.strip()
    if text.startswith("[") and text.endswith("]"):
        inner = text[1:-1].strip()
        items = [m.group() for m in _SCALAR.finditer(inner)]
        return [_scalar(item) for item in items]
    if not _SCALAR.fullmatch(text):
        raise UsageError(f"not a Cypher literal: {text!r}")
    return _scalar(text)


def _scalar(text: str) -> str | int | float | bool | None:
    """One scalar literal."""
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered == "null":
        return None
    if text[0] in "'\"":
        return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), text[1:-1])
    number = _NUMBER.fullmatch(text)
    if number and (number.group(1) or number.group(2)):
        return float(text)
    return int(text)


def coerce(name: str, value: str, declared: str) -> ParamValue:
    """A `-p name=value` string as the type the query's header declares."""
    try:
        if declared == "Integer":
            return int(value)
        if declared == "Float":
            return float(value)
    except ValueError:
        raise UsageError(f"parameter {name!r} must be {declared.lower()}, got {value!r}") from None
    if declared == "Boolean":
        if value.lower() not in ("true", "false"):
            raise UsageError(f"parameter {name!r} must be true or false, got {value!r}")
        return value.lower() == "true"
    return value
