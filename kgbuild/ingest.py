"""Ingest: stream documents through the pipeline into a store; one bad document never stops the others."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from kgbuild.errors import InputError, KgbuildError, StoreUnavailableError
from kgbuild.io import Skipped, iter_inputs, load_path
from kgbuild.model.document import Document
from kgbuild.model.graph import DocGraph
from kgbuild.parallel import Extractor, Finish, Outcome
from kgbuild.extraction import PipelineSpec, Processed
from kgbuild.store.encoded import GraphEncoder
from kgbuild.store.protocol import EncodedStore, GraphStore

if TYPE_CHECKING:
    from kgbuild.pipeline import Pipeline

G = TypeVar("G")


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
    redone: int = 0  # articles a worker extracted without learning they read, extracted again on the exact state

    def add(self, processed: Processed[Any]) -> None:
        """Count one written article."""
        self.ingested += 1
        self.mentions += processed.mentions
        self.events += processed.events
        self.languages[processed.language] = self.languages.get(processed.language, 0) + 1
        for stage, spent in processed.seconds.items():
            self.seconds[stage] = self.seconds.get(stage, 0.0) + spent


Progress = Callable[[str, IngestReport], None]
_MAX_IN_FLIGHT = 20_000  # far above the documents in flight plus a batch, so memory stays flat on any corpus


@dataclass
class _Batch(Generic[G]):
    """Processed articles waiting to be written together, in the store's batch size."""

    write: Callable[[Sequence[tuple[G, str]]], None]
    report: IngestReport
    items: dict[str, tuple[Processed[G], str]] = field(default_factory=dict)

    def queue(self, doc: Document, outcome: Outcome[G]) -> None:
        """A processed document waits for the next batch; a failed one is named in the report."""
        if isinstance(outcome, KgbuildError):
            self.report.failures.append(f"{doc.path}: {outcome}")
        else:
            self.items[doc.id] = (outcome, doc.path)

    def flush(self) -> None:
        """Write the queued articles in one batch; when the batch fails, write them one by one to name the bad one."""
        items = list(self.items.values())
        self.items.clear()
        if items:
            self._write(items)

    def _write(self, items: list[tuple[Processed[G], str]]) -> None:
        """One write call; the articles count as ingested only once it returns."""
        try:
            self.write([(processed.graph, path) for processed, path in items])
        except StoreUnavailableError:
            raise
        except KgbuildError as exc:
            if len(items) == 1:
                self.report.failures.append(f"{items[0][1]}: {exc}")
                return
            for one in items:
                self._write([one])
            return
        for processed, _path in items:
            self.report.add(processed)


def ingest(paths: Iterable[Path], store: GraphStore, pipeline: Pipeline | PipelineSpec, force: bool = False,
           progress: Progress | None = None, workers: int = 1, report: IngestReport | None = None) -> IngestReport:
    """Stream documents through the pipeline (in `workers` processes) into the store, one writer only.

    Already-stored articles are skipped unless forced. Raises StoreUnavailableError when the store
    goes away: batches written before stay committed. Given a PipelineSpec, only the workers build a pipeline.
    `report`, when given, is the one filled (a caller interrupted mid-run still has what it holds so far).
    """
    report = IngestReport() if report is None else report
    if isinstance(store, EncodedStore):  # the workers encode, so the single writer does less
        return _ingest(paths, store, pipeline, force, progress, workers, GraphEncoder(), store.write_encoded, report)
    return _ingest(paths, store, pipeline, force, progress, workers, _as_built, store.write_batch, report)


def _as_built(graph: DocGraph) -> DocGraph:
    """The graph as assembly left it (for stores that take DocGraphs)."""
    return graph


def _ingest(paths: Iterable[Path], store: GraphStore, pipeline: Pipeline | PipelineSpec, force: bool,
            progress: Progress | None, workers: int, finish: Finish[G],
            write: Callable[[Sequence[tuple[G, str]]], None], report: IngestReport) -> IngestReport:
    """ingest() for one kind of finished graph."""
    batch = _Batch(write, report)
    todo = _to_process(paths, store, force, report, progress)
    with Extractor(pipeline, finish, workers) as extractor:
        for doc, outcome in extractor.run(todo):
            batch.queue(doc, outcome)
            if len(batch.items) >= store.batch_size:
                batch.flush()
            if progress is not None:
                progress(doc.path, report)
        report.redone = extractor.redone
    batch.flush()
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
