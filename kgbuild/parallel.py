"""Extraction in worker processes: documents go out in small chunks, a bounded number in flight, results in input order.

The writer (this process) keeps reading and writing while the workers extract, so neither waits for the
other; what comes back is already encoded for the store, so the writer's share of the work stays small.
The writer also prepares each document (language and segments, kgbuild.nlp.prepare) before it goes out, so
only this process imports spaCy: its import is the largest part of a worker's start-up otherwise.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import islice
from time import perf_counter
from multiprocessing.pool import AsyncResult, Pool
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from kgbuild.errors import KgbuildError
from kgbuild.model.document import Document
from kgbuild.model.graph import DocGraph
from kgbuild.extraction import PipelineSpec, Processed
from kgbuild.nlp.prepare import Prepared, prepare

if TYPE_CHECKING:
    from kgbuild.pipeline import Pipeline

G = TypeVar("G")
CHUNK = 8  # documents per task: fewer round trips, still fine-grained enough to balance two workers
CHUNKS_IN_FLIGHT_PER_WORKER = 4  # queued or running: keeps workers busy while the writer commits a batch
Outcome = Processed[G] | KgbuildError
Finish = Callable[[DocGraph], G]
_WORKER: tuple[Pipeline | PipelineSpec, Finish[Any]] | None = None
_BROKEN: list[Exception] = []  # why this worker could not build its pipeline (raised by its first task)
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
    start = perf_counter()
    graph = finish(processed.graph)
    seconds = {**processed.seconds, "encode": perf_counter() - start}
    return Processed(graph, processed.language, processed.mentions, processed.events, seconds)


def _start_worker() -> None:
    """In a new worker: build the pipeline when given only its spec (a failure is kept for the first task to raise,
    since a pool whose initializer raises only restarts the worker, forever)."""
    global _WORKER
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


def _process_chunk(items: list[tuple[Document, Prepared | KgbuildError]]) -> list[Outcome[Any]]:
    """A worker's task: extract a few prepared documents (one the writer could not prepare keeps its error)."""
    _ready()
    assert _WORKER is not None
    pipeline, finish = _WORKER
    assert not isinstance(pipeline, PipelineSpec)
    return [prepared if isinstance(prepared, KgbuildError) else extract(pipeline, finish, doc, prepared)
            for doc, prepared in items]


def _prepared(doc: Document, forced: str) -> Prepared | KgbuildError:
    """The document's language and segments, or why it has none (a result, not a crash, as in extract)."""
    try:
        return prepare(doc, forced)
    except KgbuildError as exc:
        return exc


class Extractor(Generic[G]):
    """Runs the pipeline in-process (1 worker) or in a fork pool; `finish` turns each graph into what the store takes.

    Given a PipelineSpec, each worker builds its own pipeline and this process never holds one (less memory);
    a built Pipeline is inherited by the workers instead.
    """

    def __init__(self, source: Pipeline | PipelineSpec, finish: Finish[G], workers: int = 1) -> None:
        self.source = source
        self.finish = finish
        self.workers = max(1, workers)
        self._pool: Pool | None = None

    def __enter__(self) -> Extractor[G]:
        if self.workers > 1:
            global _WORKER
            _WORKER = self.source, self.finish
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
        global _WORKER
        if self._pool is not None:
            self._pool.terminate() if kind else self._pool.close()
            self._pool.join()
            self._pool = None
            _WORKER = None

    def run(self, docs: Iterable[Document]) -> Iterator[tuple[Document, Outcome[G]]]:
        """(document, outcome) pairs in input order; at most a few chunks of documents are held at once."""
        if self._pool is None:
            pipeline = self.source.build() if isinstance(self.source, PipelineSpec) else self.source
            with _settled_gc():
                for doc in docs:
                    yield doc, extract(pipeline, self.finish, doc)
            return
        with _settled_gc():  # the writer, too, makes many short-lived containers
            yield from self._run_pool(self._pool, iter(docs))

    def _run_pool(self, pool: Pool, docs: Iterator[Document]) -> Iterator[tuple[Document, Outcome[G]]]:
        """Keep the workers fed while handing back finished chunks in order."""
        in_flight: deque[tuple[list[Document], AsyncResult[list[Outcome[G]]]]] = deque()
        limit = CHUNKS_IN_FLIGHT_PER_WORKER * self.workers
        while chunk := list(islice(docs, CHUNK)):
            items = [(doc, _prepared(doc, self.source.lang)) for doc in chunk]
            in_flight.append((chunk, pool.apply_async(_process_chunk, (items,))))
            while len(in_flight) >= limit or (in_flight and in_flight[0][1].ready()):
                yield from _done(*in_flight.popleft())
        while in_flight:
            yield from _done(*in_flight.popleft())


def _done(chunk: list[Document], result: AsyncResult[list[Outcome[G]]]) -> Iterator[tuple[Document, Outcome[G]]]:
    """A chunk's documents with their outcomes (waiting for the chunk if need be)."""
    return zip(chunk, result.get(), strict=True)
