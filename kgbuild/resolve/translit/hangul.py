"""Hangul → press spellings: syllables decomposed by arithmetic, jamo spelled by the tables in hangul.json."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kgbuild.resolve.translit.tables import dedupe, table

_BASE, _LAST = 0xAC00, 0xD7A3
_MEDIALS_X_FINALS, _FINALS = 588, 28


@dataclass(frozen=True, slots=True)
class Jamo:
    """One syllable as its initial, medial and final letters (the final may be empty)."""

    initial: str
    medial: str
    final: str


def decompose(syllable: str) -> Jamo | None:
    """The jamo of a precomposed Hangul syllable (None for anything else)."""
    code = ord(syllable) - _BASE
    if not 0 <= code <= _LAST - _BASE:
        return None
    t = table("hangul")
    return Jamo(t["initials"][code // _MEDIALS_X_FINALS], t["medials"][(code % _MEDIALS_X_FINALS) // _FINALS],
                t["finals"][code % _FINALS])


def hangul_spellings(native: str, person: bool, country: str | None) -> dict[str, tuple[str, ...]]:
    """en/hu/de spellings: NK-style and Revised Romanization in English, the Hungarian transcription."""
    if not native or any(decompose(ch) is None for ch in native.replace(" ", "")):
        return {}
    if person and " " not in native and len(native) >= 2:
        return _person(native[0], native[1:])
    return _place(native)


def _person(family: str, given: str) -> dict[str, tuple[str, ...]]:
    """Family name from the table (or the rules), given name syllable by syllable."""
    nk = _syllables(given, "nk")
    rr = _syllables(given, "rr")
    hu = _syllables(given, "hu")
    fam = {system: _family(family, system) for system in ("nk", "rr", "hu")}
    en = [f"{f} {' '.join(s.capitalize() for s in nk)}" for f in fam["nk"]]
    en += [f"{f} {_hyphenated(nk)}" for f in fam["nk"]] + [f"{f} {_hyphenated(rr)}" for f in fam["rr"]]
    hun = [f"{f} {''.join(hu).capitalize()}" for f in fam["hu"]]
    hun += [f"{f} {' '.join(s.capitalize() for s in hu)}" for f in fam["hu"]]
    de = [en[0]] + [f"{f} {_hyphenated(rr)}" for f in fam["rr"]]
    return {"en": dedupe(en), "hu": dedupe(hun), "de": dedupe(de)}


def _place(native: str) -> dict[str, tuple[str, ...]]:
    """Each word of a place name spelled as one part."""
    spelled = {system: " ".join("".join(_syllables(w, system, place=True)).capitalize() for w in native.split())
               for system in ("nk", "rr", "hu")}
    return {"en": dedupe([spelled["nk"], spelled["rr"]]), "hu": dedupe([spelled["hu"]]),
            "de": dedupe([spelled["nk"], spelled["rr"]])}


def _hyphenated(syllables: list[str]) -> str:
    """Jong-un style: the given name's syllables joined by hyphens, only the first capitalized."""
    return "-".join(syllables).capitalize()


def _family(syllable: str, system: str) -> list[str]:
    """A family name's spellings: the table's press forms, else the rules with family-name initials."""
    known: dict[str, dict[str, list[str]]] = table("hangul")["family_names"]
    if syllable in known:
        return known[syllable][system]
    return [_syllables(syllable, system, family=True)[0].capitalize()]


def _syllables(word: str, system: str, family: bool = False, place: bool = False) -> list[str]:
    """Each syllable of one name part spelled with its position: first, after a voiced final, or after another."""
    rules: dict[str, Any] = table("hangul")["systems"][system]
    out: list[str] = []
    previous: Jamo | None = None
    for ch in word:
        jamo = decompose(ch)
        if jamo is None:
            continue
        out.append(_initial(jamo, previous, rules, family, place) + _medial(jamo, rules) + rules["final"][jamo.final])
        previous = jamo
    return out


def _initial(jamo: Jamo, previous: Jamo | None, rules: dict[str, Any], family: bool, place: bool) -> str:
    """The initial consonant's spelling by position (voicing between voiced sounds)."""
    if jamo.initial in rules.get("before_i", {}) and jamo.medial == "ㅣ":
        return str(rules["before_i"][jamo.initial])
    if previous is None:
        override = rules.get("family_initial", {}) if family else rules.get("place_initial", {}) if place else {}
        return str(override.get(jamo.initial, rules["initial"][jamo.initial]))
    voiced = previous.final == "" or previous.final in table("hangul")["voiced_finals"]
    return str(rules["voiced"].get(jamo.initial, rules["initial"][jamo.initial]) if voiced else rules["initial"][jamo.initial])


def _medial(jamo: Jamo, rules: dict[str, Any]) -> str:
    """The vowel's spelling (a silent initial can change it: 의 → ui in Hungarian)."""
    if jamo.initial == "ㅇ" and jamo.medial in rules.get("silent_initial_medial", {}):
        return str(rules["silent_initial_medial"][jamo.medial])
    return str(rules["medial"][jamo.medial])
