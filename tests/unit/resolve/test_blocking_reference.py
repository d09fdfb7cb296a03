"""The blocked near-miss matcher equals a deliberately naive full scan (Hypothesis).

The reference compares the query with every alias of the gazetteer, applies the blocking rule as a plain
predicate (`meets`), scores each pair with rapidfuzz one at a time and then decides exactly like the
resolver. Any difference means the block index or the cdist scoring lost or invented a candidate.
"""

from __future__ import annotations

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz

from kgbuild.model.entity import Entity
from kgbuild.resolve.blocking import meets
from kgbuild.resolve.fuzzy import Decision, Scored, blocked_scores, cutoff_for, decide, rank, subset_score
from kgbuild.resolve.index import AliasIndex
from kgbuild.resolve.resolver import Resolver
from kgbuild.resolve.vetoes import Query
from tests.factories import entity

LETTERS = "abdegijklmnoprstuvyz"
word = st.text(alphabet=LETTERS, min_size=2, max_size=8).map(str.capitalize)
name = st.lists(word, min_size=1, max_size=3).map(" ".join)
kinds = st.sampled_from(["Person", "Location", "Organization"])
people = st.lists(st.tuples(kinds, name, st.lists(name, max_size=2)), min_size=1, max_size=25)


def naive_scores(index: AliasIndex, query: Query) -> list[Scored]:
    """Every alias that the blocking rule admits, scored pair by pair."""
    fuzzy = index.fuzzy
    out = []
    for number, (entry, form) in enumerate(zip(fuzzy.entries, fuzzy.forms)):
        if not any(meets(q, form) for q in query.forms):
            continue
        score = max(max(fuzz.ratio(q.ordered, form.ordered), fuzz.ratio(q.sorted, form.sorted)) for q in query.forms)
        score = max(score, subset_score(query, form))
        if score >= cutoff_for(query):
            out.append(Scored(score, number, entry, form))
    return rank(out)


def summary(decision: Decision) -> tuple[object, ...]:
    """What must agree: the winner, the rival and the vetoed entities."""
    best = decision.best.entry.entity_id if decision.best else None
    rival = decision.rival.entry.entity_id if decision.rival else None
    return best, rival, tuple(s.entry.entity_id for s, _ in decision.vetoed)


def mutate(text: str, data: st.DataObject) -> str:
    """A near miss: one character replaced, dropped or doubled, or two words swapped."""
    how = data.draw(st.sampled_from(["replace", "drop", "double", "swap", "same"]))
    if how == "swap" and " " in text:
        parts = text.split()
        return " ".join(parts[1:] + parts[:1])
    i = data.draw(st.integers(min_value=1, max_value=max(1, len(text) - 1)))
    if how == "replace":
        return text[:i] + data.draw(st.sampled_from(LETTERS)) + text[i + 1:]
    if how == "drop" and len(text) > 3:
        return text[:i] + text[i + 1:]
    if how == "double":
        return text[:i] + text[i - 1] + text[i:]
    return text


def gazetteer(rows: list[tuple[str, str, list[str]]]) -> list[Entity]:
    """Entities from generated (kind, name, aliases) rows; repeated names become distinct entities."""
    return [entity(kind, n, en=tuple(a)) for kind, n, a in rows]  # type: ignore[arg-type]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows=people, data=st.data(), lang=st.sampled_from(["hu", "en"]))
def test_blocked_equals_naive(rows: list[tuple[str, str, list[str]]], data: st.DataObject, lang: str) -> None:
    resolver = Resolver(AliasIndex(gazetteer(rows)))
    source = data.draw(st.sampled_from([n for _k, n, aliases in rows for n in [n, *aliases]]))
    text = mutate(source, data) if data.draw(st.booleans()) else data.draw(name)
    parts = text.split()
    query = resolver.query(parts, lang, data.draw(st.none() | kinds))
    blocked = decide(blocked_scores(resolver.index.fuzzy, query), query)
    naive = decide(naive_scores(resolver.index, query), query)
    event("near-miss candidates found" if naive.best or naive.vetoed else "no candidate")
    assert summary(blocked) == summary(naive)
    assert [s.number for s in blocked_scores(resolver.index.fuzzy, query)] == [s.number for s in naive_scores(resolver.index, query)]


def test_the_reference_sees_near_misses_too() -> None:
    """A sanity check that the property is not vacuous: a typo is found by both."""
    resolver = Resolver(AliasIndex([entity("Person", "Valery Gerasimov"), entity("Person", "Valery Gergiev")]))
    query = resolver.query(["Valery", "Gerrasimv"], "en")
    assert summary(decide(naive_scores(resolver.index, query), query))[0] is not None
    assert summary(decide(blocked_scores(resolver.index.fuzzy, query), query)) == summary(decide(naive_scores(resolver.index, query), query))
