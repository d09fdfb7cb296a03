"""Folding names for comparison: case, accents and punctuation variants do not matter."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from kgbuild.caches import WORD_CACHE

_PUNCT = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-", "\u00a0": " "})
_HAS_PUNCT = re.compile("[’‘`‐‑–—\u00a0]")
# Combining diacritical marks U+0300-U+036F all have a non-zero combining class except U+034F (grapheme joiner).
_MARKS = re.compile("[\u0300-\u034e\u0350-\u036f]")
_BEYOND_MARKS = re.compile("[^\x00-\x7f\u0300-\u036f]")


@lru_cache(maxsize=WORD_CACHE)
def fold(text: str) -> str:
    """Lower case without diacritics and with unified apostrophes and hyphens (Ő → o, ’ → ')."""
    if text.isascii():  # NFKD changes no ASCII and casefold is lower: the only change left is ` → '
        return text.replace("`", "'").lower()
    if _HAS_PUNCT.search(text):
        text = text.translate(_PUNCT)
    return without_marks(unicodedata.normalize("NFKD", text.casefold()))


def without_marks(decomposed: str) -> str:
    """The text without combining characters; one regex pass when the only non-ASCII ones are Latin diacritics."""
    if _BEYOND_MARKS.search(decomposed) is None:
        return _MARKS.sub("", decomposed)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_words(words: Sequence[str]) -> tuple[str, ...]:
    """Fold every word of a name."""
    return tuple(fold(w) for w in words)


def is_capitalized(word: str) -> bool:
    """True when the word starts with an upper-case letter or a digit (names, acronyms)."""
    return bool(word) and (word[0].isupper() or word[0].isdigit())
