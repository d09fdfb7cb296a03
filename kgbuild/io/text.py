"""Bytes to text with errors that say exactly what is wrong (empty, binary, bad UTF-8 at offset N)."""

from __future__ import annotations

import codecs
from pathlib import Path

from kgbuild.errors import InputError

_BOM = "\ufeff"


def read_text(path: Path) -> str:
    """Decode a file as strict UTF-8; refuse empty and binary files with a precise reason."""
    return decode(str(path), read_bytes(path))


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or an InputError naming it and why it cannot be read."""
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(str(path), f"cannot read: {exc.strerror or exc}") from exc


def decode(name: str, data: bytes, charset: str = "utf-8") -> str:
    """Decode bytes named `name` in `charset` (a codec name Python knows); see read_text."""
    if not data.strip():
        raise InputError(name, "empty file")
    if b"\x00" in data[:8192]:
        raise InputError(name, "binary file (NUL bytes), not text")
    try:
        text = data.decode(charset)
    except UnicodeDecodeError as exc:
        shown = "UTF-8" if codecs.lookup(charset).name == "utf-8" else charset
        raise InputError(name, f"invalid {shown} at byte offset {exc.start}") from exc
    return text.removeprefix(_BOM)
