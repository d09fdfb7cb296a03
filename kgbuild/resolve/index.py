"""The alias index: folded word tuples, phonetic keys, order-free and initials keys → gazetteer entries.

Exact dictionaries are built once per run; the fuzzy block index is built on its first use.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from kgbuild.learning import FIRST, KEY, PREFIX, SHAPE
from kgbuild.model.entity import Entity
from kgbuild.nlp.tokens import words
from kgbuild.resolve.blocking import FuzzyIndex, NameForm, form_of, name_form
from kgbuild.resolve.nameparts import AS_WRITTEN, HUNGARIAN, word_keys
from kgbuild.resolve.normalize import fold, fold_words
from kgbuild.resolve.phonetic import phonetic_key

if TYPE_CHECKING:
    from kgbuild.resolve.journal import Journal

CaseRule = Literal["any", "capital", "upper"]
AliasSource = Literal["name", "alias", "generated", "native", "demonym", "nil"]
MIN_PHONETIC_KEY = 6
_PHONETIC_KINDS = frozenset({"Person", "Location", "Country"})
_FUZZY_SOURCES = frozenset({"name", "alias", "generated", "nil"})
_SYLLABIC_NATIVE = frozenset({"ko", "zh"})
MIN_FUZZY_KEY = 4


@dataclass(frozen=True, slots=True)
class AliasEntry:
    """One way of writing an entity's name, with the case rule the text must meet.

    `ambiguous`: the gazetteer shares this alias with another entity of the same kind, so it never
    resolves alone; `syllabic`: a Korean or Chinese name (family name first, given name compared whole).
    """

    entity_id: str
    alias: str
    lang: str
    source: AliasSource
    case: CaseRule
    kind: str = "Other"
    ambiguous: bool = False
    syllabic: bool = False


def case_rule(alias: str) -> CaseRule:
    """Acronyms match only in capitals, capitalized names only capitalized, lower-case forms anyhow."""
    letters = "".join(filter(str.isalpha, alias))
    if letters and len(letters) <= 6 and all(map(str.isupper, letters)):
        return "upper"
    if alias[:1].isupper() or alias[:1].isdigit():
        return "capital"
    return "any"


def sorted_key(keys: Sequence[str]) -> str:
    """Order-free key of a multi-word name (Orbán Viktor = Viktor Orbán)."""
    return "|".join(sorted(keys))


def initials_key(initials: Sequence[str], surname: str) -> str:
    """Key of an abbreviated name: the initials' letters (sorted) and the one full name part."""
    return "".join(sorted(initials)) + "|" + surname


