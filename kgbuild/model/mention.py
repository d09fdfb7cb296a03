"""Mentions: a span of text that names an entity, and how it was resolved."""

from __future__ import annotations

from kgbuild.model.record import Record


class Mention(Record):
    """A resolved span; body[start:end] == surface; suffix is the folded case ending that was stripped."""

    FIELDS = ("start", "end", "surface", "sentence", "entity_id", "score", "method", "explanation", "suffix")

    def __init__(self, start: int, end: int, surface: str, sentence: int, entity_id: str, score: float, method: str,
                 explanation: str, suffix: str = "") -> None:
        self.start = start
        self.end = end
        self.surface = surface
        self.sentence = sentence
        self.entity_id = entity_id
        self.score = score
        self.method = method
        self.explanation = explanation
        self.suffix = suffix

    def values(self) -> tuple[object, ...]:
        """The fields' values, in FIELDS order."""
        return (self.start, self.end, self.surface, self.sentence, self.entity_id, self.score, self.method,
                self.explanation, self.suffix)

    def resolved_to(self, entity_id: str, method: str) -> Mention:
        """The same span resolved to another entity, by another method."""
        return Mention(self.start, self.end, self.surface, self.sentence, entity_id, self.score, method,
                       self.explanation, self.suffix)
