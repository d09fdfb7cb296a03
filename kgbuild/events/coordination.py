"""Coordinated names: lists of participants that act or are acted on together ('Seoul, Washington and Tokyo',
'Phenjan és Moszkva'), and the coordinators that join names rather than clauses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from kgbuild.events.lexicon import Lexicon
from kgbuild.events.sentence import Placed, Sentence

COORDINATION_GAP = 3
APPOSITION_GAP = 2
T = TypeVar("T")


def coordinated(sentence: Sentence, items: Sequence[T], placed: Callable[[T], Placed], lexicon: Lexicon) -> list[T]:
    """The first item and those listed with it: joined by a coordinator ('Kim and Putin') or by a list comma
    that a coordinator closes later ('Seoul, Washington and Tokyo'); a comma alone ('Kim, Putin') joins nothing;
    a demonym's noun named right after it is that name ('his Russian counterpart Andrei Belousov'); a demonym
    right after a name qualifies it ('Rubio amerikai, Cso Hjon dél-koreai és ...': hu)."""
    if not items:
        return []
    chain, closed = [items[0]], 1
    for candidate in items[1:]:
        how = _join(sentence, placed(chain[-1]), placed(candidate), lexicon)
        if how is None:
            break
        if how == "apposition":
            chain[-1] = candidate
            continue
        if how == "qualifier":
            continue
        if how == "coordinator" and closed < len(chain):
            break  # a list opened by commas closes with a bare 'and' ('X, Y and Z'), not 'X, Y's sister and Z'
        chain.append(candidate)
        if how in ("and", "coordinator"):
            closed = len(chain)
    return chain[:closed]


def _join(sentence: Sentence, left: Placed, right: Placed, lexicon: Lexicon) -> str | None:
    """How two names next to each other are joined: 'and' (a coordinator, articles at most: 'X and the Y'),
    'coordinator' (a few words holding one: 'Kim and his sister Kim Yo Jong'),
    'apposition' (a name right after a demonym and its noun), 'comma' (a comma and at most an article:
    'X, the Y'), else None."""
    end = _qualified_end(sentence, left, lexicon)
    if right.last <= end:
        return "qualifier"
    between = sentence.lower[end + 1:right.first]
    if len(between) > COORDINATION_GAP:
        return None
    if any(w in lexicon.coordinators for w in between):
        return "and" if all(w in lexicon.coordinators or w in lexicon.articles for w in between) else "coordinator"
    if left.mention.method == "demonym" and right.mention.method != "demonym" and len(between) <= APPOSITION_GAP \
            and all(not sentence.gap_before(j).strip(" ,") for j in range(left.last + 1, right.first + 1)):
        return "apposition"

    if all(w in lexicon.articles for w in between) and sentence.gap_before(end + 1).strip() == "," \
            and all(not sentence.gap_before(j).strip() for j in range(end + 2, right.first + 1)):
        return "comma"
    return None


def _qualified_end(sentence: Sentence, left: Placed, lexicon: Lexicon) -> int:
    """Hungarian writes a person's nationality after the name ('Marco Rubio amerikai, Cso Hjon dél-koreai és
    Ivaja Takesi japán külügyminiszter'): the list item ends after that demonym."""
    j = left.last + 1
    if not lexicon.case_roles or j >= len(sentence.tokens) or sentence.gap_before(j).strip():
        return left.last
    qualifier = sentence.mention_at(j)
    named = left.mention.method != "demonym" and qualifier is not None and qualifier.first == j
    return qualifier.last if named and qualifier is not None and qualifier.mention.method == "demonym" else left.last


def joins_names(sentence: Sentence, w: int, lexicon: Lexicon, next_trigger: int) -> bool:
    """The coordinator at word w joins two names ('called on Pyongyang and Moscow to halt'), not two clauses:
    a name ends right before it and one starts right after it (articles aside), and that second name is not
    the subject of the next trigger (followed by it or by an auxiliary: 'met Putin and Russia sent'); where
    case marks roles, both names carry the same ending ('Phenjant és Moszkvát')."""
    if w == 0 or sentence.gap_before(w).strip() or sentence.mention_at(w - 1) is None:
        return False
    j = w + 1
    while j < len(sentence.tokens) and sentence.lower[j] in lexicon.articles:
        j += 1
    right = sentence.mention_at(j) if j < len(sentence.tokens) else None
    if right is None or right.first != j:
        return False
    if lexicon.case_roles:
        left = sentence.mention_at(w - 1)
        return left is not None and bool(right.mention.suffix) and left.mention.suffix == right.mention.suffix
    after = right.last + 1
    return after != next_trigger and not (after < len(sentence.tokens) and sentence.lower[after] in lexicon.auxiliaries)


def list_comma(sentence: Sentence, k: int, lexicon: Lexicon) -> bool:
    """The comma before word k separates two names of a list ('South Korea, the United States and Japan')."""
    left = sentence.mention_at(k - 1) if k > 0 else None
    j = k
    while j < len(sentence.tokens) and sentence.lower[j] in lexicon.articles:
        j += 1
    right = sentence.mention_at(j) if j < len(sentence.tokens) else None
    return left is not None and right is not None and right.first == j and _join(sentence, left, right, lexicon) == "comma"


def joined_pairs(sentence: Sentence, items: Sequence[T], placed: Callable[[T], Placed], lexicon: Lexicon) -> list[tuple[T, T]]:
    """Neighbouring items joined by a bare coordinator ('against Russia and North Korea', 'Oroszország és
    Észak-Korea ellen'), whose preposition or postposition is the pair's."""
    return [(a, b) for a, b in zip(items, items[1:])
            if _join(sentence, placed(a), placed(b), lexicon) == "and"]


def comma_neighbour(sentence: Sentence, placed: Placed, step: int, lexicon: Lexicon) -> Placed | None:
    """The name on the other side of a list comma from `placed` ('Seoul, Washington'), forward or backward."""
    if step > 0:
        k = placed.last + 1
        return sentence.mention_at(_past_articles(sentence, k, lexicon)) if k < len(sentence.tokens) \
            and list_comma(sentence, k, lexicon) else None
    j = placed.first
    while j > 0 and sentence.lower[j - 1] in lexicon.articles and not sentence.gap_before(j).strip():
        j -= 1
    return sentence.mention_at(j - 1) if j > 0 and list_comma(sentence, j, lexicon) else None


def _past_articles(sentence: Sentence, k: int, lexicon: Lexicon) -> int:
    """The first word from k on that is not an article."""
    while k < len(sentence.tokens) and sentence.lower[k] in lexicon.articles:
        k += 1
    return k
