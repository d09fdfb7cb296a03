"""What a document taught the learned state and what it read of it, so several workers can equal one.

The learned state is what a run adds to the alias index and the unknown-name registry as it reads: clusters of
unknown names and outlets named in metadata. A document's result depends on the documents before it only
through what it reads of that state. A worker extracts without the learning of documents still in flight
elsewhere; the writer accepts its result when none of them wrote anything the document read (`stale` says
when one did), and otherwise has the document extracted again on the exact state. Everything here is plain
builtins, since it crosses between processes (compiled records do not unpickle).

Keys are hashed as they are (`hash(key)`): workers are forked, so they share the writer's hash seed. The kinds
share one space, so that a document's reads are plain unions of cached hash sets; a key of one kind equal to one
of another, like any collision, only makes a result look stale, never the other way round.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from kgbuild.resolve.blocking import words_meet

KEY = "key"  # an alias-index lookup key: a folded word tuple (exact) or a phonetic, order-free or initials key
PREFIX = "prefix"  # the folded head words of a multi-word alias (AliasIndex.prefixes)
FIRST = "first"  # the folded first word of an alias (AliasIndex.first_words)
NIL = "nil"  # an unknown-name clustering key (NilRegistry.owner)
ENTITY = "entity"  # an entity's record (its id): read whenever a mention or an answer names it
MAX_WORDS = "max_words"  # AliasIndex.max_words (key None): read by every document, written when it grows
SHAPE = "shape"  # key None: a change to what no read is tracked for (given names, person parts, descriptions)

Op = tuple[str, str, str, str]  # ("nil", surface, lang, kind) or ("media", source, "", ""): replayed in order
Words = tuple[str, ...]  # a fuzzy form's word keys (NameForm.words)


def key_hash(kind: str, key: object) -> int:
    """The hashed name of one piece of learned state (the kind names the keyless ones: MAX_WORDS and SHAPE)."""
    return hash(key) if key is not None else hash((kind, None))


SHAPE_HASH = key_hash(SHAPE, None)


@dataclass(frozen=True, slots=True)
class Access:
    """One document's reads and writes of the learned state, and the learning operations that replay its writes."""

    reads: frozenset[int] = frozenset()
    read_forms: tuple[Words, ...] = ()  # near-miss query forms: every fuzzy block they would search
    writes: frozenset[int] = frozenset()
    written_forms: tuple[Words, ...] = ()  # fuzzy forms the document added to the index
    ops: tuple[Op, ...] = ()


NOTHING = Access()


def stale(access: Access, missed: Iterable[Access]) -> bool:
    """Whether any of the documents a worker had not seen wrote something this document read."""
    for other in missed:
        if not other.writes and not other.written_forms:
            continue
        if SHAPE_HASH in other.writes or not access.reads.isdisjoint(other.writes):
            return True
        if any(words_meet(query, form) for query in access.read_forms for form in other.written_forms):
            return True
    return False
