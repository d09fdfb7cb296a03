"""Canonical entities: what the gazetteer holds and what mentions resolve to."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

EntityKind = Literal["Person", "Organization", "Country", "Location", "Media", "Other"]
ENTITY_KINDS: tuple[EntityKind, ...] = ("Person", "Organization", "Country", "Location", "Media", "Other")
SCOPE_END = "/"  # ends the article scope in the clustering keys of an unknown name scoped to one article


def scoped_keys(keys: Iterable[str]) -> bool:
    """True for the keys of an unknown name scoped to one article: it is no one else's, and no later run's to learn."""
    found = list(keys)
    return bool(found) and all(SCOPE_END in key for key in found)


@dataclass(frozen=True, slots=True)
class EntityRole:
    """A position held: title, the organization's entity id and the dates (ISO, open ends allowed)."""

    title: str
    org_id: str | None
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Entity:
    """A real-world thing with one canonical English name and every alias we know by language.

    `generated` holds press spellings made from `native_name` by transliteration rules (kept apart from the
    curated `aliases` so explanations can say so); `ambiguous` lists aliases the gazetteer knowingly shares
    with another entity of the same kind (they never resolve alone); `keys` are the clustering keys of an
    unknown (NIL) entity.
    """

    id: str
    key: str
    kind: EntityKind
    name: str
    wikidata: str | None = None
    aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)
    native_name: str | None = None
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    descriptions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    roles: tuple[EntityRole, ...] = ()
    country: str | None = None
    parent: str | None = None
    capital: bool = False
    source: str = "gazetteer"
    generated: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ambiguous: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()

    def all_aliases(self) -> tuple[str, ...]:
        """The canonical name followed by every alias, without repeats."""
        seen: dict[str, None] = {self.name: None}
        for names in self.aliases.values():
            seen.update(dict.fromkeys(names))
        if self.native_name:
            seen[self.native_name] = None
        return tuple(seen)
