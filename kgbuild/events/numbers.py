"""Quantities from digits and number words with their qualifier ('több mint 600-an', 'nearly 12,000 troops').

The words, endings, qualifiers and counted nouns of a language are data (the `numbers` section of
kgbuild/events/lexicon/<lang>.json); the parsing below is the same for every language.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from kgbuild.events.sentence import Sentence, by_identity, word_matches
from kgbuild.nlp.memos import word_memo

_DIGITS = re.compile(r"^(\d+)(?:-(\w+))?$")
_GAP_OK = re.compile(r"^[\s\u00a0\u202f]*$")


@dataclass(frozen=True, slots=True)
class NumberSpec:
    """One language's number words: morphemes with values, endings, qualifiers and counted nouns."""

    morphemes: dict[str, float]
    prefix_tens: tuple[str, ...]
    endings: tuple[str, ...]
    collective: tuple[str, ...]
    needs_unit: tuple[str, ...]
    never_alone: tuple[str, ...]
    plural_scales: dict[str, float]
    qualifiers: dict[tuple[str, ...], str]
    several: tuple[tuple[str, ...], ...]
    counted: tuple[str, ...]
    connectors: tuple[str, ...]
    decimal_mark: str
    group_marks: tuple[str, ...]
    ordinal_mark: str
    unit_gap: int


@dataclass(frozen=True, slots=True)
class Quantity:
    """A number in a sentence: value, qualifier (more_than, about, several ...) and whether it counts something."""

    start: int
    end: int
    value: float
    qualifier: str | None
    counted: bool
    first: int
    last: int
    rule: str


@dataclass(frozen=True, slots=True)
class _Atom:
    """One token read as a number: its parts (value, kind), the words it was made of and its ending."""

    first: int
    last: int
    parts: tuple[tuple[float, str], ...]
    words: tuple[str, ...]
    ending: str
    forced: str | None = None


def parse_number_spec(raw: dict[str, Any]) -> NumberSpec:
    """The `numbers` section of a lexicon file as typed data."""
    return NumberSpec(
        morphemes={k: float(v) for k, v in raw.get("morphemes", {}).items()},
        prefix_tens=tuple(raw.get("prefix_tens", ())), endings=tuple(raw.get("endings", ())),
        collective=tuple(raw.get("collective_endings", ())), needs_unit=tuple(raw.get("needs_unit", ())),
        never_alone=tuple(raw.get("never_alone", ())),
        plural_scales={k: float(v) for k, v in raw.get("plural_scales", {}).items()},
        qualifiers={tuple(k.split()): v for k, v in raw.get("qualifiers", {}).items()},
        several=tuple(tuple(s.split()) for s in raw.get("several", ())), counted=tuple(raw.get("counted", ())),
        connectors=tuple(raw.get("connectors", ())), decimal_mark=raw.get("decimal_mark", "."),
        group_marks=tuple(raw.get("group_marks", (",",))), ordinal_mark=raw.get("ordinal_mark", ""),
        unit_gap=int(raw.get("unit_gap", 3)),
    )


Parsed = tuple[tuple[str, ...], str] | None
_PARSED: dict[int, tuple[NumberSpec, dict[str, Parsed]]] = {}
_PARSED_WORDS = 20000


def parse_word(word: str, spec: NumberSpec) -> Parsed:
    """The morphemes and ending of a number word (kétezer-ötszáz, tízezren, twenty-five), or None; memoized
    per spec, since the answer depends on the word alone."""
    owner, cache = _PARSED.setdefault(id(spec), (spec, {}))
    if owner is not spec:
        owner, cache = _PARSED[id(spec)] = (spec, {})
    if word not in cache:
        if len(cache) >= _PARSED_WORDS:
            return _parse(word, spec)
        cache[word] = _parse(word, spec)
    return cache[word]


