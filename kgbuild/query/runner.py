"""Run a query pack against Neo4j in a read transaction; values come back as plain Python."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import neo4j
from neo4j.graph import Node, Path, Relationship

from kgbuild.config import Neo4jSettings
from kgbuild.errors import UsageError
from kgbuild.query.literals import ParamValue, coerce
from kgbuild.query.packs import Query
from kgbuild.sinks.connection import open_driver, translated


@dataclass(frozen=True, slots=True)
class Result:
    """Columns and rows of one run."""

    columns: list[str]
    rows: list[list[Any]]


def parameters(query: Query, given: Mapping[str, str]) -> dict[str, ParamValue]:
    """The header's examples, overridden by -p values coerced to the declared types."""
    declared = {p.name: p for p in query.params}
    unknown = sorted(set(given) - set(declared))
    if unknown:
        raise UsageError(f"query {query.name!r} has no parameter {', '.join(map(repr, unknown))} "
                         f"(it takes: {', '.join(declared) or 'none'})")
    values = {p.name: p.example for p in query.params}
    values.update({k: coerce(k, v, declared[k].type) for k, v in given.items()})
    return values


def run_query(query: Query, values: Mapping[str, ParamValue], settings: Neo4jSettings) -> Result:
    """Execute in a managed read transaction (retried by the driver on transient failures)."""
    driver = open_driver(settings)
    try:
        with translated(settings, f"running query {query.name}"), driver.session(database=settings.database) as session:
            return session.execute_read(_collect, query.cypher, dict(values))
    finally:
        driver.close()


def _collect(tx: neo4j.ManagedTransaction, cypher: str, values: dict[str, ParamValue]) -> Result:
    """Read every record inside the transaction."""
    result = tx.run(cypher, values)
    rows = [[plain(v) for v in record.values()] for record in result]
    return Result(list(result.keys()), rows)


def plain(value: Any) -> Any:
    """Graph objects and temporal values as JSON-friendly Python (nodes by properties, paths by names)."""
    if isinstance(value, Node | Relationship):
        return dict(value.items())
    if isinstance(value, Path):
        return [n.get("name", n.element_id) for n in value.nodes]
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value
