"""Event extraction for one article: events per clause with roles, date, quantity, modality and sources."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from kgbuild.events.attribution import Source, lexicon_sources
from kgbuild.events.claims import Hearing, claims
from kgbuild.events.clause_events import SentenceContext, attribution, sentence_events
from kgbuild.events.clauses import split_clauses
from kgbuild.events.dates import dateline_end, drop_dateline, find_dates
from kgbuild.events.identity import event_window, same_event_key
from kgbuild.events.institutions import unnamed_bodies, with_institutions
from kgbuild.events.lexicon import Lexicon
from kgbuild.events.participants import stand_in
from kgbuild.events.numbers import find_quantities
from kgbuild.events.periods import find_offsets
from kgbuild.events.quotes import find_quotes, quoted_attributions, speakers
from kgbuild.events.role_nouns import offices
from kgbuild.events.roles import find_appositions
from kgbuild.events.sentence import Sentence, build_sentence, sentence_words
from kgbuild.events.triggers import firing
from kgbuild.model.claim import Claim
from kgbuild.model.document import Document, Segment
from kgbuild.model.entity import Entity
from kgbuild.model.event import Citation, Event, RoleClaim
from kgbuild.model.mention import Mention

__all__ = ["Extraction", "event_window", "extract"]

PAIRS_KEPT = 3


@dataclass
class Extraction:
    """What one article yields besides mentions: events, citations, role claims and attributed statements."""

    events: list[Event] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    roles: list[RoleClaim] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)


@dataclass
class _Reading:
    """State carried from sentence to sentence: the last person named, the last sentence's events and the last
    organization, outlet or country that reported ('it said')."""

    last_person: Mention | None = None
    previous: list[int] = field(default_factory=list)
    last_source: Mention | None = None
    last_subject: Mention | None = None
    last_body: Mention | None = None
    titled: dict[str, Mention] = field(default_factory=dict)  # offices and cited documents: who they name
    countries: list[str] = field(default_factory=list)
    pairs: list[tuple[str, ...]] = field(default_factory=list)
    institutions: dict[str, str] = field(default_factory=dict)


def extract(doc: Document, segments: Sequence[Segment], mentions: Sequence[Mention], lexicon: Lexicon,
            entities: Mapping[str, Entity]) -> Extraction:
    """Read every segment; quotes ('– mondta X') also attribute the sentence before them, and every sentence of
    the quotation they close. Sentences with a reporter that no event of theirs carries become claims."""
    out, reading, hearing = Extraction(), _Reading(), Hearing()
    said: list[tuple[int, Source]] = []
    read: list[Sentence] = []
    by_sentence: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_sentence[mention.sentence].append(mention)
    for segment in segments:
        if segment.kind == "caption":
            continue
        named = with_institutions(doc.text, by_sentence[segment.index], lexicon, entities, reading.institutions)
        sentence = build_sentence(doc.text, segment, named)
        events, reporters, cited = _read_sentence(doc, sentence, lexicon, entities, out, reading)
        said.extend((segment.index, r) for r in reporters)
        quotes = _quote(out, reading, events, [r for r in reporters if r.quote], entities)
        back = bool(not events and reporters and sentence.lower[:1] and sentence.lower[0] in lexicon.back_references)
        if back:
            _back_reference(out, reading, reporters, entities)
        _hear(hearing, sentence, read[-1] if read else None, reporters if back else quotes, reporters, cited,
              entities, "claim:back" if back else "claim:quote")
        read.append(sentence)
        reading.previous = list(range(len(out.events) - len(events), len(out.events)))
        reading.last_person = _last_person(sentence, events, reporters, entities) or reading.last_person
        reading.last_source = _last_source(reporters) or reading.last_source
        reading.last_subject = _main_subject(events)
        reading.last_body = _last_body(reporters, entities) or _acting_body(reading.last_subject, entities) \
            or reading.last_body
        reading.titled.update(offices(sentence, lexicon, entities))
        _named_countries(sentence, entities, reading.countries)
        pair = _event_pair(events, entities)
        reading.pairs = (reading.pairs + [pair])[-PAIRS_KEPT:] if pair else reading.pairs
    quoted = speakers(doc.text, find_quotes(doc.text), said)
    out.events = same_event_dates(quoted_attributions(out.events, quoted, entities))
    hearing.quoted(read, quoted, entities)
    out.claims = claims(hearing, out.events, lexicon)
    return out


def _hear(hearing: Hearing, sentence: Sentence, before: Sentence | None, back: list[Source], reporters: list[Source],
          cited: list[Source], entities: Mapping[str, Entity], rule: str) -> None:
    """A sentence's reporters speak for it, unless it only points back ('– mondta X', 'Ezt a NIS közölte'): then
    they speak for the sentence before, when nobody does yet."""
    if not reporters:
        return
    if back and before is not None:
        index = before.segment.index
        if not hearing.heard_of(index):
            suffix = rule.removeprefix("claim")
            hearing.hear(before, (attribution(r, entities, index, suffix) for r in back), rule=rule)
        return
    hearing.hear(sentence, (attribution(r, entities, sentence.segment.index) for r in reporters),
                 {i for s in reporters + cited for i in s.words})


def _read_sentence(doc: Document, sentence: Sentence, lexicon: Lexicon, entities: Mapping[str, Entity],
                   out: Extraction, reading: _Reading) -> tuple[list[Event], list[Source], list[Source]]:
    """Roles, sources and the events of one sentence; appends to `out`."""
    appositions = find_appositions(sentence, lexicon, entities)
    out.roles.extend(a.claim for a in appositions)
    excluded: set[int] = set().union(*(a.org_words for a in appositions)) if appositions else set()
    excluded |= _dateline_words(sentence)
    skip: set[int] = set().union(*(a.span for a in appositions)) if appositions else set()
    mute = {p.first for p in sentence.mentions if not _can_speak(entities[p.mention.entity_id], entities)}
    unnamed = unnamed_bodies(sentence, lexicon, entities, reading.institutions)
    reporters, cited = lexicon_sources(sentence, lexicon, excluded, reading.last_person, skip, mute,
                                       reading.last_source, reading.last_body, reading.titled, unnamed)
    reading.titled.update(_cited_documents(sentence, cited, lexicon))
    reading.titled.update(_source_bodies(reporters + cited, lexicon, entities))
    out.citations.extend(_citations(reporters, cited, sentence.segment.index))
    ctx = _context(doc, sentence, lexicon, entities, reporters, cited, excluded)
    ctx.last_person, ctx.last_body = reading.last_person, reading.last_body
    ctx.last_subject = reading.last_subject
    ctx.pairs = (*(tuple(reading.countries[-n:]) for n in (3, 2)), *reading.pairs)
    events = sentence_events(ctx)
    out.events.extend(events)
    return events, reporters, cited


def _cited_documents(sentence: Sentence, cited: list[Source], lexicon: Lexicon) -> dict[str, Mention]:
    """'citing a confidential assessment by the NIS': the document noun between a citation phrase and its source
    names that source's document, so a later 'according to the assessment' is the NIS's."""
    out: dict[str, Mention] = {}
    for source in cited:
        for j in range(source.phrase + 1, max(source.placed.first, source.phrase + 1)):
            if lexicon.source_nouns.get(sentence.lower[j]) == "document":
                out[sentence.lower[j]] = source.placed.mention
    return out


def _source_bodies(sources: list[Source], lexicon: Lexicon, entities: Mapping[str, Entity]) -> dict[str, Mention]:
    """"citing Russia's defence ministry", "the Foreign Ministry said": an organization that reported or was cited
    under a body noun ('ministry', 'agency', 'department') is whom a later 'the ministry said' means, even when
    another body spoke in between."""
    out: dict[str, Mention] = {}
    for source in sources:
        mention = source.placed.mention
        if source.placed.first < 0 or entities[mention.entity_id].kind != "Organization":
            continue
        for word in f"{mention.surface} {entities[mention.entity_id].name}".lower().split():
            if lexicon.source_nouns.get(word) == "body":
                out[word] = mention
    return out


def _context(doc: Document, sentence: Sentence, lexicon: Lexicon, entities: Mapping[str, Entity],
             reporters: list[Source], cited: list[Source], excluded: set[int]) -> SentenceContext:
    """Clauses, dates, offsets and quantities of a sentence, and the words sources already took; a sentence
    where no trigger fires has no event, so nothing else is read there (a third of sentences)."""
    seg = sentence.segment
    used = excluded | {i for s in reporters + cited for i in s.words}
    fired = firing(sentence, lexicon)
    if not fired:
        return SentenceContext(doc, sentence, lexicon, entities, [], [], [], [], reporters, used, fired)
    words = sentence_words(sentence)  # the date, period and offset prefilters need the word runs: known from the words
    dates = drop_dateline(seg.text, seg.start, find_dates(seg.text, seg.start, lexicon, doc.published, words))
    offsets = find_offsets(seg.text, seg.start, lexicon.periods, lexicon.numbers, words)
    skip = [(d.start, d.end) for d in dates] + [(o.start, o.end) for o in offsets]
    people = {p.mention.entity_id for p in sentence.mentions if entities[p.mention.entity_id].kind == "Person"}
    clauses = split_clauses(sentence, lexicon, excluded, fired, people)
    return SentenceContext(doc, sentence, lexicon, entities, clauses, dates, offsets,
                           find_quantities(sentence, lexicon.numbers, skip), reporters, used, fired)


def _can_speak(entity: Entity, entities: Mapping[str, Entity]) -> bool:
    """Reporters are people, organizations, outlets and countries, or a capital speaking for its government
    (and a seat of government inside a capital: 'a Kreml szóvivője szerint')."""
    parent = entities.get(entity.parent) if entity.parent else None
    return entity.kind in ("Person", "Organization", "Media", "Country") or entity.capital or bool(parent and parent.capital)


def _dateline_words(sentence: Sentence) -> set[int]:
    """Words of an opening dateline ('SEOUL, Nov 30 -'): the place there is where the story was filed."""
    end = sentence.segment.start + dateline_end(sentence.segment.text)
    return {i for i, t in enumerate(sentence.tokens) if t.end <= end} if end > sentence.segment.start else set()


def _citations(reporters: list[Source], cited: list[Source], sentence: int) -> list[Citation]:
    """Each reporter of a sentence cites each source the sentence's citation phrases name."""
    out = []
    for source in cited:
        for reporter in reporters:
            if reporter.placed.mention.entity_id != source.placed.mention.entity_id:
                out.append(Citation(reporter.placed.mention.entity_id, source.placed.mention.entity_id, source.start,
                                    source.placed.mention.end, source.rule, sentence,
                                    round(min(reporter.placed.mention.score, source.placed.mention.score) * 0.9, 2)))
    return out


