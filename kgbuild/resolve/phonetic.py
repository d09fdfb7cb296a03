"""Phonetic keys: Hungarian transcriptions and English romanizations of one name meet in one key."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from kgbuild.caches import WORD_CACHE
from kgbuild.resolve.normalize import fold

# Hungarian spelling → English-style romanization, longest match first (HUNGARIAN.md).
_HU_TO_EN = (
    ("dzs", "j"), ("csh", "ch"), ("scs", "shch"), ("hsz", "x"), ("cs", "ch"), ("sz", "s"), ("zs", "zh"),
    ("gy", "d"), ("ty", "t"), ("ny", "n"), ("s", "sh"), ("j", "y"), ("c", "ts"),
)
_HU_PATTERN = re.compile("|".join(src for src, _ in _HU_TO_EN))
_HU_MAP = dict(_HU_TO_EN)
# Coarse equivalences applied to both sides so spelling conventions do not matter.
_COARSE = (("kh", "h"), ("y", "i"), ("w", "v"), ("ck", "k"), ("ph", "f"), ("ou", "u"), ("ie", "i"))
_NON_LETTER = re.compile(r"[^a-z]")
_DOUBLE = re.compile(r"(.)\1+")


@lru_cache(maxsize=WORD_CACHE)
def hu_to_en(name: str) -> str:
    """Read a name as Hungarian spelling and romanize it the English way (Dzsongun → jongun)."""
    return _HU_PATTERN.sub(lambda m: _HU_MAP[m.group()], fold(name))


@lru_cache(maxsize=WORD_CACHE)
def phonetic_key(name: str) -> str:
    """A coarse key: letters only, spaces and hyphens dropped, look-alike spellings merged."""
    return _coarse(_letters(name))


@lru_cache(maxsize=WORD_CACHE)
def _letters(text: str) -> str:
    """The folded text's letters a to z."""
    return _NON_LETTER.sub("", fold(text))


@lru_cache(maxsize=WORD_CACHE)
def _coarse(letters: str) -> str:
    """Look-alike spellings of a run of letters merged (the last step of phonetic_key)."""
    for src, dst in _COARSE:
        letters = letters.replace(src, dst)
    return _DOUBLE.sub(r"\1", letters)


def span_keys(words: Sequence[str], lang: str) -> tuple[tuple[str, str], ...]:
    """The phonetic keys of the words as one name, under each reading: as written, and as Hungarian spelling in hu
    text. Made from per-word parts, so a new span of known words (a name and a number) costs two joins: folding,
    dropping non-letters and the Hungarian reading never reach across a space."""
    written = _coarse("".join([_letters(w) for w in words]))
    keys = [(written, "as written")]
    if lang == "hu":
        hu_key = _coarse("".join([_letters(hu_to_en(w)) for w in words]))
        if hu_key != written:
            keys.append((hu_key, "read as Hungarian spelling"))
    return tuple(keys)
