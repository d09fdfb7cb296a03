"""The resolver: a name as written (inflected, transliterated, misspelt) → one entity, with the reason why.

Fast path (`lookup`, used for every span of every sentence): dictionary lookups only — folded alias,
phonetic key under both readings, order-free parts, initials. Near misses (`near_miss`): blocked candidates
scored with rapidfuzz and filtered by vetoes. `resolve` tries both, in that order, and explains the answer.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import repeat
from typing import TYPE_CHECKING

from rapidfuzz import fuzz

from kgbuild.caches import WORD_CACHE
from kgbuild.model.entity import Entity
from kgbuild.nlp.tokens import words
from kgbuild.resolve.blocking import NameForm, name_form
from kgbuild.resolve.explain import describe_entry, explain_decision, explain_match, explain_tie
from kgbuild.resolve.fuzzy import Decision, blocked_scores, decide
from kgbuild.resolve.index import AliasEntry, AliasIndex, initials_key, sorted_key
from kgbuild.resolve.nameparts import core_words, initial_letter, is_initial, readings, word_keys
from kgbuild.resolve.normalize import fold, fold_words, is_capitalized
from kgbuild.resolve.phonetic import span_keys
from kgbuild.resolve.suffixes import stems
from kgbuild.resolve.vetoes import Query

if TYPE_CHECKING:
    from kgbuild.resolve.nil import NilRegistry
    from kgbuild.resolve.reads import ReadLog

NIL_SCORE = 0.5
_SOURCE_RANK = {"name": 0, "alias": 1, "generated": 2, "native": 3, "nil": 4, "demonym": 5}
MAX_FUZZY_STEMS = 6
PROBE_CACHE = 16384
MAX_ANSWERS = WORD_CACHE  # remembered spans: full within a few thousand articles, then cleared and refilled


@dataclass(frozen=True, slots=True)
class Resolution:
    """The answer for one name: the entity (None when unresolved), a score, the method and why."""

    entity: Entity | None
    score: float
    method: str
    explanation: str
    suffix: str = ""
    tied: tuple[str, ...] = ()  # the entities a tie (or an alias marked ambiguous) left undecided between


UNRESOLVED = Resolution(None, 0.0, "none", "no alias or phonetic key matched")


class Resolver:
    """Looks names up in the alias index; only this class (and the NIL registry it holds) reads the registry."""

    def __init__(self, index: AliasIndex, nil: NilRegistry | None = None) -> None:
        self.index = index
        self.nil = nil
        self.reads: ReadLog | None = None  # set while a parallel worker's document is read: what it reads is noted
        self._answers: dict[tuple[tuple[str, ...], str], tuple[int, Resolution | None]] = {}  # with the version

    def resolve(self, name: str, lang: str, kind: str | None = None) -> Resolution:
        """Resolve a whole name; `auto` tries the Hungarian and the English reading."""
        span = words(name)
        if not span:
            return UNRESOLVED
        langs = ("hu", "en") if lang == "auto" else (lang,)
        answers = [self.resolve_span(span, one, kind) for one in langs]
        best = max(answers, key=lambda r: (r.entity is not None, r.score))
        written = repr(" ".join(span))
        if best.explanation.startswith(written):
            best = replace(best, explanation=repr(name.strip()) + best.explanation[len(written):])
        return best

    def resolve_span(self, span: Sequence[str], lang: str, kind: str | None = None) -> Resolution:
        """Exact and phonetic lookups, then the same without titles and middle initials, then near misses."""
        first = self._lookup_all(span, lang)
        if first is not None and first.entity is not None:
            return first
        core, notes = core_words(span)
        if list(core) != list(span):
            again = self._lookup_all(core, lang)
            if again is not None and again.entity is not None:
                return replace(again, explanation=f"{again.explanation}; {'; '.join(notes)}", score=again.score - 0.02)
        near = self.near_miss(core, lang, kind, notes)
        if near.entity is None and first is not None:
            return replace(first, explanation=f"{first.explanation}; {near.explanation}")
        return near

    def lookup(self, span: Sequence[str], lang: str) -> Resolution | None:
        """A span of words as written (the last word may carry a case suffix); None unless one entity fits."""
        found = self._lookup_all(span, lang)
        return found if found is not None and found.entity is not None else None

    def starts_alias(self, folded_stems: frozenset[str]) -> bool:
        """Whether a word (given as its `folded_stems`) is the first word of an alias key: a cheap test before lookups.

        Phonetic, order-free and initials keys are only read for capitalized words, so a span that begins with a
        lower-case word resolves only when this holds.
        """
        if self.reads is not None:
            self.reads.firsts.append(folded_stems)
        return not self.index.first_words.isdisjoint(folded_stems)

    def _lookup_all(self, span: Sequence[str], lang: str) -> Resolution | None:
        """The dictionary lookups in order of certainty; a tie comes back with no entity.

        Answers are remembered until the index changes what they read: the same names come up again and again,
        and each learned unknown name used to clear every remembered answer (half the lookups were repeats).
        """
        key = (tuple(span), lang)
        reads = self.reads
        if reads is not None:
            reads.lookups.append(key)  # every key it probes, whether remembered or not: hashed in ReadLog.done
        remembered = self._answers.get(key)
        if remembered is not None:
            answer = remembered[1]
            if remembered[0] == self.index.version:
                if reads is not None and answer is not None:
                    reads.answers.append(answer)
                return answer
            if self._still_valid(key, remembered[0], answer):
                self._answers[key] = (self.index.version, answer)  # checked up to now: next time is free
                if reads is not None and answer is not None:
                    reads.answers.append(answer)
                return answer
        if len(self._answers) >= MAX_ANSWERS:
            self._answers.clear()
        answer = self._looked_up(key[0], lang)
        self._answers[key] = (self.index.version, answer)
        if reads is not None and answer is not None:
            reads.answers.append(answer)
        return answer

    def _still_valid(self, key: tuple[tuple[str, ...], str], version: int, answer: Resolution | None) -> bool:
        """Whether an answer made at index `version` is what the lookups would say now: nothing they read changed
        (the keys probed, the prefix and name-part sets, the record of the entity answered; a tie names entities,
        so any replaced record voids it)."""
        index = self.index
        if index.shape_version > version:
            return False
        if answer is not None:
            if answer.entity is None:
                if index.put_version > version:
                    return False
            elif index.entity_touched.get(answer.entity.id, 0) > version:
                return False
        return max(map(index.touched.get, _probe(*key), repeat(0)), default=0) <= version  # all(...) at C speed

    def _looked_up(self, span: tuple[str, ...], lang: str) -> Resolution | None:
        """The lookups themselves, after a probe that rules most spans out."""
        if not self._may_match(span, lang):
            return None
        return (self._exact(span, lang) or self._phonetic(span, lang) or self._order_free(span, lang)
                or self._initials(span, lang))

    def _may_match(self, span: Sequence[str], lang: str) -> bool:
        """Whether any key the lookups would read is in the index; most spans of a text have none."""
        return not self.index.any_key.isdisjoint(_probe(tuple(span), lang))

    def _exact(self, span: Sequence[str], lang: str) -> Resolution | None:
        """Folded alias match, trying the last word as written first and then its stems."""
        head = fold_words(span[:-1])
        if head and head not in self.index.prefixes:
            return None
        for stem, how, key in _exact_keys(span, lang):
            entries = self.index.exact.get(key)
            if not entries:
                continue
            written = list(span[:-1]) + [stem]
            allowed = [e for e in entries if _case_ok(e, written, how)]
            if allowed:
                return self._choose(allowed, how, " ".join(span), suffix_of(span[-1], stem))
        return None

    def _phonetic(self, span: Sequence[str], lang: str) -> Resolution | None:
        """Phonetic key match for capitalized names under each reading (Geraszimov → Gerasimov)."""
        if not all(is_capitalized(w) for w in span):
            return None
        for stem, how, key, reading in _phonetic_keys(span, lang):
            entries = self.index.phonetic.get(key)
            if entries:
                return self._choose(entries, how, " ".join(span), suffix_of(span[-1], stem), f"phonetic key {key!r} ({reading})")
        return None

    def _order_free(self, span: Sequence[str], lang: str) -> Resolution | None:
        """Name parts in any order (Putyin Vlagyimir, Orban Viktor) for people."""
        if len(span) < 2 or fold(span[0]) not in self.index.person_parts or not all(is_capitalized(w) for w in span):
            return None
        for stem, how, key, reading in _order_free_keys(span, lang):
            entries = self.index.order_free.get(key)
            if entries:
                return self._choose(entries, how, " ".join(span), suffix_of(span[-1], stem), f"name parts {key!r} in any order ({reading})")
        return None

    def _initials(self, span: Sequence[str], lang: str) -> Resolution | None:
        """Abbreviated names (V. Putyin, Orbán V., Sz. Lavrov): initials plus one full name part."""
        if not all(is_capitalized(w) for w in span):
            return None
        for stem, how, key, reading in _initials_keys(span, lang):
            entries = self.index.initials.get(key)
            if entries:
                full = _full_word(span)
                return self._choose(entries, how, " ".join(span), suffix_of(full, stem) if full == span[-1] else "",
                                    f"initials and name part {key!r} ({reading})")
        return None

    def _choose(self, entries: list[AliasEntry], how: str, surface: str, suffix: str,
                key: str | None = None) -> Resolution:
        """The best entry; a tie between different entities, or an alias marked ambiguous, resolves to nothing."""
        best = min(_SOURCE_RANK[e.source] for e in entries)
        top = [e for e in entries if _SOURCE_RANK[e.source] == best]
        ids = sorted({e.entity_id for e in top})
        if len(ids) > 1 or any(e.ambiguous for e in top):
            return Resolution(None, 0.0, "ambiguous", explain_tie(surface, [self.index.entities[i] for i in ids], top[0]),
                              tied=tuple(ids))
        entry = top[0]
        entity = self.index.entities[entry.entity_id]
        score, method = _score(entry, how, key)
        return Resolution(entity, score, method, explain_match(surface, entity, entry, how, key, score), suffix)

    def near_miss(self, span: Sequence[str], lang: str, kind: str | None = None, notes: Sequence[str] = ()) -> Resolution:
        """Blocked near-miss matching with vetoes; explains the winner, the tie or what was vetoed."""
        if not span or not all(is_capitalized(w) for w in span) or "".join(span).isupper():
            return Resolution(None, 0.0, "none", "no alias or phonetic key matched; not a name to compare by similarity")
        query = self.query(span, lang, kind)
        decision = decide(blocked_scores(self.index.fuzzy, query), query)
        answer = self._decided(" ".join(span), query, decision, notes)
        if self.reads is not None:
            self.reads.forms.extend(form.words for form in query.forms)  # any alias added to their blocks
            self.reads.answers.append(answer)
        return answer

    def query(self, span: Sequence[str], lang: str, kind: str | None = None) -> Query:
        """The comparison forms of a span: the last word as written and its first stems, under each reading."""
        forms: dict[tuple[str, ...], NameForm] = {}
        for stem, _how in stems(span[-1], lang)[:MAX_FUZZY_STEMS]:
            for reading in readings(lang):
                form = name_form(list(span[:-1]) + [stem], reading)
                forms.setdefault(form.words, form)
        return Query(tuple(span), tuple(forms.values()), kind)

    def _decided(self, surface: str, query: Query, decision: Decision, notes: Sequence[str]) -> Resolution:
        """A Resolution from a near-miss decision."""
        entities = self.index.entities
        text = explain_decision(surface, decision, entities, notes)
        if decision.best is None or decision.rival is not None:
            won, rival = decision.best, decision.rival
            tied = (won.entry.entity_id, rival.entry.entity_id) if won is not None and rival is not None else ()
            return Resolution(None, 0.0, "ambiguous" if rival else "none", text, tied=tied)
        best = decision.best
        form = max(query.forms, key=lambda f: max(fuzz.ratio(f.ordered, best.form.ordered), fuzz.ratio(f.sorted, best.form.sorted)))
        suffix = _form_suffix(query, form)
        method = "fuzzy+suffix" if suffix else "fuzzy"
        return Resolution(entities[best.entry.entity_id], round(0.9 * best.score / 100, 3), method, text, suffix)

    def describe(self, entry: AliasEntry) -> str:
        """How an alias entry is named in explanations."""
        return describe_entry(entry)


@lru_cache(maxsize=PROBE_CACHE)
def _probe(span: tuple[str, ...], lang: str) -> frozenset[tuple[str, ...] | str]:
    """Every index key `_exact`, `_phonetic`, `_order_free` and `_initials` would read for this span, made once:
    names recur, and after that a probe is one set test."""
    keys: set[tuple[str, ...] | str] = {key for _stem, _how, key in _exact_keys(span, lang)}
    if all(is_capitalized(w) for w in span):
        keys.update(key for _s, _h, key, _r in _phonetic_keys(span, lang))
        keys.update(key for _s, _h, key, _r in _order_free_keys(span, lang))
        keys.update(key for _s, _h, key, _r in _initials_keys(span, lang))
    return frozenset(keys)


@lru_cache(maxsize=PROBE_CACHE)
def probe_hashes(span: tuple[str, ...], lang: str) -> frozenset[int]:
    """The hashes (kgbuild.learning.key_hash) of every index key the dictionary lookups of a span read, made once
    per span: ReadLog unions them for every document a parallel worker reads."""
    return frozenset(map(hash, _probe(span, lang)))


def folded_stems(word: str, lang: str) -> frozenset[str]:
    """The folded word and its folded stems, for `Resolver.starts_alias`."""
    return frozenset(fold(stem) for stem, _how in stems(word, lang))


def _exact_keys(span: Sequence[str], lang: str) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """(stem, how, key) of the exact lookup: the folded head words and each stem of the last word."""
    head = fold_words(span[:-1])
    for stem, how in stems(span[-1], lang):
        yield stem, how, head + (fold(stem),)


def _phonetic_keys(span: Sequence[str], lang: str) -> Iterator[tuple[str, str, str, str]]:
    """(stem, how, key, reading) of the phonetic lookup: each stem of the last word under each reading."""
    for stem, how in stems(span[-1], lang):
        for key, reading in span_keys(list(span[:-1]) + [stem], lang):
            yield stem, how, key, reading


def _order_free_keys(span: Sequence[str], lang: str) -> Iterator[tuple[str, str, str, str]]:
    """(stem, how, key, reading) of the order-free lookup of a multi-word span."""
    if len(span) < 2:
        return
    for stem, how in stems(span[-1], lang)[:MAX_FUZZY_STEMS]:
        for reading in readings(lang):
            yield stem, how, sorted_key(word_keys(list(span[:-1]) + [stem], reading)), reading


def _full_word(span: Sequence[str]) -> str:
    """The one word of an abbreviated name that is not an initial ('' when there is not exactly one)."""
    full = [w for w in span if not is_initial(w)]
    return full[0] if len(full) == 1 else ""


def _initials_keys(span: Sequence[str], lang: str) -> Iterator[tuple[str, str, str, str]]:
    """(stem, how, key, reading) of the initials lookup: initials plus the one full name part."""
    full = _full_word(span)
    if not full or len(span) < 2:
        return
    for reading in readings(lang):
        for stem, how in stems(full, lang)[:MAX_FUZZY_STEMS]:
            letters = [initial_letter(w, reading) for w in span if is_initial(w)]
            surname = word_keys([stem], reading)
            yield stem, how, initials_key(letters, surname[0] if surname else ""), reading


def _form_suffix(query: Query, form: NameForm) -> str:
    """The case ending the chosen comparison form left out of the last word, if any."""
    written = word_keys([query.words[-1]], form.reading)
    if not written or not form.words or written[-1] == form.words[-1]:
        return ""
    return fold(query.words[-1])[len(form.words[-1]):] if written[-1].startswith(form.words[-1]) else ""


def suffix_of(word: str, stem: str) -> str:
    """The folded ending a stem leaves of a word (Putyinnal, Putyin → nal); empty when none."""
    folded, base = fold(word), fold(stem)
    return folded[len(base):].lstrip("-") if folded.startswith(base) else ""


def _case_ok(entry: AliasEntry, written: list[str], how: str) -> bool:
    """The text meets the alias's case rule; a lower-case -i adjective of a place is allowed."""
    if entry.case == "any":
        return True
    if entry.case == "upper":
        return " ".join(written).replace(" ", "") == "".join(words(entry.alias))
    if is_capitalized(written[0]):
        return True
    return how.endswith("-i removed") and len(written) == 1


def _score(entry: AliasEntry, how: str, key: str | None) -> tuple[float, str]:
    """Scores by how much interpretation the match needed."""
    if entry.source == "nil":
        return NIL_SCORE, "nil"  # an unknown-name cluster stays low-confidence however often it is met
    layers = 0 if how == "as written" else how.count("removed")
    penalty = 0.05 if entry.source == "demonym" else 0.02 if entry.source in ("generated", "nil") else 0.0
    if key is None:
        method = "demonym" if entry.source == "demonym" else ("alias" if layers == 0 else "alias+suffix")
        return (1.0 if layers == 0 else 0.97 - 0.02 * (layers - 1)) - penalty, method
    kind = "phonetic" if key.startswith("phonetic") else "order-free" if key.startswith("name parts") else "initials"
    base = {"phonetic": 0.92, "order-free": 0.9, "initials": 0.85}[kind]
    if "Hungarian" in key:
        base -= 0.02
    return base - 0.03 * layers - penalty, kind if layers == 0 else f"{kind}+suffix"
