"""Find mentions: the longest gazetteer names in each segment, then bare surnames of people already named (a
surname two of them share goes to the one named most often so far)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import compress
from operator import not_

from kgbuild.model.document import Segment
from kgbuild.model.mention import Mention
from kgbuild.nlp.context import role_descriptions
from kgbuild.nlp.names import unknown_mentions, without_given_name_conflicts
from kgbuild.nlp.people import name_parts
from kgbuild.nlp.segwords import Covered, SegmentWords, segment_words
from kgbuild.resolve.normalize import fold
from kgbuild.resolve.resolver import Resolution, Resolver, suffix_of
from kgbuild.resolve.suffixes import stems

MAX_PHONETIC_WORDS = 4


def find_mentions(text: str, segments: Sequence[Segment], lang: str, resolver: Resolver) -> list[Mention]:
    """Every resolved mention in document order; spans never overlap."""
    seg_words = [segment_words(text, seg, lang) for seg in segments]
    found: list[Mention] = []
    for words in seg_words:
        found.extend(_scan(text, words, lang, resolver))
    found = without_given_name_conflicts(text, seg_words, found, lang, resolver)
    found.extend(unknown_mentions(text, seg_words, found, lang, resolver))
    surnames = _surnames(found, resolver)
    if surnames:
        taken = Covered((m.start, m.end) for m in found)
        named = list(found)
        for words in seg_words:
            found.extend(_surname_mentions(words, lang, surnames, taken, resolver, named))
    found.sort(key=lambda m: m.start)
    return role_descriptions(text, seg_words, found, lang, resolver)


def _scan(text: str, words: SegmentWords, lang: str, resolver: Resolver) -> list[Mention]:
    """Greedy longest match from left to right."""
    out: list[Mention] = []
    tokens = words.tokens
    after = 0  # the first word not inside a mention found so far
    for i in _may_start(words, resolver):
        if i < after:
            continue
        length, answer = _longest(words, i, lang, resolver)
        if answer is not None and answer.entity is not None:
            first, last = tokens[i], tokens[i + length - 1]
            out.append(Mention(first.start, last.end, text[first.start:last.end], words.segment.index,
                               answer.entity.id, answer.score, answer.method, answer.explanation, answer.suffix))
            after = i + length
    return out


def _may_start(words: SegmentWords, resolver: Resolver) -> list[int]:
    """The words a name may start at: only names are capitalized, and a lower-case word must begin an alias key
    (`resolver.starts_alias` for every word, tested at C speed)."""
    free = map(resolver.index.first_words.isdisjoint, words.stems)
    if resolver.reads is not None:  # only a lower-case word's test decides anything
        resolver.reads.firsts.extend(compress(words.stems, map(not_, words.capitalized)))
    return [i for i, (capitalized, other) in enumerate(zip(words.capitalized, free)) if capitalized or not other]


def _longest(words: SegmentWords, i: int, lang: str, resolver: Resolver) -> tuple[int, Resolution | None]:
    """The longest span starting at token i that resolves; spans only join words separated by spaces.

    Lookups have no side effects, so the longest allowed span is tried first and shorter ones only after it fails.
    """
    for length in range(_longest_allowed(words, i, resolver), 0, -1):
        answer = resolver.lookup(words.texts[i:i + length], lang)
        if answer is not None:
            return length, answer
    return 0, None


def _longest_allowed(words: SegmentWords, i: int, resolver: Resolver) -> int:
    """How many words from i a span may take: joined by spaces only, and only exact aliases cross lower-case
    words or go past MAX_PHONETIC_WORDS (a longer span shares the unknown head of a shorter one).

    The head words are tested only where the test decides, so a parallel worker notes only those reads."""
    index, reads = resolver.index, resolver.reads
    if reads is not None:
        reads.max_words = True
    most = min(len(words.tokens) - i, max(index.max_words, MAX_PHONETIC_WORDS))
    capitalized = True
    for length in range(1, most + 1):
        if length > 1 and not words.joined[i + length - 2]:
            return length - 1
        capitalized = capitalized and words.capitalized[i + length - 1]
        if length > 1 and (length > MAX_PHONETIC_WORDS or not capitalized):
            head = words.folded[i:i + length - 1]
            if reads is not None:
                reads.prefixes.append(head)
            if head not in index.prefixes:
                return length - 1
    return most


def _surnames(found: list[Mention], resolver: Resolver) -> dict[str, set[str]]:
    """Folded single name parts of the people named so far, with the people that have them."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entity_id in {m.entity_id for m in found}:  # each person once, however often named
        entity = resolver.index.entities[entity_id]
        if entity.kind != "Person":
            continue
        for part in name_parts(entity).surnames:
            owners[part].add(entity.id)
    return owners


def _surname_mentions(words: SegmentWords, lang: str, surnames: dict[str, set[str]], taken: Covered,
                      resolver: Resolver, named: list[Mention]) -> list[Mention]:
    """Capitalized single words (inflected or not) that are a name part of a person named in this article; a part
    several of them share ('Kim') is the one named most often so far (`named` grows with each one found)."""
    out: list[Mention] = []
    for token, capitalized in zip(words.tokens, words.capitalized):
        if not capitalized or token.start in taken:
            continue
        for stem, how in stems(token.text, lang):
            ids = surnames.get(fold(stem))
            entity_id = _owner(ids, token.start, named) if ids else None
            if entity_id:
                name = resolver.index.entities[entity_id].name
                why = f"{token.text!r} → {name}: name part of a person named earlier in this article"
                if how != "as written":
                    why += f"; {how}"
                mention = Mention(token.start, token.end, token.text, words.segment.index, entity_id, 0.85,
                                  "in-document", why, suffix_of(token.text, stem))
                out.append(mention)
                named.append(mention)
                break
    return out


def _owner(ids: set[str], at: int, named: list[Mention]) -> str | None:
    """The person a shared name part means at offset `at`: the only owner, else the one named most often before it
    (the most recent on a tie); None when none of them is named before."""
    if len(ids) == 1:
        return next(iter(ids))
    counts: dict[str, int] = defaultdict(int)
    last: dict[str, int] = {}
    for mention in named:
        if mention.entity_id in ids and mention.start < at:
            counts[mention.entity_id] += 1
            last[mention.entity_id] = max(last.get(mention.entity_id, -1), mention.start)
    return max(counts, key=lambda i: (counts[i], last[i])) if counts else None
