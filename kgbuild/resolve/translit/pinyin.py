"""Chinese → pinyin (pypinyin, whose dictionary ships inside the package) → Hungarian transcription (pinyin.json).

The shipped gazetteer's names are read from pinyin_names.json (pypinyin's answers, checked by a unit test):
importing pypinyin costs each extraction worker about 0.25 s of CPU and 54 MB, for a few dozen names.
"""

from __future__ import annotations

from typing import Any

from kgbuild.resolve.translit.tables import dedupe, table

_MAX_INITIAL = 2


def chinese_spellings(native: str, person: bool) -> dict[str, tuple[str, ...]]:
    """Pinyin for en and de (Xi Jinping), Hungarian transcription (Hszi Csin-ping, Hszi Csinping)."""
    syllables = pinyin_syllables(native, person)
    if not syllables:
        return {}
    hu = [to_hungarian(s) for s in syllables]
    if person and len(syllables) >= 2:
        en = f"{syllables[0].capitalize()} {''.join(syllables[1:]).capitalize()}"
        hun = [f"{hu[0].capitalize()} {'-'.join(hu[1:]).capitalize()}", f"{hu[0].capitalize()} {''.join(hu[1:]).capitalize()}"]
    else:
        en = "".join(syllables).capitalize()
        hun = ["".join(hu).capitalize()]
    return {"en": (en,), "de": (en,), "hu": dedupe(hun)}


def pinyin_syllables(native: str, person: bool) -> list[str]:
    """Toneless pinyin syllables (ü kept), reading a person's first character as a surname."""
    han = "".join(ch for ch in native if "\u4e00" <= ch <= "\u9fff")
    if not han:
        return []
    surnames: dict[str, str] = table("pinyin")["surnames"]
    if person and han[0] in surnames:
        return [surnames[han[0]]] + _lazy_pinyin(han[1:])
    return _lazy_pinyin(han)


def _lazy_pinyin(han: str) -> list[str]:
    """pypinyin's toneless syllables (ü kept) for Chinese characters; known names without importing pypinyin."""
    known: dict[str, list[str]] = table("pinyin_names")
    if han in known:
        return list(known[han])
    return pypinyin_syllables(han)


def pypinyin_syllables(han: str) -> list[str]:
    """What pypinyin itself says (for names not in pinyin_names.json, and to check that table)."""
    from pypinyin import lazy_pinyin

    return list(lazy_pinyin(han, v_to_u=True))


def to_hungarian(syllable: str) -> str:
    """One pinyin syllable in Hungarian letters: whole-syllable forms first, then initial + final."""
    rules: dict[str, Any] = table("pinyin")
    if syllable in rules["whole"]:
        return str(rules["whole"][syllable])
    initial = _initial(syllable, rules["initials"])
    final = syllable[len(initial):]
    return str(rules["initials"].get(initial, initial)) + _final(initial, final, rules)


def _initial(syllable: str, initials: dict[str, str]) -> str:
    """The longest pinyin initial the syllable starts with ('' for none)."""
    for size in range(_MAX_INITIAL, 0, -1):
        if syllable[:size] in initials:
            return syllable[:size]
    return ""


def _final(initial: str, final: str, rules: dict[str, Any]) -> str:
    """A final's Hungarian spelling, with the overrides that depend on the initial (ze → ce, ju → csü)."""
    for group, overrides in rules["final_after"].items():
        if initial in group.split() and final in overrides:
            return str(overrides[final])
    return str(rules["finals"].get(final, final))
