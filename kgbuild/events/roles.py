"""Appositions that state a role: 'Valerij Geraszimov, az orosz vezérkar főnöke' → HOLDS_ROLE."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kgbuild.events.lexicon import Lexicon, title_candidates
from kgbuild.events.sentence import Placed, Sentence, is_modifier
from kgbuild.model.entity import Entity
from kgbuild.model.event import RoleClaim

APPOSITION_WORDS = 7
RANK_WORDS = 2
_ENDS = (",", "—", "–")
_ROLE_KINDS = frozenset({"Organization", "Country", "Media"})


@dataclass(frozen=True, slots=True)
class Apposition:
    """A role claim and the word indexes of the organization mention it used (not an actor elsewhere)."""

    claim: RoleClaim
    org_words: frozenset[int]
    span: frozenset[int] = frozenset()


def find_appositions(sentence: Sentence, lexicon: Lexicon, entities: Mapping[str, Entity]) -> list[Apposition]:
    """Person, comma, then within a few words an organization and a title, before the next comma."""
    out: list[Apposition] = []
    for placed in sentence.mentions:
        start = _after_rank(sentence, placed.last + 1, lexicon)
        if entities[placed.mention.entity_id].kind != "Person" or "," not in sentence.gap_before(start):
            continue
        found = _role_after(sentence, start, lexicon, entities)
        if found is not None:
            org, title, end = found
            confidence = round(min(placed.mention.score, org.mention.score) * 0.9, 2)
            claim = RoleClaim(placed.mention.entity_id, org.mention.entity_id, title, placed.mention.start,
                              sentence.tokens[end].end, sentence.segment.index, f"apposition:{lexicon.language}", confidence)
            span = frozenset(range(placed.last + 1, start)) | _span(sentence, start)
            same = [p for p in sentence.mentions if p.first in span and _describes(p, org)]
            out.append(Apposition(claim, frozenset(i for p in same + [org] for i in range(p.first, p.last + 1)), span))
    return out


def _describes(placed: Placed, org: Placed) -> bool:
    """The organization again, or a demonym qualifying it ('az ukrán katonai hírszerzés (HUR) főnöke'): words of
    the role, not participants."""
    return placed.mention.entity_id == org.mention.entity_id or (
        placed.mention.method == "demonym" and placed.last < org.first)


def _after_rank(sentence: Sentence, start: int, lexicon: Lexicon) -> int:
    """The word after a rank or office written after the name ('Kirilo Budanov tábornok, a HUR főnöke': hu)."""
    end = start
    while end < min(start + RANK_WORDS, len(sentence.tokens)) and lexicon.name_titles \
            and sentence.lower[end].endswith(lexicon.name_titles) and sentence.mention_at(end) is None \
            and (end == start or not sentence.gap_before(end).strip()):
        end += 1
    return end if end < len(sentence.tokens) else start


def _span(sentence: Sentence, start: int) -> frozenset[int]:
    """The words of an apposition: from after the person's name up to the next comma or dash (or a few words)."""
    end = start
    while end + 1 < len(sentence.tokens) and end + 1 - start < APPOSITION_WORDS + 2 \
            and not _closes(sentence.gap_before(end + 1)):
        end += 1
    return frozenset(range(start, end + 1))


def _closes(gap: str) -> bool:
    """A comma or dash ends an apposition ('Peszkovot, a szóvivőt — számolt be a TASZSZ')."""
    return any(mark in gap for mark in _ENDS)


def _role_after(sentence: Sentence, start: int, lexicon: Lexicon,
                entities: Mapping[str, Entity]) -> tuple[Placed, str, int] | None:
    """The organization and the title in the apposition that starts at word `start`; a name is preferred to a
    demonym before it ('az ukrán katonai hírszerzés (HUR) főnöke': the HUR)."""
    org: Placed | None = None
    title: tuple[str, int] | None = None
    for i in range(start, min(start + APPOSITION_WORDS, len(sentence.tokens))):
        if i > start and _closes(sentence.gap_before(i)):
            break
        placed = sentence.mention_at(i)
        if placed is not None and (org is None or org.mention.method == "demonym" != placed.mention.method) \
                and entities[placed.mention.entity_id].kind in _ROLE_KINDS \
                and not is_modifier(sentence, placed, lexicon.possessives, lexicon.titles):
            org = placed
        elif placed is None and title is None:
            title = _title_at(sentence, i, lexicon)
    if org is None or title is None:
        return None
    return org, title[0], max(title[1], org.last)


def _title_at(sentence: Sentence, i: int, lexicon: Lexicon) -> tuple[str, int] | None:
    """A title word (possessive or case endings allowed: főnöke, alelnökével) → its English title."""
    for english, words in title_candidates(lexicon.titles, sentence.lower[i]):
        window = sentence.lower[i:i + len(words)]
        if len(window) == len(words) and all(w.startswith(p) for w, p in zip(window[:-1], words[:-1])) \
                and window[-1].startswith(words[-1]):
            return english, i + len(words) - 1
    return None
