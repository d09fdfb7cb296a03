"""Shared fixtures: paths to the repo, the samples, the seed article and the shared schemas."""

from __future__ import annotations

import os
import runpy
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "seeds" / "hu-nk-troops-2025-11-05.txt"
SAMPLES = REPO / "data" / "samples"


def pytest_sessionstart(session: pytest.Session) -> None:
    """Refuse to test compiled modules older than their source (an extension shadows its .py)."""
    stale = runpy.run_path(str(REPO / "scripts" / "build-native"), run_name="build_native")["stale"]()
    if stale:
        pytest.exit(f"compiled with mypyc before their last change: {', '.join(stale)}; run `make` "
                    "(or scripts/build-native, or scripts/build-native --clean for pure Python)", returncode=2)


def shared_file(path: Path) -> Path:
    """A file from ../shared: required in CI, skipped on a machine that has no shared/ folder."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing; CI always has ../shared")
        pytest.skip(f"{path} not present on this machine")
    return path


@pytest.fixture
def seed() -> Path:
    """The Hungarian article the project started from (read from ../shared, never copied)."""
    return shared_file(SEED)


@pytest.fixture
def samples() -> Path:
    """The project's own sample articles."""
    return SAMPLES


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples plus the seed, ingested once per session by the real command (read-only for tests)."""
    from tests.e2e.cli import run

    store = tmp_path_factory.mktemp("samples") / "kg.db"
    result = run("ingest", SAMPLES, shared_file(SEED), "--store", store)
    assert result.returncode == 0, result.stderr
    return store
