"""Loader for .html: the visible article text (not navigation, scripts or footers), via lxml."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from kgbuild.errors import InputError
from kgbuild.io.meta import make_document
from kgbuild.io.text import decode, read_bytes
from kgbuild.model.document import Document

_DROP = ("script", "style", "noscript", "nav", "footer", "header", "aside", "form", "template", "svg")
_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "blockquote", "figcaption", "pre", "dd", "dt")
# The charset a page declares in its first bytes (<meta charset> or http-equiv Content-Type), as browsers prescan.
_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_PRESCAN = 4096
_AS_BROWSERS_DO = {"iso-8859-1": "cp1252", "ascii": "cp1252"}  # the WHATWG Encoding Standard's labels
_META_DATE = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='date']/@content",
    "//time/@datetime",
)


def load_html(path: Path) -> Document:
    """Parse an HTML page and keep the text of the article's block elements."""
    text = _read_html(path)
    try:
        root = lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as exc:
        raise InputError(str(path), f"cannot parse HTML: {exc}") from exc
    fields = _metadata(root)
    for element in _elements(root, "//" + " | //".join(_DROP)):
        element.drop_tree()
    container = _article_root(root)
    body = "\n\n".join(_blocks(container))
    title = fields.get("title")
    if title and body.startswith(title):
        body = body[len(title):].strip()
    return make_document(str(path), body, fields)


def _metadata(root: lxml_html.HtmlElement) -> dict[str, str]:
    """Title, date, url, source and language from the head and the first heading."""
    fields: dict[str, str] = {}
    h1 = root.xpath("//article//h1 | //h1")
    titles = root.xpath("//title/text()")
    if h1:
        fields["title"] = _clean(h1[0].text_content())
    elif titles:
        fields["title"] = _clean(str(titles[0]))
    for query in _META_DATE:
        found = root.xpath(query)
        if found:
            fields["date"] = str(found[0])[:10]
            break
    for key, query in (("url", "//link[@rel='canonical']/@href"), ("source", "//meta[@property='og:site_name']/@content")):
        found = root.xpath(query)
        if found:
            fields[key] = str(found[0])
    lang = root.get("lang")
    if lang and lang[:2].lower() in ("hu", "en"):
        fields["lang"] = lang[:2].lower()
    return fields


def _article_root(root: lxml_html.HtmlElement) -> lxml_html.HtmlElement:
    """The <article> or <main> element when there is one, else <body>."""
    for tag in ("article", "main", "body"):
        found = _elements(root, f"//{tag}")
        if found:
            return found[0]
    return root


def _elements(root: lxml_html.HtmlElement, query: str) -> list[lxml_html.HtmlElement]:
    """The HTML elements an XPath query selects (lxml's xpath result type is a wide union)."""
    return [e for e in root.xpath(query) if isinstance(e, lxml_html.HtmlElement)]


def _blocks(container: lxml_html.HtmlElement) -> list[str]:
    """The text of each block element that has no block inside it, in document order."""
    blocks = [
        _clean(el.text_content())
        for el in container.iter(*_BLOCKS)
        if not any(child.tag in _BLOCKS for child in el.iterdescendants())
    ]
    if not blocks:
        blocks = [_clean(container.text_content())]
    return [b for b in blocks if b]


def _clean(text: str) -> str:
    """Collapse the white space HTML layout leaves inside a block."""
    return " ".join(text.split())


def _read_html(path: Path) -> str:
    """The page as text: UTF-8 unless it declares another charset (older Hungarian pages: ISO-8859-2, windows-1250)."""
    data = read_bytes(path)
    found = _CHARSET.search(data[:_PRESCAN]) if not data.startswith(codecs.BOM_UTF8) else None
    if found is None:
        return decode(str(path), data)
    label = found.group(1).decode("ascii")
    try:
        charset = codecs.lookup(label).name
    except LookupError as exc:
        raise InputError(str(path), f"unknown charset {label!r} declared") from exc
    return decode(str(path), data, _AS_BROWSERS_DO.get(charset, charset))