def _parse(word: str, spec: NumberSpec) -> Parsed:
    """Uncached body of `parse_word`."""
    ordered = _ordered(tuple(spec.morphemes))
    folded = word.lower().replace("-", "")
    if not _starts(ordered).match(folded):
        return None
    return _split(folded, 0, (), ordered, spec)


@lru_cache(maxsize=16)
def _starts(ordered: tuple[str, ...]) -> re.Pattern[str]:
    """A quick test that a word begins with a number morpheme at all."""
    return re.compile("|".join(re.escape(m) for m in ordered) or "(?!x)x")


@lru_cache(maxsize=16)
def _ordered(morphemes: tuple[str, ...]) -> tuple[str, ...]:
    """Morphemes longest first, so 'ötven' is tried before 'öt'."""
    return tuple(sorted(morphemes, key=len, reverse=True))


def _split(word: str, i: int, acc: tuple[str, ...], ordered: tuple[str, ...],
           spec: NumberSpec) -> tuple[tuple[str, ...], str] | None:
    """Depth-first split into morphemes, allowing one known ending at the end."""
    if i == len(word):
        return (acc, "") if acc and well_formed(parts_of(acc, spec), spec, acc) else None
    for morpheme in ordered:
        if word.startswith(morpheme, i):
            found = _split(word, i + len(morpheme), acc + (morpheme,), ordered, spec)
            if found is not None:
                return found
    if acc and word[i:] in spec.endings and well_formed(parts_of(acc, spec), spec, acc):
        return acc, word[i:]
    return None


def parts_of(morphemes: Sequence[str], spec: NumberSpec) -> tuple[tuple[float, str], ...]:
    """Each morpheme's value and kind: add (units, tens, digits), hundred, or scale."""
    return tuple((spec.morphemes[m], _kind(spec.morphemes[m])) for m in morphemes)


def _kind(value: float) -> str:
    """add below 100, hundred at 100, scale from 1000."""
    return "add" if value < 100 else ("hundred" if value == 100 else "scale")


def well_formed(parts: Sequence[tuple[float, str]], spec: NumberSpec, words: Sequence[str] = ()) -> bool:
    """Units follow tens or a tens prefix (harmincöt, tizenöt), never other units (öt öt is two numbers)."""
    prefixes = [w in spec.prefix_tens for w in words] + [False] * (len(parts) - len(words))
    for j in range(1, len(parts)):
        (before, kind_before), (value, kind) = parts[j - 1], parts[j]
        if prefixes[j - 1] and not (kind == "add" and value < 10):
            return False
        if kind == "add" and kind_before == "add" and not (prefixes[j - 1] or (before >= 10 and value < 10)):
            return False
        if kind == "hundred" and (kind_before == "hundred" or (kind_before == "add" and before >= 10)):
            return False
    return not (prefixes and prefixes[-1])


def value_of(parts: Sequence[tuple[float, str]]) -> float:
    """Add units and tens, multiply by hundred, close a group at each scale (két ezer öt száz = 2500)."""
    total, current = 0.0, 0.0
    for value, kind in parts:
        if kind == "add":
            current += value
        elif kind == "hundred":
            current = (current or 1) * value
        else:
            total += (current or 1) * value
            current = 0.0
    return total + current


def find_quantities(sentence: Sentence, spec: NumberSpec, skip: Sequence[tuple[int, int]] = ()) -> list[Quantity]:
    """Every quantity in a sentence, outside the given spans (dates) and outside entity names."""
    atoms = _atoms(sentence, spec, skip)
    return [q for q in (_quantity(sentence, run, spec) for run in _runs(sentence, atoms, spec)) if q is not None]


