"""Event extraction for one article: one event per sentence at most, with roles, date, modality and sources."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from kgbuild.events.attribution import Source, lexicon_sources
from kgbuild.events.dates import find_dates
from kgbuild.events.lexicon import Lexicon
from kgbuild.events.participants import Participants, assign_roles, stand_in
from kgbuild.events.roles import find_appositions
from kgbuild.events.sentence import Sentence, build_sentence
from kgbuild.events.triggers import TriggerHit, find_trigger, modality
from kgbuild.model.document import Document, Segment
from kgbuild.model.entity import Entity
from kgbuild.model.event import Attribution, Citation, Event, RoleClaim
from kgbuild.model.mention import Mention


@dataclass
class Extraction:
    """What one article yields besides mentions: events, citations and role claims."""

    events: list[Event] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    roles: list[RoleClaim] = field(default_factory=list)


def extract(doc: Document, segments: Sequence[Segment], mentions: Sequence[Mention], lexicon: Lexicon,
            entities: Mapping[str, Entity]) -> Extraction:
    """Read every segment; quotes ('– mondta X') also attribute the paragraph before them."""
    out = Extraction()
    previous: Event | None = None
    for segment in segments:
        if segment.kind == "caption":
            continue
        sentence = build_sentence(doc.text, segment, [m for m in mentions if m.sentence == segment.index])
        event, reporters = _read_sentence(doc, sentence, lexicon, entities, out)
        quotes = [r for r in reporters if r.quote]
        if event is None and quotes and previous is not None and not previous.attributions:
            out.events[-1] = replace(previous, attributions=tuple(_attribution(r, entities) for r in quotes))
        previous = event
    return out


def _read_sentence(doc: Document, sentence: Sentence, lexicon: Lexicon, entities: Mapping[str, Entity],
                   out: Extraction) -> tuple[Event | None, list[Source]]:
    """Roles, sources and the event of one sentence; appends to `out`."""
    appositions = find_appositions(sentence, lexicon, entities)
    out.roles.extend(a.claim for a in appositions)
    excluded = set().union(*(a.org_words for a in appositions)) if appositions else set()
    reporters, cited = lexicon_sources(sentence, lexicon, excluded)
    for source in cited:
        for reporter in reporters or []:
            out.citations.append(Citation(reporter.placed.mention.entity_id, source.placed.mention.entity_id,
                                          source.start, source.placed.mention.end, source.rule))
    hit = find_trigger(sentence, lexicon)
    if hit is None:
        return None, reporters
    used = excluded | {i for s in reporters + cited for i in s.words}
    roles = assign_roles(sentence, hit.index, lexicon, entities, used)
    if not roles.actors and not roles.targets:
        return None, reporters
    event = _event(doc, sentence, hit, lexicon, roles, [*reporters], entities)
    out.events.append(event)
    return event, reporters


def _event(doc: Document, sentence: Sentence, hit: TriggerHit, lexicon: Lexicon, roles: Participants,
           reporters: list[Source], entities: Mapping[str, Entity]) -> Event:
    """Build the Event record with its date, modality, confidence and attributions."""
    seg = sentence.segment
    dates = find_dates(seg.text, seg.start, lexicon, doc.published)
    when = min(dates, key=lambda d: abs(d.start - sentence.tokens[hit.index].start)) if dates else None
    trigger_word = sentence.tokens[hit.index].text
    return Event(
        type=hit.trigger.type, mode=hit.trigger.mode, sentence=seg.index, start=seg.start, end=seg.end,
        trigger=trigger_word, rule=f"trigger:{lexicon.language}:{hit.trigger.stem}", confidence=_confidence(roles, when, reporters, seg),
        actors=roles.actors, targets=roles.targets, locations=roles.locations,
        date=when.value if when else doc.published, date_precision=when.precision if when else _reported(doc),
        modality=modality(sentence, hit, lexicon), segment_kind=seg.kind,
        attributions=tuple(_attribution(r, entities) for r in reporters),
    )


def _reported(doc: Document) -> str | None:
    """Precision of an event dated only by its article: 'reported' (as of the article's date)."""
    return "reported" if doc.published else None


def _attribution(source: Source, entities: Mapping[str, Entity]) -> Attribution:
    """The Attribution record of a reporter found in the text (a capital speaks for its government)."""
    reporter = stand_in(source.placed.mention.entity_id, entities)
    return Attribution(reporter, source.verb, source.start, source.end, source.rule)


def _confidence(roles: Participants, when: object, reporters: list[Source], seg: Segment) -> float:
    """More evidence, more confidence; teasers and headlines count for less than body text."""
    score = 0.5 + 0.15 * bool(roles.actors) + 0.1 * bool(roles.targets) + 0.1 * (when is not None) + 0.1 * bool(reporters)
    if seg.kind != "body":
        score *= 0.8
    return round(min(score, 0.95), 2)


def event_window(event: Event, article_date: date | None, article_id: str) -> str:
    """The date window used in the event id: its date, or the article when undated (never merged blindly)."""
    if event.date is not None and event.date_precision != "reported":
        return f"{event.date.isoformat()}/{event.date_precision}"
    return f"undated:{article_id}"
