"""Extraction in worker processes: documents go out in bounded windows, results come back in input order."""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator
from itertools import islice
from multiprocessing.pool import Pool
from types import TracebackType

from kgbuild.errors import KgbuildError
from kgbuild.model.document import Document
from kgbuild.pipeline import Pipeline, Processed

WINDOW_PER_WORKER = 32
Outcome = Processed | KgbuildError
_WORKER_PIPELINE: Pipeline | None = None


def default_workers() -> int:
    """The number of cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def _process(doc: Document) -> Outcome:
    """Run the worker's pipeline on one document; a KgbuildError is a result, not a crash."""
    assert _WORKER_PIPELINE is not None
    try:
        return _WORKER_PIPELINE.process(doc)
    except KgbuildError as exc:
        return exc


class Extractor:
    """Runs the pipeline in-process (1 worker) or in a fork pool that inherits the built pipeline."""

    def __init__(self, pipeline: Pipeline, workers: int = 1) -> None:
        self.pipeline = pipeline
        self.workers = max(1, workers)
        self._pool: Pool | None = None

    def __enter__(self) -> Extractor:
        if self.workers > 1:
            global _WORKER_PIPELINE
            _WORKER_PIPELINE = self.pipeline
            self._pool = multiprocessing.get_context("fork").Pool(self.workers)
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        if self._pool is not None:
            self._pool.terminate() if kind else self._pool.close()
            self._pool.join()
            self._pool = None

    def run(self, docs: Iterable[Document]) -> Iterator[tuple[Document, Outcome]]:
        """(document, outcome) pairs in input order; at most a window of documents is held at once."""
        if self._pool is None:
            for doc in docs:
                yield doc, self._one(doc)
            return
        it = iter(docs)
        while window := list(islice(it, WINDOW_PER_WORKER * self.workers)):
            yield from zip(window, self._pool.map(_process, window, chunksize=4))

    def _one(self, doc: Document) -> Outcome:
        """In-process extraction of one document."""
        try:
            return self.pipeline.process(doc)
        except KgbuildError as exc:
            return exc
