"""`kgbuild export` options that choose what to export (subgraph, projection) and the Gephi flavour."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

import click

from kgbuild.export import PROJECTIONS, SubgraphSpec
from kgbuild.graph.schema import NODE_LABELS

R = TypeVar("R")

_OPTIONS = (
    click.option("--since", metavar="YYYY-MM-DD", help="Only events dated on or after this day."),
    click.option("--until", metavar="YYYY-MM-DD", help="Only events dated on or before this day."),
    click.option("--kind", "kinds", multiple=True, metavar="KIND",
                 type=click.Choice(NODE_LABELS, case_sensitive=False),
                 help=f"Only nodes of this kind: {', '.join(NODE_LABELS)} (Entity = every entity kind); repeatable."),
    click.option("--entity", metavar="NAME", help="Only the ego network of this entity (name, alias or id)."),
    click.option("--hops", type=int, default=None, help="Ego network radius for --entity (default 1)."),
    click.option("--min-mentions", type=click.IntRange(min=0), default=0,
                 help="Only entities mentioned at least N times (articles and events stay)."),
    click.option("--project", "projection", type=click.Choice(PROJECTIONS), default=None,
                 help="actors: actor-actor network weighted by shared events (ACTOR/TARGET)."),
    click.option("--gephi", is_flag=True,
                 help="GraphML flavour for Gephi: edge kinds, colours, sizes (not valid against the XSD)."),
)


def view_options(func: Callable[..., R]) -> Callable[..., R]:
    """Add the options; the command receives them as `spec` (SubgraphSpec), `projection` and `gephi`."""

    @functools.wraps(func)
    def wrapper(*args: Any, since: str | None, until: str | None, kinds: tuple[str, ...], entity: str | None,
                hops: int | None, min_mentions: int, **kwargs: Any) -> R:
        labels = tuple(_canonical(k) for k in kinds)
        spec = SubgraphSpec(since=since, until=until, kinds=labels, entity=entity, hops=hops,
                            min_mentions=min_mentions)
        return func(*args, spec=spec, **kwargs)

    decorated: Callable[..., R] = wrapper
    for option in reversed(_OPTIONS):
        decorated = option(decorated)
    return decorated


def _canonical(kind: str) -> str:
    """The label as spelled in the graph (click accepted any case)."""
    return next(label for label in NODE_LABELS if label.lower() == kind.lower())