def _atoms(sentence: Sentence, spec: NumberSpec, skip: Sequence[tuple[int, int]]) -> list[_Atom]:
    """Tokens that read as numbers; digit groups split by the tokenizer (15,000; 11 000) are joined. Only words
    that start with a digit or are number words (read once per vocabulary) are looked at: most are neither."""
    out: list[_Atom] = []
    words = word_memo(spec, _number_word).many(sentence.lower)
    after = 0
    for i in [i for i, (w, n) in enumerate(zip(sentence.lower, words)) if n is not None or w[:1].isdecimal()]:
        token = sentence.tokens[i]
        if i < after or i in sentence.covered or (skip and any(s <= token.start < e for s, e in skip)):
            continue
        digits = _digit_atom(sentence, i, spec) if token.text[:1].isdecimal() else None
        word = words[i]
        atom = digits or (_Atom(i, i, *word) if word is not None else None)
        if atom is not None:
            out.append(atom)
            after = atom.last + 1
    return out


def _digit_atom(sentence: Sentence, i: int, spec: NumberSpec) -> _Atom | None:
    """Digits with group marks and a decimal mark, optionally ending in -suffix (600-an)."""
    match = _DIGITS.match(sentence.tokens[i].text)
    if match is None or _is_ordinal(sentence, i, spec):
        return None
    text, last, ending = match[1], i, match[2] or ""
    if ending and ending.lower() not in spec.endings:
        return None
    while not ending and last + 1 < len(sentence.tokens):
        nxt = _DIGITS.match(sentence.tokens[last + 1].text)
        gap = sentence.gap_before(last + 1)
        if nxt is None or not _joins(gap, nxt[1], spec):
            break
        text += ("." if gap == spec.decimal_mark else "") + nxt[1]
        last, ending = last + 1, nxt[2] or ""
        if gap == spec.decimal_mark:
            break
    return _Atom(i, last, ((float(text), "add"),), ("#",), ending.lower())


def _joins(gap: str, digits: str, spec: NumberSpec) -> bool:
    """A thousands group (exactly three digits after a group mark) or a decimal part."""
    return gap == spec.decimal_mark or (gap in spec.group_marks and len(digits) == 3)


def _is_ordinal(sentence: Sentence, i: int, spec: NumberSpec) -> bool:
    """'4. cikke': a number followed by the ordinal mark and a lower-case word is an ordinal."""
    if not spec.ordinal_mark or i + 1 >= len(sentence.tokens):
        return False
    gap = sentence.gap_before(i + 1)
    return gap.strip() == spec.ordinal_mark and sentence.tokens[i + 1].text[:1].islower()


NumberWord = tuple[tuple[tuple[float, str], ...], tuple[str, ...], str, str | None]


def _number_word(word: str, spec: NumberSpec) -> NumberWord | None:
    """A number word, or a plural scale word ('thousands', 'dozens') that means 'several': parts, morphemes,
    ending and forced qualifier; memoized per vocabulary, since it depends on the word alone."""
    if word in spec.plural_scales:
        value = spec.plural_scales[word]
        return ((value, _kind(value)),), (word,), "", "several"
    parsed = parse_word(word, spec)
    if parsed is None:
        return None
    morphemes, ending = parsed
    return parts_of(morphemes, spec), morphemes, ending, None


def _runs(sentence: Sentence, atoms: list[_Atom], spec: NumberSpec) -> list[list[_Atom]]:
    """Adjacent atoms that form one number (10 ezer, two thousand five hundred)."""
    runs: list[list[_Atom]] = []
    for atom in atoms:
        if runs and _continues(sentence, runs[-1], atom, spec):
            runs[-1].append(atom)
        else:
            runs.append([atom])
    return runs


def _continues(sentence: Sentence, run: list[_Atom], atom: _Atom, spec: NumberSpec) -> bool:
    """The atom follows the run with only spaces (or a connector such as 'and') between and stays well formed."""
    previous = run[-1]
    between = atom.first - previous.last - 1
    if previous.ending or previous.forced or atom.forced or between > 1:
        return False
    if between == 1 and sentence.lower[previous.last + 1] not in spec.connectors:
        return False
    if not _GAP_OK.match(sentence.gap_before(previous.last + 1)):
        return False
    parts = [p for a in run for p in a.parts] + list(atom.parts)
    words = [w for a in run for w in a.words] + list(atom.words)
    return well_formed(parts, spec, words)


