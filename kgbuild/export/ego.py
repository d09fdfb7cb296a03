"""Ego networks: find the node a user names (by name, alias or id), then everything within N hops of it."""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import process

from kgbuild.errors import UsageError
from kgbuild.export.source import GraphSource, display_label
from kgbuild.graph.schema import ENTITY_LABELS
from kgbuild.model.graph import Node, Rel
from kgbuild.resolve.normalize import fold

_NAME_KEYS = ("name", "native_name")
_ALIAS_KEYS = ("aliases",)


def find_node(source: GraphSource, name: str, keep: set[str]) -> str:
    """The id of the one node `name` means: an id or QID first, then entity names, then aliases."""
    tiers: tuple[list[Node], list[Node], list[Node]] = ([], [], [])
    wanted = " ".join(fold(name).split())
    for node in source.nodes():
        tier = _match_tier(node, name, wanted)
        if tier is not None:
            tiers[tier].append(node)
    best = next((nodes for nodes in tiers if nodes), [])
    if not best:
        raise UsageError(f"--entity {name!r}: no node has that name, alias or id{_suggest(source, name)}")
    if len(best) > 1:
        options = "; ".join(f"{display_label(n)} ({n.label}, id {n.id})" for n in best[:5])
        raise UsageError(f"--entity {name!r} is ambiguous: {options} (give the id instead)")
    if best[0].id not in keep:
        raise UsageError(f"--entity {name!r} ({best[0].label}) is left out by --kind/--since/--until/--min-mentions")
    return best[0].id


def _match_tier(node: Node, raw: str, wanted: str) -> int | None:
    """0 for an id or Wikidata match, 1 for an entity name, 2 for an alias, None for no match."""
    if raw in (node.id, node.props.get("wikidata")):
        return 0
    if node.label not in ENTITY_LABELS:
        return None
    if any(_folded(node.props.get(k)) == wanted for k in _NAME_KEYS):
        return 1
    if any(wanted == _folded(alias) for k in _ALIAS_KEYS for alias in _strings(node.props.get(k))):
        return 2
    return None


def _folded(value: object) -> str | None:
    """A text value folded for comparison (case, accents, spacing)."""
    return " ".join(fold(value).split()) if isinstance(value, str) else None


def _strings(value: object) -> list[str]:
    """The strings of a list property."""
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _suggest(source: GraphSource, name: str) -> str:
    """'; did you mean ...' with the closest entity names, or nothing."""
    names = sorted({display_label(n) for n in source.nodes() if n.label in ENTITY_LABELS})
    close = [match for match, _score, _i in process.extract(name, names, limit=3, score_cutoff=60)]
    return f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""


def neighbourhood(rels: Iterable[Rel], keep: set[str], centre: str, hops: int) -> set[str]:
    """Nodes within `hops` steps of the centre, in either direction, through kept nodes only."""
    adjacent: dict[str, set[str]] = {}
    for rel in rels:
        if rel.src in keep and rel.dst in keep:
            adjacent.setdefault(rel.src, set()).add(rel.dst)
            adjacent.setdefault(rel.dst, set()).add(rel.src)
    reached, frontier = {centre}, {centre}
    for _ in range(hops):
        frontier = {n for node in frontier for n in adjacent.get(node, ())} - reached
        reached |= frontier
    return reached
