"""Ingest: stream documents through the pipeline into a store; one bad document never stops the others."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kgbuild.errors import InputError, KgbuildError, StoreUnavailableError
from kgbuild.io import Skipped, iter_inputs, load_path
from kgbuild.model.document import Document
from kgbuild.parallel import Extractor, Outcome
from kgbuild.pipeline import Pipeline, Processed
from kgbuild.store.protocol import GraphStore


@dataclass
class IngestReport:
    """What a run did: counts, and every failure and skipped file with its reason."""

    ingested: int = 0
    unchanged: int = 0
    mentions: int = 0
    events: int = 0
    languages: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def add(self, processed: Processed) -> None:
        """Count one written article."""
        self.ingested += 1
        self.mentions += processed.mentions
        self.events += processed.events
        self.languages[processed.language] = self.languages.get(processed.language, 0) + 1
        for stage, spent in processed.seconds.items():
            self.seconds[stage] = self.seconds.get(stage, 0.0) + spent


Progress = Callable[[str, IngestReport], None]
_MAX_IN_FLIGHT = 20_000  # far above a window plus a batch, so memory stays flat on any corpus


@dataclass
class _Pending:
    """Processed articles waiting to be written together, in the store's batch size."""

    items: dict[str, tuple[Processed, str]] = field(default_factory=dict)


def ingest(paths: Iterable[Path], store: GraphStore, pipeline: Pipeline, force: bool = False,
           progress: Progress | None = None, workers: int = 1) -> IngestReport:
    """Stream documents through the pipeline (in `workers` processes) into the store, one writer only.

    Already-stored articles are skipped unless forced. Raises StoreUnavailableError when the store
    goes away: batches written before stay committed.
    """
    report, pending = IngestReport(), _Pending()
    todo = _to_process(paths, store, force, report, progress)
    with Extractor(pipeline, workers) as extractor:
        for doc, outcome in extractor.run(todo):
            _queue(doc, outcome, report, pending)
            if len(pending.items) >= store.batch_size:
                _flush(store, pending, report)
            if progress is not None:
                progress(doc.path, report)
    _flush(store, pending, report)
    return report


def _to_process(paths: Iterable[Path], store: GraphStore, force: bool, report: IngestReport,
                progress: Progress | None) -> Iterator[Document]:
    """Loaded documents that need processing; load errors, skips and unchanged ones are counted here."""
    seen: set[str] = set()  # ids in flight; written ones are caught by has_article
    for item in iter_inputs(paths):
        if isinstance(item, Skipped):
            report.skipped.append(item)
            continue
        for loaded in load_path(item):
            if isinstance(loaded, InputError):
                report.failures.append(str(loaded))
            elif loaded.id in seen or (not force and store.has_article(loaded.id)):
                report.unchanged += 1
            else:
                if len(seen) >= _MAX_IN_FLIGHT:
                    seen.clear()
                seen.add(loaded.id)
                yield loaded
                continue
            if progress is not None:
                progress(str(item), report)


def _queue(doc: Document, outcome: Outcome, report: IngestReport, pending: _Pending) -> None:
    """A processed document waits for the next batch; a failed one is named in the report."""
    if isinstance(outcome, KgbuildError):
        report.failures.append(f"{doc.path}: {outcome}")
    else:
        pending.items[doc.id] = (outcome, doc.path)


def _flush(store: GraphStore, pending: _Pending, report: IngestReport) -> None:
    """Write the queued articles in one batch; when the batch fails, write them one by one to name the bad one."""
    items = list(pending.items.values())
    pending.items.clear()
    if not items:
        return
    try:
        _write(store, items, report)
    except StoreUnavailableError:
        raise
    except KgbuildError as exc:
        if len(items) == 1:
            report.failures.append(f"{items[0][1]}: {exc}")
            return
        for one in items:
            _flush(store, _Pending({one[0].graph.article_id: one}), report)


def _write(store: GraphStore, items: list[tuple[Processed, str]], report: IngestReport) -> None:
    """One write_batch call; the articles count as ingested only once it returns."""
    store.write_batch([(processed.graph, path) for processed, path in items])
    for processed, _path in items:
        report.add(processed)
