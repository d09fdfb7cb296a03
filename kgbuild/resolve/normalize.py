"""Folding names for comparison: case, accents and punctuation variants do not matter."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from functools import lru_cache

from kgbuild.caches import WORD_CACHE

_PUNCT = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "‑": "-", "–": "-", "—": "-", "\u00a0": " "})


@lru_cache(maxsize=WORD_CACHE)
def fold(text: str) -> str:
    """Lower case without diacritics and with unified apostrophes and hyphens (Ő → o, ’ → ')."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCT).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold_words(words: Sequence[str]) -> tuple[str, ...]:
    """Fold every word of a name."""
    return tuple(fold(w) for w in words)


def is_capitalized(word: str) -> bool:
    """True when the word starts with an upper-case letter or a digit (names, acronyms)."""
    return bool(word) and (word[0].isupper() or word[0].isdigit())
