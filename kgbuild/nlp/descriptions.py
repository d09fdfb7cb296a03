"""Gazetteer descriptions in text: 'az észak-koreai vezető', 'North Korea's leader' → the entity described.

A description (the `descriptions` field of the gazetteer) starts at a place or country mention (a demonym,
an inflected country name, a city adjective) and ends in a role noun that may carry a case suffix. It
resolves only to an entity that the same article has already named: a description alone is not evidence
of who held the role at the time.
"""

from __future__ import annotations

from collections.abc import Sequence

from kgbuild.model.mention import Mention
from kgbuild.nlp.tokens import Token, iter_tokens
from kgbuild.resolve.normalize import fold
from kgbuild.resolve.resolver import Resolver, suffix_of
from kgbuild.resolve.suffixes import stems

MAX_DESCRIPTION_WORDS = 5
_PLACE_KINDS = frozenset({"Country", "Location"})
DESCRIPTION_SCORE = 0.85


def gazetteer_description(text: str, mention: Mention, before: Sequence[Mention], lang: str,
                          resolver: Resolver) -> Mention | None:
    """The mention widened to a whole description of an entity named earlier, or None."""
    if not may_describe(mention, resolver):
        return None
    index = resolver.index
    tokens, folded = _description_words(text, mention.start, index.description_heads)
    for size in range(len(tokens), 1, -1):
        window = tokens[:size]
        head = folded[:size - 1]
        if head not in index.description_heads or not _joined(text, window):
            continue
        for stem, _how in stems(window[-1].text, lang):
            ids = index.descriptions.get(head + (fold(stem),))
            named = _named_before(before, ids) if ids else None
            if named is not None:
                return _described(text, mention, window[-1].end, named, suffix_of(window[-1].text, stem), resolver)
    return None


def _description_words(text: str, start: int, heads: set[tuple[str, ...]]) -> tuple[list[Token], tuple[str, ...]]:
    """The words from `start` a description may span, and their folded forms: while they are the head of a known
    description, and one more (its noun); read one at a time, as most words begin no description."""
    tokens: list[Token] = []
    folded: tuple[str, ...] = ()
    for token in iter_tokens(text, start, start + 80):
        tokens.append(token)
        folded += (fold(token.text),)
        if len(tokens) == MAX_DESCRIPTION_WORDS or folded not in heads:
            break
    return tokens, folded


def may_describe(mention: Mention, resolver: Resolver) -> bool:
    """Only a place or country mention opens a description, so callers skip the rest (and its arguments) for
    the other mentions of an article."""
    index = resolver.index
    return bool(index.descriptions) and index.entities[mention.entity_id].kind in _PLACE_KINDS


def _joined(text: str, window: Sequence[Token]) -> bool:
    """Words of a description are separated by spaces only."""
    return all(not text[a.end:b.start].strip() for a, b in zip(window, window[1:]))


def _named_before(before: Sequence[Mention], ids: set[str]) -> str | None:
    """The most recently named of the described entities."""
    for mention in reversed(before):
        if mention.entity_id in ids:
            return mention.entity_id
    return None


def _described(text: str, mention: Mention, end: int, entity_id: str, suffix: str, resolver: Resolver) -> Mention:
    """The description as a mention of the entity, with the reason."""
    entity = resolver.index.entities[entity_id]
    surface = text[mention.start:end]
    why = f"{surface!r} → {entity.name}: a gazetteer description of {entity.name}, who is named earlier in this article"
    return Mention(mention.start, end, surface, mention.sentence, entity_id, DESCRIPTION_SCORE, "in-document", why, suffix)
