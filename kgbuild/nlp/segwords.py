"""A segment's words with the facts every mention scanner asks of each word, computed once per segment."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from kgbuild.model.document import Segment
from kgbuild.nlp.tokens import Token, gaps, tokenize
from kgbuild.resolve.normalize import fold, is_capitalized


@dataclass(frozen=True, slots=True)
class SegmentWords:
    """Tokens of one segment and, per word, its text, folded form, capitalization and the gap after it.

    `joined[k]` is True when only white space separates word k from word k + 1 (names never cross punctuation).
    """

    segment: Segment
    tokens: list[Token]
    texts: tuple[str, ...]
    folded: tuple[str, ...]
    capitalized: tuple[bool, ...]
    joined: tuple[bool, ...]


def segment_words(text: str, segment: Segment) -> SegmentWords:
    """The words of a segment (offsets into the document `text`)."""
    tokens = tokenize(segment.text, segment.start)
    texts = tuple(t.text for t in tokens)
    joined = tuple(not gap.strip() for gap in gaps(segment.text))
    return SegmentWords(segment, tokens, texts, tuple(fold(w) for w in texts), tuple(is_capitalized(w) for w in texts),
                        joined)


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
