"""The Neo4j server the integration tests share: queries, clearing, and stop/start for the fault tests."""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

import neo4j

from kgbuild.config import Neo4jSettings, neo4j_settings
from kgbuild.graph.schema import NODE_LABELS
from kgbuild.sinks.connection import open_driver

REPO = Path(__file__).resolve().parents[2]
LOCAL = REPO / "scripts" / "neo4j-local"


class Control(Protocol):
    """Stops and starts the server (the fault tests need that)."""

    def stop(self) -> None: ...

    def start(self) -> None: ...


class LocalControl:
    """The server of scripts/neo4j-local."""

    def stop(self) -> None:
        subprocess.run([str(LOCAL), "stop"], check=True, capture_output=True, timeout=180)

    def start(self) -> None:
        subprocess.run([str(LOCAL), "start"], check=True, capture_output=True, timeout=300)


def local_control(uri: str) -> LocalControl | None:
    """A control when NEO4J_URI is the neo4j-local server of this checkout, else None."""
    port_file = REPO / ".cache" / "neo4j" / "bolt.port"
    status = subprocess.run([str(LOCAL), "status"], capture_output=True, text=True, check=False)
    parts = urlsplit(uri)
    if status.returncode != 0 or not port_file.exists() or parts.hostname not in ("127.0.0.1", "localhost"):
        return None
    return LocalControl() if str(parts.port or 7687) == port_file.read_text().strip() else None


@dataclass
class Server:
    """A connected driver plus, when possible, a way to stop and start the server."""

    settings: Neo4jSettings
    control: Control | None
    driver: neo4j.Driver = field(init=False)

    def __post_init__(self) -> None:
        self.driver = open_driver(self.settings)

    def reconnect(self) -> None:
        """A fresh driver after a restart (the URI may have changed for a container)."""
        self.driver.close()
        self.settings = neo4j_settings()
        self.driver = open_driver(self.settings)

    def records(self, text: str, **params: Any) -> list[dict[str, Any]]:
        """Rows of a query as dicts."""
        result = self.driver.execute_query(text, params, database_=self.settings.database)
        return [record.data() for record in result.records]

    def tuples(self, text: str, **params: Any) -> set[tuple[Any, ...]]:
        """Rows of a query as a set of tuples (cartography style)."""
        result = self.driver.execute_query(text, params, database_=self.settings.database)
        return {tuple(_hashable(v) for v in record.values()) for record in result.records}

    def value(self, text: str, **params: Any) -> Any:
        """The single value a query returns."""
        return self.records(text, **params)[0]["v"]

    def clear(self) -> None:
        """Delete every node and relationship (constraints and indexes stay)."""
        with self.driver.session(database=self.settings.database) as session:
            session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()

    def counts(self) -> tuple[int, int]:
        """Node and relationship totals."""
        nodes = self.value("MATCH (n) RETURN count(n) AS v")
        return nodes, self.value("MATCH ()-[r]->() RETURN count(r) AS v")

    def duplicates(self) -> dict[str, int]:
        """Per label (and for relationships): how many nodes share an id with another."""
        out = {}
        for label in NODE_LABELS:
            out[label] = self.value(f"MATCH (n:`{label}`) RETURN count(n) - count(DISTINCT n.id) AS v")
        out["relationships"] = self.value("MATCH ()-[r]->() RETURN count(r) - count(DISTINCT r.id) AS v")
        return out

    def committed(self) -> int:
        """Articles whose commit marker is set."""
        return int(self.value("MATCH (a:Article) WHERE a.ingest_committed RETURN count(a) AS v"))

    def wait_until(self, predicate: Any, timeout: float, what: str) -> None:
        """Poll until predicate() is true."""
        deadline = time.monotonic() + timeout
        while not predicate():
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out after {timeout}s waiting for {what}")
            time.sleep(0.2)


def _hashable(value: Any) -> Any:
    """Lists become tuples, so rows fit in a set."""
    return tuple(_hashable(v) for v in value) if isinstance(value, list) else value


def kgbuild_env(**extra: str) -> dict[str, str]:
    """The environment for kgbuild subprocesses: ours (with NEO4J_*) plus extras."""
    env = dict(os.environ)
    env.update(extra)
    return env
