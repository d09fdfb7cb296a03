"""Clauses of a sentence, so one sentence can hold several events ('X met Y, who thanked Z').

Openers are data (the `clauses` section of the lexicon). A relative or adverbial clause ends at the next
comma or dash and the sentence returns to the clause it interrupted, so a clause's words need not be
contiguous. Kept deliberately simple: no parser, only punctuation and opener words.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from kgbuild.events.coordination import joins_names
from kgbuild.events.lexicon import ClauseMark, Lexicon
from kgbuild.events.sentence import Placed, Sentence, by_identity, matches_any, word_matches
from kgbuild.nlp.memos import word_memo
from kgbuild.events.triggers import Fired, firing, trigger_words

_CLOSERS = (",", "—", "–", ";", ":")
_DASHES = ("—", "–")
_EMBEDDED = ("relative", "adverbial")
_BREAKS = (",", ";", ":")
_SEMICOLON = ClauseMark(";", "coordinate")
_CLOSER_CHARS = frozenset("".join(_CLOSERS))
_DASH = re.compile("|".join(map(re.escape, _DASHES)))


class Clause:
    """Word indexes of one clause, how it was opened, the clause it hangs on and its antecedent (a plain class, not
    a dataclass, so mypyc compiles its constructor; clauses are never compared)."""

    def __init__(self, index: int, kind: str, parent: int | None, opener: int | None = None,
                 subject_pronoun: bool = False, antecedent: Placed | None = None, words: list[int] | None = None) -> None:
        self.index = index
        self.kind = kind
        self.parent = parent
        self.opener = opener
        self.subject_pronoun = subject_pronoun
        self.antecedent = antecedent
        self.words: list[int] = [] if words is None else words

    @property
    def start(self) -> int:
        """The first word of the clause."""
        return self.words[0] if self.words else -1


def split_clauses(sentence: Sentence, lexicon: Lexicon, excluded: Collection[int] = (),
                  fired: Fired | None = None, people: Collection[str] = ()) -> list[Clause]:
    """The sentence's clauses in order of their first word; the first is the main clause."""
    clauses = [Clause(0, "main", None)]
    current, stack = clauses[0], []
    dashes = _paired_dashes(sentence)
    openers = word_memo(lexicon.clause_marks, _marks_for).many(sentence.lower)
    gaps, size = sentence.gaps, len(sentence.tokens)
    # only the first word, words after anything but one space and bare openers can open or close a clause;
    # the words up to the next of those join the clause current after it
    loud = [i for i in range(size) if not i or gaps[i] != " " or openers[i][1] is not None]
    for k, i in enumerate(loud):
        gap = _gap(sentence, i)
        mark = _opener(sentence, i, gap, openers[i]) if i else None
        if mark is None and i and "," in gap:
            mark = _partitive(sentence, i, openers)
        if i in dashes:
            mark = ClauseMark("–", "parenthetical")
        if mark is not None:
            clause = Clause(len(clauses), mark.kind, current.index, i, mark.subject,
                            _antecedent(sentence, i, mark, excluded, people))
            if mark.kind in _EMBEDDED or mark.kind == "parenthetical":
                stack.append(current)
            clauses.append(clause)
            current = clause
        elif stack and _closes(current, gap, i, dashes):
            while stack and current.kind in _EMBEDDED + ("parenthetical",) and _closes(current, gap, i, dashes):
                current = stack.pop()
        current.words.extend(range(i, loud[k + 1] if k + 1 < len(loud) else size))
    fired = firing(sentence, lexicon) if fired is None else fired
    return _split_between_triggers(sentence, lexicon, [c for c in clauses if c.words], fired)


def _gap(sentence: Sentence, i: int) -> str:
    """The punctuation before word i, ignoring group and decimal marks inside a number (6,000; 1,5)."""
    if i == 0:
        return ""
    gap = sentence.gap_before(i)
    if gap in (",", ".") and sentence.tokens[i - 1].text.isdigit() and sentence.tokens[i].text[:1].isdigit():
        return ""
    return gap


def _closes(clause: Clause, gap: str, i: int, dashes: dict[int, int]) -> bool:
    """A relative clause ends at a comma or dash; a parenthetical at its closing dash."""
    if clause.kind == "parenthetical":
        return clause.opener is not None and dashes.get(clause.opener) == i
    return clause.kind in _EMBEDDED and not _CLOSER_CHARS.isdisjoint(gap)


def _paired_dashes(sentence: Sentence) -> dict[int, int]:
    """Word indexes opening a dash parenthetical ('– amelyet ... idézett –') → the word after its closing dash."""
    if _DASH.search(sentence.segment.text) is None:
        return {}
    marks = [i for i in range(1, len(sentence.tokens)) if _DASH.search(sentence.gaps[i])]
    return {marks[k]: marks[k + 1] for k in range(0, len(marks) - 1, 2)}


