"""Mentions: a span of text that names an entity, and how it was resolved."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Mention:
    """A resolved span; body[start:end] == surface; suffix is the folded case ending that was stripped."""

    start: int
    end: int
    surface: str
    sentence: int
    entity_id: str
    score: float
    method: str
    explanation: str
    suffix: str = ""
