"""Documents as loaded and the segments (sentences, headlines, captions) they are cut into."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

SegmentKind = Literal["body", "headline", "teaser", "caption"]


@dataclass(frozen=True, slots=True)
class Document:
    """One article: body text exactly as loaded (offsets point into it) plus metadata."""

    id: str
    text: str
    path: str
    title: str | None = None
    published: date | None = None
    source: str | None = None
    url: str | None = None
    lang: str | None = None
    external_id: str | None = None


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence or a stand-alone line, with its offsets into Document.text."""

    index: int
    start: int
    end: int
    text: str
    kind: SegmentKind = "body"
