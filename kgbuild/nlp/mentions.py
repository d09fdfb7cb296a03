"""Find mentions: the longest gazetteer names in each segment, then bare surnames of people already named (a
surname two of them share goes to the one named most often so far)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from kgbuild.model.document import Segment
from kgbuild.model.mention import Mention
from kgbuild.nlp.context import role_descriptions
from kgbuild.nlp.names import unknown_mentions, without_given_name_conflicts
from kgbuild.nlp.tokens import Token, tokenize
from kgbuild.resolve.normalize import fold, fold_words, is_capitalized
from kgbuild.resolve.resolver import Resolution, Resolver, suffix_of
from kgbuild.resolve.suffixes import stems

MAX_PHONETIC_WORDS = 4
MIN_SURNAME = 3


def find_mentions(text: str, segments: Sequence[Segment], lang: str, resolver: Resolver) -> list[Mention]:
    """Every resolved mention in document order; spans never overlap."""
    token_lists = [(seg, tokenize(seg.text, seg.start)) for seg in segments]
    found: list[Mention] = []
    for seg, tokens in token_lists:
        found.extend(_scan(text, seg, tokens, lang, resolver))
    found = without_given_name_conflicts(text, token_lists, found, lang, resolver)
    found.extend(unknown_mentions(text, token_lists, found, lang, resolver))
    surnames = _surnames(found, resolver)
    if surnames:
        taken = {(m.start, m.end) for m in found}
        named = list(found)
        for seg, tokens in token_lists:
            found.extend(_surname_mentions(seg, tokens, lang, surnames, taken, resolver, named))
    found.sort(key=lambda m: m.start)
    return role_descriptions(text, segments, found, lang, resolver)


def _scan(text: str, seg: Segment, tokens: list[Token], lang: str, resolver: Resolver) -> list[Mention]:
    """Greedy longest match from left to right."""
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        length, answer = _longest(text, tokens, i, lang, resolver)
        if answer is not None and answer.entity is not None:
            first, last = tokens[i], tokens[i + length - 1]
            out.append(Mention(first.start, last.end, text[first.start:last.end], seg.index,
                               answer.entity.id, answer.score, answer.method, answer.explanation, answer.suffix))
            i += length
        else:
            i += 1
    return out


def _longest(text: str, tokens: list[Token], i: int, lang: str, resolver: Resolver) -> tuple[int, Resolution | None]:
    """The longest span starting at token i that resolves; spans only join words separated by spaces."""
    index = resolver.index
    best: tuple[int, Resolution | None] = (0, None)
    limit = _joined_run(text, tokens, i, index.max_words)
    capitalized = True
    for length in range(1, limit + 1):
        span = [t.text for t in tokens[i:i + length]]
        capitalized = capitalized and is_capitalized(span[-1])
        known_head = length == 1 or fold_words(span[:-1]) in index.prefixes
        if not known_head and (length > MAX_PHONETIC_WORDS or not capitalized):
            break  # only exact aliases cross lower-case words, and longer spans share this unknown head
        answer = resolver.lookup(span, lang)
        if answer is not None:
            best = (length, answer)
    return best


def _joined_run(text: str, tokens: list[Token], i: int, max_words: int) -> int:
    """How many tokens from i are joined only by white space (a name never spans punctuation)."""
    n = 1
    while i + n < len(tokens) and n < max(max_words, MAX_PHONETIC_WORDS):
        gap = text[tokens[i + n - 1].end:tokens[i + n].start]
        if gap.strip():
            break
        n += 1
    return n


def _surnames(found: list[Mention], resolver: Resolver) -> dict[str, set[str]]:
    """Folded single name parts of the people named so far, with the people that have them."""
    owners: dict[str, set[str]] = defaultdict(set)
    for mention in found:
        entity = resolver.index.entities[mention.entity_id]
        if entity.kind != "Person":
            continue
        for alias in entity.all_aliases() + tuple(n for ns in entity.generated.values() for n in ns):
            for part in alias.split():
                if len(part) >= MIN_SURNAME and is_capitalized(part):
                    owners[fold(part)].add(entity.id)
    return owners


def _surname_mentions(seg: Segment, tokens: list[Token], lang: str, surnames: dict[str, set[str]],
                      taken: set[tuple[int, int]], resolver: Resolver, named: list[Mention]) -> list[Mention]:
    """Capitalized single words (inflected or not) that are a name part of a person named in this article; a part
    several of them share ('Kim') is the one named most often so far (`named` grows with each one found)."""
    out: list[Mention] = []
    for token in tokens:
        if not is_capitalized(token.text) or any(s <= token.start < e for s, e in taken):
            continue
        for stem, how in stems(token.text, lang):
            entity_id = _owner(surnames.get(fold(stem), set()), token.start, named)
            if entity_id:
                name = resolver.index.entities[entity_id].name
                why = f"{token.text!r} → {name}: name part of a person named earlier in this article"
                if how != "as written":
                    why += f"; {how}"
                mention = Mention(token.start, token.end, token.text, seg.index, entity_id, 0.85, "in-document", why,
                                  suffix_of(token.text, stem))
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
