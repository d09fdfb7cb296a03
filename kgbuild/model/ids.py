"""Deterministic ids: the same input always yields the same id, so re-runs are no-ops."""

from __future__ import annotations

import hashlib
import unicodedata


def stable_hash(*parts: str) -> str:
    """A short, stable digest of the parts (order matters; the separator cannot occur in text)."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:16]


def normalize_text(text: str) -> str:
    """NFC with runs of white space folded, so trivially re-saved copies share an id.

    str.split() splits on exactly the white space a regex matches as \\s, at a quarter of the cost (the writer
    does this for every article it reads).
    """
    return " ".join(unicodedata.normalize("NFC", text).split())


def article_id(text: str, url: str | None = None) -> str:
    """Article id: hash of normalized text, plus the url when given."""
    return "article:" + stable_hash(normalize_text(text), url or "")


def entity_id(kind: str, key: str, wikidata: str | None = None) -> str:
    """Entity id: the Wikidata QID when known, else a hash of kind and canonical key."""
    if wikidata:
        return wikidata
    return "entity:" + stable_hash(kind, key)


def event_id(event_type: str, actors: list[str], targets: list[str], window: str) -> str:
    """Event id: hash of type, participants (order-free) and date window."""
    return "event:" + stable_hash(event_type, ",".join(sorted(actors)), ",".join(sorted(targets)), window)


def claim_id(article: str, start: int, end: int) -> str:
    """Claim id: hash of the article id and the statement's span, so re-ingesting an article adds nothing."""
    return "claim:" + stable_hash(article, str(start), str(end))


def rel_id(rel_type: str, src: str, dst: str, scope: str = "") -> str:
    """Relationship id: one edge per type, endpoints and scope (e.g. the article it came from)."""
    return "rel:" + stable_hash(rel_type, src, dst, scope)
