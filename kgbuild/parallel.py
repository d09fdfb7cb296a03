"""Extraction in worker processes: documents go out in small chunks, a bounded number in flight, results in input order.

The writer (this process) keeps reading and writing while the workers extract, so neither waits for the
other; what comes back is already encoded for the store, so the writer's share of the work stays small.
The writer also prepares each document (language and segments, kgbuild.nlp.prepare) before it goes out, so
only this process imports spaCy: its import is the largest part of a worker's start-up otherwise.

Results equal a one-worker run (kgbuild.learning): a worker extracts a chunk on the learned state of the documents
committed when it started (plus the chunk's own), then undoes the chunk's learning and later replays what the
writer committed, in input order. The writer accepts a document when none of the committed documents the worker
had not seen wrote anything it read, and otherwise has it extracted again on the exact state.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import tempfile
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from pathlib import Path
from time import perf_counter
from multiprocessing.pool import AsyncResult, Pool
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from kgbuild.errors import InternalError, KgbuildError
from kgbuild.model.document import Document
from kgbuild.model.graph import DocGraph
from kgbuild.extraction import PipelineSpec, Processed
from kgbuild.learning import NOTHING, Access, stale
from kgbuild.ledger import Follower, Ledger
from kgbuild.nlp.prepare import Prepared, prepare

if TYPE_CHECKING:
    from kgbuild.pipeline import Pipeline

G = TypeVar("G")
CHUNK = 8  # documents per task: fewer round trips, still fine-grained enough to balance two workers
CHUNKS_IN_FLIGHT_PER_WORKER = 4  # queued or running: keeps workers busy while the writer commits a batch
Outcome = Processed[G] | KgbuildError
Finish = Callable[[DocGraph], G]
Item = tuple[Document, Prepared | KgbuildError]
Task = tuple[int, list[Item]]  # (seq of the first document, the documents)
Done = tuple[int, int, list[tuple[Outcome[Any], Access]]]  # (worker pid, documents its state held, outcomes)
_WORKER: tuple[Pipeline | PipelineSpec, Finish[Any]] | None = None
_BROKEN: list[Exception] = []  # why this worker could not build its pipeline (raised by its first task)
_FOLLOWER: Follower | None = None  # a worker's place in the writer's ledger file (each worker has its own copy)
# Collect young objects every 20,000 allocations, not 700: extraction makes many short-lived containers and few
# cycles, so the default thresholds spent ~0.7 ms of CPU per article in the collector (0.06 ms with these).
GC_THRESHOLDS = (20_000, 50, 1_000)


def default_workers() -> int:
    """The number of cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def extract(pipeline: Pipeline, finish: Finish[G], doc: Document, prepared: Prepared | None = None) -> Outcome[G]:
    """Run the pipeline on one document and finish its graph; a KgbuildError is a result, not a crash."""
    try:
        processed = pipeline.process(doc, prepared)
    except KgbuildError as exc:
        return exc
    return _finished(finish, processed)


def _finished(finish: Finish[G], processed: Processed[DocGraph]) -> Processed[G]:
    """The processed document with its graph finished (encoded for the store), the time that took added."""
    start = perf_counter()
    graph = finish(processed.graph)
    seconds = {**processed.seconds, "encode": perf_counter() - start}
    return Processed(graph, processed.language, processed.mentions, processed.events, seconds)


def _start_worker() -> None:
    """In a new worker: build the pipeline when given only its spec (a failure is kept for the first task to raise,
    since a pool whose initializer raises only restarts the worker, forever)."""
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the writer stops the pool
    assert _WORKER is not None
    source, finish = _WORKER
    if isinstance(source, PipelineSpec):
        try:
            _WORKER = source.build(), finish
        except Exception as exc:  # noqa: BLE001 - handed to the parent, which raises it
            _BROKEN.append(exc)
    _settle_gc()


def _settle_gc() -> None:
    """Freeze what exists now (the pipeline lives for the whole run, so full collections need not walk its
    gazetteer index) and collect less often."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


@contextmanager
def _settled_gc() -> Iterator[None]:
    """_settle_gc() for this process while it extracts or writes, undone afterwards (the caller lives on)."""
    thresholds = gc.get_threshold()
    _settle_gc()
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


def _ready() -> None:
    """A worker's first task: raise why it could not build its pipeline, if it could not."""
    if _BROKEN:
        raise _BROKEN[0]


def _process_chunk(task: Task) -> Done:
    """A worker's task: catch up with the committed learning, then extract a few prepared documents on it and undo
    what they learned (one the writer could not prepare keeps its error)."""
    _ready()
    assert _WORKER is not None
    pipeline, finish = _WORKER
    assert not isinstance(pipeline, PipelineSpec)
    first, items = task
    assert _FOLLOWER is not None
    base = _FOLLOWER.catch_up(pipeline.learn)
    from kgbuild.resolve.journal import attach, detach  # here: the writer never imports the resolver

    journal = attach(pipeline.index, pipeline.nil)
    start = journal.mark()
    try:
        done = [(prepared, NOTHING) if isinstance(prepared, KgbuildError)
                else _tracked(pipeline.process_tracked(doc, prepared, journal), finish) for doc, prepared in items]
    finally:
        journal.undo_to(start)
        detach(pipeline.index, pipeline.nil)
    return os.getpid(), base, done


