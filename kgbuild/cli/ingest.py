"""`kgbuild ingest PATH...`: articles in, graph out, every bad file named."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Never

import click
from tqdm import tqdm

from kgbuild.cli.errors import EXIT_FAILED, handle_errors
from kgbuild.cli.options import gazetteer_option, lang_option, resolve_store, store_option
from kgbuild.ingest import IngestReport, ingest
from kgbuild.pipeline import Pipeline
from kgbuild.store.sqlite import SqliteStore


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@store_option
@gazetteer_option
@lang_option
@click.option("--force", is_flag=True, help="Process articles again even when the store already has them.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary.")
@handle_errors
def ingest_cli(paths: tuple[Path, ...], store: Path | None, gazetteers: tuple[Path, ...], lang: str,
               force: bool, quiet: bool) -> None:
    """Ingest articles (.txt, .md, .html, .jsonl; folders are walked) into the embedded store."""
    path = resolve_store(store)
    with SqliteStore(path) as db:
        pipeline = Pipeline(gazetteers, lang, db.registry())
        bar = tqdm(unit="doc", disable=quiet or not sys.stderr.isatty(), file=sys.stderr)
        with bar:
            report = ingest(paths, db, pipeline, force=force, progress=lambda _path, _r: _tick(bar))
        counts = db.counts()
    _report(report, path, counts, quiet)
    if report.failures:
        sys.exit(EXIT_FAILED)


def _tick(bar: tqdm[Never]) -> None:
    """Advance the progress bar by one document."""
    bar.update(1)


def _report(report: IngestReport, path: Path, counts: dict[str, dict[str, int]], quiet: bool) -> None:
    """Warnings and errors on stderr, one line each; the summary on stdout."""
    for skipped in report.skipped:
        click.echo(f"warning: skipped {skipped.path}: {skipped.reason}", err=True)
    for failure in report.failures:
        click.echo(f"error: {failure}", err=True)
    if quiet:
        return
    langs = ", ".join(f"{k} {v}" for k, v in sorted(report.languages.items())) or "none"
    nodes, rels = sum(counts["nodes"].values()), sum(counts["relationships"].values())
    click.echo(f"ingested   {report.ingested} articles ({langs}); unchanged {report.unchanged}; "
               f"failed {len(report.failures)}; skipped {len(report.skipped)} files")
    click.echo(f"found      {report.mentions} mentions, {report.events} events")
    click.echo(f"store      {path}: {nodes} nodes, {rels} relationships")
