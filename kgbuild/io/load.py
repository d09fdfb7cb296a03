"""Dispatch a file to its loader by suffix."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kgbuild.errors import InputError
from kgbuild.io.jsonl import load_jsonl
from kgbuild.io.plain import load_md, load_txt
from kgbuild.model.document import Document

LoadResult = Document | InputError


def load_path(path: Path) -> Iterator[LoadResult]:
    """The documents in a file, or an InputError for each one that cannot be read."""
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        yield from load_jsonl(path)
        return
    loader = {".txt": load_txt, ".md": load_md, ".html": _load_html, ".htm": _load_html}.get(suffix)
    if loader is None:
        yield InputError(str(path), f"unsupported file type {suffix!r}")
        return
    try:
        yield loader(path)
    except InputError as exc:
        yield exc


def _load_html(path: Path) -> Document:
    """The HTML loader, imported on first use: lxml costs every ingest process about 10 MB."""
    from kgbuild.io.html import load_html

    return load_html(path)