def _quantity(sentence: Sentence, run: list[_Atom], spec: NumberSpec) -> Quantity | None:
    """The Quantity of a run of atoms, with its qualifier and whether a counted noun follows."""
    words = [w for a in run for w in a.words]
    first, last = run[0].first, run[-1].last
    unit_next = _counted_at(sentence, last + 1, spec)
    if _ambiguous(words, spec) and not unit_next:
        return None
    parts = [p for a in run for p in a.parts]
    qualifier, q_first = _qualifier(sentence, first, parts, spec)
    qualifier = run[0].forced or qualifier
    counted = run[-1].ending in spec.collective or _counted_after(sentence, last, spec)
    rule = "number:" + ("digits" if "#" in words else "words")
    return Quantity(sentence.tokens[q_first].start, sentence.tokens[last].end, value_of(parts), qualifier,
                    counted, q_first, last, rule)


def _ambiguous(words: Sequence[str], spec: NumberSpec) -> bool:
    """'egy' alone is 'a'; 'hét' alone may be 'week' and 'hat' a verb: they need a counted noun right after."""
    if len(words) == 1 and words[0] in spec.never_alone:
        return True
    return all(w in spec.needs_unit for w in words)


def _qualifier(sentence: Sentence, first: int, parts: Sequence[tuple[float, str]],
               spec: NumberSpec) -> tuple[str | None, int]:
    """The qualifier phrase right before the number, and the word where the quantity then starts."""
    if all(kind != "add" for _value, kind in parts):
        for words in spec.several:
            if tuple(sentence.lower[max(0, first - len(words)):first]) == words:
                return "several", first - len(words)
    by_last, anywhere = _ending_in(spec.qualifiers)
    for words, name in by_last.get(sentence.lower[first - 1], anywhere) if first > 0 else anywhere:
        if first >= len(words) and tuple(sentence.lower[first - len(words):first]) == words:
            return name, first - len(words)
    return None, first


Qualifiers = list[tuple[tuple[str, ...], str]]


@by_identity
def _longest_first(qualifiers: dict[tuple[str, ...], str]) -> Qualifiers:
    """Qualifier phrases, longest first ('more than' before 'than'), sorted once per vocabulary."""
    return sorted(qualifiers.items(), key=lambda kv: -len(kv[0]))


@by_identity
def _ending_in(qualifiers: dict[tuple[str, ...], str]) -> tuple[dict[str, Qualifiers], Qualifiers]:
    """Qualifier phrases by their last word, longest first, so only those that can end right before the number are
    tried; a phrase of no words (none in practice) can end anywhere, so it is in every list and in the second."""
    phrases = _longest_first(qualifiers)
    anywhere = [(w, n) for w, n in phrases if not w]
    lasts = {w[-1] for w, _n in phrases if w}
    return {last: [(w, n) for w, n in phrases if not w or w[-1] == last] for last in lasts}, anywhere


def _counted_after(sentence: Sentence, last: int, spec: NumberSpec) -> bool:
    """A counted noun (katona, troops) within a few words after the number, before any punctuation."""
    for j in range(last + 1, min(last + 1 + spec.unit_gap, len(sentence.tokens))):
        if not _GAP_OK.match(sentence.gap_before(j)):
            return False
        if _counted_at(sentence, j, spec):
            return True
    return False


def _counted_at(sentence: Sentence, j: int, spec: NumberSpec) -> bool:
    """Word j is a counted noun."""
    return j < len(sentence.lower) and word_memo(spec.counted, _is_counted)(sentence.lower[j])


def _is_counted(word: str, counted: tuple[str, ...]) -> bool:
    """The word is a counted noun (katona*, troops)."""
    return any(word_matches(word, c) for c in counted)
