"""Word tokens with offsets, one definition for text and gazetteer aliases so they always line up."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A word keeps inner hyphens and apostrophes (NATO-val, Jong-un, Russia's, 26-án) but not en/em
# dashes (orosz–ukrán is two words) or edge punctuation.
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True, slots=True)
class Token:
    """A word and its character offsets in the text it came from."""

    start: int
    end: int
    text: str


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Words of `text`, with offsets shifted by `offset` (the segment's start in the document)."""
    return [Token(m.start() + offset, m.end() + offset, m.group()) for m in _WORD.finditer(text)]


def words(text: str) -> list[str]:
    """Just the words, for building alias keys."""
    return _WORD.findall(text)
