"""Memos the mention and event stages share: answers per word (for one piece of lexicon data, or for a language)
and values per entity record.

The same words and the same entities come up in article after article, so their answers are worked out once;
every memo is bounded (cleared when full) so memory stays flat over a long run.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from kgbuild.caches import WORD_CACHE
from kgbuild.model.entity import Entity

O = TypeVar("O")
V = TypeVar("V")
MEMO_WORDS = WORD_CACHE // 2  # per memo (a dozen of them): bounded memory, filled within the first thousands of articles
MEMO_OWNERS = 256
_NEW = object()  # no answer yet


class WordMemo(Generic[O, V]):
    """Answers that depend on a word and one piece of lexicon data (the owner) alone, worked out once per word;
    emptied when full, so memory stays bounded on any vocabulary."""

    def __init__(self, owner: O, compute: Callable[[str, O], V]) -> None:
        self.owner, self.compute, self.answers = owner, compute, dict[str, V]()

    def __call__(self, word: str) -> V:
        """The answer for one word."""
        answers = self.answers
        if word in answers:
            return answers[word]
        if len(answers) >= MEMO_WORDS:
            answers.clear()
        found = answers[word] = self.compute(word, self.owner)
        return found

    def many(self, words: Sequence[str]) -> list[V]:
        """The answers for a sentence's words, in one call: a compiled loop of lookups, new words worked out in
        place (cheaper than mapping `dict.get` and searching the result for misses, which raised at every end)."""
        answers, new = self.answers, _NEW
        found: list[Any] = [answers.get(word, new) for word in words]
        for k, answer in enumerate(found):
            if answer is new:
                found[k] = self(words[k])
        return found


_MEMOS: dict[tuple[int, Callable[..., Any]], WordMemo[Any, Any]] = {}


def word_memo(owner: O, compute: Callable[[str, O], V]) -> WordMemo[O, V]:
    """The memo of `compute` for this owner (by identity, since lexicon parts hold dicts and do not hash)."""
    key = (id(owner), compute)
    memo = _MEMOS.get(key)
    if memo is None or memo.owner is not owner:
        if len(_MEMOS) >= MEMO_OWNERS:
            _MEMOS.clear()
        memo = _MEMOS[key] = WordMemo(owner, compute)
    return memo



class WordAnswers(Generic[V]):
    """`answer(word, lang)` for each word of a list, one WordMemo per language (looked up by value: a document's
    language string need not be the same object each time)."""

    def __init__(self, answer: Callable[[str, str], V]) -> None:
        self.answer = answer
        self.by_lang: dict[str, WordMemo[str, V]] = {}

    def many(self, texts: Sequence[str], lang: str) -> list[V]:
        """The answers for the words, in order; new words worked out and remembered."""
        memo = self.by_lang.get(lang)
        if memo is None:
            memo = self.by_lang[lang] = WordMemo(lang, self.answer)
        return memo.many(texts)


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
