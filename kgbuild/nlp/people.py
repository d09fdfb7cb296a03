"""Name parts of people, worked out once per entity: the same people are named in article after article."""

from __future__ import annotations

from dataclasses import dataclass

from kgbuild.model.entity import Entity
from kgbuild.resolve.normalize import fold, is_capitalized

MIN_SURNAME = 3
_LIMIT = 65536  # entities remembered; unknown-name clusters keep coming in a long run


@dataclass(frozen=True, slots=True)
class NameParts:
    """Folded words of every name of a person: all of them, and the capitalized ones long enough to be a surname."""

    every: frozenset[str]
    surnames: frozenset[str]


_known: dict[str, tuple[Entity, NameParts]] = {}


def name_parts(entity: Entity) -> NameParts:
    """The parts of a person's names and generated spellings (recomputed when the entity object changes)."""
    cached = _known.get(entity.id)
    if cached is not None and cached[0] is entity:
        return cached[1]
    if len(_known) >= _LIMIT:
        _known.clear()
    names = entity.all_aliases() + tuple(n for ns in entity.generated.values() for n in ns)
    parts = [p for n in names for p in n.split()]
    found = NameParts(frozenset(fold(p) for p in parts),
                      frozenset(fold(p) for p in parts if len(p) >= MIN_SURNAME and is_capitalized(p)))
    _known[entity.id] = (entity, found)
    return found
