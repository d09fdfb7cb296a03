"""How a node looks in Gephi: a fixed colour per kind and a size that grows with its mention count."""

from __future__ import annotations

import math
from datetime import date

from kgbuild.model.graph import PropValue

# Tableau 10: colour-blind safe, one hue per kind; the same kind always gets the same colour.
PALETTE: dict[str, tuple[int, int, int]] = {
    "Person": (225, 87, 89),
    "Organization": (78, 121, 167),
    "Country": (89, 161, 79),
    "Location": (237, 201, 72),
    "Media": (176, 122, 161),
    "Other": (186, 176, 172),
    "Article": (156, 117, 95),
    "Event": (242, 142, 43),
    "Claim": (118, 183, 178),
}
MIN_SIZE = 10.0  # Gephi's default node size: unmentioned nodes look as they would without sizes
MAX_SIZE = 50.0


def color(kind: str) -> tuple[int, int, int]:
    """The kind's colour (anything unknown looks like Other)."""
    return PALETTE.get(kind, PALETTE["Other"])


def size(mentions: int, most: int) -> float:
    """Area grows with mentions (square root), from MIN_SIZE for none to MAX_SIZE for the most mentioned."""
    if mentions <= 0 or most <= 0:
        return MIN_SIZE
    return round(MIN_SIZE + (MAX_SIZE - MIN_SIZE) * math.sqrt(min(mentions, most) / most), 2)


def iso_day(value: PropValue) -> str | None:
    """A YYYY-MM-DD date when the value is one (timelines need real dates), else None."""
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat() if len(value) >= 10 else None
    except ValueError:
        return None
