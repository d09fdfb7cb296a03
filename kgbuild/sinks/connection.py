"""The driver and its errors: every failure leaves here as a one-line KgbuildError without the password."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import urlsplit

import neo4j
from neo4j import exceptions as nx

from kgbuild.config import Neo4jSettings
from kgbuild.errors import Neo4jError, Neo4jUnavailableError, UsageError

CONNECT_TIMEOUT = 10.0
SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")
_REASON = re.compile(r"\(reason ([^)]*)\)")
_RESUME = "what was committed is kept: start the server and run the same command again to resume"
_START = "is the server running and the URI right?"
_UNAVAILABLE = (nx.ServiceUnavailable, nx.SessionExpired, nx.ConnectionAcquisitionTimeoutError,
                nx.DatabaseUnavailable)


def open_driver(settings: Neo4jSettings) -> neo4j.Driver:
    """A driver that has reached the server and passed authentication (so failures show up at once)."""
    _check_scheme(settings.uri)
    with translated(settings, "connecting", resumable=False):
        driver = neo4j.GraphDatabase.driver(
            settings.uri, auth=(settings.username, settings.password.reveal()), user_agent="kgbuild",
            max_transaction_retry_time=settings.retry_seconds, connection_timeout=CONNECT_TIMEOUT,
            notifications_min_severity="OFF")
        try:
            driver.verify_connectivity()
        except BaseException:
            driver.close()
            raise
        return driver


def where(settings: Neo4jSettings) -> str:
    """The server as shown to users: scheme, host and port only (no user info), plus the database."""
    parts = urlsplit(settings.uri)
    host = parts.hostname or "?"
    place = f"{parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "")
    return place + (f" (database {settings.database})" if settings.database else "")


@contextmanager
def translated(settings: Neo4jSettings, doing: str, resumable: bool = True) -> Iterator[None]:
    """Turn driver errors into kgbuild errors: unreachable or refused credentials stop the run."""
    try:
        yield
    except nx.AuthError as exc:
        raise Neo4jUnavailableError(
            f"Neo4j at {where(settings)} refused the credentials of user {settings.username!r} "
            "(check NEO4J_USERNAME and NEO4J_PASSWORD)") from exc
    except _UNAVAILABLE as exc:
        raise Neo4jUnavailableError(
            f"Neo4j at {where(settings)} is not available while {doing} ({_line(exc, settings)}); "
            + (_RESUME if resumable else _START)) from exc
    except nx.Neo4jError as exc:
        raise Neo4jError(f"Neo4j at {where(settings)} failed while {doing}: {_line(exc, settings)}") from exc
    except (nx.DriverError, ValueError) as exc:
        raise Neo4jError(f"Neo4j at {where(settings)}: {doing} failed: {_line(exc, settings)}") from exc


def _line(exc: BaseException, settings: Neo4jSettings) -> str:
    """The server's code and message in one line, with the password masked should anything echo it."""
    code, message = getattr(exc, "code", None), getattr(exc, "message", None)
    text = str(message if isinstance(message, str) and message else exc).strip()
    reason = _REASON.search(text)
    lines = text.splitlines()
    text = reason.group(1) if reason else (lines[0].rstrip(":") if lines else type(exc).__name__)
    text = f"{code}: {text}" if isinstance(code, str) and code not in text else text
    return text.replace(settings.password.reveal(), "***") if settings.password else text


def _check_scheme(uri: str) -> None:
    """Only Bolt URIs: the driver's HTTP support is a preview that needs extra packages."""
    scheme = urlsplit(uri).scheme
    if scheme not in SCHEMES:
        raise UsageError(f"Neo4j URI scheme {scheme or '(none)'!r} is not supported (use bolt://HOST:7687 or neo4j://HOST)")
