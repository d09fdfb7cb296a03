"""One-line builders for test records."""

from __future__ import annotations

from kgbuild.model.entity import Entity, EntityKind
from kgbuild.model.ids import entity_id
from kgbuild.resolve.index import AliasIndex
from kgbuild.resolve.resolver import Resolver


def entity(kind: EntityKind, name: str, hu: tuple[str, ...] = (), en: tuple[str, ...] = (), *,
           demonyms_hu: tuple[str, ...] = (), country: str | None = None, capital: bool = False) -> Entity:
    """An entity with a key derived from its name."""
    key = f"{kind.lower()}/{name.lower().replace(' ', '-')}"
    aliases = {lang: names for lang, names in (("hu", hu), ("en", en)) if names}
    return Entity(id=entity_id(kind, key), key=key, kind=kind, name=name, aliases=aliases,
                  demonyms={"hu": demonyms_hu} if demonyms_hu else {}, country=country, capital=capital)


def resolver(*entities: Entity) -> Resolver:
    """A resolver over just these entities."""
    return Resolver(AliasIndex(entities))
