"""A segment's words with the facts every mention scanner asks of each word, computed once per segment."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from kgbuild.caches import WORD_CACHE
from kgbuild.model.document import Segment
from kgbuild.nlp.tokens import TOKEN_TEXT, Token, tokenize
from kgbuild.resolve.normalize import fold, is_capitalized
from kgbuild.resolve.resolver import folded_stems




@dataclass(frozen=True, slots=True)
class SegmentWords:
    """Tokens of one segment and, per word, its text, folded form and stems, capitalization and the gap after it.

    `joined[k]` is True when only white space separates word k from word k + 1 (names never cross punctuation).
    """

    segment: Segment
    tokens: list[Token]
    texts: tuple[str, ...]
    folded: tuple[str, ...]
    capitalized: tuple[bool, ...]
    stems: tuple[frozenset[str], ...]
    joined: tuple[bool, ...]


def segment_words(text: str, segment: Segment, lang: str) -> SegmentWords:
    """The words of a segment (offsets into the document `text`)."""
    tokens = tokenize(segment.text, segment.start)
    if not tokens:
        return SegmentWords(segment, tokens, (), (), (), (), ())
    texts = tuple(map(TOKEN_TEXT, tokens))
    # Two words never touch (the tokenizer's words are maximal), so every gap has a character to test.
    joined = tuple([text[a.end:b.start].isspace() for a, b in zip(tokens, tokens[1:])])
    known = _known_words.setdefault(lang, {})
    if len(known) >= WORD_CACHE:
        known.clear()
    folded, capitalized, stems = zip(*[known.get(w) or _learn(w, lang, known) for w in texts])
    return SegmentWords(segment, tokens, texts, folded, capitalized, stems, joined)


WordFacts = tuple[str, bool, frozenset[str]]
_known_words: dict[str, dict[str, WordFacts]] = {}  # per language: word -> facts (a plain dict is the fastest cache)


def _learn(word: str, lang: str, known: dict[str, WordFacts]) -> WordFacts:
    """What the scanners ask of a word, worked out once per word: its folded form, capitalization, folded stems."""
    facts = known[word] = (fold(word), is_capitalized(word), folded_stems(word, lang))
    return facts


class Covered:
    """Which offsets fall inside any of a set of spans: any(s <= pos < e) without scanning every span."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []
        furthest = -1
        for _, end in ordered:
            furthest = max(furthest, end)
            self._reach.append(furthest)

    def __contains__(self, pos: int) -> bool:
        """True when some span has start <= pos < end."""
        k = bisect_right(self._starts, pos) - 1
        return k >= 0 and self._reach[k] > pos
