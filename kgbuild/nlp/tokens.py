"""Word tokens with offsets, one definition for text and gazetteer aliases so they always line up."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import islice
from operator import itemgetter
from typing import NamedTuple

# A word keeps inner hyphens and apostrophes (NATO-val, Jong-un, Russia's, 26-án) but not en/em
# dashes (orosz–ukrán is two words) or edge punctuation.
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")
TOKEN_CACHE = 1024  # sentences: mention finding and the event extractors read the same ones


class Token(NamedTuple):
    """A word and its character offsets in the text it came from (a named tuple: sentences have many)."""

    start: int
    end: int
    text: str


# A Token's fields as C-level getters, for map() over a sentence's words in hot loops.
TOKEN_START, TOKEN_END, TOKEN_TEXT = itemgetter(0), itemgetter(1), itemgetter(2)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words of `text`, with offsets shifted by `offset` (the segment's start in the document); a new list each call."""
    return list(_tokens(text, offset))


@lru_cache(maxsize=TOKEN_CACHE)
def _tokens(text: str, offset: int) -> tuple[Token, ...]:
    """The tokens of a text, made once: every stage tokenizes the same sentences."""
    new = tuple.__new__  # skips the keyword-handling constructor; a sentence has dozens of words
    return tuple([new(Token, (m.start() + offset, m.end() + offset, m.group())) for m in _WORD.finditer(text)])


def tokens_at(text: str, start: int, end: int, limit: int) -> list[Token]:
    """The first `limit` words of text[start:end], without tokenizing the rest (same offsets as tokenize)."""
    new = tuple.__new__
    found = islice(_WORD.finditer(text, start, end), limit if limit >= 0 else None)
    return [new(Token, (m.start(), m.end(), m.group())) for m in found]


def iter_tokens(text: str, start: int, end: int) -> Iterator[Token]:
    """The words of text[start:end] one at a time (same offsets as tokenize), for readers that mostly stop early."""
    new = tuple.__new__
    for m in _WORD.finditer(text, start, end):
        yield new(Token, (m.start(), m.end(), m.group()))


def first_word(text: str, start: int, end: int) -> str | None:
    """The first word of text[start:end] (the text of tokens_at(text, start, end, 1)[0]), or None."""
    found = _WORD.search(text, start, end)
    return found.group() if found else None


def words(text: str) -> list[str]:
    """Just the words, for building alias keys."""
    return _WORD.findall(text)