class AliasIndex:
    """Exact (folded words), phonetic, order-free and initials lookups; a fuzzy block index on demand.

    Change it only through `add` and `put`: they bump `version` and note what changed at which version (`touched`
    keys, `entity_touched` records, `shape_version` for the prefix and name-part sets), so the resolver forgets
    only the remembered answers that read something changed since.
    """

    def __init__(self, entities: Iterable[Entity]) -> None:
        self.entities: dict[str, Entity] = {}
        self.exact: dict[tuple[str, ...], list[AliasEntry]] = defaultdict(list)
        self.phonetic: dict[str, list[AliasEntry]] = defaultdict(list)
        self.order_free: dict[str, list[AliasEntry]] = defaultdict(list)
        self.initials: dict[str, list[AliasEntry]] = defaultdict(list)
        self.descriptions: dict[tuple[str, ...], set[str]] = defaultdict(set)
        self.description_heads: set[tuple[str, ...]] = set()
        self.given_names: set[str] = set()
        self.person_parts: set[str] = set()
        self.prefixes: set[tuple[str, ...]] = set()
        self.first_words: set[str] = set()
        self.any_key: set[tuple[str, ...] | str] = set()  # every exact, phonetic, order-free and initials key
        self.max_words = 1
        self.version = 0
        self.touched: dict[tuple[str, ...] | str, int] = {}  # lookup key -> version its entries last changed
        self.entity_touched: dict[str, int] = {}  # entity id -> version its record last changed
        self.shape_version = 0  # version `prefixes` or `person_parts` last grew
        self.put_version = 0  # version of the last `put` (a record replaced)
        self._fuzzy: FuzzyIndex | None = None
        self._fuzzy_pending: list[tuple[AliasEntry, NameForm]] = []
        self._indexed: set[tuple[str, str, str, str]] = set()
        self._by_country: dict[str, list[Entity]] | None = None
        self.journal: Journal | None = None  # set while parallel ingest speculates (kgbuild.resolve.journal)
        for entity in entities:
            self.add(entity)

    def by_country(self) -> dict[str, list[Entity]]:
        """The entities by country, grouped on first use (entities learned later have no country)."""
        if self._by_country is None:
            self._by_country = {}
            for entity in self.entities.values():
                if entity.country:
                    self._by_country.setdefault(entity.country, []).append(entity)
        return self._by_country

    @property
    def fuzzy(self) -> FuzzyIndex:
        """The block index for near-miss matching, built on first use and kept up to date after."""
        if self._fuzzy is None:
            self._fuzzy = FuzzyIndex()
        for entry, form in self._fuzzy_pending:
            self._fuzzy.add(entry, form)
        self._fuzzy_pending.clear()
        return self._fuzzy

    def put(self, entity: Entity) -> None:
        """Replace the record of an entity (an unknown-name cluster that grew); `add` indexes its new aliases."""
        if self.journal is not None:
            self.journal.entity(self.entities, entity.id, entity)
        self.entities[entity.id] = entity
        self.version += 1
        self.entity_touched[entity.id] = self.put_version = self.version

    def forget(self, entity_ids: Iterable[str]) -> None:
        """Drop records only `put` here and never indexed (unknown names scoped to one document): no alias points at
        them, so no remembered answer can name them and `version` stays."""
        for entity_id in entity_ids:
            if self.journal is not None:
                self.journal.entity(self.entities, entity_id, None)
            self.entities.pop(entity_id, None)

    def add(self, entity: Entity) -> None:
        """Index every alias of an entity (a repeated id extends the earlier entry)."""
        journal = self.journal
        if entity.id not in self.entities:
            if journal is not None:
                journal.entity(self.entities, entity.id, entity)
            self.entities[entity.id] = entity
            self.version += 1
            self.entity_touched[entity.id] = self.version
        source: AliasSource = "nil" if entity.source == "nil" else "alias"
        traits = _traits(entity)
        self._add_alias(entity, entity.name, "en", "nil" if source == "nil" else "name", traits)
        for field, src in ((entity.aliases, source), (entity.generated, "generated"), (entity.demonyms, "demonym")):
            for lang, names in field.items():
                for name in names:
                    self._add_alias(entity, name, lang, src, traits)
        if entity.native_name:
            self._add_alias(entity, entity.native_name, "native", "native", traits)
        for names in entity.descriptions.values():
            for description in names:
                key = fold_words(words(description))
                if journal is not None:
                    journal.fresh(self.descriptions, key)
                    journal.adding(self.descriptions[key], (entity.id,), SHAPE)
                    journal.adding(self.description_heads, [key[:i] for i in range(1, len(key))], SHAPE)
                self.descriptions[key].add(entity.id)
                self.description_heads.update(key[:i] for i in range(1, len(key)))
        if entity.kind == "Person" and entity.source != "nil":
            given = _given_names(entity)
            parts = {fold(w) for n in entity.all_aliases() for w in words(n) if len(w) > 2 and w[:1].isupper()}
            if journal is not None:
                journal.adding(self.given_names, given, SHAPE)
                journal.adding(self.person_parts, parts, SHAPE)
            self.given_names.update(given)
            if not parts <= self.person_parts:
                self.person_parts.update(parts)
                self.version += 1
                self.shape_version = self.version

    def _add_alias(self, entity: Entity, alias: str, lang: str, source: AliasSource, traits: _Traits) -> None:
        """Index one alias under its folded words, its phonetic keys and (later) its fuzzy blocks."""
        parts = words(alias)
        key = fold_words(parts)
        seen = (entity.id, alias, lang, source)
        if not key or seen in self._indexed:
            return
        journal = self.journal
        if journal is not None:
            journal.adding(self._indexed, (seen,))
            journal.fresh(self.exact, key)
            journal.adding(self.any_key, (key,))
        self._indexed.add(seen)
        self.version += 1
        syllabic, ambiguous = traits
        entry = AliasEntry(entity.id, alias, lang, source, case_rule(alias), entity.kind,
                           bool(ambiguous) and fold(alias) in ambiguous, syllabic)
        bucket = self.exact[key]
        self.any_key.add(key)
        self.touched[key] = self.version
        if all((e.entity_id, e.alias) != (entry.entity_id, entry.alias) for e in bucket):
            bucket.append(entry)
            if journal is not None:
                journal.appended(bucket, KEY, key)
        if journal is not None:
            if len(key) > self.max_words:
                journal.max_words(self.max_words)
            journal.adding(self.first_words, key[:1], FIRST, keyed=True)
            if len(key) > 1:
                journal.adding(self.prefixes, [key[:i] for i in range(1, len(key))], PREFIX, keyed=True)
        self.max_words = max(self.max_words, len(key))
        self.first_words.add(key[0])
        if len(key) > 1:
            prefixes = len(self.prefixes)
            self.prefixes.update(key[:i] for i in range(1, len(key)))
            if len(self.prefixes) != prefixes:
                self.shape_version = self.version
        if entry.case == "capital" and source != "demonym":
            self._add_keys(entity, entry, parts)

    def _add_keys(self, entity: Entity, entry: AliasEntry, parts: list[str]) -> None:
        """Phonetic, order-free and initials keys of a capitalized name; its fuzzy form."""
        if entity.kind in _PHONETIC_KINDS:
            pkey = phonetic_key(entry.alias)
            if len(pkey) >= MIN_PHONETIC_KEY:
                self._add_to(self.phonetic, pkey, entry)
        keys = word_keys(parts, AS_WRITTEN)
        if entity.kind == "Person" and len(keys) >= 2:
            self._add_to(self.order_free, sorted_key(keys), entry)
            for surname in {keys[0], keys[-1]}:
                others = list(keys)
                others.remove(surname)
                self._add_to(self.initials, initials_key([k[0] for k in others], surname), entry)
        if entry.source in _FUZZY_SOURCES:
            form = name_form(parts, HUNGARIAN) if entry.lang == "hu" else form_of(keys, AS_WRITTEN)
            if len(form.ordered) >= MIN_FUZZY_KEY:
                if self.journal is None:
                    self._fuzzy_pending.append((entry, form))
                else:
                    self.fuzzy.add(entry, form)  # straight in, so that undo never has pending forms to move

    def _add_to(self, table: dict[str, list[AliasEntry]], key: str, entry: AliasEntry) -> None:
        """File an entry under a phonetic, order-free or initials key (once per entity); the key now leads to
        (possibly) more entries."""
        journal = self.journal
        if journal is not None:
            journal.fresh(table, key)
            journal.adding(self.any_key, (key,))
        bucket = table[key]
        if _add_once(bucket, entry) and journal is not None:
            journal.appended(bucket, KEY, key)
        self.any_key.add(key)
        self.touched[key] = self.version


