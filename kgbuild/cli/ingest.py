"""`kgbuild ingest PATH...`: articles in, graph out (embedded store or Neo4j), every bad file named."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Never

import click
from tqdm import tqdm

from kgbuild.cli.backends import check_exclusive, open_sink
from kgbuild.cli.errors import EXIT_FAILED, EXIT_INTERRUPTED, fail, handle_errors
from kgbuild.cli.options import (batch_size_option, gazetteer_option, lang_option, neo4j_option, resolve_store,
                                 store_option, writers_option)
from kgbuild.errors import KgbuildError, UsageError
from kgbuild.ingest import IngestReport, ingest
from kgbuild.io.discover import count_documents
from kgbuild.parallel import default_workers
from kgbuild.extraction import PipelineSpec
from kgbuild.sinks.rows import DEFAULT_BATCH_SIZE
from kgbuild.store.lock import writing
from kgbuild.store.protocol import GraphStore
from kgbuild.store.sqlite import SqliteStore


@click.command("ingest")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@store_option
@neo4j_option
@batch_size_option("Articles", DEFAULT_BATCH_SIZE)
@writers_option
@gazetteer_option
@lang_option
@click.option("--force", is_flag=True, help="Process articles again even when the store already has them.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@click.option("--workers", type=click.IntRange(min=1), default=default_workers(), show_default="number of cores",
              help="Extraction processes; one writer keeps the store consistent, results equal one worker's.")
@handle_errors
def ingest_cli(paths: tuple[Path, ...], store: Path | None, neo4j: str | None, batch_size: int, writers: int,
               gazetteers: tuple[Path, ...], lang: str, force: bool, quiet: bool, workers: int) -> None:
    """Ingest articles (.txt, .md, .html, .jsonl; folders are walked) into the embedded store or Neo4j."""
    check_exclusive(store, neo4j)
    paths, neo4j = split_uri(paths, neo4j)
    with open_target(store, neo4j, batch_size, writers) as (db, name):
        pipeline = PipelineSpec(gazetteers, lang, tuple(db.registry()))
        show = not quiet and sys.stderr.isatty()
        bar = tqdm(total=count_documents(paths) if show else None, unit="doc", disable=not show, file=sys.stderr)
        report = IngestReport()
        try:
            with bar:
                ingest(paths, db, pipeline, force=force, progress=lambda _path, r: _tick(bar, r), workers=workers,
                       report=report)
        except KeyboardInterrupt:
            _interrupted(report, db, name)
        counts = db.counts()
    _report(report, name, counts, quiet)
    if report.failures:
        sys.exit(EXIT_FAILED)


def split_uri(paths: tuple[Path, ...], neo4j: str | None) -> tuple[tuple[Path, ...], str | None]:
    """`--neo4j data/` took a path as its value: give it back to PATHS and use NEO4J_URI."""
    if neo4j and "://" not in neo4j:
        paths, neo4j = (Path(neo4j), *paths), ""
    if not paths:
        raise UsageError("no PATH given (kgbuild ingest PATH... [--store FILE | --neo4j [URI]])")
    return paths, neo4j


@contextmanager
def open_target(store: Path | None, neo4j: str | None, batch_size: int,
                writers: int = 1) -> Iterator[tuple[GraphStore, str]]:
    """The destination and how to name it in the summary."""
    if neo4j is not None:
        with open_sink(neo4j, batch_size, writers) as sink:
            yield sink, f"neo4j {sink.where}"
        return
    path = resolve_store(store)
    with writing(path, lambda: _waiting(path)), SqliteStore(path) as db:
        yield db, str(path)


def _waiting(path: Path) -> None:
    """Say why nothing happens yet: the run starts once the other one has finished."""
    click.echo(f"waiting: another kgbuild ingest is writing {path}; this one starts when it ends", err=True)


def _tick(bar: tqdm[Never], report: IngestReport) -> None:
    """Advance the bar by one document; documents/s and the ETA come from tqdm, the rest from the report."""
    bar.update(1)
    if bar.n % 25 == 0:
        bar.set_postfix(entities=report.mentions, events=report.events, failures=len(report.failures), refresh=False)


def _interrupted(report: IngestReport, db: GraphStore, name: str) -> Never:
    """Ctrl-C: the files named so far, then one line saying what is kept. The count comes from the store itself:
    each batch commits whole, and the interrupt may land after a commit, before the report has counted it."""
    _problems(report)
    try:
        held = f"{name} holds {db.counts()['nodes'].get('Article', 0)} articles, each complete"
    except KgbuildError:
        held = f"what {name} holds stays, each article complete"
    fail(f"interrupted; {held}; run the same command again to ingest the rest", EXIT_INTERRUPTED)


def _problems(report: IngestReport) -> None:
    """Skipped files as warnings and failed documents as errors on stderr, one line each."""
    for skipped in report.skipped:
        click.echo(f"warning: skipped {skipped.path}: {skipped.reason}", err=True)
    for failure in report.failures:
        click.echo(f"error: {failure}", err=True)


def _report(report: IngestReport, name: str, counts: dict[str, dict[str, int]], quiet: bool) -> None:
    """Warnings and errors on stderr, one line each; the summary on stdout."""
    _problems(report)
    if quiet:
        return
    langs = ", ".join(f"{k} {v}" for k, v in sorted(report.languages.items())) or "none"
    nodes, rels = sum(counts["nodes"].values()), sum(counts["relationships"].values())
    click.echo(f"ingested   {report.ingested} articles ({langs}); unchanged {report.unchanged}; "
               f"failed {len(report.failures)}; skipped {len(report.skipped)} files")
    click.echo(f"found      {report.mentions} mentions, {report.events} events")
    if report.redone:
        click.echo(f"workers    {report.redone} articles extracted again: their worker had not seen names learned "
                   "just before them")
    click.echo(f"store      {name}: {nodes} nodes, {rels} relationships")
