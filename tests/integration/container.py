"""testcontainers' neo4j:5.26-community, used by `make test` when a Docker engine answers.

Not exercised on machines without Docker (the development machines of this project have none).
"""

from __future__ import annotations

import os
import secrets
import time

import neo4j
from testcontainers.neo4j import Neo4jContainer  # type: ignore[import-not-found]

IMAGE = "neo4j:5.26-community"


class ContainerControl:
    """A Neo4j container that the fault tests can stop and start; NEO4J_* follow its mapped port."""

    def __init__(self, container: Neo4jContainer) -> None:
        self.container = container

    @classmethod
    def start_new(cls) -> ContainerControl:
        """Start the container and point NEO4J_* at it (subprocesses inherit them)."""
        container = Neo4jContainer(IMAGE, password=secrets.token_urlsafe(18))
        container.start()
        control = cls(container)
        control.export()
        return control

    def export(self) -> None:
        """NEO4J_URI with the port Docker mapped now (it can change when the container restarts)."""
        self.container.get_wrapped_container().reload()
        port = self.container.get_exposed_port(7687)
        os.environ["NEO4J_URI"] = f"bolt://{self.container.get_container_host_ip()}:{port}"
        os.environ["NEO4J_USERNAME"] = "neo4j"
        os.environ["NEO4J_PASSWORD"] = self.container.password

    def stop(self) -> None:
        self.container.get_wrapped_container().stop()

    def start(self) -> None:
        self.container.get_wrapped_container().start()
        self.export()
        self._wait_for_bolt(120.0)

    def _wait_for_bolt(self, timeout: float) -> None:
        """Poll until the restarted server accepts a connection."""
        deadline = time.monotonic() + timeout
        while True:
            driver = neo4j.GraphDatabase.driver(os.environ["NEO4J_URI"], auth=("neo4j", self.container.password))
            try:
                driver.verify_connectivity()
                return
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(1)
            finally:
                driver.close()

    def close(self) -> None:
        self.container.stop()
