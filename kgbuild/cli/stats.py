"""`kgbuild stats`: what the graph holds, as a table or JSON."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kgbuild.cli.backends import open_source
from kgbuild.cli.errors import handle_errors
from kgbuild.cli.options import neo4j_option, store_option
from kgbuild.stats import TOP, GraphStats, graph_stats


@click.command("stats")
@store_option
@neo4j_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@handle_errors
def stats_cli(store: Path | None, neo4j: str | None, as_json: bool) -> None:
    """Summarize the graph: nodes, relationships, top entities, reporters, event types and claims."""
    with open_source(store, neo4j) as db:
        stats = graph_stats(db)
    if as_json:
        click.echo(json.dumps(stats.as_dict(), ensure_ascii=False, indent=2))
    else:
        click.echo(render(stats))


def render(stats: GraphStats) -> str:
    """Plain-text tables, one section a topic."""
    sections = [
        _table("nodes", sorted(stats.nodes.items())),
        _table("relationships", sorted(stats.relationships.items())),
        _table(f"top {TOP} entities (mentions)", [(f"{n} [{stats.kinds.get(n, '?')}]", c) for n, c in stats.mentions.most_common(TOP)]),
        _table("events by type", stats.event_types.most_common()),
        _table(f"top {TOP} reporters (events)", stats.reporters.most_common(TOP)),
        _table(f"top {TOP} reporters (claims without an event type)", stats.claim_reporters.most_common(TOP)),
    ]
    return "\n\n".join(sections)


def _table(title: str, rows: list[tuple[str, int]]) -> str:
    """A titled two-column table with right-aligned counts."""
    width = max([len(title)] + [len(name) for name, _ in rows])
    lines = [title, "-" * (width + 8)]
    lines += [f"{name:<{width}} {count:>7}" for name, count in rows] or ["(none)"]
    return "\n".join(lines)
