"""Near-miss matching: candidates from blocks, scored with rapidfuzz process.cdist, then vetoes and ties."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from kgbuild.resolve.blocking import FuzzyIndex, NameForm
from kgbuild.resolve.index import AliasEntry
from kgbuild.resolve.vetoes import Query, veto

CUTOFF = 86.0
ONE_WORD_CUTOFF = 90.0
SUBSET_SCORE = 90.0
MARGIN = 3.0
MAX_CONSIDERED = 25
_RANK = {"name": 0, "alias": 1, "generated": 2, "nil": 3, "native": 4, "demonym": 5}


@dataclass(frozen=True, slots=True)
class Scored:
    """One candidate alias with its similarity (0-100) to the query."""

    score: float
    number: int
    entry: AliasEntry
    form: NameForm


@dataclass(frozen=True, slots=True)
class Decision:
    """The outcome of near-miss matching: the winner (or None), a rival when tied, and every veto."""

    best: Scored | None
    rival: Scored | None
    vetoed: tuple[tuple[Scored, str], ...]


def cutoff_for(query: Query) -> float:
    """The similarity a near miss needs: more for a one-word name, which carries less evidence."""
    return ONE_WORD_CUTOFF if all(len(f.words) <= 1 for f in query.forms) else CUTOFF


def blocked_scores(index: FuzzyIndex, query: Query) -> list[Scored]:
    """Candidates from the blocks, scored in one cdist call per comparison form, best first."""
    cutoff = cutoff_for(query)
    numbers = index.candidates(query.forms)
    if not numbers:
        return []
    ordered = process.cdist([f.ordered for f in query.forms], [index.forms[n].ordered for n in numbers],
                            scorer=fuzz.ratio, score_cutoff=cutoff, workers=1)
    free = process.cdist([f.sorted for f in query.forms], [index.forms[n].sorted for n in numbers],
                         scorer=fuzz.ratio, score_cutoff=cutoff, workers=1)
    best = np.maximum(ordered.max(axis=0), free.max(axis=0))
    scored = [Scored(max(float(s), subset_score(query, index.forms[n])), n, index.entries[n], index.forms[n])
              for s, n in zip(best, numbers)]
    return rank([s for s in scored if s.score >= cutoff])


def subset_score(query: Query, alias: NameForm) -> float:
    """Recep Tayyip Erdoğan from 'Tayyip Erdoğan': every part of a multi-part query is a part of the alias."""
    for form in query.forms:
        if len(form.words) >= 2 and len(set(form.words)) == len(form.words) and set(form.words) <= set(alias.words):
            return SUBSET_SCORE
    return 0.0


def rank(scored: Sequence[Scored]) -> list[Scored]:
    """Best first; ties broken by the kind of alias, then by entity id and alias (deterministic)."""
    return sorted(scored, key=lambda s: (-s.score, _RANK[s.entry.source], s.entry.entity_id, s.entry.alias))


def decide(ranked: Sequence[Scored], query: Query) -> Decision:
    """The best candidate nothing vetoes; a different entity within MARGIN of it makes a tie (no answer).

    An entity is judged by its closest alias: when that one is vetoed, its farther spellings are too.
    """
    vetoed: list[tuple[Scored, str]] = []
    judged: set[str] = set()
    best: Scored | None = None
    for candidate in ranked[:MAX_CONSIDERED]:
        if best is not None and candidate.score < best.score - MARGIN:
            break
        if candidate.entry.entity_id in judged:
            continue
        judged.add(candidate.entry.entity_id)
        reason = veto(query, candidate.entry, candidate.form)
        if reason:
            vetoed.append((candidate, reason))
        elif best is None:
            best = candidate
        else:
            return Decision(best, candidate, tuple(vetoed))
    return Decision(best, None, tuple(vetoed))