def _tracked(result: tuple[Processed[DocGraph] | KgbuildError, Access], finish: Finish[G]) -> tuple[Outcome[G], Access]:
    """A tracked document's outcome, its graph finished."""
    outcome, access = result
    return (outcome if isinstance(outcome, KgbuildError) else _finished(finish, outcome)), access


def _prepared(doc: Document, forced: str) -> Prepared | KgbuildError:
    """The document's language and segments, or why it has none (a result, not a crash, as in extract)."""
    try:
        return prepare(doc, forced)
    except KgbuildError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - a bug fails this document only, as in Pipeline.process
        return InternalError.of(exc)


class Extractor(Generic[G]):
    """Runs the pipeline in-process (1 worker) or in a fork pool; `finish` turns each graph into what the store takes.

    Given a PipelineSpec, each worker builds its own pipeline and this process never holds one (less memory);
    a built Pipeline is inherited by the workers instead.
    """

    def __init__(self, source: Pipeline | PipelineSpec, finish: Finish[G], workers: int = 1) -> None:
        self.source = source
        self.finish = finish
        self.workers = max(1, workers)
        self.redone = 0  # documents extracted again because their worker had not seen learning they read
        self._pool: Pool | None = None
        self._folder: tempfile.TemporaryDirectory[str] | None = None  # holds the ledger file the workers follow
        self._ledger: Ledger | None = None  # kept across runs, as a one-worker pipeline keeps what it learned

    def __enter__(self) -> Extractor[G]:
        if self.workers > 1:
            global _WORKER, _FOLLOWER
            _WORKER = self.source, self.finish
            self._folder = tempfile.TemporaryDirectory(prefix="kgbuild-ledger-")
            path = Path(self._folder.name) / "ledger"
            self._ledger = Ledger(self.workers, path)
            _FOLLOWER = Follower(path)
            gc.collect()
            gc.freeze()  # inherited objects stay shared: the workers' collections no longer touch them
            try:
                self._pool = multiprocessing.get_context("fork").Pool(self.workers, initializer=_start_worker)
            finally:
                gc.unfreeze()
            try:
                self._pool.apply(_ready)  # a bad gazetteer fails the run here, as it would in one process
            except BaseException:
                self.__exit__(Exception, None, None)
                raise
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        global _WORKER, _FOLLOWER
        if self._pool is not None:
            self._pool.terminate() if kind else self._pool.close()
            self._pool.join()
            self._pool = None
            _WORKER = _FOLLOWER = None
        if self._ledger is not None:
            self._ledger.close()
            self._ledger = None
        if self._folder is not None:
            self._folder.cleanup()
            self._folder = None

    def run(self, docs: Iterable[Document]) -> Iterator[tuple[Document, Outcome[G]]]:
        """(document, outcome) pairs in input order; at most a few chunks of documents are held at once. A second run
        goes on from what the first learned, with one worker or several."""
        if self._pool is None:
            if isinstance(self.source, PipelineSpec):
                self.source = self.source.build()
            pipeline = self.source
            with _settled_gc():
                for doc in docs:
                    yield doc, extract(pipeline, self.finish, doc)
            return
        with _settled_gc():  # the writer, too, makes many short-lived containers
            yield from self._run_pool(self._pool, iter(docs))

    def _run_pool(self, pool: Pool, docs: Iterator[Document]) -> Iterator[tuple[Document, Outcome[G]]]:
        """Keep the workers fed while handing back finished chunks in order."""
        in_flight: deque[tuple[int, list[Item], AsyncResult[Done]]] = deque()
        limit = CHUNKS_IN_FLIGHT_PER_WORKER * self.workers
        ledger = self._ledger
        assert ledger is not None
        seq = ledger.count  # a second run goes on from the first: the workers hold its learning
        while chunk := list(islice(docs, CHUNK)):
            items = [(doc, _prepared(doc, self.source.lang)) for doc in chunk]
            in_flight.append((seq, items, pool.apply_async(_process_chunk, ((seq, items),))))
            seq += len(items)
            while len(in_flight) >= limit or (in_flight and in_flight[0][2].ready()):
                yield from self._commit(pool, ledger, *in_flight.popleft())
        while in_flight:
            yield from self._commit(pool, ledger, *in_flight.popleft())

    def _commit(self, pool: Pool, ledger: Ledger, first: int, items: list[Item], result: AsyncResult[Done]
                ) -> Iterator[tuple[Document, Outcome[G]]]:
        """A chunk's documents with their outcomes, each checked against what its worker had not seen (and extracted
        again on the exact state when that touched what it read)."""
        pid, base, outcomes = result.get()
        ledger.acknowledge(pid, base)
        missed = ledger.missed(base, first)
        for offset, (item, (outcome, access)) in enumerate(zip(items, outcomes, strict=True)):
            if stale(access, missed):
                redone, exact = self._redo(pool, ledger, first + offset, item)
                missed = missed + [access, exact]  # what the chunk's later documents saw differs in both directions
                outcome, access = redone, exact
                self.redone += 1
            ledger.commit(access)
            yield item[0], outcome
        ledger.publish()

    def _redo(self, pool: Pool, ledger: Ledger, seq: int, item: Item) -> tuple[Outcome[G], Access]:
        """One document extracted again by a worker that first applies every committed document's learning."""
        ledger.publish()
        _pid, base, outcomes = pool.apply(_process_chunk, ((seq, [item]),))
        assert base == seq, f"a document redone on the learning of {base} documents instead of {seq}"
        return outcomes[0]

