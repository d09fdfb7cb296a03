"""Name parts: per-word phonetic keys under a reading, titles and initials, the rules in rules/names.json."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

from kgbuild.caches import WORD_CACHE
from kgbuild.resolve.normalize import fold
from kgbuild.resolve.phonetic import hu_to_en, phonetic_key

Reading = Literal["as written", "read as Hungarian spelling"]
AS_WRITTEN: Reading = "as written"
HUNGARIAN: Reading = "read as Hungarian spelling"
_HU_DIGRAPH_INITIALS = frozenset({"cs", "dz", "dzs", "gy", "ly", "ny", "sz", "ty", "zs"})
# Korean and Chinese romanizations differ in vowels, voicing and aspiration, not in syllables.
_SKELETON = (("th", "t"), ("ph", "p"), ("kh", "k"), ("eo", "o"), ("eu", "u"), ("ae", "e"), ("ui", "i"), ("ch", "j"),
             ("q", "j"), ("k", "g"), ("t", "d"), ("p", "b"), ("l", "r"), ("sh", "s"))


@dataclass(frozen=True, slots=True)
class NameRules:
    """The word lists of rules/names.json, as folded sets."""

    titles: frozenset[str]
    generational: frozenset[str]
    patronymic_endings: tuple[str, ...]
    surname_tails: frozenset[str]
    person_before: frozenset[str]
    person_after: frozenset[str]
    org_words: frozenset[str]
    place_words: frozenset[str]
    not_names: frozenset[str]
    person_words: frozenset[str]


@lru_cache(maxsize=1)
def name_rules() -> NameRules:
    """The shared name rules, read once on first use."""
    data = json.loads((resources.files("kgbuild.resolve") / "rules" / "names.json").read_text(encoding="utf-8"))
    sets = {k: frozenset(fold(w) for w in data[k]) for k in ("titles", "generational", "surname_tails", "person_before",
                                                             "person_after", "org_words", "place_words", "not_names",
                                                             "person_words")}
    return NameRules(patronymic_endings=tuple(fold(w) for w in data["patronymic_endings"]), **sets)


@lru_cache(maxsize=WORD_CACHE)
def word_key(word: str, reading: Reading) -> str:
    """One word's phonetic key under a reading (Dzsong → jong when read as Hungarian spelling)."""
    return phonetic_key(hu_to_en(word) if reading == HUNGARIAN else word)


def word_keys(words: Sequence[str], reading: Reading) -> tuple[str, ...]:
    """Phonetic keys of every word, empty ones dropped."""
    return tuple(k for k in (word_key(w, reading) for w in words) if k)


def readings(lang: str) -> tuple[Reading, ...]:
    """How a name from text in `lang` may be read: always as written, and as Hungarian spelling in hu text."""
    return (AS_WRITTEN, HUNGARIAN) if lang in ("hu", "auto") else (AS_WRITTEN,)


@lru_cache(maxsize=WORD_CACHE)
def skeleton(key: str) -> str:
    """A Korean or Chinese name part with romanization differences removed (jeongeun, jongun → jongun)."""
    for src, dst in _SKELETON:
        key = key.replace(src, dst)
    return re.sub(r"(.)\1+", r"\1", key)


def is_initial(word: str) -> bool:
    """A one-letter word or a Hungarian digraph initial (V, Sz, Gy)."""
    return word[:1].isupper() and (len(word) == 1 or (fold(word) in _HU_DIGRAPH_INITIALS and word[1:].islower()))


def initial_letter(word: str, reading: Reading) -> str:
    """The phonetic first letter of an initial or a word (Sz → s when read as Hungarian)."""
    key = word_key(word, reading)
    return key[:1]


def is_title(word: str) -> bool:
    """A title or honorific that is not part of the name (Gen., Ayatollah, tábornok)."""
    return fold(word).rstrip(".") in name_rules().titles


def is_generational(word: str) -> bool:
    """Jr., Sr., ifj., II: a marker that names a different person than the bare name."""
    return fold(word).rstrip(".") in name_rules().generational


def is_patronymic(word: str) -> bool:
    """A Russian-style patronymic (Vladimirovich, Vlagyimirovics)."""
    folded = fold(word)
    return len(folded) > 6 and folded.endswith(name_rules().patronymic_endings)


def core_words(words: Sequence[str]) -> tuple[list[str], list[str]]:
    """The name without titles at either end, patronymics and middle initials; and notes on what was dropped."""
    core, notes = list(words), []
    while len(core) > 1 and is_title(core[0]):
        notes.append(f"title {core.pop(0)!r} ignored")
    while len(core) > 1 and is_title(core[-1]):
        notes.append(f"title {core.pop()!r} ignored")
    if len(core) >= 3:
        kept = [core[0]] + [w for w in core[1:-1] if not (is_patronymic(w) or is_initial(w))] + [core[-1]]
        notes += [f"{'patronymic' if is_patronymic(w) else 'middle initial'} {w!r} ignored" for w in core[1:-1] if w not in kept]
        core = kept
    return core, notes
