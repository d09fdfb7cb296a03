"""The embedded store: one SQLite file holding the graph and the entity registry."""

from kgbuild.store.sqlite import SqliteStore

__all__ = ["SqliteStore"]
