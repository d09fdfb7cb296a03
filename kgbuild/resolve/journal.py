"""A journal of every change to the learned state (alias index, unknown-name registry), to undo a stretch exactly.

Parallel ingest speculates: a worker extracts documents on the state it has, then undoes what they taught so its
state is again the committed one, and replays the committed documents' learning in order. The journal also says
what a stretch wrote (hashed keys, see kgbuild.learning), which the writer's staleness test needs.

Only mutation paths ever look at it (`journal is None` is the one-worker path, as fast as before). A step is a
plain tuple (tag, container, key, old value); steps are undone newest first, so a key put back at the end of a
dict only has to move the keys that were after it when it went (`_GONE` keeps them).
Version counters never go back: the undo bumps `AliasIndex.version` and marks everything the stretch had changed
as changed at that new version, so the resolver forgets exactly the remembered answers that read it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from kgbuild.learning import ENTITY, KEY, MAX_WORDS, PREFIX, SHAPE, Words, key_hash
from kgbuild.resolve.blocking import block_key

if TYPE_CHECKING:
    from kgbuild.model.entity import Entity
    from kgbuild.resolve.blocking import BlockKey, FuzzyIndex
    from kgbuild.resolve.index import AliasIndex
    from kgbuild.resolve.nil import NilRegistry

Step = tuple[int, Any, Any, Any]  # (tag, container or kind, key, old value)

_NEW = 0  # a key was added to a dict: delete it
_OLD = 1  # a dict value was replaced: put the old one back
_GONE = 2  # a dict key was removed: put it back, then move the keys that followed it (the old value's pair)
_APPEND = 3  # a list grew by one: pop it
_SETADD = 4  # a set gained an item: discard it
_MAX_WORDS = 5  # AliasIndex.max_words grew
_ADDED = 6  # UnionFind._added counted one more
_SCOPED = 7  # NilRegistry.scoped was replaced by a new list
_FUZZY = 8  # FuzzyIndex.add (the block keys it created)
_WRITE = 9  # (kind, key) written: reported by writes_since, marked changed on undo
_TOUCH = 10  # (kind, key) replaced by an equal value: not a write, but marked changed on undo (identity matters)
_FORM = 11  # a fuzzy form added (its words)


class Journal:
    """The steps since `attach`; positions in it are marks."""

    def __init__(self, index: AliasIndex, nil: NilRegistry) -> None:
        self.index = index
        self.nil = nil
        self.steps: list[Step] = []

    def mark(self) -> int:
        """A position to undo to or report from (pending fuzzy forms are filed first, so undo never moves them)."""
        if self.index._fuzzy_pending:
            self.index.fuzzy  # the property files the pending forms
        return len(self.steps)

    def writes_since(self, mark: int) -> tuple[frozenset[int], tuple[Words, ...]]:
        """(hashed written keys, word tuples of the fuzzy forms added) since mark."""
        keys: set[int] = set()
        forms: list[Words] = []
        for step in self.steps[self._at(mark):]:
            if step[0] == _WRITE:
                keys.add(key_hash(step[1], step[2]))
            elif step[0] == _FORM:
                forms.append(step[2])
        return frozenset(keys), tuple(forms)

    def undo_to(self, mark: int) -> None:
        """Restore the learned state exactly as it was at mark; remembered answers that read a change are void."""
        at = self._at(mark)
        keys: list[tuple[str, ...] | str] = []
        ids: list[str] = []
        shape = False
        steps = self.steps
        while len(steps) > at:
            tag, first, key, old = steps.pop()
            if tag == _NEW:
                del first[key]
            elif tag == _OLD:
                first[key] = old
            elif tag == _GONE:
                first[key] = old[0]
                for later in old[1]:
                    first[later] = first.pop(later)
            elif tag == _APPEND:
                first.pop()
            elif tag == _SETADD:
                first.discard(key)
            elif tag == _MAX_WORDS:
                self.index.max_words = old
            elif tag == _ADDED:
                self.nil.clusters._added = old
            elif tag == _SCOPED:
                self.nil.scoped = old
            elif tag == _FUZZY:
                _unfile(first, key)
            elif tag == _WRITE or tag == _TOUCH:
                if first == KEY:
                    keys.append(key)
                elif first == ENTITY:
                    ids.append(key)
                elif first == PREFIX or first == SHAPE:
                    shape = True
        self._void(keys, ids, shape)

    def _at(self, mark: int) -> int:
        """The list position of a mark."""
        if not 0 <= mark <= len(self.steps):
            raise ValueError(f"mark {mark} is not in the journal (0..{len(self.steps)})")
        return mark

    def _void(self, keys: list[tuple[str, ...] | str], ids: list[str], shape: bool) -> None:
        """A new version at which every undone key, record and shape counts as changed."""
        index = self.index
        index.version += 1
        version = index.version
        for key in keys:
            index.touched[key] = version
        for entity_id in ids:
            index.entity_touched[entity_id] = version
        if ids:
            index.put_version = version
        if shape:
            index.shape_version = version

    # Recording, called just before (or, for appends, just after) the change, and only when attached.

    def write(self, kind: str, key: object) -> None:
        """A piece of learned state written (reported by writes_since)."""
        self.steps.append((_WRITE, kind, key, None))

    def form(self, words: Words) -> None:
        """A fuzzy form added."""
        self.steps.append((_FORM, None, words, None))

    def fresh(self, table: dict[Any, Any], key: object) -> None:
        """Before `table[key]` may create the key (a defaultdict bucket, a new entry)."""
        if key not in table:
            self.steps.append((_NEW, table, key, None))

    def setting(self, table: dict[Any, Any], key: object) -> None:
        """Before `table[key] = value`."""
        if key in table:
            self.steps.append((_OLD, table, key, table[key]))
        else:
            self.steps.append((_NEW, table, key, None))

    def removing(self, table: dict[Any, Any], key: object) -> bool:
        """Before `table` loses key; whether it has it."""
        if key not in table:
            return False
        after: list[object] = []
        for other in reversed(table):
            if other == key:
                break
            after.append(other)
        after.reverse()
        self.steps.append((_GONE, table, key, (table[key], after)))
        return True

    def entity(self, table: dict[str, Entity], entity_id: str, record: Entity | None) -> None:
        """Before `table[entity_id] = record` (or its removal, record None): a write unless the record stays equal."""
        old = table.get(entity_id)
        if record is None:
            if self.removing(table, entity_id):
                self.write(ENTITY, entity_id)
            return
        if old is record:
            return
        self.setting(table, entity_id)
        self.steps.append((_WRITE if old is None or old != record else _TOUCH, ENTITY, entity_id, None))

    def appended(self, items: list[Any], kind: str, key: object) -> None:
        """After `items.append(...)`: one more entry under (kind, key)."""
        self.steps.append((_APPEND, items, None, None))
        if kind:
            self.write(kind, key)

    def adding(self, items: set[Any], new: Iterable[Any], kind: str = "", keyed: bool = False) -> None:
        """Before `items.update(new)`: each item not there yet, written as (kind, item) if keyed, else (kind, None)."""
        recorded: set[Any] = set()
        for item in new:
            if item not in items and item not in recorded:
                recorded.add(item)
                self.steps.append((_SETADD, items, item, None))
                if kind and keyed:
                    self.write(kind, item)
        if recorded and kind and not keyed:
            self.write(kind, None)

    def max_words(self, old: int) -> None:
        """Before AliasIndex.max_words grows."""
        self.steps.append((_MAX_WORDS, None, None, old))
        self.write(MAX_WORDS, None)

    def counted(self, old: int) -> None:
        """Before UnionFind._added grows."""
        self.steps.append((_ADDED, None, None, old))

    def rescoped(self, old: list[str]) -> None:
        """Before NilRegistry.scoped is replaced."""
        self.steps.append((_SCOPED, None, None, old))

    def filed(self, fuzzy: FuzzyIndex, created: list[BlockKey], words: Words) -> None:
        """After FuzzyIndex.add: the block keys it created; the form's words are written."""
        self.steps.append((_FUZZY, fuzzy, created, None))
        self.form(words)


def _unfile(fuzzy: FuzzyIndex, created: list[BlockKey]) -> None:
    """Take the last form out of a FuzzyIndex (and the blocks it created)."""
    number = len(fuzzy.entries) - 1
    fuzzy.entries.pop()
    form = fuzzy.forms.pop()
    blocks = fuzzy.single if len(form.words) == 1 else fuzzy.multi
    for word in form.words:
        blocks[block_key(word)].discard(number)
    for key in created:
        del blocks[key]


def attach(index: AliasIndex, nil: NilRegistry) -> Journal:
    """Journal every change to index and nil (and their union-find and fuzzy index) from now on."""
    journal = Journal(index, nil)
    fuzzy = index.fuzzy  # built and pending forms filed now, so that forms learned later go straight in
    index.journal = nil.journal = nil.clusters.journal = fuzzy.journal = journal
    return journal


def detach(index: AliasIndex, nil: NilRegistry) -> None:
    """Stop journaling: back to the zero-cost path."""
    index.journal = nil.journal = nil.clusters.journal = None
    if index._fuzzy is not None:
        index._fuzzy.journal = None
