"""Quotations: a speaker named before or after a quote speaks for every event inside it, over sentence breaks
('„A. B” – mondta X'; '"A," X said. "B."' goes on quoting X)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from kgbuild.events.attribution import Source
from kgbuild.events.clause_events import attribution
from kgbuild.model.entity import Entity
from kgbuild.model.event import Event

_CLOSERS = {"„": ("”", "“"), "“": ("”",), "«": ("»",), "»": ("«",)}
_STRAIGHT = '"'
_MARKS = _STRAIGHT + "".join(_CLOSERS) + "".join(c for cs in _CLOSERS.values() for c in cs)
_ADJACENT = " \t\n,:;–—-" + _MARKS
_MARK = re.compile("[" + re.escape("".join(sorted(set(_MARKS)))) + "]")
MAX_QUOTE = 2000
CONTINUE_GAP = 120


@dataclass(frozen=True, slots=True)
class Quote:
    """The characters between a pair of quotation marks, and the source that speaks them (None if unknown)."""

    start: int
    end: int
    speaker: tuple[int, Source] | None = None


def find_quotes(text: str) -> list[tuple[int, int]]:
    """(start, end) of every quoted passage: typographic pairs („…”, “…”, »…«, «…») and straight quotes taken in
    pairs; a mark left open for too long opens nothing."""
    spans: list[tuple[int, int]] = []
    opened: tuple[int, tuple[str, ...]] | None = None
    straight: int | None = None
    for found in _MARK.finditer(text):
        i, ch = found.start(), found.group()
        if opened is not None and i - opened[0] > MAX_QUOTE:
            opened = None
        if straight is not None and i - straight > MAX_QUOTE:
            straight = None
        if ch == _STRAIGHT:
            if straight is None:
                straight = i
            else:
                spans.append((straight + 1, i))
                straight = None
        elif opened is not None and ch in opened[1]:
            spans.append((opened[0] + 1, i))
            opened = None
        elif opened is None and ch in _CLOSERS:
            opened = (i, _CLOSERS[ch])
    return sorted(spans)


def quoted_attributions(events: list[Event], quotes: Sequence[Quote], entities: Mapping[str, Entity]) -> list[Event]:
    """Events inside a quote (`speakers`), with no reporter of their own, reported by the quote's speaker; the
    attribution counts for the event's sentence, its offsets are the speech verb's."""
    out = []
    for event in events:
        quote = next((q for q in quotes if q.start <= event.trigger_start < q.end), None)
        if quote is not None and quote.speaker is not None and not event.attributions:
            source = quote.speaker[1]
            said = attribution(source, entities, event.sentence, ":quote")
            event = replace(event, attributions=(said,))
        out.append(event)
    return out


def speakers(text: str, spans: list[tuple[int, int]], sources: Sequence[tuple[int, Source]]) -> list[Quote]:
    """Each quote with the source next to it (after it, else before it), else, when the quote goes on right
    after one with a speaker, that speaker."""
    out: list[Quote] = []
    for start, end in spans:
        speaker = _after(text, end, sources) or _before(text, start, sources)
        if speaker is None and out and out[-1].speaker is not None and _goes_on(text, out[-1], start, sources):
            speaker = out[-1].speaker
        out.append(Quote(start, end, speaker))
    return out


def _after(text: str, end: int, sources: Sequence[tuple[int, Source]]) -> tuple[int, Source] | None:
    """The source right after a quote's closing mark ('...,” Budanov said', '” – mondta Putyin')."""
    for found in sources:
        first = min(found[1].start, _name_start(found[1]))
        if first > end and not text[end + 1:first].strip(_ADJACENT):
            return found
    return None


def _before(text: str, start: int, sources: Sequence[tuple[int, Source]]) -> tuple[int, Source] | None:
    """The source right before a quote's opening mark ('Budanov said: "...', 'Putyin így fogalmazott: „...')."""
    for found in sources:
        last = max(found[1].end, found[1].placed.mention.end if found[1].placed.first >= 0 else 0)
        if last < start and not text[last:start - 1].strip(_ADJACENT):
            return found
    return None


def _goes_on(text: str, previous: Quote, start: int, sources: Sequence[tuple[int, Source]]) -> bool:
    """The quote opens shortly after the previous quote, with no other source between them."""
    if start - previous.end > CONTINUE_GAP:
        return False
    speaker = previous.speaker
    between = [s for s in sources if previous.end < s[1].start < start]
    return all(speaker is not None and s[1] is speaker[1] for s in between)  # by the Source: a tuple may be rebuilt


def _name_start(source: Source) -> int:
    """Where the source's name starts (the phrase itself when it stands for a pronoun)."""
    return source.placed.mention.start if source.placed.first >= 0 else source.start

