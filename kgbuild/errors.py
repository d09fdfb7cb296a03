"""Typed errors: the library raises these; only kgbuild.cli turns them into messages and exit codes."""

from __future__ import annotations


class KgbuildError(Exception):
    """Base of every error kgbuild raises on purpose; its message is one line for the user."""


class InputError(KgbuildError):
    """A document that cannot be read; names the file and what is wrong with it."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        """Rebuilt from both parts, so the error survives the trip back from a worker process."""
        return type(self), (self.path, self.problem)


class InternalError(KgbuildError):
    """A bug met while reading one document: that document fails with this message, the others go on."""

    @classmethod
    def of(cls, exc: Exception) -> InternalError:
        """The bug as one line for the user (the traceback stays on `__cause__`)."""
        return cls(f"internal error ({type(exc).__name__}: {exc}); please report it with this document")


class GazetteerError(KgbuildError):
    """A gazetteer file that does not follow the documented format."""


class StoreError(KgbuildError):
    """The embedded store cannot be opened or written."""


class ExportError(KgbuildError):
    """An export that cannot be written."""


class UsageError(KgbuildError):
    """A request that makes no sense (unknown format, bad option combination)."""


class StoreUnavailableError(KgbuildError):
    """The destination cannot be reached at all, so the run stops instead of failing every document."""


class Neo4jError(KgbuildError):
    """Neo4j refused or failed a request; the message names the server, never the password."""


class Neo4jUnavailableError(Neo4jError, StoreUnavailableError):
    """Neo4j does not answer or refuses the credentials; what was committed before stays."""
