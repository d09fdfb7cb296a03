"""The writer's ledger of committed learning (kgbuild.learning), kept in a file the workers follow.

The writer appends, after each chunk it commits, how many documents are final and what they learned; a worker
reads what is new before each chunk, so it extracts on everything committed by then rather than on what was
committed when the chunk was sent. The fewer committed documents a worker has not seen, the fewer it redoes.
A record is a 4-byte length and a pickle; a reader stops at a record not yet complete and reads it next time.
"""

from __future__ import annotations

import pickle
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from kgbuild.learning import Access, Op

_LENGTH = 4
Record = tuple[int, list[tuple[Op, ...]]]  # (documents final, the learning of those made final since the last one)


class Ledger:
    """What the workers are sent (the file) and what a result is checked by (the recent writes)."""

    def __init__(self, workers: int, path: Path) -> None:
        self.workers = workers
        self.path = path
        self.count = 0  # documents committed
        self._out: BinaryIO = path.open("wb")
        self._pending: list[tuple[Op, ...]] = []
        self._published = 0
        self.recent: deque[tuple[int, Access]] = deque()  # committed documents that wrote learned state, by seq
        self.acked: dict[int, int] = {}  # worker pid -> documents its state held for its latest chunk committed

    def commit(self, access: Access) -> None:
        """The next document in input order is final."""
        if access.writes or access.written_forms:
            self.recent.append((self.count, access))
        self._pending.append(access.ops)
        self.count += 1

    def publish(self) -> None:
        """Append the documents made final since the last call, for the workers to replay."""
        if self.count == self._published:
            return
        record = pickle.dumps((self.count, [ops for ops in self._pending if ops]), pickle.HIGHEST_PROTOCOL)
        self._out.write(len(record).to_bytes(_LENGTH, "little") + record)
        self._out.flush()
        self._pending.clear()
        self._published = self.count

    def acknowledge(self, pid: int, base: int) -> None:
        """A worker's chunk is being committed: it held `base` documents' learning, and will never hold fewer."""
        self.acked[pid] = base
        floor = min(self.acked.values()) if len(self.acked) >= self.workers else 0
        while self.recent and self.recent[0][0] < floor:
            self.recent.popleft()

    def missed(self, base: int, first: int) -> list[Access]:
        """The learning of committed documents a chunk starting at `first` was extracted without."""
        return [access for seq, access in self.recent if base <= seq < first]

    def close(self) -> None:
        """Stop writing (the file goes with its folder)."""
        self._out.close()


class Follower:
    """A worker's place in the ledger file: how many committed documents' learning its pipeline holds."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.applied = 0
        self._offset = 0
        self._in: BinaryIO | None = None

    def catch_up(self, learn: Callable[[tuple[Op, ...]], None]) -> int:
        """Replay every complete record not read yet, in order; the number of documents now held."""
        if self._in is None:
            self._in = self.path.open("rb")
        self._in.seek(self._offset)
        data = self._in.read()
        at = 0
        while at + _LENGTH <= len(data):
            size = int.from_bytes(data[at:at + _LENGTH], "little")
            if at + _LENGTH + size > len(data):
                break
            count, learned = pickle.loads(data[at + _LENGTH:at + _LENGTH + size])
            for ops in learned:
                learn(ops)
            self.applied = count
            at += _LENGTH + size
        self._offset += at
        return self.applied
