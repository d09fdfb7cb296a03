"""Events, who asserts them, citation chains and roles, each with provenance."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True, slots=True)
class Attribution:
    """Who asserts an event: the reporter entity, the verb used and where it was read."""

    reporter_id: str
    verb: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class Citation:
    """A reporter citing an earlier source (Yonhap cites the NIS)."""

    source_id: str
    cited_id: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True, slots=True)
class RoleClaim:
    """An apposition such as 'Gerasimov, chief of the Russian General Staff'."""

    person_id: str
    org_id: str
    title: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, where and when, as read from one sentence."""

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
    date: date | None = None
    date_precision: str | None = None
    modality: str = "asserted"
    quantity: float | None = None
    summary: str = ""
    segment_kind: str = "body"
    attributions: tuple[Attribution, ...] = field(default=())
