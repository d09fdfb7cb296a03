"""Cut a body into segments: sentences (spaCy's sentencizer) and stand-alone headline, teaser and caption lines."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache
from typing import Any

from kgbuild.model.document import Segment, SegmentKind

_CAPTION = re.compile(r"(?:^|\s)/\s*(?:fot[óo]|photo|k[ée]p|image|credit|forr[áa]s)\s*:|^(?:fot[óo]|photo)\s*:", re.IGNORECASE)
_END_PUNCT = tuple('.!?…:;"”»)')
_MAX_HEADLINE_WORDS = 16
_LINE = re.compile(r"[^\n]+")
MAX_STRINGS = 20_000  # words a blank pipeline may remember before it is built afresh (about 0.1 s)


@lru_cache(maxsize=4)
def _nlp(lang: str) -> Any:
    """A blank spaCy pipeline with a rule-based sentencizer: no trained model, nothing downloaded.

    Its new words get only the lexical attribute read here (IS_PUNCT): spaCy computes some twenty (norm, shape,
    stop word...) in Python for each word it has not seen, half the tokenizer's time on a line with new numbers.
    """
    import spacy
    from spacy.attrs import IS_PUNCT

    nlp = spacy.blank(lang)
    vocab: Any = nlp.vocab  # spaCy's type stubs leave lex_attr_getters out
    vocab.lex_attr_getters = {IS_PUNCT: vocab.lex_attr_getters[IS_PUNCT]}
    nlp.add_pipe("sentencizer")
    return nlp


def _renew() -> None:
    """A fresh blank pipeline once the tokenizer has remembered MAX_STRINGS words (spaCy keeps every word it
    sees; its memory zones would free them but disable the tokenizer's cache, ten times slower here)."""
    _splitter.cache_clear()
    _nlp.cache_clear()


@lru_cache(maxsize=4)
def _splitter(lang: str) -> tuple[Any, Any, frozenset[str], re.Pattern[str]]:
    """The spaCy pipeline and its tokenizer, the sentencizer's sentence-final characters and a search for any of
    them."""
    nlp = _nlp(lang)
    punct_chars = frozenset(nlp.get_pipe("sentencizer").punct_chars)
    final = re.compile("[" + "".join(re.escape(c) for c in sorted(punct_chars)) + "]")
    return nlp, nlp.tokenizer, punct_chars, final


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
    # Without a slash only the credit at the start can match, and a match there is much cheaper than a search.
    if (_CAPTION.search(stripped) if "/" in stripped else _CAPTION.match(stripped)):
        return "caption"
    if len(stripped.split()) <= _MAX_HEADLINE_WORDS and not stripped.endswith(_END_PUNCT):
        return "headline" if first and not seen_body else "teaser"
    return "body"


def _sentences(line: str, offset: int, lang: str) -> Iterator[tuple[int, int]]:
    """Offsets of the sentences of one paragraph line."""
    for first, last in _sentence_spans(line, lang):
        start, end = _trim(line[first:last], offset + first)
        if end > start:
            yield start, end


def _sentence_spans(line: str, lang: str) -> list[tuple[int, int]]:
    """Character spans of the sentences spaCy's sentencizer finds, read from token arrays.

    The sentencizer starts a sentence at a token that is neither punctuation nor a sentence-final character
    when such a character came before it in the sentence; its tokens are never made into Python objects here.
    """
    nlp, tokenizer, punct_chars, final = _splitter(lang)
    found = final.search(line)
    if found is None or _only_closing(line[found.start():]):
        return [(0, len(line))]  # no sentence-final character has a word after it
    rows = tokenizer(line).to_array(["IS_PUNCT", "IDX", "LENGTH"]).tolist()
    if len(nlp.vocab.strings) > MAX_STRINGS:
        _renew()
    spans: list[tuple[int, int]] = []
    first, seen = 0, False
    for i, (is_punct, idx, length) in enumerate(rows):
        ends = length == 1 and line[idx] in punct_chars
        if seen and not is_punct and not ends:
            spans.append((rows[first][1], rows[i - 1][1] + rows[i - 1][2]))
            first, seen = i, False
        elif ends:
            seen = True
    if rows:
        spans.append((rows[first][1], rows[-1][1] + rows[-1][2]))
    return spans


def _only_closing(tail: str) -> bool:
    """Punctuation only, up to trailing white space: nothing after it can start a sentence that survives trimming."""
    return all(unicodedata.category(ch).startswith("P") for ch in tail.rstrip())


def _trim(span: str, offset: int) -> tuple[int, int]:
    """Offsets of the span without surrounding white space."""
    left = len(span) - len(span.lstrip())
    return offset + left, offset + len(span.rstrip())
