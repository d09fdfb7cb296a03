"""Readable explanations: which alias or key matched, the score, what was stripped and what was vetoed."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from kgbuild.model.entity import Entity
from kgbuild.resolve.fuzzy import CUTOFF, ONE_WORD_CUTOFF

if TYPE_CHECKING:
    from kgbuild.resolve.fuzzy import Decision, Scored
    from kgbuild.resolve.index import AliasEntry

MAX_VETOES_SHOWN = 3
_SOURCE_WORDS = {"name": "canonical name", "alias": "{lang} alias", "native": "native name", "demonym": "{lang} demonym",
                 "nil": "name of an unknown-entity cluster",
                 "generated": "generated {lang} spelling (from the native-script name by rule tables)"}


def describe_entry(entry: AliasEntry) -> str:
    """'hu alias', 'generated hu spelling', 'canonical name'... followed by the alias itself."""
    return f"{_SOURCE_WORDS[entry.source].format(lang=entry.lang)} {entry.alias!r}"


def explain_match(surface: str, entity: Entity, entry: AliasEntry, how: str, key: str | None, score: float) -> str:
    """One sentence for a dictionary match."""
    parts = [f"{surface!r} → {entity.name} ({entity.kind})"]
    if how != "as written":
        parts.append(how)
    parts.append(f"{key} equals that of {describe_entry(entry)}" if key else f"matched {describe_entry(entry)}")
    parts.append(f"score {score:.2f}")
    return "; ".join(parts)


def explain_tie(surface: str, entities: Sequence[Entity], entry: AliasEntry) -> str:
    """Why an exact match was left unresolved."""
    if len(entities) == 1:
        return (f"{surface!r} is {describe_entry(entry)} of {entities[0].name}, marked ambiguous in the gazetteer "
                "(it names more than one entity); left unresolved")
    names = ", ".join(f"{e.name} ({e.kind})" for e in entities)
    return f"{surface!r} is {describe_entry(entry)} of several entities ({names}); left unresolved rather than guessed"


def explain_decision(surface: str, decision: Decision, entities: Mapping[str, Entity], notes: Sequence[str]) -> str:
    """The near-miss outcome: winner with its similarity, a tie, or nothing; then the vetoes."""
    parts: list[str] = []
    best, rival = decision.best, decision.rival
    if best is not None and rival is None:
        entity = entities[best.entry.entity_id]
        parts.append(f"{surface!r} → {entity.name} ({entity.kind}); near miss: similar to {describe_entry(best.entry)} "
                     f"(similarity {best.score:.0f}/100, compared as {best.form.ordered!r}); score {0.9 * best.score / 100:.2f}")
    elif best is not None and rival is not None:
        parts.append(f"{surface!r} is as close to {_named(best, entities)} as to {_named(rival, entities)}; "
                     "left unresolved rather than guessed")
    else:
        parts.append(f"{surface!r}: no alias, phonetic key or near miss (similarity >= {CUTOFF:.0f}, {ONE_WORD_CUTOFF:.0f} for one word, within its blocks)")
    parts += list(notes)
    parts += [f"vetoed {_named(s, entities)}: {reason}" for s, reason in decision.vetoed[:MAX_VETOES_SHOWN]]
    return "; ".join(parts)


def _named(scored: Scored, entities: Mapping[str, Entity]) -> str:
    """A candidate as 'Name (alias 'x', similarity 88)'."""
    entity = entities[scored.entry.entity_id]
    return f"{entity.name} (via {scored.entry.alias!r}, similarity {scored.score:.0f})"
