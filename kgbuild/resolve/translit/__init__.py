"""Press spellings generated from a native-script name by rule tables (Cyrillic, Hangul, Chinese)."""

from __future__ import annotations

from kgbuild.resolve.translit.cyrillic import cyrillic_spellings
from kgbuild.resolve.translit.hangul import hangul_spellings
from kgbuild.resolve.translit.pinyin import chinese_spellings

TARGETS = ("en", "hu", "de")
_PERSON_OR_PLACE = frozenset({"Person", "Location"})
_CYRILLIC = frozenset({"ru", "uk"})


def press_spellings(lang: str, native: str, kind: str, country: str | None = None) -> dict[str, tuple[str, ...]]:
    """English, Hungarian and German spellings of a native name; empty where no rule table applies.

    Only people and places get generated spellings: agencies, ministries and outlets have descriptive or
    borrowed names that no transliteration turns into what the press writes (Интерфакс is Interfax).
    """
    if lang in _CYRILLIC and kind in _PERSON_OR_PLACE:
        return cyrillic_spellings(lang, native)
    if lang == "ko" and kind in _PERSON_OR_PLACE:
        return hangul_spellings(native, kind == "Person", country)
    if lang == "zh" and kind in _PERSON_OR_PLACE:
        return chinese_spellings(native, kind == "Person")
    return {}
