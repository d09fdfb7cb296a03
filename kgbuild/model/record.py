"""Value classes that mypyc compiles whole: equality, hash and repr by fields, as a frozen dataclass has them.

A dataclass's generated `__init__` runs interpreted, once per object; extraction makes several such objects per
mention and clause, so its small records (mentions, and the event stage's placed mentions, sources and trigger
hits) are plain classes built on this base instead. Unlike a frozen dataclass they do not refuse assignment:
treat them as immutable.
"""

from __future__ import annotations

from typing import ClassVar


class Record:
    """A subclass names its fields in FIELDS and returns their values in that order from `values`."""

    FIELDS: ClassVar[tuple[str, ...]] = ()

    def values(self) -> tuple[object, ...]:
        """The fields' values, in FIELDS order."""
        raise NotImplementedError

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__ or not isinstance(other, Record):
            return NotImplemented
        return self.values() == other.values()

    def __hash__(self) -> int:
        return hash(self.values())

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(self.FIELDS, self.values()))
        return f"{type(self).__name__}({shown})"
