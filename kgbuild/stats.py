"""Summaries of a graph: counts by label and type, the most mentioned entities, reporters, event types and claims."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kgbuild.export.source import GraphSource

TOP = 10


@dataclass
class GraphStats:
    """What is in a graph, for the `stats` command and the demo's summary table."""

    nodes: Counter[str] = field(default_factory=Counter)
    relationships: Counter[str] = field(default_factory=Counter)
    mentions: Counter[str] = field(default_factory=Counter)
    reporters: Counter[str] = field(default_factory=Counter)
    event_types: Counter[str] = field(default_factory=Counter)
    claim_reporters: Counter[str] = field(default_factory=Counter)
    kinds: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, object]:
        """JSON-ready form."""
        return {
            "nodes": dict(self.nodes), "relationships": dict(self.relationships),
            "top_entities": [{"name": n, "kind": self.kinds.get(n), "mentions": c} for n, c in self.mentions.most_common(TOP)],
            "top_reporters": [{"name": n, "events": c} for n, c in self.reporters.most_common(TOP)],
            "event_types": dict(self.event_types),
            "top_claim_reporters": [{"name": n, "claims": c} for n, c in self.claim_reporters.most_common(TOP)],
        }


def graph_stats(source: GraphSource) -> GraphStats:
    """Read the graph once for nodes and once for relationships."""
    stats = GraphStats()
    names: dict[str, str] = {}
    claims: set[str] = set()
    for node in source.nodes():
        stats.nodes[node.label] += 1
        if node.label == "Event":
            stats.event_types[str(node.props.get("type"))] += 1
        elif node.label == "Claim":
            claims.add(node.id)
        elif node.label != "Article":
            names[node.id] = str(node.props.get("name"))
            stats.kinds[names[node.id]] = node.label
    for rel in source.rels():
        stats.relationships[rel.type] += 1
        if rel.type == "MENTIONS":
            count = rel.props.get("count")
            stats.mentions[names.get(rel.dst, rel.dst)] += count if isinstance(count, int) else 1
        elif rel.type == "REPORTED_BY":
            (stats.claim_reporters if rel.src in claims else stats.reporters)[names.get(rel.dst, rel.dst)] += 1
    return stats
