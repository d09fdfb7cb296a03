"""One ingest at a time per embedded store: a second one waits, then starts from everything the first learned."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from kgbuild.errors import StoreError


@contextmanager
def writing(path: Path, on_wait: Callable[[], None]) -> Iterator[None]:
    """Hold the store's writer lock while the block runs; `on_wait` is called once if another holds it.

    The lock is flock(2) on the store file itself, which SQLite's own (POSIX) locks do not see, and which the
    kernel releases when the process dies. The descriptor stays open until the store's connection is closed,
    since closing any descriptor of a file drops the process's POSIX locks on it.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"{path}: cannot open the store ({exc.strerror})") from exc
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            on_wait()
            fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)
