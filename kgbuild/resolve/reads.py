"""What one document reads of the learned state, so a result made without another worker's learning can be checked.

The resolver and the mention finder append plain references on their hot paths (the span looked up, the answer,
the stems tested, the head words tested); `done` hashes them once, with the kinds of kgbuild.learning. Reading
more than needed only costs a redo; reading less lets a parallel run differ from a one-worker run.
"""

from __future__ import annotations

from collections.abc import Iterable

from kgbuild.learning import MAX_WORDS, NIL, Op, Words, key_hash
from kgbuild.resolve.nil import nil_keys
from kgbuild.resolve.resolver import Resolution, probe_hashes


class ReadLog:
    """The reads of the document being extracted, and the learning operations that replay what it taught."""

    def __init__(self) -> None:
        self.lookups: list[tuple[tuple[str, ...], str]] = []  # (span, lang) of every dictionary lookup
        self.answers: list[Resolution] = []  # lookup and near-miss answers that name entities (or a tie of them)
        self.firsts: list[frozenset[str]] = []  # folded stems tested against the first words of aliases
        self.prefixes: list[tuple[str, ...]] = []  # folded head words tested against the alias prefixes
        self.max_words = False  # whether AliasIndex.max_words was read
        self.forms: list[Words] = []  # word keys of near-miss query forms
        self.nils: list[tuple[str, str, str]] = []  # (surface, lang, kind) of unscoped unknown names clustered
        self.ids: list[str] = []  # entity ids read otherwise
        self.ops: list[Op] = []

    def entities(self, ids: Iterable[str]) -> None:
        """Records read by id (the final mentions' entities): a cluster that grew elsewhere changes the graph."""
        self.ids.extend(ids)

    def op(self, kind: str, surface: str, lang: str, entity_kind: str) -> None:
        """One learning operation, in the order the document did it."""
        self.ops.append((kind, surface, lang, entity_kind))

    def done(self) -> tuple[frozenset[int], tuple[Words, ...]]:
        """(hashed read keys, word tuples of the near-miss query forms) of the document read since it was made."""
        reads: set[int] = set()  # key_hash(kind, key) is hash(key) for these kinds: plain hashes at C speed
        reads.update(*[probe_hashes(span, lang) for span, lang in set(self.lookups)])  # KEY
        ids = set(self.ids)
        for answer in self.answers:
            if answer.entity is not None:
                ids.add(answer.entity.id)
            ids.update(answer.tied)
        reads.update(map(hash, ids))  # ENTITY
        reads.update(map(hash, frozenset().union(*self.firsts)))  # FIRST
        reads.update(map(hash, set(self.prefixes)))  # PREFIX
        if self.max_words:
            reads.add(key_hash(MAX_WORDS, None))
        for surface, lang, kind in set(self.nils):
            reads.update(key_hash(NIL, key) for key in nil_keys(surface, lang, kind, ""))
        return frozenset(reads), tuple(dict.fromkeys(self.forms))
