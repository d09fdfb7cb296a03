"""Per-language word lists of the mention finder (kgbuild/nlp/words/<lang>.json): descriptions that refer back
to an organization or outlet ('a szolgálat', 'the agency'), titles that refer back to a person ('the
spokesman'), and common words that capitalization alone makes look like names at a sentence start ('Elemzők',
'Analysts')."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from kgbuild.errors import KgbuildError
from kgbuild.model.entity import ENTITY_KINDS
from kgbuild.resolve.normalize import fold

HEAD = 3


@dataclass(frozen=True, slots=True)
class Reference:
    """A common noun phrase that names an entity of these kinds whose names contain one of `names` (folded
    substrings; any name when empty); `unique`: a country has one such body ('South Korea's spy agency');
    `bare`: it needs no article ('..., state media reported')."""

    words: tuple[str, ...]
    kinds: tuple[str, ...]
    names: tuple[str, ...] = ()
    unique: bool = False
    bare: bool = False


@dataclass(frozen=True, slots=True)
class Words:
    """One language's lists; adding a language adds a file."""

    language: str
    articles: frozenset[str]
    references: tuple[Reference, ...]
    modifiers: int
    common_words: frozenset[str] = frozenset()
    possessives: frozenset[str] = frozenset()
    person_titles: tuple[str, ...] = ()
    title_endings: frozenset[str] = frozenset({""})
    title_heads: frozenset[str] = frozenset()  # first letters of the titles, to rule most words out at once


@lru_cache(maxsize=8)
def words_for(lang: str) -> Words | None:
    """The word lists of a language, or None when it has none."""
    path = resources.files("kgbuild.nlp") / "words" / f"{lang}.json"
    if not path.is_file():
        return None
    return parse_words(json.loads(path.read_text(encoding="utf-8")))


def parse_words(data: dict[str, Any]) -> Words:
    """Typed lists from the JSON structure; folded, so lookups compare folded words."""
    return Words(
        language=data["language"],
        articles=frozenset(fold(a) for a in data.get("articles", ())),
        references=tuple(sorted((_reference(r) for r in data.get("references", ())), key=lambda r: -len(r.words))),
        modifiers=int(data.get("reference_modifiers", 0)),
        common_words=frozenset(fold(w) for w in data.get("common_words", ())),
        possessives=frozenset(fold(w) for w in data.get("possessives", ())),
        person_titles=tuple(sorted((fold(w) for w in data.get("person_titles", ())), key=len, reverse=True)),
        title_endings=frozenset(fold(w) for w in data.get("title_endings", ())) | {""},
        title_heads=frozenset(fold(w)[:HEAD] for w in data.get("person_titles", ())),
    )


def _reference(raw: dict[str, Any]) -> Reference:
    """One description entry, its kinds checked."""
    kinds = tuple(raw["kinds"])
    unknown = [k for k in kinds if k not in ENTITY_KINDS]
    if unknown:
        raise KgbuildError(f"reference {raw['words']!r}: unknown entity kind {unknown[0]!r}")
    return Reference(tuple(fold(w) for w in raw["words"].split()), kinds, tuple(fold(n) for n in raw.get("names", ())),
                     bool(raw.get("unique", False)), bool(raw.get("bare", False)))
