"""Events, who asserts them, citation chains and roles, each with provenance (sentence, offsets, rule, confidence)."""

from __future__ import annotations

from dataclasses import dataclass, field
import datetime


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who asserts an event: the reporter entity, the verb used and where it was read."""

    reporter_id: str
    verb: str
    start: int
    end: int
    rule: str
    sentence: int = -1
    confidence: float = 0.8


@dataclass(frozen=True, slots=True)
class Citation:
    """A reporter citing an earlier source (Yonhap cites the NIS)."""

    source_id: str
    cited_id: str
    start: int
    end: int
    rule: str
    sentence: int = -1
    confidence: float = 0.8


@dataclass(frozen=True, slots=True)
class RoleClaim:
    """An apposition such as 'Gerasimov, chief of the Russian General Staff'."""

    person_id: str
    org_id: str
    title: str
    start: int
    end: int
    sentence: int = -1
    rule: str = "apposition"
    confidence: float = 0.8


@dataclass(frozen=True, slots=True)
class Filler:
    """One participant of an event: its role, the entity, the mention's offsets and the rule that placed it."""

    role: str
    entity_id: str
    start: int
    end: int
    rule: str
    confidence: float = 0.8


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, where and when, as read from one clause of one sentence.

    `start`/`end` are the clause's offsets, `trigger_start`/`trigger_end` the trigger word's. Dates have a
    precision: day, week (date = Monday), month, month-part, season, year-part, half-year, year, or
    reported (no date in the text: the article's date).
    """

    type: str
    mode: str
    sentence: int
    start: int
    end: int
    trigger: str
    rule: str
    confidence: float
    actors: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    date: datetime.date | None = None
    date_precision: str | None = None
    modality: str = "asserted"
    quantity: float | None = None
    summary: str = ""
    segment_kind: str = "body"
    attributions: tuple[Attribution, ...] = field(default=())
    quantity_qualifier: str | None = None
    trigger_start: int = -1
    trigger_end: int = -1
    fillers: tuple[Filler, ...] = ()
    date_rule: str = ""
