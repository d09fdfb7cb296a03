"""Settings: the only module that reads environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_STORE = "kg.db"


def default_store_path() -> Path:
    """The embedded store used when --store is not given (KGBUILD_STORE or ./kg.db)."""
    return Path(os.environ.get("KGBUILD_STORE") or DEFAULT_STORE)


class Secret:
    """A password that shows itself only through reveal(): repr, str and debug printers see '***'."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def reveal(self) -> str:
        """The value, for the one place that needs it (the driver's auth)."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('***')"

    def __str__(self) -> str:
        return "***"

    def __bool__(self) -> bool:
        return bool(self._value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


@dataclass(frozen=True)
class Neo4jSettings:
    """Connection settings for Neo4j; the password is a Secret, so no repr or traceback prints it."""

    uri: str
    username: str
    database: str | None
    password: Secret
    retry_seconds: float = 30.0


def neo4j_settings(uri: str | None = None) -> Neo4jSettings:
    """Neo4j settings from the environment, with an explicit URI taking precedence."""
    return Neo4jSettings(
        uri=uri or os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
        username=os.environ.get("NEO4J_USERNAME", "neo4j"),
        database=os.environ.get("NEO4J_DATABASE") or None,
        password=Secret(os.environ.get("NEO4J_PASSWORD", "")),
        retry_seconds=_seconds(os.environ.get("KGBUILD_NEO4J_RETRY_SECONDS"), 30.0),
    )


def _seconds(text: str | None, default: float) -> float:
    """A positive number of seconds from the environment, or the default when unset or not a number."""
    try:
        value = float(text) if text else default
    except ValueError:
        return default
    return value if value > 0 else default
