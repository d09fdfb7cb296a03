"""A sentence as the extractors see it: words, mentions placed on words, and small lookups."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache, wraps
from itertools import repeat
from typing import Final, TypeVar

from kgbuild.model.document import Segment
from kgbuild.model.mention import Mention
from kgbuild.model.record import Record
from kgbuild.nlp.memos import MEMO_OWNERS, word_memo
from kgbuild.nlp.tokens import TOKEN_END, TOKEN_START, TOKEN_TEXT, Token, tokenize


O = TypeVar("O")
V = TypeVar("V")


class Placed(Record):
    """A mention with the range of word indexes it covers in its sentence."""

    FIELDS = ("mention", "first", "last")

    def __init__(self, mention: Mention, first: int, last: int) -> None:
        self.mention = mention
        self.first = first
        self.last = last

    def values(self) -> tuple[object, ...]:
        """The fields' values, in FIELDS order."""
        return self.mention, self.first, self.last


@dataclass(frozen=True, slots=True)
class Sentence:
    """One segment with its words (lower-cased too) and its mentions placed on those words."""

    segment: Segment
    text: str
    tokens: tuple[Token, ...]
    lower: tuple[str, ...]
    mentions: tuple[Placed, ...]
    covered: frozenset[int]
    gaps: tuple[str, ...] = ()
    at: tuple[Placed | None, ...] = ()

    def gap_before(self, i: int) -> str:
        """The characters between word i-1 and word i (punctuation tells clause structure); i = len(tokens)
        is what follows the last word."""
        gaps = self.gaps
        if i >= 0:
            try:  # no len() test: this runs hundreds of times per article
                return gaps[i]
            except IndexError:
                pass
        return gaps[0 if i < 0 else -1] if gaps else ""

    def mention_at(self, i: int) -> Placed | None:
        """The mention covering word i, if any (the first listed, from the table `build_sentence` makes)."""
        at = self.at
        if len(at) == len(self.tokens):
            if i < 0:
                return None
            try:
                return at[i]
            except IndexError:
                return None
        return next((p for p in self.mentions if p.first <= i <= p.last), None)


def by_identity(func: Callable[[O], V]) -> Callable[[O], V]:
    """Memoize a function of one lexicon part by the part's identity: hashing a tuple of records on every call
    costs more than the work saved."""
    cache: dict[int, tuple[O, V]] = {}

    @wraps(func)
    def cached(owner: O) -> V:
        hit = cache.get(id(owner))
        if hit is None or hit[0] is not owner:
            if len(cache) >= MEMO_OWNERS:
                cache.clear()
            hit = cache[id(owner)] = (owner, func(owner))
        return hit[1]
    return cached


def build_sentence(text: str, segment: Segment, mentions: Sequence[Mention]) -> Sentence:
    """Tokenize a segment and place its mentions on word indexes."""
    tokens = tuple(tokenize(segment.text, segment.start))
    starts, ends = list(map(TOKEN_START, tokens)), list(map(TOKEN_END, tokens))  # map and itemgetter: C speed per word
    placed = _place(starts, ends, mentions)
    covered = frozenset().union(*[range(p.first, p.last + 1) for p in placed])
    return Sentence(segment, text, tokens, tuple(map(str.lower, map(TOKEN_TEXT, tokens))), tuple(placed), covered,
                    _gaps(text, segment, starts, ends), _mention_table(len(tokens), placed))



def _place(starts: list[int], ends: list[int], mentions: Sequence[Mention]) -> list[Placed]:
    """Each mention on the words inside it: words never overlap, so their starts and ends both ascend and the
    words inside a span are a range, found by bisection."""
    placed = []
    for mention in mentions:
        first, after = bisect_left(starts, mention.start), bisect_right(ends, mention.end)
        if first < after:
            placed.append(Placed(mention, first, after - 1))
    return placed


