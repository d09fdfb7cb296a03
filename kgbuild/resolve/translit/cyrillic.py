"""Cyrillic (Russian, Ukrainian) → en/hu/de press spellings by longest-match rule tables (cyrillic.json)."""

from __future__ import annotations

from itertools import product

from kgbuild.resolve.translit.tables import dedupe, table

MAX_VARIANTS = 4
_MAX_KEY = 3


def cyrillic_spellings(lang: str, native: str) -> dict[str, tuple[str, ...]]:
    """Spellings of a Cyrillic name per target language (a few variants where the tables give alternatives)."""
    rules = table("cyrillic").get(lang, {})
    return {target: transliterate(native, rules[target]) for target in ("en", "hu", "de") if target in rules}


def transliterate(text: str, rules: dict[str, str | list[str]]) -> tuple[str, ...]:
    """Every spelling of `text` (at most MAX_VARIANTS), word by word, keeping capitals and separators."""
    pieces: list[list[str]] = []
    for word, sep in _words(text):
        pieces.append(list(_word(word, rules)))
        pieces.append([sep])
    variants = ["".join(parts) for parts in _bounded_product(pieces)]
    return dedupe(variants)


def _words(text: str) -> list[tuple[str, str]]:
    """(word, following separator) pairs; a separator is a run of spaces or hyphens."""
    out: list[tuple[str, str]] = []
    word, sep = "", ""
    for ch in text:
        if ch in " -":
            sep += ch
            continue
        if sep:
            out.append((word, sep))
            word, sep = "", ""
        word += ch
    out.append((word, sep))
    return out


def _word(word: str, rules: dict[str, str | list[str]]) -> tuple[str, ...]:
    """Spellings of one word: longest key first, '^' and '$' anchors honoured, capital kept."""
    lower, options = word.lower(), []
    i = 0
    while i < len(lower):
        size, value = _match(lower, i, rules)
        options.append([value] if isinstance(value, str) else list(value))
        i += size
    spelled = ["".join(p) for p in _bounded_product(options)]
    return tuple(_recase(word, s) for s in spelled)


def _recase(word: str, spelled: str) -> str:
    """Acronyms stay in capitals (ТАСС → TASS), capitalized words stay capitalized."""
    if len(word) > 1 and word.isupper():
        return spelled.upper()
    return spelled[:1].upper() + spelled[1:] if word[:1].isupper() else spelled


def _match(lower: str, i: int, rules: dict[str, str | list[str]]) -> tuple[int, str | list[str]]:
    """The longest rule at position i (an anchored key beats a plain one of the same length)."""
    for size in range(min(_MAX_KEY, len(lower) - i), 0, -1):
        chunk = lower[i:i + size]
        keys = ([f"^{chunk}"] if i == 0 else []) + ([f"{chunk}$"] if i + size == len(lower) else []) + [chunk]
        for key in keys:
            if key in rules:
                return size, rules[key]
    return 1, lower[i]


def _bounded_product(options: list[list[str]]) -> list[tuple[str, ...]]:
    """The product of per-position alternatives, the first choice everywhere first, cut at MAX_VARIANTS."""
    out: list[tuple[str, ...]] = []
    for combo in product(*options):
        out.append(combo)
        if len(out) >= MAX_VARIANTS:
            break
    return out
