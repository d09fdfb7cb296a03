"""Name parts of people, worked out once per entity: the same people are named in article after article."""

from __future__ import annotations

from dataclasses import dataclass

from kgbuild.model.entity import Entity
from kgbuild.nlp.memos import EntityValues
from kgbuild.resolve.normalize import fold, is_capitalized

MIN_SURNAME = 3
_LIMIT = 65536  # entities remembered; unknown-name clusters keep coming in a long run


@dataclass(frozen=True, slots=True)
class NameParts:
    """Folded words of every name of a person: all of them, and the capitalized ones long enough to be a surname."""

    every: frozenset[str]
    surnames: frozenset[str]


def _name_parts(entity: Entity) -> NameParts:
    """The parts of a person's names and generated spellings."""
    names = entity.all_aliases() + tuple(n for ns in entity.generated.values() for n in ns)
    parts = [p for n in names for p in n.split()]
    return NameParts(frozenset(fold(p) for p in parts),
                     frozenset(fold(p) for p in parts if len(p) >= MIN_SURNAME and is_capitalized(p)))


name_parts = EntityValues(_name_parts, _LIMIT)  # per entity record: recomputed when the entity object changes
