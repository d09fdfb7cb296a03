"""Ingest: stream documents through the pipeline into a store; one bad document never stops the others."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kgbuild.errors import InputError, KgbuildError
from kgbuild.io import Skipped, iter_inputs, load_path
from kgbuild.model.document import Document
from kgbuild.pipeline import Pipeline
from kgbuild.store.sqlite import SqliteStore


@dataclass
class IngestReport:
    """What a run did: counts, and every failure and skipped file with its reason."""

    ingested: int = 0
    unchanged: int = 0
    mentions: int = 0
    events: int = 0
    languages: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


Progress = Callable[[str, IngestReport], None]


def ingest(paths: Iterable[Path], store: SqliteStore, pipeline: Pipeline, force: bool = False,
           progress: Progress | None = None) -> IngestReport:
    """Load, process and write every document; already-stored articles are skipped unless forced."""
    report = IngestReport()
    for item in iter_inputs(paths):
        if isinstance(item, Skipped):
            report.skipped.append(item)
            continue
        for loaded in load_path(item):
            _one(loaded, store, pipeline, force, report)
            if progress is not None:
                progress(str(item), report)
    return report


def _one(loaded: Document | InputError, store: SqliteStore, pipeline: Pipeline, force: bool,
         report: IngestReport) -> None:
    """Handle one loaded document (or its load error)."""
    if isinstance(loaded, InputError):
        report.failures.append(str(loaded))
        return
    if not force and store.has_article(loaded.id):
        report.unchanged += 1
        return
    try:
        processed = pipeline.process(loaded)
        store.write(processed.graph, loaded.path)
    except KgbuildError as exc:
        report.failures.append(f"{loaded.path}: {exc}")
        return
    report.ingested += 1
    report.mentions += processed.mentions
    report.events += processed.events
    report.languages[processed.language] = report.languages.get(processed.language, 0) + 1
