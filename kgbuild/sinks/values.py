"""Property values to and from Neo4j: lists of pairs become JSON text, internal keys stay out of records."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any, cast

from kgbuild.errors import Neo4jError
from kgbuild.model.graph import PropValue

JSON_KEYS = frozenset({"spans"})
COMMITTED = "ingest_committed"
NODE_INTERNAL = frozenset({"id", COMMITTED})
REL_INTERNAL = frozenset({"id"})


_PLAIN = frozenset({str, int, float, bool, type(None)})


def to_neo4j(props: Mapping[str, PropValue]) -> dict[str, Any]:
    """Properties as Neo4j can store them: JSON text for JSON_KEYS, flat lists of one type otherwise."""
    return {key: value if type(value) in _PLAIN and key not in JSON_KEYS else _encode(key, value)
            for key, value in props.items()}


def encoded(key: str, value: PropValue) -> Any:
    """One value as to_neo4j stores it."""
    return value if type(value) in _PLAIN and key not in JSON_KEYS else _encode(key, value)


def _encode(key: str, value: PropValue) -> Any:
    """One value; a list Neo4j cannot hold (nested, mixed, with nulls) outside JSON_KEYS is refused."""
    if key in JSON_KEYS and value is not None:
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list) and not _storable(value):
        raise Neo4jError(f"property {key!r} holds a list Neo4j cannot store ({json.dumps(value)[:60]}); "
                         "add its key to kgbuild.sinks.values.JSON_KEYS")
    return value


def _storable(values: list[Any]) -> bool:
    """Neo4j stores lists of one scalar type: no nulls, no nesting, no mixing."""
    kinds = {type(v) for v in values}
    return len(kinds) <= 1 and not kinds & {list, dict, type(None)}


def from_neo4j(props: Mapping[str, Any], internal: frozenset[str]) -> dict[str, PropValue]:
    """Properties back as the embedded store holds them: JSON_KEYS decoded, keys sorted, internals dropped."""
    out: dict[str, PropValue] = {}
    for key in sorted(props):
        if key in internal:
            continue
        value = props[key]
        out[key] = cast(PropValue, json.loads(value) if key in JSON_KEYS and isinstance(value, str) else value)
    return out