def _mention_table(size: int, placed: list[Placed]) -> tuple[Placed | None, ...]:
    """For each word the first mention covering it, so `mention_at` is one index."""
    if not placed:
        return (None,) * size
    table: list[Placed | None] = [None] * size
    for p in reversed(placed):
        table[p.first:p.last + 1] = [p] * (p.last - p.first + 1)
    return tuple(table)


def _gaps(text: str, segment: Segment, starts: list[int], ends: list[int]) -> tuple[str, ...]:
    """The text before each word and after the last one (from the words' starts and ends), once per sentence."""
    if not starts:
        return ()
    return tuple([text[a:b] for a, b in zip([segment.start, *ends], [*starts, segment.end])])




@lru_cache(maxsize=256)
def line_matcher(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled test for lexicon patterns (`stem*` or whole words) over words joined by newlines: a pattern
    matches at a line start, a whole word up to its end."""
    parts = [re.escape(p[:-1]) if p.endswith("*") else re.escape(p) + "$" for p in patterns]
    return re.compile("(?m)^(?:" + "|".join(parts) + ")" if parts else "(?!x)x")


@lru_cache(maxsize=1024)
def phrase_matcher(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled test for lexicon phrases (space-separated `word_matches` patterns on consecutive words; a
    bare `*` is any word) over a non-empty list of words joined by newlines, so a sentence is scanned once."""
    branches = ["\n".join(_phrase_part(part, k == len(parts) - 1) for k, part in enumerate(parts))
                for parts in (p.split() for p in patterns)]
    return re.compile("(?m)^(?:" + "|".join(branches) + ")" if branches else "(?!x)x")


def _phrase_part(pattern: str, last: bool) -> str:
    """One word of a phrase: a stem runs on to the line's end, a whole word ends at it (the next newline)."""
    if pattern.endswith("*"):
        return re.escape(pattern[:-1]) + ("" if last else "[^\n]*")
    return re.escape(pattern) + ("$" if last else "")


# Characters for which lower-casing a text mirrors case-insensitive regex matching on it (Latin letters,
# punctuation and currency signs, less the dotted and dotless i and the long s); test_sentence.py checks it.
_UNPLAIN = re.compile("[\u0130\u0131\u017f\u0250-\u1fff\u2070-\u209f\u20c0-\U0010ffff]")
_RUN = re.compile(r"\w+")


def plain(text: str) -> bool:
    """True when `text.lower()` may stand in for case-insensitive matching on `text`, so prefilters may use it
    (an ASCII text is, at once: every character the test looks for lies outside ASCII)."""
    return text.isascii() or _UNPLAIN.search(text) is None


@lru_cache(maxsize=16)
def folded_text(text: str) -> str | None:
    """A plain text lower-cased, where a `lowered_twin` finds what its pattern finds in the text, at the same
    offsets; None when the text is not plain. Cached: the date and period finders read one sentence."""
    if not plain(text):
        return None
    low = text.lower()
    return low if len(low) == len(text) else None


def lowered_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """The case-sensitive twin of a case-insensitive pattern without capitals (its words lower case, no \\W-like
    escapes): run on `folded_text` it finds the same spans, about twice as fast; None for other patterns."""
    if not pattern.flags & re.IGNORECASE or pattern.pattern != pattern.pattern.lower():
        return None
    return re.compile(pattern.pattern, pattern.flags & ~re.IGNORECASE)


def scan(pattern: re.Pattern[str], twin: re.Pattern[str] | None, text: str, lowered: str | None) -> Iterator[re.Match[str]]:
    """A pattern's matches in a text: its twin's in the lower-cased text when there are both (same offsets; groups
    differ only in case, so a reader that keeps one as written slices the text), else its own."""
    return twin.finditer(lowered) if twin is not None and lowered is not None else pattern.finditer(text)


_MARK = re.compile("[-'’]")


class Unknown(Enum):
    """The default of the finders' `words`: the caller has not worked the text's word runs out, so they scan it."""

    SCAN = "scan"


SCAN: Final = Unknown.SCAN
Words = frozenset[str] | None | Unknown  # a text's word runs (None: not plain, no prefilter), or SCAN for them


@lru_cache(maxsize=16)
def folded_words(text: str) -> frozenset[str] | None:
    """The lower-cased word runs (\\w+) of a plain text, found by a regex scan, so the date, period and offset
    prefilters rule out most texts with one set test; None when the text is not plain. Cached: several finders
    read one text."""
    lowered = folded_text(text)
    return frozenset(_RUN.findall(lowered)) if lowered is not None else None


def word_runs(text: str, words: Words) -> frozenset[str] | None:
    """The text's word runs as a caller passed them, else scanned: a caller with the sentence knows them."""
    return folded_words(text) if words is SCAN else words


def sentence_words(sentence: Sentence) -> frozenset[str] | None:
    """A sentence's `folded_words` from its lower-cased words, without a scan: a word is runs joined by single
    hyphens or apostrophes, every run is in one word, and lower-casing a plain text goes letter by letter."""
    return _runs(sentence.lower) if plain(sentence.segment.text) else None


def _runs(words: Sequence[str]) -> frozenset[str]:
    """The word runs of words, split at their inner marks (few words have one)."""
    out: set[str] = set()
    for word in words:
        if "-" in word or "'" in word or "’" in word:
            out.update(_MARK.split(word))
        else:
            out.add(word)
    return frozenset(out)


def matches_any(word: str, patterns: tuple[str, ...]) -> bool:
    """Some lexicon pattern matches the word (as `word_matches` says), in one compiled test instead of a loop."""
    return line_matcher(patterns).match(word) is not None


def any_word_matches(words: Sequence[str], pattern: str) -> bool:
    """Some word matches the lexicon pattern (as `word_matches` says), tested at C speed."""
    if pattern.endswith("*"):
        return any(map(str.startswith, words, repeat(pattern[:-1])))
    return pattern in words


def word_matches(word: str, pattern: str) -> bool:
    """A lexicon pattern: `stem*` matches words starting with the stem, anything else the whole word."""
    if pattern.endswith("*"):
        return word.startswith(pattern[:-1])
    return word == pattern


def phrase_at(sentence: Sentence, i: int, words: Sequence[str]) -> bool:
    """True when the sentence's words from i on are exactly `words`."""
    return tuple(sentence.lower[i:i + len(words)]) == tuple(words)


MODIFIER_GAP = 3


def is_modifier(sentence: Sentence, placed: Placed, possessives: Sequence[str] = (), titles: Collection[str] = ()) -> bool:
    """A demonym or possessive right before another name only qualifies it ('Russian Defence Minister X',
    "South Korea's National Intelligence Service"), so it is not a participant or a source itself; only
    capitalized words or titles may stand between ('North Korean leader Kim Jong Un'); any name followed by a
    title and a name qualifies it too ('Russian Security Council Secretary Sergei Shoigu')."""
    nxt = _next_mention(sentence, placed.last)
    if nxt is None or nxt.mention.method == "demonym" or nxt.first - placed.last > MODIFIER_GAP:
        return False
    title = word_memo(titles, is_title)
    between = range(placed.last + 1, nxt.first)
    if any(not sentence.tokens[j].text[:1].isupper() and not title(sentence.lower[j]) for j in between):
        return False
    titled = any(title(sentence.lower[j]) for j in between)
    possessive = placed.mention.surface.endswith(tuple(possessives))
    if placed.mention.method != "demonym" and not possessive and not titled:
        return False
    return all(not sentence.gap_before(j).strip(" -") for j in range(placed.last + 1, nxt.first + 1))


def _next_mention(sentence: Sentence, last: int) -> Placed | None:
    """The first listed mention that starts after word `last` (a loop: this runs for every candidate name)."""
    for p in sentence.mentions:
        if p.first > last:
            return p
    return None


def is_title(word: str, titles: Collection[str]) -> bool:
    """The word is (the start of an inflected form of) a title such as 'leader', 'vezető', 'miniszter'."""
    return any(word.startswith(t) for t in titles if " " not in t)
