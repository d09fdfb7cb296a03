"""A sentence as the extractors see it: words, mentions placed on words, and small lookups."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kgbuild.model.document import Segment
from kgbuild.model.mention import Mention
from kgbuild.nlp.tokens import Token, tokenize


@dataclass(frozen=True, slots=True)
class Placed:
    """A mention with the range of word indexes it covers in its sentence."""

    mention: Mention
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """One segment with its words (lower-cased too) and its mentions placed on those words."""

    segment: Segment
    text: str
    tokens: tuple[Token, ...]
    lower: tuple[str, ...]
    mentions: tuple[Placed, ...]
    covered: frozenset[int]

    def gap_before(self, i: int) -> str:
        """The characters between word i-1 and word i (punctuation tells clause structure)."""
        if not self.tokens:
            return ""
        if i <= 0:
            return self.text[self.segment.start:self.tokens[0].start]
        if i >= len(self.tokens):
            return self.text[self.tokens[-1].end:self.segment.end]
        return self.text[self.tokens[i - 1].end:self.tokens[i].start]

    def mention_at(self, i: int) -> Placed | None:
        """The mention covering word i, if any."""
        return next((p for p in self.mentions if p.first <= i <= p.last), None)


def build_sentence(text: str, segment: Segment, mentions: Sequence[Mention]) -> Sentence:
    """Tokenize a segment and place its mentions on word indexes."""
    tokens = tuple(tokenize(segment.text, segment.start))
    placed = []
    for mention in mentions:
        inside = [i for i, t in enumerate(tokens) if t.start >= mention.start and t.end <= mention.end]
        if inside:
            placed.append(Placed(mention, inside[0], inside[-1]))
    covered = frozenset(i for p in placed for i in range(p.first, p.last + 1))
    return Sentence(segment, text, tokens, tuple(t.text.lower() for t in tokens), tuple(placed), covered)


def word_matches(word: str, pattern: str) -> bool:
    """A lexicon pattern: `stem*` matches words starting with the stem, anything else the whole word."""
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


def phrase_at(sentence: Sentence, i: int, words: Sequence[str]) -> bool:
    """True when the sentence's words from i on are exactly `words`."""
    return tuple(sentence.lower[i:i + len(words)]) == tuple(words)
