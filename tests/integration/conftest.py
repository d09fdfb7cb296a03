"""A real Neo4j for every integration test: NEO4J_URI/USERNAME/PASSWORD from the environment.

`make test` provides it: scripts/neo4j-local (no Docker), or testcontainers' neo4j:5.26-community when a
Docker engine answers (then KGBUILD_TEST_NEO4J=testcontainers). A missing server FAILS these tests.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from kgbuild.config import neo4j_settings
from kgbuild.errors import KgbuildError
from tests.integration.server import Server, local_control

if TYPE_CHECKING:
    from tests.integration.container import ContainerControl


@pytest.fixture(scope="session")
def neo4j_server() -> Iterator[Server]:
    """The shared server; fails (never skips) when it is not configured or does not answer."""
    container = _container() if os.environ.get("KGBUILD_TEST_NEO4J") == "testcontainers" else None
    if not os.environ.get("NEO4J_URI"):
        pytest.fail("NEO4J_URI is not set: run `make test`, or eval \"$(scripts/neo4j-local start)\" first")
    settings = neo4j_settings()
    try:
        server = Server(settings, container or local_control(settings.uri))
    except KgbuildError as exc:
        pytest.fail(f"Neo4j does not answer: {exc}")
    yield server
    server.driver.close()
    if container is not None:
        container.close()


@pytest.fixture
def graph_db(neo4j_server: Server) -> Server:
    """The shared server, emptied for this test (the suite runs its tests one at a time)."""
    neo4j_server.clear()
    return neo4j_server


def _container() -> ContainerControl:
    """Start neo4j:5.26-community with testcontainers and export its NEO4J_* variables."""
    from tests.integration.container import ContainerControl

    return ContainerControl.start_new()