def _quote(out: Extraction, reading: _Reading, events: list[Event], quotes: list[Source],
           entities: Mapping[str, Entity]) -> list[Source]:
    """'– mondta X' opening a line without an event of its own attributes the previous sentence's events to X;
    returns those quote sources (none when the line is no such quote)."""
    quotes = [q for q in quotes if q.phrase == 0]
    if events or not quotes:
        return []
    for index in reading.previous:
        previous = out.events[index]
        if not previous.attributions:
            said = tuple(attribution(q, entities, previous.sentence, ":quote") for q in quotes)
            out.events[index] = replace(previous, attributions=said)
    return quotes


def _back_reference(out: Extraction, reading: _Reading, reporters: list[Source], entities: Mapping[str, Entity]) -> None:
    """'Ezt a NIS közölte.' (this is what the NIS said): the sentence's sources report the sentence before."""
    for index in reading.previous:
        previous = out.events[index]
        if not previous.attributions:
            said = tuple(attribution(r, entities, previous.sentence, ":back") for r in reporters)
            out.events[index] = replace(previous, attributions=said)


def _event_pair(events: list[Event], entities: Mapping[str, Entity]) -> tuple[str, ...]:
    """The countries (two or more) the last event of this sentence with several took part in (a person for its
    country): what 'a két ország' or 'a három ország' most likely means next."""
    for event in reversed(events):
        countries = tuple(dict.fromkeys(c for c in (_country(x, entities) for x in event.actors + event.targets) if c))
        if len(countries) >= 2:
            return countries
    return ()


