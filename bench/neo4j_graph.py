"""A generated news graph for the Neo4j write benchmark: realistic shapes, deterministic, any size."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import get_args

from kgbuild.model.entity import EntityKind
from kgbuild.model.graph import DocGraph, Node, PropValue, Rel
from kgbuild.model.ids import article_id, entity_id, event_id, rel_id

KINDS: tuple[EntityKind, ...] = get_args(EntityKind)
EVENT_TYPES = ("MOBILIZE", "ASSAULT", "AID", "CONSULT", "COERCE", "SANCTION", "CONCEDE")


def entities(count: int, rng: random.Random) -> list[Node]:
    """A pool of entities with aliases, the way the gazetteer fills them."""
    pool = []
    for i in range(count):
        kind = KINDS[i % len(KINDS)]
        name = f"{kind} {i:05d}"
        props: dict[str, PropValue] = {
            "name": name, "kind": kind, "wikidata": None, "native_name": None, "resolved": "gazetteer",
            "aliases": sorted({f"{name} alias {k}" for k in range(rng.randint(0, 4))}),
        }
        pool.append(Node(entity_id(kind, f"{kind.lower()}/{i}"), kind, props))
    return pool


def article(i: int, pool: list[Node], rng: random.Random, mentions: int = 8, events: int = 3) -> DocGraph:
    """One article: 8 MENTIONS, 3 events (MENTIONED_IN, ACTOR, TARGET, LOCATION, REPORTED_BY), a publisher."""
    aid = article_id(f"generated article {i}")
    nodes = [Node(aid, "Article", {"title": f"Article {i}", "url": None, "source": "Bench Wire",
                                   "published": f"2025-{1 + i % 12:02d}-{1 + i % 28:02d}", "language": "en",
                                   "path": f"bench/{i}.txt", "external_id": str(i), "length": 2000})]
    chosen = _pick(pool, mentions, rng)
    nodes += chosen
    rels = [_mention(aid, node, k) for k, node in enumerate(chosen)]
    for e in range(events):
        actor, target, place, source = (chosen[(e + k) % len(chosen)].id for k in range(4))
        eid = event_id(EVENT_TYPES[(i + e) % len(EVENT_TYPES)], [actor], [target], f"{aid}/{e}")
        nodes.append(Node(eid, "Event", {"type": EVENT_TYPES[(i + e) % len(EVENT_TYPES)], "mode": "generated",
                                         "date": nodes[0].props["published"], "date_precision": "day",
                                         "modality": "asserted", "quantity": None, "summary": f"event {i}/{e}",
                                         "confidence": 0.8, "teaser_only": False}))
        rels.append(Rel(rel_id("MENTIONED_IN", eid, aid, aid), "MENTIONED_IN", eid, aid,
                        {"sentence": e, "start": 100 * e, "end": 100 * e + 80, "rule": "bench", "trigger": "sent"}))
        for rel_type, dst in (("ACTOR", actor), ("TARGET", target), ("LOCATION", place)):
            rels.append(Rel(rel_id(rel_type, eid, dst), rel_type, eid, dst))
        rels.append(Rel(rel_id("REPORTED_BY", eid, source, aid), "REPORTED_BY", eid, source,
                        {"verb": "reported", "article": aid, "start": 100 * e, "end": 100 * e + 20, "rule": "bench"}))
    rels.append(Rel(rel_id("PUBLISHED_BY", aid, chosen[0].id), "PUBLISHED_BY", aid, chosen[0].id))
    return DocGraph(aid, tuple(nodes), tuple(rels))


def _pick(pool: list[Node], count: int, rng: random.Random) -> list[Node]:
    """Distinct entities, skewed towards the first ones (a few actors dominate the news)."""
    chosen: dict[str, Node] = {}
    while len(chosen) < count:
        node = pool[min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1)] if rng.random() < 0.5 else rng.choice(pool)
        chosen.setdefault(node.id, node)
    return list(chosen.values())


def _mention(aid: str, node: Node, k: int) -> Rel:
    """A MENTIONS edge with surfaces and spans (a list of pairs, stored as JSON text in Neo4j)."""
    surfaces = [str(node.props["name"])] * (1 + k % 3)
    spans = [[10 * j, 10 * j + len(surfaces[0])] for j in range(len(surfaces))]
    return Rel(rel_id("MENTIONS", aid, node.id, aid), "MENTIONS", aid, node.id,
               {"count": len(surfaces), "surfaces": surfaces, "spans": spans, "methods": ["alias"], "min_score": 0.9})


def generate(articles: int, pool_size: int = 2000, seed: int = 7) -> Iterator[DocGraph]:
    """The same graph for the same arguments."""
    rng = random.Random(seed)
    pool = entities(pool_size, rng)
    for i in range(articles):
        yield article(i, pool, rng)
