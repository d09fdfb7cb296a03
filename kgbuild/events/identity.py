"""Which reports are the same event: the date window that goes into an Event's id.

An Event id hashes type, actors, targets and a window (kgbuild/model/ids.py), so two reports share a
node exactly when their windows are equal. Ids must not depend on what else is in the store, so the
window is a fixed bucket, not an overlap test; a bucket scheme always splits some neighbours, and we
pick buckets that split rarely where reports of one event usually land:

- day, week and reported (undated: the article's date) → the ISO week. A meeting "on Wednesday" and
  a next-day report that gives no date merge; an event on Sunday and a report on Monday do not.
- month and month-part → the month ("in early November" and "in November" merge).
- season, year-part, half-year, year → the period as written (only equal periods merge).
- Anything not asserted (future, hypothetical, negated, denied) gets its modality in the window, so
  "Putin would meet Kim" never merges with "Putin met Kim".
- Meetings, agreements and cooperation are symmetric: "Kim received Shoigu" and "Shoigu held talks with
  Kim" are one CONSULT, so for those types the participants are hashed as one set.

Trade-off: we accept a second node for an event whose reports straddle a week boundary rather than
merging two different events of the same participants; "different events never merge" is the
stronger promise. Two same-type events of the same participants within one ISO week do merge.
"""

from __future__ import annotations

from datetime import date

from kgbuild.model.event import Event

_WEEKLY = frozenset({"day", "week", "reported"})
_MONTHLY = frozenset({"month", "month-part"})
SYMMETRIC_TYPES = frozenset({"CONSULT", "AGREE", "COOPERATE"})


def participants_key(event: Event) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Actors and targets as they go into the id: one set for symmetric types, sorted either way."""
    if event.type in SYMMETRIC_TYPES:
        return tuple(sorted(set(event.actors) | set(event.targets))), ()
    return tuple(sorted(event.actors)), tuple(sorted(event.targets))


def same_event_key(event: Event) -> tuple[str, str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """What two mentions in one article must share to be one event: type, mode (except for symmetric types,
    where 'received' and 'held talks with' are one meeting) and participants."""
    return event.type, "" if event.type in SYMMETRIC_TYPES else event.mode, participants_key(event)


def event_window(event: Event, article_date: date | None, article_id: str) -> str:
    """The window string hashed into the event id."""
    suffix = "" if event.modality == "asserted" else f"|{event.modality}"
    return _bucket(event, article_id) + suffix


def _bucket(event: Event, article_id: str) -> str:
    """ISO week, month or period of the event's date; undated events of undated articles stay per article."""
    if event.date is None or event.date_precision is None:
        return f"undated:{article_id}"
    if event.date_precision in _WEEKLY:
        year, week, _day = event.date.isocalendar()
        return f"{year}-W{week:02d}"
    if event.date_precision in _MONTHLY:
        return event.date.strftime("%Y-%m")
    return f"{event.date.isoformat()}/{event.date_precision}"
