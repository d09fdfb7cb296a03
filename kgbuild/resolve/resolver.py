"""The resolver: a name as written (inflected, transliterated) → one entity, with the reason why."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from kgbuild.model.entity import Entity
from kgbuild.nlp.tokens import words
from kgbuild.resolve.index import AliasEntry, AliasIndex
from kgbuild.resolve.normalize import fold, fold_words, is_capitalized
from kgbuild.resolve.phonetic import keys_for
from kgbuild.resolve.suffixes import stems

_SOURCE_RANK = {"name": 0, "alias": 1, "native": 2, "demonym": 3}


@dataclass(frozen=True, slots=True)
class Resolution:
    """The answer for one name: the entity (None when unresolved), a score, the method and why."""

    entity: Entity | None
    score: float
    method: str
    explanation: str
    suffix: str = ""


UNRESOLVED = Resolution(None, 0.0, "none", "no alias or phonetic key matched")


class Resolver:
    """Looks names up in the alias index; only this class reads the entity registry."""

    def __init__(self, index: AliasIndex) -> None:
        self.index = index

    def resolve(self, name: str, lang: str) -> Resolution:
        """Resolve a whole name; `auto` tries the Hungarian and the English reading."""
        span = words(name)
        if not span:
            return UNRESOLVED
        langs = ("hu", "en") if lang == "auto" else (lang,)
        answers = [self.lookup(span, one) for one in langs]
        return max((a for a in answers if a), key=lambda r: r.score, default=UNRESOLVED)

    def lookup(self, span: Sequence[str], lang: str) -> Resolution | None:
        """A span of words as written; the last word may carry a case suffix."""
        return self._exact(span, lang) or self._phonetic(span, lang)

    def _exact(self, span: Sequence[str], lang: str) -> Resolution | None:
        """Folded alias match, trying the last word as written first and then its stems."""
        head = fold_words(span[:-1])
        if head and head not in self.index.prefixes:
            return None
        for stem, how in stems(span[-1], lang):
            entries = self.index.exact.get(head + (fold(stem),))
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
        for stem, how in stems(span[-1], lang):
            name = " ".join(list(span[:-1]) + [stem])
            for key, reading in keys_for(name, lang):
                entries = self.index.phonetic.get(key)
                if entries:
                    return self._choose(entries, how, " ".join(span), suffix_of(span[-1], stem), reading)
        return None

    def _choose(self, entries: list[AliasEntry], how: str, surface: str, suffix: str,
                phonetic: str | None = None) -> Resolution | None:
        """The best entry; a tie between different entities is left unresolved rather than guessed."""
        best = min(_SOURCE_RANK[e.source] for e in entries)
        top = [e for e in entries if _SOURCE_RANK[e.source] == best]
        ids = sorted({e.entity_id for e in top})
        if len(ids) > 1:
            return None
        entry = top[0]
        entity = self.index.entities[entry.entity_id]
        score, method = _score(entry, how, phonetic)
        return Resolution(entity, score, method, _explain(surface, entity, entry, how, phonetic, score), suffix)


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


def _score(entry: AliasEntry, how: str, phonetic: str | None) -> tuple[float, str]:
    """Scores by how much interpretation the match needed."""
    layers = 0 if how == "as written" else how.count("removed")
    if phonetic is None:
        method = "demonym" if entry.source == "demonym" else ("alias" if layers == 0 else "alias+suffix")
        return (1.0 if layers == 0 else 0.97 - 0.02 * (layers - 1)) - (0.05 if entry.source == "demonym" else 0.0), method
    base = 0.92 if phonetic == "as written" else 0.9
    return base - 0.03 * layers, "phonetic" if layers == 0 else "phonetic+suffix"


def _explain(surface: str, entity: Entity, entry: AliasEntry, how: str, phonetic: str | None, score: float) -> str:
    """One readable sentence: which alias or key matched and what was stripped."""
    what = {"name": "canonical name", "alias": f"{entry.lang} alias", "native": "native name", "demonym": f"{entry.lang} demonym"}[entry.source]
    parts = [f"{surface!r} → {entity.name} ({entity.kind})"]
    if how != "as written":
        parts.append(how)
    if phonetic:
        parts.append(f"phonetic key {phonetic} equals that of {what} {entry.alias!r}")
    else:
        parts.append(f"matched {what} {entry.alias!r}")
    parts.append(f"score {score:.2f}")
    return "; ".join(parts)
