"""Helpers for event tests: one-line sentence builders."""

from __future__ import annotations

from kgbuild.events.sentence import Sentence, build_sentence
from kgbuild.model.document import Segment


def bare_sentence(text: str) -> Sentence:
    """A sentence with no mentions (numbers, dates, clause marks do not need names)."""
    return build_sentence(text, Segment(0, 0, len(text), text), [])
