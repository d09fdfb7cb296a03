"""`kgbuild resolve [NAME...]`: names to canonical entities, with the reason for each answer."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from pathlib import Path

import click

from kgbuild.cli.errors import handle_errors
from kgbuild.cli.options import gazetteer_option, lang_option
from kgbuild.pipeline import Pipeline
from kgbuild.resolve.resolver import Resolution


@click.command("resolve")
@click.argument("names", nargs=-1)
@gazetteer_option
@lang_option
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line.")
@handle_errors
def resolve_cli(names: tuple[str, ...], gazetteers: tuple[Path, ...], lang: str, as_json: bool) -> None:
    """Resolve names (or one name a line from stdin) to canonical entities and explain each answer."""
    resolver = Pipeline(gazetteers, lang).resolver
    for name in _names(names):
        answer = resolver.resolve(name, lang)
        click.echo(json.dumps(as_record(name, answer), ensure_ascii=False) if as_json else _line(name, answer))


def _names(names: tuple[str, ...]) -> Iterable[str]:
    """The names given, or the non-empty lines of stdin."""
    if names:
        yield from names
        return
    for line in sys.stdin:
        if line.strip():
            yield line.strip()


def as_record(name: str, answer: Resolution) -> dict[str, object]:
    """The DESIGN.md JSON shape of an answer."""
    entity = answer.entity
    return {
        "input": name, "name": entity.name if entity else None, "id": entity.id if entity else None,
        "kind": entity.kind if entity else None, "wikidata": entity.wikidata if entity else None,
        "score": round(answer.score, 3), "method": answer.method, "explanation": answer.explanation,
    }


def _line(name: str, answer: Resolution) -> str:
    """A tab-separated human line: input, canonical name (or -), score, explanation."""
    canonical = answer.entity.name if answer.entity else "-"
    return f"{name}\t{canonical}\t{answer.score:.2f}\t{answer.explanation}"
