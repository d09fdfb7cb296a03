"""Loaders for .txt and .md: optional header lines, then the article body."""

from __future__ import annotations

import re
from pathlib import Path

from kgbuild.io.meta import make_document, split_front_matter, split_header
from kgbuild.io.text import read_text
from kgbuild.model.document import Document

_MD_TITLE = re.compile(r"#[ \t]+(.+?)[ \t#]*$")


def load_txt(path: Path) -> Document:
    """A .txt article (seed convention `date YYYY-MM-DD ` prefix or header lines)."""
    fields, body = split_header(str(path), read_text(path))
    return make_document(str(path), body, fields)


def load_md(path: Path) -> Document:
    """A .md article: front matter between `---` lines or header lines as in .txt, and a leading `# Title` heading
    taken as the title."""
    text = read_text(path)
    fields, body = split_front_matter(str(path), text) or split_header(str(path), text)
    first, _, rest = body.partition("\n")
    heading = _MD_TITLE.fullmatch(first.strip())
    if heading:
        fields.setdefault("title", heading.group(1))
        body = rest.strip()
    return make_document(str(path), body, fields)
