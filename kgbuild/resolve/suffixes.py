"""Case-suffix stripping driven by per-language rule files; callers accept only known stems."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from kgbuild.caches import WORD_CACHE


@dataclass(frozen=True, slots=True)
class SuffixRules:
    """One language's suffix rules (see kgbuild/resolve/rules/<lang>.json)."""

    max_layers: int
    suffixes: tuple[str, ...]
    assimilating: tuple[str, ...]
    digraph_doubling: dict[str, str]
    lengthening: dict[str, str]
    hyphen_suffix: bool
    person_nouns: tuple[str, ...] = ()
    by_length: tuple[tuple[int, frozenset[str]], ...] = field(init=False)
    finals: frozenset[str] = field(init=False)  # last letters of the suffixes and assimilating endings

    def __post_init__(self) -> None:
        object.__setattr__(self, "by_length", suffixes_by_length(self.suffixes))
        object.__setattr__(self, "finals", frozenset(s[-1] for s in self.suffixes + self.assimilating if s))


def suffixes_by_length(suffixes: tuple[str, ...]) -> tuple[tuple[int, frozenset[str]], ...]:
    """The suffixes grouped by length, longest first: a word ends with at most one suffix of each length, so one
    set test per length finds, in the same order, what testing every suffix (longest first) finds."""
    sizes = sorted({len(s) for s in suffixes if s}, reverse=True)
    return tuple((size, frozenset(s for s in suffixes if len(s) == size)) for size in sizes)


@lru_cache(maxsize=8)
def rules_for(lang: str) -> SuffixRules | None:
    """The rules of a language, or None when it has no rule file."""
    path = resources.files("kgbuild.resolve") / "rules" / f"{lang}.json"
    if not path.is_file():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    suffixes = tuple(sorted(set(data["case"] + data["plural"] + data["adjective"]), key=len, reverse=True))
    return SuffixRules(
        max_layers=int(data["max_layers"]),
        suffixes=suffixes,
        assimilating=tuple(data["assimilating"]),
        digraph_doubling=dict(data["digraph_doubling"]),
        lengthening=dict(data["lengthening"]),
        hyphen_suffix=bool(data["hyphen_suffix"]),
        person_nouns=tuple(data.get("person_nouns", ())),
    )


@lru_cache(maxsize=WORD_CACHE)
def stems(word: str, lang: str) -> tuple[tuple[str, str], ...]:
    """Candidate stems of `word` with how each was made; the word as written always comes first."""
    rules = rules_for(lang)
    found: dict[str, str] = {word: "as written"}
    if rules is None:
        return tuple(found.items())
    frontier = [word]
    for _ in range(rules.max_layers):
        layer: list[str] = []
        for current in frontier:
            for stem, how in _strip_once(current, rules):
                if stem not in found:
                    found[stem] = f"{found[current]}, {how}" if current != word else how
                    layer.append(stem)
        frontier = layer
    return tuple(found.items())


def _strip_once(word: str, rules: SuffixRules) -> list[tuple[str, str]]:
    """Every way to remove one suffix layer from `word`."""
    lower = word.lower()
    if lower[-1:] not in rules.finals and "-" not in word:
        return []  # no suffix or ending ends like this word (a number, most English words) and no hyphen
    out = _hyphenated(word, rules)
    for size, suffixes in rules.by_length:
        suffix = lower[-size:]
        if suffix in suffixes and len(word) - size >= 2:
            stem = word[:-size]
            out.append((stem, f"-{suffix} removed"))
            restored = rules.lengthening.get(stem[-1])
            if restored:
                out.append((stem[:-1] + restored, f"-{suffix} removed, {stem[-1]} → {restored}"))
    out.extend(_assimilated(word, rules))
    return out


def _hyphenated(word: str, rules: SuffixRules) -> list[tuple[str, str]]:
    """NATO-val, EU-ba, ENSZ-szel: a suffix after a hyphen leaves the head as written."""
    if not rules.hyphen_suffix or "-" not in word:
        return []
    head, tail = word.rsplit("-", 1)
    tail = tail.lower()
    is_suffix = tail in rules.suffixes or any(
        tail.endswith(end) and len(tail) - len(end) in (1, 2) for end in rules.assimilating
    )
    return [(head, f"-{tail} after a hyphen removed")] if is_suffix and len(head) >= 2 else []


def _assimilated(word: str, rules: SuffixRules) -> list[tuple[str, str]]:
    """Putyinnal, Kurszkkal, Kováccsal: -val/-vel doubles the stem's last consonant."""
    out: list[tuple[str, str]] = []
    for ending in rules.assimilating:
        if not word.lower().endswith(ending):
            continue
        base = word[: -len(ending)]
        for doubled, single in rules.digraph_doubling.items():
            if base.lower().endswith(doubled):
                out.append((base[: -len(doubled)] + single, f"assimilated -{ending} removed ({doubled} → {single})"))
        if len(base) >= 3 and base[-1] == base[-2] and base[-1].lower() not in "aáeéiíoóöőuúüű":
            out.append((base[:-1], f"assimilated -{base[-1]}{ending} removed"))
    return out
