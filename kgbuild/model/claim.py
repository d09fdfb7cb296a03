"""Claims: attributed statements of one article, kept whether or not an event type was recognised in them."""

from __future__ import annotations

from dataclasses import dataclass

from kgbuild.model.event import Attribution, Filler


@dataclass(frozen=True, slots=True)
class Claim:
    """What a reporter says in one sentence that no typed event of that sentence already carries.

    `start`/`end` are the statement's offsets (its sentence), `attributions` who says it and where, `about` the
    entities it names besides its reporters (role 'about').
    """

    sentence: int
    start: int
    end: int
    text: str
    attributions: tuple[Attribution, ...]
    about: tuple[Filler, ...] = ()
    modality: str = "asserted"
    confidence: float = 0.8
    rule: str = "claim:sentence"
    segment_kind: str = "body"
