"""The alias index: folded word tuples and phonetic keys → gazetteer entries, built once per run."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from kgbuild.model.entity import Entity
from kgbuild.nlp.tokens import words
from kgbuild.resolve.normalize import fold_words
from kgbuild.resolve.phonetic import phonetic_key

CaseRule = Literal["any", "capital", "upper"]
AliasSource = Literal["name", "alias", "native", "demonym"]
MIN_PHONETIC_KEY = 6
_PHONETIC_KINDS = frozenset({"Person", "Location", "Country"})


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One way of writing an entity's name, with the case rule the text must meet."""

    entity_id: str
    alias: str
    lang: str
    source: AliasSource
    case: CaseRule


def case_rule(alias: str) -> CaseRule:
    """Acronyms match only in capitals, capitalized names only capitalized, lower-case forms anyhow."""
    letters = [ch for ch in alias if ch.isalpha()]
    if letters and all(ch.isupper() for ch in letters) and len(letters) <= 6:
        return "upper"
    if alias[:1].isupper() or alias[:1].isdigit():
        return "capital"
    return "any"


class AliasIndex:
    """Exact (folded words) and phonetic lookups; prefixes let the matcher stop early."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities: dict[str, Entity] = {}
        self.exact: dict[tuple[str, ...], list[AliasEntry]] = defaultdict(list)
        self.phonetic: dict[str, list[AliasEntry]] = defaultdict(list)
        self.prefixes: set[tuple[str, ...]] = set()
        self.max_words = 1
        for entity in entities:
            self.add(entity)

    def add(self, entity: Entity) -> None:
        """Index every alias of an entity (a repeated id extends the earlier entry)."""
        self.entities.setdefault(entity.id, entity)
        self._add_alias(entity, entity.name, "en", "name")
        for lang, names in entity.aliases.items():
            for name in names:
                self._add_alias(entity, name, lang, "alias")
        for lang, names in entity.demonyms.items():
            for name in names:
                self._add_alias(entity, name, lang, "demonym")
        if entity.native_name:
            self._add_alias(entity, entity.native_name, "native", "native")

    def _add_alias(self, entity: Entity, alias: str, lang: str, source: AliasSource) -> None:
        """Index one alias under its folded words and, for names of people and places, its phonetic key."""
        key = fold_words(words(alias))
        if not key:
            return
        entry = AliasEntry(entity.id, alias, lang, source, case_rule(alias))
        bucket = self.exact[key]
        if all((e.entity_id, e.alias) != (entry.entity_id, entry.alias) for e in bucket):
            bucket.append(entry)
        self.max_words = max(self.max_words, len(key))
        self.prefixes.update(key[:i] for i in range(1, len(key)))
        pkey = phonetic_key(alias)
        if entity.kind in _PHONETIC_KINDS and entry.case == "capital" and source != "demonym" and len(pkey) >= MIN_PHONETIC_KEY:
            if all(e.entity_id != entity.id for e in self.phonetic[pkey]):
                self.phonetic[pkey].append(entry)