def _country(entity_id: str, entities: Mapping[str, Entity]) -> str | None:
    """The country an actor or target stands for: itself, or a person's country."""
    entity = entities[entity_id]
    country = entity.country if entity.kind == "Person" else entity_id
    found = entities.get(country) if country else None
    return country if found is not None and found.kind == "Country" else None


def _named_countries(sentence: Sentence, entities: Mapping[str, Entity], countries: list[str]) -> None:
    """The countries named so far, most recent last (a capital or a person for their country): 'a két ország'
    means the last two."""
    for placed in sentence.mentions:
        entity = entities[placed.mention.entity_id]
        country = entity.country if entity.kind == "Person" and entity.country else stand_in(entity.id, entities)
        if country in entities and entities[country].kind == "Country":
            if country in countries:
                countries.remove(country)
            countries.append(country)


def _last_body(reporters: list[Source], entities: Mapping[str, Entity]) -> Mention | None:
    """Whom 'it said' in a later sentence means: the last organization, outlet or country that reported here."""
    bodies = [r.placed.mention for r in reporters if entities[r.placed.mention.entity_id].kind != "Person"]
    return bodies[-1] if bodies else None


def _acting_body(subject: Mention | None, entities: Mapping[str, Entity]) -> Mention | None:
    """A body that acted as the subject of the sentence ('Ukraine's foreign ministry condemned ...') is whom a next
    'it said' or 'It also called on ..., arguing' means, as much as one that reported."""
    if subject is None or entities[subject.entity_id].kind not in ("Organization", "Media"):
        return None
    return subject


