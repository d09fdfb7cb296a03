"""The writer's ledger: workers follow its file to exactly the documents committed, and it forgets only what every
worker holds."""

from __future__ import annotations

from pathlib import Path

from kgbuild.learning import Access, Op
from kgbuild.ledger import Follower, Ledger

KOVACS: tuple[Op, ...] = (("nil", "Kovács János", "hu", "Person"),)
YONHAP: tuple[Op, ...] = (("media", "Yonhap", "", ""),)


def test_a_follower_replays_what_was_published_in_order_and_waits_for_the_rest(tmp_path: Path) -> None:
    ledger = Ledger(2, tmp_path / "ledger")
    follower = Follower(tmp_path / "ledger")
    learned: list[tuple[Op, ...]] = []
    ledger.commit(Access(writes=frozenset({1}), ops=KOVACS))
    ledger.commit(Access())
    assert follower.catch_up(learned.append) == 0 and learned == []  # committed, not yet published
    ledger.publish()
    ledger.commit(Access(ops=YONHAP))
    assert follower.catch_up(learned.append) == 2 and learned == [KOVACS]
    ledger.publish()
    ledger.publish()  # nothing new: no record
    assert follower.catch_up(learned.append) == 3 and learned == [KOVACS, YONHAP]
    late = Follower(tmp_path / "ledger")  # a worker that starts later reads everything from the start
    assert late.catch_up(lambda ops: None) == 3
    ledger.close()


def test_a_record_cut_short_is_read_when_it_is_whole(tmp_path: Path) -> None:
    ledger = Ledger(1, tmp_path / "ledger")
    ledger.commit(Access(ops=KOVACS))
    ledger.publish()
    whole = (tmp_path / "ledger").read_bytes()
    (tmp_path / "ledger").write_bytes(whole[:-3])
    follower = Follower(tmp_path / "ledger")
    assert follower.catch_up(lambda ops: None) == 0
    (tmp_path / "ledger").write_bytes(whole)
    assert follower.catch_up(lambda ops: None) == 1
    ledger.close()


def test_what_a_chunk_missed_is_kept_until_every_worker_holds_it(tmp_path: Path) -> None:
    ledger = Ledger(2, tmp_path / "ledger")
    wrote = Access(writes=frozenset({1}), ops=KOVACS)
    for access in (wrote, Access(), wrote):
        ledger.commit(access)
    assert ledger.missed(0, 3) == [wrote, wrote]
    ledger.acknowledge(11, 1)
    assert ledger.missed(0, 3) == [wrote, wrote]  # the other worker has not reported: nothing is forgotten
    ledger.acknowledge(12, 2)
    assert ledger.missed(1, 3) == [wrote]  # document 0 is forgotten: every worker holds it
    assert ledger.missed(2, 2) == []
    ledger.close()