def _split_between_triggers(sentence: Sentence, lexicon: Lexicon, clauses: list[Clause], fired: Fired) -> list[Clause]:
    """Two triggers in one clause separated by a comma or a coordinator ('járt, akkor ... egyeztetett';
    'met X and pledged') are two clauses: the second continues the first."""
    if len(fired) < 2:  # no clause holds two triggers
        return sorted(clauses, key=lambda c: c.start)
    out: list[Clause] = []
    next_index = max(c.index for c in clauses) + 1
    for clause in clauses:
        pending = clause
        hits = trigger_words(fired, clause.words)
        for before, after in zip(hits, hits[1:]):
            cut = _cut(sentence, lexicon, pending, before, after)
            if cut is not None:
                rest = Clause(next_index, "coordinate", pending.index, cut,
                              words=[w for w in pending.words if w >= cut])
                next_index += 1
                pending.words = [w for w in pending.words if w < cut]
                out.append(pending)
                pending = rest
        out.append(pending)
    return sorted(out, key=lambda c: c.start)


def _cut(sentence: Sentence, lexicon: Lexicon, clause: Clause, before: int, after: int) -> int | None:
    """The last word between two triggers that follows a comma or is a coordinator ('and', 'és') joining clauses,
    not names ('called on Pyongyang and Moscow to halt arms transfers' is one clause)."""
    between = [w for w in clause.words if before < w <= after]
    for w in reversed(between):
        if any(b in _gap(sentence, w) for b in _BREAKS) or (w < after and sentence.lower[w] in lexicon.coordinators
                                                            and not joins_names(sentence, w, lexicon, after)):
            return w
    return None


Marks = tuple[ClauseMark | None, ClauseMark | None]


def _opener(sentence: Sentence, i: int, gap: str, marks: Marks) -> ClauseMark | None:
    """The clause mark opening at word i: after a comma (or bare), or any word after a semicolon; `marks` are
    the word's first mark and first bare one (`_marks_for`)."""
    if ";" in gap:
        return _SEMICOLON
    mark = marks[0] if "," in gap else marks[1]
    return mark if mark is not None and i not in sentence.covered else None


def _partitive(sentence: Sentence, i: int, openers: list[Marks]) -> ClauseMark | None:
    """', some of which were fired', ', many of whom died': a relative pronoun two words on opens a relative clause
    at the comma (its antecedent is not its subject)."""
    j = i + 2
    if j >= len(sentence.tokens) or sentence.gaps[i + 1] != " " or sentence.gaps[j] != " ":
        return None
    mark = openers[j][0]
    return ClauseMark(mark.word, "relative") if mark is not None and mark.kind == "relative" else None


def _marks_for(word: str, marks: tuple[ClauseMark, ...]) -> Marks:
    """The first mark a word matches, and the first bare one: the word's answers after a comma and without."""
    found = marks_matching(word, marks)
    return next(iter(found), None), next((m for m in found if m.bare), None)


def marks_matching(word: str, marks: tuple[ClauseMark, ...]) -> list[ClauseMark]:
    """The clause marks a word matches, in lexicon order (one compiled test rules out most words first)."""
    if not matches_any(word, _mark_words(marks)):
        return []
    return [m for m in marks if word_matches(word, m.word)]


@by_identity
def _mark_words(marks: tuple[ClauseMark, ...]) -> tuple[str, ...]:
    """The clause marks' word patterns, for one test that rules out most words."""
    return tuple(m.word for m in marks)


def _antecedent(sentence: Sentence, i: int, mark: ClauseMark, excluded: Collection[int],
                people: Collection[str]) -> Placed | None:
    """The name a relative clause (or a 'where' clause) refers back to: the nearest mention before the opener;
    a personal pronoun ('aki', 'who') refers only to a person or to people named by a demonym ('the North Korean
    soldiers who')."""
    if mark.kind != "relative" and not mark.place:
        return None
    before = [p for p in sentence.mentions if p.last < i and p.first not in excluded]
    if not before or (mark.personal and before[-1].mention.entity_id not in people
                      and before[-1].mention.method != "demonym"):
        return None
    return before[-1]


def clause_of(clauses: list[Clause], word: int) -> Clause | None:
    """The clause a word belongs to."""
    return next((c for c in clauses if word in c.words), None)


def ancestors(clauses: list[Clause], clause: Clause) -> list[Clause]:
    """The clauses a clause hangs on, nearest first."""
    by_index = {c.index: c for c in clauses}
    out: list[Clause] = []
    parent = clause.parent
    while parent is not None and parent in by_index:
        out.append(by_index[parent])
        parent = by_index[parent].parent
    return out