def _last_person(sentence: Sentence, events: list[Event], reporters: list[Source],
                 entities: Mapping[str, Entity]) -> Mention | None:
    """Who 'he' or 'szerinte' in the next sentence most likely means: a person acting or speaking here, else
    the first person named here."""
    people = [p.mention for p in sentence.mentions if entities[p.mention.entity_id].kind == "Person"]
    acting = {a for e in events for a in e.actors} | {r.placed.mention.entity_id for r in reporters}
    subjects = [m for m in people if m.entity_id in acting]
    if subjects:
        return subjects[-1]
    return people[0] if people else None


def _main_subject(events: list[Event]) -> Mention | None:
    """Who a next sentence without a subject goes on about (Hungarian drops it): the named actor of this sentence's
    first event; none when this sentence told no event."""
    for event in events[:1]:
        filler = next((f for f in event.fillers if f.role == "actor" and f.rule.endswith(":nominative")), None)
        if filler is not None:
            return Mention(filler.start, filler.end, "", event.sentence, filler.entity_id, filler.confidence,
                           "inherited", "subject of the sentence before")
    return None


def _last_source(reporters: list[Source]) -> Mention | None:
    """Whom 'eszerint' (according to this) in the next sentence means: the last source named here."""
    named = [r.placed.mention for r in reporters if r.placed.first >= 0]
    return named[-1] if named else None


def same_event_dates(events: list[Event]) -> list[Event]:
    """An undated event takes the date of a dated mention of the same event (type, mode, participants) in the article."""
    dated: dict[tuple[str, str, tuple[tuple[str, ...], tuple[str, ...]]], Event] = {}
    for event in events:
        key = same_event_key(event)
        if event.date_precision not in (None, "reported") and key not in dated:
            dated[key] = event
    out = []
    for event in events:
        source = dated.get(same_event_key(event))
        if event.date_precision == "reported" and source is not None and event.modality == source.modality:
            event = replace(event, date=source.date, date_precision=source.date_precision, date_rule="date:same-event")
        out.append(event)
    return out
