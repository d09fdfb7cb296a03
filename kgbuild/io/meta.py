"""Article metadata shared by all loaders: header lines, dates and Document construction."""

from __future__ import annotations

import re
from datetime import date

from kgbuild.errors import InputError
from kgbuild.model.document import Document
from kgbuild.model.ids import article_id

HEADER_KEYS = ("title", "source", "url", "date", "lang")
_HEADER = re.compile(rf"[ \t]*({'|'.join(HEADER_KEYS)})[ \t]*:[ \t]*(.*?)\s*$", re.IGNORECASE)  # \s: also a CRLF's \r
_DATE_PREFIX = re.compile(r"[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|\s*$)")  # the text on the same line or the next
LANGS = ("hu", "en")
FRONT_MATTER = "---"


def parse_date(name: str, value: str) -> date:
    """An ISO date (YYYY-MM-DD) or an InputError naming the file and the bad value."""
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError as exc:
        raise InputError(name, f"date {value!r} is not YYYY-MM-DD") from exc


def split_header(name: str, text: str) -> tuple[dict[str, str], str]:
    """Header lines (title:, source:, url:, date:, lang:) and the seed's `date YYYY-MM-DD ` prefix.

    Returns the fields and the body, which starts right after the metadata.
    """
    fields: dict[str, str] = {}
    pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        line_end = len(text) if end < 0 else end
        line = text[pos:line_end]
        if not line.strip() and not fields:
            pos = line_end + 1
            continue
        prefix = _DATE_PREFIX.match(line)
        if prefix:
            fields["date"] = prefix.group(1)
            return fields, text[pos + prefix.end():].strip()
        header = _HEADER.fullmatch(line)
        if not header:
            break
        fields[header.group(1).lower()] = header.group(2)
        pos = line_end + 1
    return fields, text[pos:].strip()


def split_front_matter(name: str, text: str) -> tuple[dict[str, str], str] | None:
    """Metadata between `---` lines at the top (Markdown front matter, as Hugo and Jekyll write it), and the body
    after it; None when the text does not open with `---`. Keys other than HEADER_KEYS (tags, draft) are ignored."""
    lines = text.split("\n")  # read_text has dropped a byte order mark
    opening = next((i for i, line in enumerate(lines) if line.strip()), None)
    if opening is None or lines[opening].strip() != FRONT_MATTER:
        return None
    closing = next((i for i in range(opening + 1, len(lines)) if lines[i].strip() == FRONT_MATTER), None)
    if closing is None:
        raise InputError(name, f"front matter opened by {FRONT_MATTER} on line {opening + 1} is never closed")
    fields: dict[str, str] = {}
    for line in lines[opening + 1:closing]:
        header = _HEADER.fullmatch(line)
        if header:
            fields[header.group(1).lower()] = _unquoted(header.group(2))
    return fields, "\n".join(lines[closing + 1:]).strip()


def _unquoted(value: str) -> str:
    """A YAML scalar without the quotes around it."""
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"" else value


def make_document(name: str, body: str, fields: dict[str, str]) -> Document:
    """Build a Document with a deterministic id, checking what the fields say."""
    if not body.strip():
        raise InputError(name, "no article text after the metadata")
    lang = (fields.get("lang") or "").strip().lower() or None
    if lang is not None and lang not in LANGS:
        raise InputError(name, f"language {lang!r} is not supported (use one of {', '.join(LANGS)})")
    url = fields.get("url") or None
    return Document(
        id=article_id(body, url),
        text=body,
        path=name,
        title=fields.get("title") or None,
        published=parse_date(name, fields["date"]) if fields.get("date") else None,
        source=fields.get("source") or None,
        url=url,
        lang=lang,
        external_id=fields.get("id") or None,
    )