_Traits = tuple[bool, frozenset[str]]  # (syllabic, folded aliases marked ambiguous): the same for all of its aliases


def _traits(entity: Entity) -> _Traits:
    """What every alias entry of an entity shares, worked out once per entity rather than once per alias."""
    syllabic = entity.kind == "Person" and _native_lang(entity) in _SYLLABIC_NATIVE
    return syllabic, frozenset(fold(a) for a in entity.ambiguous)


def _given_names(entity: Entity) -> set[str]:
    """First words of a person's English-order names: a cue that a capitalized span names a person."""
    names = [entity.name] + [a for lang in ("en", "de") for a in entity.aliases.get(lang, ())]
    firsts = (words(n) for n in names)
    return {fold(w[0]) for w in firsts if len(w) >= 2 and len(w[0]) > 1 and w[0].isalpha()}


def _add_once(bucket: list[AliasEntry], entry: AliasEntry) -> bool:
    """Append an entry unless the bucket already points to its entity; whether it did."""
    if all(e.entity_id != entry.entity_id for e in bucket):
        bucket.append(entry)
        return True
    return False


def _native_lang(entity: Entity) -> str | None:
    """The language of the entity's native-script name, from its generated or ko/zh aliases."""
    for lang in ("ko", "zh"):
        if lang in entity.aliases:
            return lang
    native = entity.native_name or ""
    if any("\uac00" <= ch <= "\ud7a3" for ch in native):
        return "ko"
    if any("\u4e00" <= ch <= "\u9fff" for ch in native):
        return "zh"
    return None
