"""Unknown names (NIL entities): stable ids, clustered across documents and languages by shared keys.

A NIL mention's keys are its phonetic key as written, as Hungarian spelling (in Hungarian text), its name
parts in any order, and the same for the stems of an inflected last word. Mentions that share a key are
one cluster (union-find): 'Pak Dzsong Csol' in a Hungarian article and 'Pak Jong Chol' in an English one
meet in the key 'pakjongchol'. A cluster's id is made from the first surface that created it, so ids are
deterministic for a given input order; the store's registry keeps clusters (with their keys) for later runs.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kgbuild.learning import NIL

from kgbuild.model.entity import Entity, EntityKind
from kgbuild.model.ids import entity_id
from kgbuild.nlp.tokens import words
from kgbuild.resolve.clusters import UnionFind
from kgbuild.resolve.index import sorted_key
from kgbuild.resolve.nameparts import readings, word_keys
from kgbuild.resolve.normalize import fold
from kgbuild.resolve.suffixes import stems

if TYPE_CHECKING:
    from kgbuild.resolve.journal import Journal

MIN_KEY = 4
MAX_STEMS = 6


@dataclass(frozen=True, slots=True)
class NilAnswer:
    """The cluster a mention joined, whether it is new, and the keys that decided it."""

    entity: Entity
    created: bool
    shared: tuple[str, ...]


def nil_keys(surface: str, lang: str, kind: str, scope: str = "") -> tuple[str, ...]:
    """Clustering keys of an unknown name, prefixed with its kind (a person never clusters with a place)."""
    parts = words(surface)
    if not parts:
        return ()
    if kind == "Organization" and "".join(parts).isupper():
        return (f"{kind}:{scope}acronym:{''.join(parts)}",)
    keys: dict[str, None] = {}
    for stem, _how in stems(parts[-1], lang)[:MAX_STEMS]:
        variant = parts[:-1] + [stem]
        for reading in readings(lang):
            wkeys = word_keys(variant, reading)
            if len("".join(wkeys)) >= MIN_KEY:
                keys[f"{kind}:{scope}{''.join(wkeys)}"] = None
                if len(wkeys) >= 2:
                    keys[f"{kind}:{scope}parts:{sorted_key(wkeys)}"] = None
    if scope and not keys:  # too short for a phonetic key: the name itself, so the cluster still shows its scope
        keys[f"{kind}:{scope}{fold(''.join(parts))}"] = None
    return tuple(keys)


class NilRegistry:
    """Clusters of unknown names: key → member id, union-find over ids, the cluster entities."""

    def __init__(self, known: Iterable[Entity] = ()) -> None:
        self.owner: dict[str, str] = {}
        self.clusters = UnionFind()
        self.entities: dict[str, Entity] = {}
        self.scoped: list[str] = []  # ids of clusters scoped to the document being read
        self.journal: Journal | None = None  # set while parallel ingest speculates (kgbuild.resolve.journal)
        for entity in known:
            self.remember(entity)

    def remember(self, entity: Entity) -> None:
        """Take in a cluster from an earlier run (its stored keys, or keys recomputed from its names)."""
        if entity.source not in ("nil", "registry"):
            return
        keys = entity.keys or tuple(k for lang in ("hu", "en") for n in entity.all_aliases() for k in nil_keys(n, lang, entity.kind))
        stored = replace(entity, source="nil", keys=keys)
        if self.journal is not None:
            self.journal.entity(self.entities, entity.id, stored)
        self.entities[entity.id] = stored
        self.clusters.add(entity.id)
        for key in keys:
            self._link(key, entity.id)

    def assign(self, surface: str, lang: str, kind: EntityKind, scope: str = "") -> NilAnswer:
        """The cluster of an unknown name: an existing one when a key is shared, else a new one."""
        keys = nil_keys(surface, lang, kind, scope)
        hits = sorted({self.clusters.find(self.owner[k]) for k in keys if k in self.owner}, key=self.clusters.order.__getitem__)
        if not hits:
            return NilAnswer(self._create(surface, lang, kind, keys, scope), True, ())
        root = hits[0]
        for other in hits[1:]:
            root = self.clusters.union(root, other)
        for key in keys:
            self._link(key, root)
        entity = self._grow(root, surface, lang, keys)
        return NilAnswer(entity, False, tuple(k for k in keys if k in entity.keys))

    def _create(self, surface: str, lang: str, kind: EntityKind, keys: tuple[str, ...], scope: str) -> Entity:
        """A new cluster whose id comes from its kind and first key."""
        name = " ".join(words(surface))
        key = f"nil/{scope}{fold(name)}"
        entity = Entity(id=entity_id(kind, key), key=key, kind=kind, name=name, aliases={lang: (name,)},
                        source="nil", keys=keys)
        if self.journal is not None:
            self.journal.entity(self.entities, entity.id, entity)
        self.entities[entity.id] = entity
        self.clusters.add(entity.id)
        for k in keys:
            self._link(k, entity.id)
        if scope:
            self.scoped.append(entity.id)
            if self.journal is not None:
                self.journal.appended(self.scoped, "", None)
        return entity

    def drop_scoped(self) -> list[str]:
        """Forget the clusters scoped to the document just read (their keys hold its scope, so no other document
        can reach them); returns their ids. Keeps memory flat however many documents a run reads."""
        journal = self.journal
        if journal is not None:
            journal.rescoped(self.scoped)
        dropped, self.scoped = self.scoped, []
        gone = set(dropped)
        for dropped_id in dropped:
            if journal is not None:
                journal.entity(self.entities, dropped_id, None)
            entity = self.entities.pop(dropped_id, None)
            for key in entity.keys if entity is not None else ():
                if self.owner.get(key) in gone:
                    if journal is not None:
                        journal.removing(self.owner, key)
                        journal.write(NIL, key)
                    del self.owner[key]
        self.clusters.discard(dropped)
        return dropped

    def _grow(self, root: str, surface: str, lang: str, keys: tuple[str, ...]) -> Entity:
        """Add a new spelling and keys to a cluster's entity."""
        entity = self.entities[root]
        name = " ".join(words(surface))
        aliases = dict(entity.aliases)
        if name not in entity.all_aliases():
            aliases[lang] = tuple(aliases.get(lang, ())) + (name,)
        grown = replace(entity, aliases=aliases, keys=tuple(dict.fromkeys(entity.keys + keys)))
        if self.journal is not None:
            self.journal.entity(self.entities, root, grown)
        self.entities[root] = grown
        return grown

    def _link(self, key: str, member: str) -> None:
        """Point a key at a cluster (the first owner of a key keeps it; union-find does the rest)."""
        if key in self.owner and self.clusters.find(self.owner[key]) != self.clusters.find(member):
            self.clusters.union(self.owner[key], member)
        if self.journal is not None and key not in self.owner:
            self.journal.fresh(self.owner, key)
            self.journal.write(NIL, key)
        self.owner.setdefault(key, member)
