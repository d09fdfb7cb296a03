"""Walk the paths the user gave, keeping files we can read and naming those we skip."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
_DOC_STEMS = ("readme", "license", "changelog", "contributing")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A path that is not ingested, and why (shown to the user as a warning)."""

    path: str
    reason: str


def iter_inputs(paths: Iterable[Path]) -> Iterator[Path | Skipped]:
    """Files to load, in a stable order; directories are walked recursively."""
    for path in paths:
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if not p.is_dir()):
                if not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield _classify(child)
        elif path.exists() or path.is_symlink():
            yield _classify(path)
        else:
            yield Skipped(str(path), "no such file or directory")


def count_documents(paths: Iterable[Path]) -> int:
    """How many documents the inputs hold (JSONL lines counted), for a progress bar with an ETA."""
    total = 0
    for item in iter_inputs(paths):
        if isinstance(item, Path):
            total += _lines(item) if item.suffix.lower() == ".jsonl" else 1
    return total


def _lines(path: Path) -> int:
    """Non-empty lines of a file, read in binary blocks (cheap next to processing them)."""
    try:
        with path.open("rb") as handle:
            return sum(1 for line in handle if line.strip())
    except OSError:
        return 1


def _classify(path: Path) -> Path | Skipped:
    """Keep a file with a supported suffix; project docs and other formats are skipped."""
    if not path.is_file():  # a pipe or device would block or never end; a dangling link has nothing
        return Skipped(str(path), "not a regular file" if path.exists() else "broken symbolic link")
    if path.suffix.lower() not in SUFFIXES:
        return Skipped(str(path), f"unsupported file type {path.suffix or '(none)'!r}")
    if path.stem.lower() in _DOC_STEMS:
        return Skipped(str(path), "looks like project documentation, not an article")
    return path
