"""Settings: NEO4J_* from the environment, and a password that no repr, str or printer shows."""

from __future__ import annotations

import pytest
from hypothesis.vendor.pretty import pretty

from kgbuild.config import Secret, neo4j_settings


def test_neo4j_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_URI", "bolt://db:7687")
    monkeypatch.setenv("NEO4J_USERNAME", "analyst")
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret-Passw0rd")
    monkeypatch.setenv("NEO4J_DATABASE", "news")
    monkeypatch.setenv("KGBUILD_NEO4J_RETRY_SECONDS", "5")
    settings = neo4j_settings()
    assert (settings.uri, settings.username, settings.database, settings.retry_seconds) == (
        "bolt://db:7687", "analyst", "news", 5.0)
    assert settings.password.reveal() == "s3cret-Passw0rd"
    assert neo4j_settings("neo4j://other").uri == "neo4j://other"


def test_the_password_shows_nowhere(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEO4J_PASSWORD", "s3cret-Passw0rd")
    settings = neo4j_settings()
    for text in (repr(settings), str(settings), pretty(settings), f"{settings.password}", repr(settings.password)):
        assert "s3cret" not in text
    assert Secret("a") == Secret("a") and not Secret("")


@pytest.mark.parametrize("value", ["", "x", "-3"])
def test_a_bad_retry_time_falls_back_to_the_default(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("KGBUILD_NEO4J_RETRY_SECONDS", value)
    assert neo4j_settings().retry_seconds == 30.0
