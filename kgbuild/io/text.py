"""Bytes to text with errors that say exactly what is wrong (empty, binary, bad UTF-8 at offset N)."""

from __future__ import annotations

from pathlib import Path

from kgbuild.errors import InputError

_BOM = "\ufeff"


def read_text(path: Path) -> str:
    """Decode a file as strict UTF-8; refuse empty and binary files with a precise reason."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc
    return decode(str(path), data)


def decode(name: str, data: bytes) -> str:
    """Decode bytes named `name`; see read_text."""
    if not data.strip():
        raise InputError(name, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary file (NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(name, f"invalid UTF-8 at byte offset {exc.start}") from exc
    return text.removeprefix(_BOM)
