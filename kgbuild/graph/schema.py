"""The fixed lists of labels and relationship types (DESIGN.md); nothing from input text gets in."""

from __future__ import annotations

from typing import Final

ENTITY_LABELS: Final = ("Person", "Organization", "Country", "Location", "Media", "Other")
BASE_LABELS: Final = ("Article", "Entity", "Event", "Claim")  # every node carries exactly one of these
NODE_LABELS: Final = BASE_LABELS + ENTITY_LABELS
REL_TYPES: Final = (
    "MENTIONS",
    "MENTIONED_IN",
    "ACTOR",
    "TARGET",
    "LOCATION",
    "REPORTED_BY",
    "CITES",
    "PUBLISHED_BY",
    "HOLDS_ROLE",
    "ABOUT",
)


def labels_for(primary: str) -> tuple[str, ...]:
    """All labels of a node: entity kinds also carry Entity; anything unknown is refused."""
    if primary in ENTITY_LABELS:
        return ("Entity", primary)
    if primary in BASE_LABELS and primary != "Entity":
        return (primary,)
    raise ValueError(f"label {primary!r} is not in the fixed list")


def check_rel_type(rel_type: str) -> str:
    """Return the type if it is in the fixed list, else refuse it."""
    if rel_type not in REL_TYPES:
        raise ValueError(f"relationship type {rel_type!r} is not in the fixed list")
    return rel_type
