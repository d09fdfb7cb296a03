"""Cut a body into segments: sentences (spaCy's sentencizer) and stand-alone headline, teaser and caption lines."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from kgbuild.model.document import Segment, SegmentKind

_CAPTION = re.compile(r"(?:^|\s)/\s*(?:fot[óo]|photo|k[ée]p|image|credit|forr[áa]s)\s*:|^(?:fot[óo]|photo)\s*:", re.IGNORECASE)
_END_PUNCT = tuple('.!?…:;"”»)')
_MAX_HEADLINE_WORDS = 16
_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=4)
def _nlp(lang: str) -> Any:
    """A blank spaCy pipeline with a rule-based sentencizer: no trained model, nothing downloaded."""
    import spacy

    nlp = spacy.blank(lang)
    nlp.add_pipe("sentencizer")
    return nlp


def segment(text: str, lang: str) -> list[Segment]:
    """Segments in reading order, numbered from 0, with offsets into `text`."""
    segments: list[Segment] = []
    seen_body = False
    for match in _LINE.finditer(text):
        line = match.group()
        if not line.strip():
            continue
        kind = _line_kind(line, seen_body, first=not segments)
        if kind == "body":
            seen_body = True
            for start, end in _sentences(line, match.start(), lang):
                segments.append(Segment(len(segments), start, end, text[start:end], "body"))
        else:
            start, end = _trim(line, match.start())
            segments.append(Segment(len(segments), start, end, text[start:end], kind))
    return segments


def _line_kind(line: str, seen_body: bool, first: bool) -> SegmentKind:
    """Captions by their credit; short unpunctuated lines are a headline (first) or a teaser (later)."""
    stripped = line.strip()
    if _CAPTION.search(stripped):
        return "caption"
    if len(stripped.split()) <= _MAX_HEADLINE_WORDS and not stripped.endswith(_END_PUNCT):
        return "headline" if first and not seen_body else "teaser"
    return "body"


def _sentences(line: str, offset: int, lang: str) -> Iterator[tuple[int, int]]:
    """Offsets of the sentences of one paragraph line."""
    for sent in _nlp(lang)(line).sents:
        start, end = _trim(sent.text, offset + sent.start_char)
        if end > start:
            yield start, end


def _trim(span: str, offset: int) -> tuple[int, int]:
    """Offsets of the span without surrounding white space."""
    left = len(span) - len(span.lstrip())
    return offset + left, offset + len(span.rstrip())
