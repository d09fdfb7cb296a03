"""Settings: the only module that reads environment variables."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DEFAULT_STORE = "kg.db"


def default_store_path() -> Path:
    """The embedded store used when --store is not given (KGBUILD_STORE or ./kg.db)."""
    return Path(os.environ.get("KGBUILD_STORE") or DEFAULT_STORE)


@dataclass(frozen=True)
class Neo4jSettings:
    """Connection settings for Neo4j; the password is kept out of repr so it is never printed."""

    uri: str
    username: str
    database: str | None
    password: str

    def __repr__(self) -> str:
        return f"Neo4jSettings(uri={self.uri!r}, username={self.username!r}, database={self.database!r})"


def neo4j_settings(uri: str | None = None) -> Neo4jSettings:
    """Neo4j settings from the environment, with an explicit URI taking precedence."""
    return Neo4jSettings(
        uri=uri or os.environ.get("NEO4J_URI", "bolt://127.0.0.1:7687"),
        username=os.environ.get("NEO4J_USERNAME", "neo4j"),
        database=os.environ.get("NEO4J_DATABASE") or None,
        password=os.environ.get("NEO4J_PASSWORD", ""),
    )
