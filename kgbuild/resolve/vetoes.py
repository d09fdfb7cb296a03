"""Vetoes: comparisons that stop a near-miss from merging two different things, each with its reason.

Every check takes the query and one candidate alias and returns None (no objection) or a readable reason.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from kgbuild.nlp.tokens import words
from kgbuild.resolve.blocking import NameForm
from kgbuild.resolve.index import AliasEntry
from kgbuild.resolve.nameparts import initial_letter, is_generational, is_initial, name_rules, skeleton
from kgbuild.resolve.phonetic import phonetic_key

GIVEN_NAME_MIN = 70.0
FAMILY_NAME_MIN = 50.0
SURNAME_PREFIX = 4
_COMPATIBLE = {"Person": {"Person"}, "Organization": {"Organization", "Media"}, "Media": {"Organization", "Media"},
               "Location": {"Location", "Country"}, "Country": {"Location", "Country"}}


@dataclass(frozen=True, slots=True)
class Query:
    """A name to match: its words as written (titles removed), comparison forms and an optional kind."""

    words: tuple[str, ...]
    forms: tuple[NameForm, ...]
    kind: str | None = None


Check = Callable[[Query, AliasEntry, NameForm], "str | None"]


def veto(query: Query, entry: AliasEntry, form: NameForm) -> str | None:
    """The first objection to matching `query` with this alias (None when there is none)."""
    for check in CHECKS:
        reason = check(query, entry, form)
        if reason:
            return reason
    return None


def kind_veto(query: Query, entry: AliasEntry, form: NameForm) -> str | None:
    """A person is never an organization or a place (the query's kind comes from its context)."""
    if query.kind is None or query.kind == "Other" or entry.kind in _COMPATIBLE.get(query.kind, {entry.kind}):
        return None
    return f"kind {entry.kind} does not fit a {query.kind} mention"


def generational_veto(query: Query, entry: AliasEntry, form: NameForm) -> str | None:
    """Donald Trump Jr. is not Donald Trump: a generational marker must be on both sides."""
    marked = [w for w in query.words if is_generational(w)]
    if marked and not any(is_generational(w) for w in words(entry.alias)):
        return f"{marked[0]!r} names a different generation"
    return None


def initials_veto(query: Query, entry: AliasEntry, form: NameForm) -> str | None:
    """A. Putin is not Vladimir Putin: every initial must start a name part of the alias."""
    letters = {w[:1] for w in form.words}
    for word in query.words:
        if is_initial(word) and not any(initial_letter(word, f.reading) in letters for f in query.forms):
            return f"initial '{word}.' starts no name part of {entry.alias!r}"
    return None


def given_name_veto(query: Query, entry: AliasEntry, form: NameForm) -> str | None:
    """Kim Jong Un ≠ Kim Jong Il, Orbán Anita ≠ Orbán Viktor: a shared name part with a different other part."""
    best = _best_form(query, form)
    if entry.syllabic:
        return _syllabic_veto(best, form)
    if len(form.words) == 1 and sum(1 for w in query.words if not is_initial(w)) >= 2:
        return f"the one-word alias {entry.alias!r} cannot confirm the other name parts"
    pairs = align(best.words, form.words)
    same = [q for q, a, r in pairs if r == 100.0]
    for q, a, r in pairs:
        if same and r < GIVEN_NAME_MIN and len(q) > 1 and len(a) > 1:
            return f"different given name {q!r} ≠ {a!r} on the same name part {same[0]!r}"
    return None


def surname_extension_veto(query: Query, entry: AliasEntry, form: NameForm) -> str | None:
    """Gerasimov ≠ Gerasimenko ≠ Gerasimova: one surname stem with different name endings."""
    tails = _tails()
    for q, a, r in align(_best_form(query, form).words, form.words):
        common = _common_prefix(q, a)
        if r < 100.0 and common >= SURNAME_PREFIX and q[common:] != a[common:] and q[common:] in tails and a[common:] in tails:
            return f"{q!r} and {a!r} share the stem {q[:common]!r} but end differently (-{q[common:]} / -{a[common:]})"
    return None


def _syllabic_veto(query: NameForm, form: NameForm) -> str | None:
    """Korean and Chinese names: family name first; the given name is compared whole, spaces removed."""
    if len(query.words) < 2 or len(form.words) < 2:
        return "a Korean or Chinese name needs its family and given name"
    q_given, a_given = "".join(query.words[1:]), "".join(form.words[1:])
    q_family, a_family = skeleton(query.words[0]), skeleton(form.words[0])
    if skeleton(q_given) != skeleton(a_given):
        same = f" on the same family name {form.words[0]!r}" if fuzz.ratio(q_family, a_family) >= FAMILY_NAME_MIN else ""
        return f"different given name {q_given!r} ≠ {a_given!r}{same} (Korean/Chinese names compared with spaces removed)"
    if fuzz.ratio(q_family, a_family) < FAMILY_NAME_MIN:
        return f"different family name {query.words[0]!r} ≠ {form.words[0]!r}"
    return None


def align(query: Sequence[str], alias: Sequence[str]) -> list[tuple[str, str, float]]:
    """Greedy one-to-one pairing of name parts by similarity, best pairs first."""
    scored = sorted(((fuzz.ratio(q, a), i, j) for i, q in enumerate(query) for j, a in enumerate(alias)), reverse=True)
    used_q: set[int] = set()
    used_a: set[int] = set()
    pairs: list[tuple[str, str, float]] = []
    for r, i, j in scored:
        if i not in used_q and j not in used_a:
            used_q.add(i)
            used_a.add(j)
            pairs.append((query[i], alias[j], r))
    return pairs


def _best_form(query: Query, form: NameForm) -> NameForm:
    """The reading of the query closest to the alias."""
    return max(query.forms, key=lambda f: (fuzz.ratio(f.ordered, form.ordered), f.reading == "as written"))


def _common_prefix(a: str, b: str) -> int:
    """Length of the common beginning of two strings."""
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


@lru_cache(maxsize=1)
def _tails() -> frozenset[str]:
    """Surname endings in the phonetic key's alphabet."""
    return frozenset(phonetic_key(t) for t in name_rules().surname_tails)


CHECKS: tuple[Check, ...] = (kind_veto, generational_veto, initials_veto, given_name_veto, surname_extension_veto)

