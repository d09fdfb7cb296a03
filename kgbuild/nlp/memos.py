"""Memos the mention stage shares: answers per word and language, and values per entity record.

The same words and the same entities come up in article after article, so their answers are worked out once;
both memos are bounded (cleared when full) so memory stays flat over a long run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

from kgbuild.caches import WORD_CACHE
from kgbuild.model.entity import Entity

V = TypeVar("V")


class WordAnswers(Generic[V]):
    """`answer(word, lang)` for each word of a list, read from a per-language memo at C speed (answers are never
    None: None marks a word not met yet)."""

    def __init__(self, answer: Callable[[str, str], V]) -> None:
        self.answer = answer
        self.known: dict[str, dict[str, V]] = {}

    def many(self, texts: Sequence[str], lang: str) -> list[V]:
        """The answers for the words, in order; new words worked out and remembered."""
        known = self.known.setdefault(lang, {})
        if len(known) >= WORD_CACHE:
            known.clear()
        found: list[V | None] = list(map(known.get, texts))
        for i, value in enumerate(found):
            if value is None:
                found[i] = known[texts[i]] = self.answer(texts[i], lang)
        return found  # type: ignore[return-value]  # every None was just replaced


class EntityValues(Generic[V]):
    """`make(entity)` once per entity record, made again when the record is replaced (an unknown-name cluster
    that grew gets a new record under the same id)."""

    def __init__(self, make: Callable[[Entity], V], limit: int = WORD_CACHE) -> None:
        self.make = make
        self.limit = limit
        self.known: dict[str, tuple[Entity, V]] = {}

    def __call__(self, entity: Entity) -> V:
        cached = self.known.get(entity.id)
        if cached is not None and cached[0] is entity:
            return cached[1]
        if len(self.known) >= self.limit:
            self.known.clear()
        value = self.make(entity)
        self.known[entity.id] = (entity, value)
        return value
