"""Blocking for near-miss matching: a name is only compared with aliases that share a block key.

A block key is a name part's first three phonetic letters and its length. A query part meets an alias part
when the prefixes are equal and the lengths differ by at most MAX_LENGTH_GAP. A multi-word alias is a
candidate when at least two parts of the query meet one of its parts (one, for a one-word query); a
one-word alias when any query part meets it. `meets` states the rule directly; FuzzyIndex answers it with
dictionary lookups, never a scan of the gazetteer.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kgbuild.resolve.nameparts import Reading, word_keys

if TYPE_CHECKING:
    from kgbuild.resolve.index import AliasEntry
    from kgbuild.resolve.journal import Journal

PREFIX = 3
MAX_LENGTH_GAP = 2
BlockKey = tuple[str, int]


@dataclass(frozen=True, slots=True)
class NameForm:
    """A name prepared for comparison: phonetic word keys, joined in order and sorted (spaces removed)."""

    words: tuple[str, ...]
    ordered: str
    sorted: str
    reading: Reading


def name_form(parts: Sequence[str], reading: Reading) -> NameForm:
    """The comparison form of a name's words under one reading."""
    return form_of(word_keys(parts, reading), reading)


def form_of(keys: tuple[str, ...], reading: Reading) -> NameForm:
    """The comparison form of a name's word keys (made under `reading`), for callers that have the keys already."""
    return NameForm(keys, "".join(keys), "".join(sorted(keys)), reading)


def block_key(word: str) -> BlockKey:
    """The block a name part is filed under."""
    return word[:PREFIX], len(word)


def part_meets(query_word: str, alias_word: str) -> bool:
    """The blocking relation between two name parts (same prefix, similar length)."""
    return query_word[:PREFIX] == alias_word[:PREFIX] and abs(len(query_word) - len(alias_word)) <= MAX_LENGTH_GAP


def meets(query: NameForm, alias: NameForm) -> bool:
    """True when blocking lets `alias` be compared with `query` (the rule FuzzyIndex implements)."""
    return words_meet(query.words, alias.words)


def words_meet(query: Sequence[str], alias: Sequence[str]) -> bool:
    """`meets` on the forms' word keys alone (what crosses between processes: compiled forms do not unpickle)."""
    hits = sum(1 for q in query if any(part_meets(q, a) for a in alias))
    need = 1 if len(alias) == 1 else min(2, len(query))
    return hits >= need


class FuzzyIndex:
    """Block key → alias numbers, separately for one-word and multi-word aliases."""

    def __init__(self) -> None:
        self.entries: list[AliasEntry] = []
        self.forms: list[NameForm] = []
        self.multi: dict[BlockKey, set[int]] = defaultdict(set)
        self.single: dict[BlockKey, set[int]] = defaultdict(set)
        self.journal: Journal | None = None  # set while parallel ingest speculates (kgbuild.resolve.journal)

    def __len__(self) -> int:
        return len(self.entries)

    def add(self, entry: AliasEntry, form: NameForm) -> None:
        """File one alias form under the block keys of its parts."""
        number = len(self.entries)
        self.entries.append(entry)
        self.forms.append(form)
        blocks = self.single if len(form.words) == 1 else self.multi
        if self.journal is not None:
            created = list(dict.fromkeys(k for k in map(block_key, form.words) if k not in blocks))
            self.journal.filed(self, created, form.words)
        for word in form.words:
            blocks[block_key(word)].add(number)

    def candidates(self, queries: Iterable[NameForm]) -> list[int]:
        """Numbers of the aliases that blocking lets any of the query forms be compared with, in order."""
        found: set[int] = set()
        for query in queries:
            found |= self._for(query)
        return sorted(found)

    def _for(self, query: NameForm) -> set[int]:
        """Candidates of one query form."""
        found: set[int] = set()
        groups = [self._group(self.multi, w) for w in query.words]
        for word in query.words:
            for block in self._group(self.single, word):
                found |= block
        if len(groups) < 2:  # one word, or none (a name in a script without Latin letters)
            for block in groups[0] if groups else ():
                found |= block
            return found
        return found | _in_two(groups)

    @staticmethod
    def _group(blocks: dict[BlockKey, set[int]], word: str) -> list[set[int]]:
        """The blocks a query part meets: same prefix, lengths within MAX_LENGTH_GAP."""
        prefix, size = block_key(word)
        keys = ((prefix, n) for n in range(size - MAX_LENGTH_GAP, size + MAX_LENGTH_GAP + 1))
        return [blocks[k] for k in keys if k in blocks]


def _in_two(groups: list[list[set[int]]]) -> set[int]:
    """Aliases met by at least two query parts, driven by all groups but the largest.

    Each smaller group counts once for every alias it meets; the largest is only asked about the aliases
    that one smaller group met.
    """
    sizes = sorted(range(len(groups)), key=lambda i: sum(len(b) for b in groups[i]))
    met = Counter(n for i in sizes[:-1] for n in set().union(*groups[i]))
    largest = groups[sizes[-1]]
    return {n for n, times in met.items() if times >= 2 or any(n in b for b in largest)}
