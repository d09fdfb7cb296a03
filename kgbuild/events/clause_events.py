"""Events of one sentence, one per clause: roles (with what a clause inherits), date, quantity and reporters."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import timedelta

from kgbuild.events.attribution import Source
from kgbuild.events.clauses import Clause, ancestors, clause_of
from kgbuild.events.lexicon import Lexicon
from kgbuild.events.numbers import Quantity
from kgbuild.events.participants import Participants, assign_roles, stand_in
from kgbuild.events.sentence import Placed, Sentence
from kgbuild.events.timespan import DateMention, DateOffset
from kgbuild.events.triggers import Fired, TriggerHit, modality, ranked_triggers
from kgbuild.model.document import Document
from kgbuild.model.entity import Entity
from kgbuild.model.event import Attribution, Event, Filler
from kgbuild.model.mention import Mention

_ACTING_KINDS = frozenset({"Person", "Organization", "Country", "Media"})
_SPEECH_ACTS = frozenset({"DEMAND", "DISAPPROVE", "THREATEN", "REJECT", "SUPPORT"})
_OWN_CASUALTIES = frozenset({"MOBILIZE", "ASSAULT"})
_SENT = frozenset({"MOBILIZE", "AID"})
ATTACHED_CHARS = 24
COMPLEMENT_GAP = 3
NEUTER_REACH = 3


class SentenceContext:
    """Everything found in one sentence that its clause events draw on (a plain class, not a dataclass, so mypyc
    compiles its constructor)."""

    def __init__(self, doc: Document, sentence: Sentence, lexicon: Lexicon, entities: Mapping[str, Entity],
                 clauses: list[Clause], dates: list[DateMention], offsets: list[DateOffset],
                 quantities: list[Quantity], reporters: list[Source], used: set[int], fired: Fired | None = None,
                 last_person: Mention | None = None, last_subject: Mention | None = None,
                 by_clause: dict[int, Event] | None = None, last_body: Mention | None = None,
                 pairs: tuple[tuple[str, ...], ...] = ()) -> None:
        self.doc = doc
        self.sentence = sentence
        self.lexicon = lexicon
        self.entities = entities
        self.clauses = clauses
        self.dates = dates
        self.offsets = offsets
        self.quantities = quantities
        self.reporters = reporters
        self.used = used
        self.fired: Fired = {} if fired is None else fired
        self.last_person = last_person
        self.last_subject = last_subject
        self.by_clause: dict[int, Event] = {} if by_clause is None else by_clause
        self.last_body = last_body
        self.pairs = pairs


BACKSHIFT_REACH = 6  # words from a coordinate clause's start to its backshifted auxiliary


def sentence_events(ctx: SentenceContext) -> list[Event]:
    """One event per clause that has a trigger and at least one participant; locations shared in the sentence. A
    word that is an event only with a recipient or partner and has none gives way to the clause's next one."""
    for clause in ctx.clauses:
        for hit in ranked_triggers(ctx.sentence, ctx.lexicon, set(clause.words), ctx.fired):
            event = _clause_event(ctx, clause, hit)
            if event is not None:
                ctx.by_clause[clause.index] = event
            if event is not None or not hit.trigger.needs:
                break
    if ctx.lexicon.demand_absorbs:
        _absorb_demanded(ctx)
    if ctx.lexicon.voiced_complements:
        _voice_complements(ctx)
    if ctx.lexicon.toll_participles:
        _absorb_toll(ctx)
    return share_locations(ctx.clauses, ctx.by_clause)


def _absorb_demanded(ctx: SentenceContext) -> None:
    """'sürgette, hogy Szöul segítse Ukrajnát': what a demand asks for is its content, not an event of its own; its
    subject is whom the demand addresses."""
    for clause in ctx.clauses:
        parent = clause.parent if clause.kind == "complement" and clause.parent is not None else -1
        demand, asked = ctx.by_clause.get(parent), ctx.by_clause.get(clause.index)
        if demand is None or asked is None or demand.type != "DEMAND":
            continue
        if not demand.targets and asked.actors:
            fillers = tuple(replace(f, role="target", rule=f.rule + ":addressee") for f in asked.fillers
                            if f.role == "actor")
            ctx.by_clause[parent] = replace(demand, targets=tuple(a for a in asked.actors if a not in demand.actors),
                                            fillers=demand.fillers + fillers)
        del ctx.by_clause[clause.index]


def _absorb_toll(ctx: SentenceContext) -> None:
    """'struck the camp, killing 11 soldiers': the toll participle after an attack is that attack's count, not a
    second event."""
    previous: int | None = None
    for index in sorted(ctx.by_clause):
        event = ctx.by_clause[index]
        attack = ctx.by_clause.get(previous) if previous is not None else None
        if attack is not None and attack.type == "ASSAULT" and event.type == "ASSAULT" \
                and event.trigger.lower() in ctx.lexicon.toll_participles:
            if attack.quantity is None and event.quantity is not None:
                ctx.by_clause[previous] = replace(attack, quantity=event.quantity,  # type: ignore[index]
                                                  quantity_qualifier=event.quantity_qualifier)
            del ctx.by_clause[index]
            continue
        previous = index


def _voice_complements(ctx: SentenceContext) -> None:
    """'X elítélte, hogy Phenjan lőszert ad el': what a condemnation, welcome, warning or admission states in its
    'hogy' clause (and the clauses going on from it) is its subject's claim when no source names another."""
    for clause in ctx.clauses:
        event = ctx.by_clause.get(clause.index)
        voicing = _voicing_event(ctx, clause) if event is not None and not event.attributions else None
        if event is None or voicing is None:
            continue
        said = tuple(Attribution(a, voicing.trigger, voicing.trigger_start, voicing.trigger_end,
                                 f"complement:{ctx.lexicon.language}:{voicing.type}", event.sentence, 0.7)
                     for a in voicing.actors if ctx.entities[a].kind in _ACTING_KINDS)
        if said:
            ctx.by_clause[clause.index] = replace(event, attributions=said)


def _voicing_event(ctx: SentenceContext, clause: Clause) -> Event | None:
    """The nearest event above that voices the 'hogy' clause hanging right on it, the clause itself or one this
    clause goes on from ('elítélte, hogy Phenjan lőszert ad el, Oroszország pedig technológiát ad át')."""
    below = clause
    for above in ancestors(ctx.clauses, clause):
        event = ctx.by_clause.get(above.index)
        if event is not None and _voices(event, ctx.lexicon):
            return event if below.kind == "complement" else None
        if event is not None and below.kind != "coordinate":
            return None
        below = above
    return None


def _voices(event: Event, lexicon: Lexicon) -> bool:
    """The event's type (or type:mode) states its 'hogy' clause as its subject's claim."""
    return event.type in lexicon.voiced_complements or f"{event.type}:{event.mode}" in lexicon.voiced_complements


def _distinct(reporters: list[Source]) -> list[Source]:
    """One source per reporter: a speech participle repeats its clause's speaker ('X said ..., adding that ...')."""
    seen: set[str] = set()
    out = []
    for source in reporters:
        if source.placed.mention.entity_id not in seen:
            seen.add(source.placed.mention.entity_id)
            out.append(source)
    return out


def _clause_event(ctx: SentenceContext, clause: Clause, hit: TriggerHit) -> Event | None:
    """The Event of one clause, or None when nobody takes part in it."""
    words = _said_words(ctx, hit, set(clause.words))
    roles = assign_roles(ctx.sentence, hit.index, hit.trigger, ctx.lexicon, ctx.entities, ctx.used, words)
    borrowed = _borrowed_subject(ctx, clause, hit, roles)
    if borrowed is not None:
        roles = assign_roles(ctx.sentence, hit.index, hit.trigger, ctx.lexicon, ctx.entities, ctx.used, words, True)
    roles = _sender_by_nationality(_inherit(ctx, clause, hit, _with_subject(roles, borrowed, hit)), hit, ctx.lexicon)
    roles = _pair_subject(ctx, clause, hit, roles)
    if not roles.actors and not roles.targets or not needs_met(hit.trigger.needs, roles, ctx.entities):
        return None
    when, date_rule = _date(ctx, clause, hit)
    quantity = _quantity(ctx, clause, hit)
    continued = borrowed is not None and borrowed[2] == "role:previous-clause"
    reporters = _distinct([r for r in ctx.reporters
                           if covers(ctx.clauses, r, clause, ctx.lexicon, ctx.sentence, continued, hit.index)])
    seg, token = ctx.sentence.segment, ctx.sentence.tokens[hit.index]
    first, last = ctx.sentence.tokens[clause.words[0]], ctx.sentence.tokens[clause.words[-1]]
    return Event(
        type=hit.trigger.type, mode=hit.trigger.mode, sentence=seg.index, start=first.start, end=last.end,
        trigger=token.text, rule=f"trigger:{ctx.lexicon.language}:{hit.trigger.stem}:{clause.kind}",
        confidence=_confidence(roles, when, reporters, seg.kind, clause.kind),
        actors=roles.actors, targets=roles.targets, locations=roles.locations,
        date=when.value if when else ctx.doc.published, date_precision=when.precision if when else _reported(ctx.doc),
        modality=modality(ctx.sentence, hit, ctx.lexicon), segment_kind=seg.kind,
        attributions=tuple(attribution(r, ctx.entities, seg.index) for r in reporters),
        quantity=quantity.value if quantity else None, quantity_qualifier=quantity.qualifier if quantity else None,
        trigger_start=token.start, trigger_end=token.end, fillers=roles.fillers, date_rule=date_rule,
    )


def _pair_subject(ctx: SentenceContext, clause: Clause, hit: TriggerHit, roles: Participants) -> Participants:
    """'A két ország tavaly szerződést kötött' (the two countries; 'a három ország'): the countries that last took
    part in one event together, as many as said (else those named last), act when the clause names no actor
    before the trigger, or are its target when named after it and no target is named ('elítélte a két ország
    megállapodását') (hu)."""
    if not ctx.pairs or not ctx.lexicon.pair_subjects:
        return roles
    k, size, count = _pair_words(ctx, clause)
    acting = k + size <= hit.index
    pair = next((p for p in reversed(ctx.pairs) if len(p) == count and (acting or not set(p) & set(roles.actors))),
                ())
    if k < 0 or not pair or (roles.actors if acting else roles.targets):
        return roles
    first, last = ctx.sentence.tokens[k], ctx.sentence.tokens[k + size - 1]
    role = "actor" if acting else "target"
    fillers = roles.fillers + tuple(Filler(role, c, first.start, last.end, f"role:{ctx.lexicon.language}:pair", 0.6)
                                    for c in pair)
    if acting:
        return replace(roles, actors=pair, targets=tuple(t for t in roles.targets if t not in pair), fillers=fillers)
    return replace(roles, targets=pair, fillers=fillers)


def _pair_words(ctx: SentenceContext, clause: Clause) -> tuple[int, int, int]:
    """Where the clause says 'a két ország' (first word, length, how many countries), or (-1, 0, 0)."""
    lower = ctx.sentence.lower
    for phrase, count in ctx.lexicon.pair_subjects:
        size = len(phrase)
        for w in clause.words:
            if lower[w] == phrase[0] and tuple(lower[w:w + size]) == phrase:
                return w, size, count
    return -1, 0, 0


def _said_words(ctx: SentenceContext, hit: TriggerHit, words: set[int]) -> set[int]:
    """In English what a leading speech verb says follows it: when a name stands between the verb and the
    trigger ('Zakharova ... said Russia will keep developing ties'), the words before the verb take no part."""
    if not ctx.lexicon.objects_by_position:
        return words
    said = [r.phrase for r in ctx.reporters if not r.trailing and not r.whole and r.phrase in words and r.phrase < hit.index]
    if not said:
        return words
    if _speaker_goes_on(ctx, hit) is not None:
        return {w for w in words if w >= hit.index}
    verb = max(said)
    named = any(verb < p.first < hit.index and p.first not in ctx.used for p in ctx.sentence.mentions)
    return {w for w in words if w > verb} if named else words


def _speaker_goes_on(ctx: SentenceContext, hit: TriggerHit) -> Source | None:
    """'Zelensky said shells were used against Ukraine and called on China to ...': a speech act joined by 'and'
    to what a leading speaker said is the speaker's unless what was said is an event with a named subject to go
    on with it ('KCNA said Kim hosted X and praised Y': Kim praised) (English)."""
    lower = ctx.sentence.lower
    if not ctx.lexicon.objects_by_position or hit.trigger.type not in _SPEECH_ACTS or hit.index == 0 \
            or lower[hit.index - 1] not in ctx.lexicon.coordinators:
        return None
    leading = [r for r in ctx.reporters if not r.trailing and not r.whole and r.placed.first >= 0
               and r.phrase < hit.index - 1]
    if not leading:
        return None
    said = range(leading[-1].phrase + 1, hit.index - 1)
    named = any(p.first in said and p.mention.method != "demonym" and p.first not in ctx.used
                for p in ctx.sentence.mentions)
    return None if named and any(i in said for i in ctx.fired) else leading[-1]


def needs_met(needs: str, roles: Participants, entities: Mapping[str, Entity]) -> bool:
    """A verb that is an event only with a named recipient has one (an outlet is an interview: 'spoke to
    Yonhap'); one done only together has two actors or a partner ('Russia and North Korea began building',
    'building a plant with Iran'); one that someone must do has an actor (shipments arrive: 'érkezik' is no visit)."""
    if needs == "target":
        return any(entities[t].kind != "Media" for t in roles.targets)
    if needs == "partner":
        return bool(roles.targets) or len(roles.actors) > 1
    if needs == "actor":
        return bool(roles.actors)
    return True


def _inherit(ctx: SentenceContext, clause: Clause, hit: TriggerHit, roles: Participants) -> Participants:
    """What a clause takes from elsewhere: its antecedent place as location (ahol, where) and the visited
    place's country as target."""
    if clause.kind == "adverbial" and clause.antecedent is not None and not roles.locations:
        place = clause.antecedent.mention
        if ctx.entities[place.entity_id].kind == "Location":
            roles = replace(roles, locations=(place.entity_id,), fillers=roles.fillers + (
                Filler("location", place.entity_id, place.start, place.end, "role:antecedent", place.score),))
    if hit.trigger.host and not roles.targets:
        roles = _host_target(ctx, roles, hit.trigger.type != "CONSULT")
    return roles


Subject = tuple[str, Mention, str]


def _borrowed_subject(ctx: SentenceContext, clause: Clause, hit: TriggerHit, roles: Participants) -> Subject | None:
    """A subject the clause does not name: the relative pronoun's antecedent, or — when no name stands
    before the trigger — the person a pronoun ('he') refers to or the subject of the clause it continues."""
    if clause.kind == "relative" and clause.subject_pronoun and _acting(ctx, clause.antecedent):
        assert clause.antecedent is not None
        mention = clause.antecedent.mention
        return stand_in(mention.entity_id, ctx.entities), mention, "role:antecedent"
    start = ctx.sentence.tokens[hit.index].start
    if any(f.role == "actor" and f.start < start for f in roles.fillers):
        return None
    goes_on = _speaker_goes_on(ctx, hit)
    if goes_on is not None:
        mention = goes_on.placed.mention
        return stand_in(mention.entity_id, ctx.entities), mention, "role:speaker"
    if hit.trigger.subject == "target" and not roles.actors and not roles.targets and clause.kind != "main":
        return None if _caused_by_antecedent(ctx, clause, hit) else _casualties_of(ctx, clause)
    if _pronoun_before(ctx, clause, hit):
        person = _person_speaking(ctx, hit)
        if person is not None:
            return person.entity_id, person, "role:pronoun-speaker"
        if ctx.last_person is not None:
            return ctx.last_person.entity_id, ctx.last_person, "role:pronoun"
    neuter = _neuter_subject(ctx, clause, hit) or _gerund_subject(ctx, hit)
    if neuter is not None:
        return neuter
    if clause.kind == "complement" and _no_subject(roles) and _singular_after_speaker(ctx, hit):
        return _complement_speaker(ctx, clause)
    if clause.kind == "main" and ctx.lexicon.carry_subject and ctx.last_subject is not None and _no_subject(roles) \
            and hit.trigger.subject == "actor" and _singular_after_speaker(ctx, hit) and not ctx.reporters \
            and ctx.sentence.lower[clause.start] not in ctx.lexicon.articles:
        return stand_in(ctx.last_subject.entity_id, ctx.entities), ctx.last_subject, "role:previous-sentence"

    if clause.kind in ("adverbial", "coordinate") and _close_to_opener(ctx, clause, hit):
        speaker = _speaker(ctx, clause) if hit.trigger.type in _SPEECH_ACTS else None
        return _parent_subject(ctx, clause) or speaker
    return None


def _singular_after_speaker(ctx: SentenceContext, hit: TriggerHit) -> bool:
    """Hungarian leaves out the subject of 'X közölte, hogy ... küld' when it is the speaker; a plural verb
    ('vezényeltek', 'küldték': they) has some other subject."""
    return bool(ctx.lexicon.accusative_endings) and not ctx.sentence.lower[hit.index].endswith(ctx.lexicon.plural_endings)


def _no_subject(roles: Participants) -> bool:
    """Nobody in the clause stands as a subject (no actor, no name without a case ending)."""
    return not roles.actors and not any(f.rule.endswith("nominative") for f in roles.fillers)


def _complement_speaker(ctx: SentenceContext, clause: Clause) -> Subject | None:
    """The named speaker whose verb opens the complement clause right before it ('Szöul közölte, hogy')."""
    for source in ctx.reporters:
        if source.placed.first >= 0 and not source.trailing and not source.whole and source.phrase < clause.start \
                and _introduces(ctx.sentence, source, clause):
            mention = source.placed.mention
            return stand_in(mention.entity_id, ctx.entities), mention, "role:speaker"
    return None


def _sender_by_nationality(roles: Participants, hit: TriggerHit, lexicon: Lexicon) -> Participants:
    """Hungarian: with nobody else sending, the nationality of the troops or arms sent or received ('észak-koreai
    egységeket fogadott', 'orosz fegyvereket vásárolt') names who sent them."""
    if roles.actors or hit.trigger.type not in _SENT or not lexicon.accusative_endings:
        return roles
    marks = tuple(f":head-case:{e}" for e in lexicon.accusative_endings)
    sender = next((f for f in roles.fillers if f.role == "target" and f.rule.endswith(marks)), None)
    if sender is None:
        return roles
    actor = replace(sender, role="actor", rule=sender.rule + ":sender")
    return replace(roles, actors=(sender.entity_id,), targets=tuple(t for t in roles.targets if t != sender.entity_id),
                   fillers=tuple(actor if f is sender else f for f in roles.fillers))


def _caused_by_antecedent(ctx: SentenceContext, clause: Clause, hit: TriggerHit) -> bool:
    """'an attack that killed 12 people': the opener right before the verb is its subject (the attack), so the
    dead are the attacked side's, not the attacker's (English word order)."""
    opener = clause.opener
    return ctx.lexicon.objects_by_position and opener is not None and opener == hit.index - 1 \
        and ctx.sentence.lower[opener] not in ctx.lexicon.coordinators


def _casualties_of(ctx: SentenceContext, clause: Clause) -> Subject | None:
    """Casualties that name nobody ('and 300 of them were killed', 'akik közül kétszázan megsebesültek') are
    those of the side that deployed or fought in the clause they hang on, through other casualty clauses
    ('300 elestek, 2700-an megsebesültek') but not through a clause without an event ('that killed 12 and
    wounded 90' does not reach the attack)."""
    for parent in ancestors(ctx.clauses, clause):
        event = ctx.by_clause.get(parent.index)
        if event is None:
            return None
        filler = next((f for f in event.fillers if f.role == "actor"), None)
        if filler is not None and event.type in _OWN_CASUALTIES:
            mention = Mention(filler.start, filler.end, "", event.sentence, filler.entity_id, filler.confidence,
                              "inherited", "the side whose troops the clause before deployed")
            return filler.entity_id, mention, "role:casualties-of"
    return None


def _speaker(ctx: SentenceContext, clause: Clause) -> Subject | None:
    """'X said A, and called on B': a speech act that goes on after what a speaker said, where no event of the
    clauses before has a subject, is the speaker's."""
    for parent in ancestors(ctx.clauses, clause):
        for source in ctx.reporters:
            if source.phrase in parent.words and source.phrase < clause.start and not source.trailing \
                    and not source.whole:
                mention = source.placed.mention
                return stand_in(mention.entity_id, ctx.entities), mention, "role:speaker"
    return None


def _with_subject(roles: Participants, subject: Subject | None, hit: TriggerHit) -> Participants:
    """Add the borrowed subject as actor (or as target when the subject suffers the event: casualties)."""
    if subject is None:
        return roles
    entity_id, mention, rule = subject
    role = "target" if hit.trigger.subject == "target" else "actor"
    filler = Filler(role, entity_id, mention.start, mention.end, rule, round(mention.score * 0.8, 2))
    if role == "target":
        return replace(roles, targets=(entity_id,) + roles.targets, fillers=roles.fillers + (filler,))
    return replace(roles, actors=(entity_id,), targets=tuple(t for t in roles.targets if t != entity_id),
                   fillers=roles.fillers + (filler,))


def _close_to_opener(ctx: SentenceContext, clause: Clause, hit: TriggerHit) -> bool:
    """The trigger is close enough to the clause opener for the language to leave the subject out
    ('and held talks'; Hungarian drops subjects freely, English only right after the conjunction, not counting
    gap words: 'and promised to send')."""
    gap = [i for i in clause.words if i < hit.index and ctx.sentence.lower[i] not in ctx.lexicon.gap_words]
    return len(gap) <= ctx.lexicon.subject_gap


def _acting(ctx: SentenceContext, placed: Placed | None) -> bool:
    """The antecedent can act: a person, organization, country or outlet, or a capital."""
    if placed is None:
        return False
    entity = ctx.entities[placed.mention.entity_id]
    return entity.kind in _ACTING_KINDS or entity.capital


def _parent_subject(ctx: SentenceContext, clause: Clause) -> Subject | None:
    """The actor of the event of the clause this one continues."""
    for parent in ancestors(ctx.clauses, clause):
        event = ctx.by_clause.get(parent.index)
        filler = next((f for f in event.fillers if f.role == "actor"), None) if event is not None else None
        if event is not None and filler is not None:
            mention = Mention(filler.start, filler.end, "", event.sentence, filler.entity_id, filler.confidence,
                              "inherited", "subject of the clause before")
            return filler.entity_id, mention, "role:previous-clause"
    return None


def _neuter_subject(ctx: SentenceContext, clause: Clause, hit: TriggerHit) -> Subject | None:
    """'Ukraine said it had struck', 'the ministry said its forces had struck': 'it' a few words before the verb
    is the body that speaks in the sentence (else the one that reported last); 'its forces' are that body's
    country's."""
    lexicon, lower = ctx.lexicon, ctx.sentence.lower
    at = next((i for i in clause.words if 0 < hit.index - i <= NEUTER_REACH
               and (lower[i] in lexicon.neuter_pronouns or lower[i] in lexicon.neuter_possessives)), None)
    if at is None:
        return None
    speakers = [r.placed.mention for r in ctx.reporters if r.phrase < at and not r.trailing and r.placed.first >= 0
                and ctx.entities[r.placed.mention.entity_id].kind != "Person"]
    body = speakers[-1] if speakers else ctx.last_body
    if body is None:
        return None
    entity = ctx.entities[body.entity_id]
    owner = entity.country if lower[at] in lexicon.neuter_possessives and entity.kind == "Organization" else None
    return stand_in(owner or body.entity_id, ctx.entities), body, "role:neuter-pronoun"


def _gerund_subject(ctx: SentenceContext, hit: TriggerHit) -> Subject | None:
    """'North Korea denied sending troops', 'the ministry has denied selling weapons': the speaker of a verb
    right before a gerund is its subject (a government body's or seat's country: the Kremlin → Russia)."""
    lower = ctx.sentence.lower
    if not ctx.lexicon.objects_by_position or not lower[hit.index].endswith("ing"):
        return None
    for source in ctx.reporters:
        between = range(source.phrase + 1, hit.index)
        if source.placed.first >= 0 and source.phrase < hit.index and len(between) <= 1 \
                and all(lower[j].endswith("ly") for j in between):
            mention = source.placed.mention
            entity = ctx.entities[mention.entity_id]
            owner = entity.country if entity.kind in ("Organization", "Location") else None
            return stand_in(owner or mention.entity_id, ctx.entities), mention, "role:speaker-gerund"
    return None


def _person_speaking(ctx: SentenceContext, hit: TriggerHit) -> Mention | None:
    """English 'Lavrov said he had met Kim': 'he' after a person's leading speech verb is that person."""
    if not ctx.lexicon.objects_by_position:
        return None
    people = [r.placed.mention for r in ctx.reporters if 0 <= r.placed.first and r.phrase < hit.index
              and not r.trailing and ctx.entities[r.placed.mention.entity_id].kind == "Person"]
    return people[-1] if people else None


def _pronoun_before(ctx: SentenceContext, clause: Clause, hit: TriggerHit) -> bool:
    """A subject pronoun ('He also held talks') stands in the clause before the trigger."""
    return any(ctx.sentence.lower[i] in ctx.lexicon.pronouns for i in clause.words if i < hit.index)


def _host_target(ctx: SentenceContext, roles: Participants, onto: bool = False) -> Participants:
    """A visit's target is the country of the place visited (Phenjanba érkezett → North Korea), or that country
    itself; so is an attack's or a deployment's ('fired at Kyiv' → Ukraine, 'arrived in Russia' → Russia). With
    `onto` (attacks, sanctions) only a place the event is aimed at counts where case endings say so ('Kijevre mért
    csapást', not 'Szudzsánál támadnak'); English prepositions were read when the place was found."""
    for place_id in roles.locations:
        place_entity = ctx.entities[place_id]
        country = place_id if place_entity.kind == "Country" else place_entity.country
        place = next((f for f in roles.fillers if f.entity_id == place_id), None)
        aimed = place is not None and (not onto or ctx.lexicon.objects_by_position or _aimed_at(place, ctx.lexicon))
        if country is not None and country not in roles.actors and place is not None and aimed:
            filler = Filler("target", country, place.start, place.end, "role:host-country", place.confidence)
            return replace(roles, targets=(country,), fillers=roles.fillers + (filler,))
    return roles


def _aimed_at(place: Filler, lexicon: Lexicon) -> bool:
    """The place carries a case ending of direction ('Kijevre', 'Harkivba'), read from its role rule."""
    return ":case:" in place.rule and place.rule.rsplit(":", 1)[-1] in lexicon.case_roles.get("target", ())


def _date(ctx: SentenceContext, clause: Clause, hit: TriggerHit) -> tuple[DateMention | None, str]:
    """The date nearest the trigger: in the clause, else in the clauses it hangs on, else in its 'when' clause;
    a date that only says when a source spoke ('said on Saturday') counts last; an offset ('két nappal azután,
    hogy') moves the main date."""
    offset = _offset_date(ctx, clause)
    if offset is not None:
        return offset, offset.rule
    chain = [clause, *ancestors(ctx.clauses, clause)]
    if clause.kind == "complement" and chain[1:] and chain[1].index in ctx.by_clause:
        chain = [clause]
    chain += [c for c in ctx.clauses if c.parent == clause.index and c.kind == "adverbial" and c.antecedent is None]
    where = ctx.sentence.tokens[hit.index].start
    for attached in (False, True):
        for one in chain:
            inside = [d for d in _dates_in(ctx, one) if _said_when(ctx, d) == attached]
            if inside:
                best = min(inside, key=lambda d: abs(d.start - where))
                return best, "date:" + best.rule
    return None, "date:article" if ctx.doc.published else "date:none"


def _dates_in(ctx: SentenceContext, clause: Clause) -> list[DateMention]:
    """The dates that start inside a clause's words."""
    if not ctx.dates:
        return []
    spans = [(ctx.sentence.tokens[i].start, ctx.sentence.tokens[i].end) for i in clause.words]
    return [d for d in ctx.dates if any(s <= d.start < e for s, e in spans)]


def _said_when(ctx: SentenceContext, found: DateMention) -> bool:
    """The date stands right after an attribution phrase ('KCNA said on Saturday', 'számolt be ... pénteken')."""
    return any(r.start <= found.start and found.start - r.end <= ATTACHED_CHARS
               and not _complementizer_between(ctx, r.end, found.start) for r in ctx.reporters)


def _complementizer_between(ctx: SentenceContext, start: int, end: int) -> bool:
    """'annyi állt, hogy csütörtökön ...': a date after the 'hogy' that opens what was said is the event's (hu)."""
    if ctx.lexicon.objects_by_position:
        return False
    return any(start <= t.start < end and t.text.lower() in ctx.lexicon.complementizers for t in ctx.sentence.tokens)


def _offset_date(ctx: SentenceContext, clause: Clause) -> DateMention | None:
    """'két nappal azután, hogy X': X's date is the date before the phrase moved by the offset."""
    if clause.opener is None or clause.opener == 0:
        return None
    before = ctx.sentence.tokens[clause.opener - 1].end
    for offset in ctx.offsets:
        if offset.end == before:
            anchors = [d for d in ctx.dates if d.end <= offset.start]
            if anchors:
                base = anchors[-1]
                return DateMention(offset.start, offset.end, base.value + timedelta(days=offset.days),
                                   base.precision, "date:" + offset.rule)
    return None


def _quantity(ctx: SentenceContext, clause: Clause, hit: TriggerHit) -> Quantity | None:
    """The counted quantity of the clause nearest the trigger."""
    counted = [q for q in ctx.quantities if q.counted and q.last in clause.words]
    return min(counted, key=lambda q: min(abs(q.first - hit.index), abs(q.last - hit.index))) if counted else None


def covers(clauses: list[Clause], source: Source, clause: Clause, lexicon: Lexicon, sentence: Sentence,
           continued: bool = False, trigger: int = -1) -> bool:
    """A source speaks for its own clause (in English a leading verb only for what follows it: 'Kim met X and
    said ...' reports what comes after 'said'; Hungarian puts what was said before the verb); a trailing one ('..., Yonhap reported') for what comes before it and
    for a clause that goes on with the same subject ('..., KCNA said, and promised ...') or that its own verb
    introduces right after it ('In a statement, Yonhap reported on Monday that ...'); a leading one
    ('X said that') for the clauses that depend on its clause and those that go on with their subject ('X said
    Kim met Y and praised Z'), and 'X szerint' / 'according to X' for every clause after it."""
    own = clause_of(clauses, source.phrase)
    if own is None or own.index == clause.index:
        return (own is None or source.trailing or source.whole or trigger < 0 or trigger > source.phrase
                or not lexicon.objects_by_position)
    if source.trailing:
        return clause.start < source.words.start or (
            continued and any(a.start < source.words.start for a in ancestors(clauses, clause))) or (
            clause.kind == "complement" and clause.parent == own.index and _introduces(sentence, source, clause))
    if clause.start < source.phrase or own not in ancestors(clauses, clause):
        return False
    return clause.kind != "coordinate" or source.whole or continued or any(
        sentence.lower[i] in lexicon.complementizers for i in clause.words[:2]) or _backshifted(clause, lexicon, sentence)


def _backshifted(clause: Clause, lexicon: Lexicon, sentence: Sentence) -> bool:
    """A coordinate clause after 'X said ...' whose verb is backshifted ('and Russia had sent', 'and Japan would')
    goes on with what was said."""
    return any(sentence.lower[i] in lexicon.backshift for i in clause.words[:BACKSHIFT_REACH])


def _introduces(sentence: Sentence, source: Source, clause: Clause) -> bool:
    """The complement clause opens right after the source, a few words at most and no punctuation between
    ('Yonhap reported on Monday that', 'közölte a KCNA, hogy'; not '— közölte a KCNA, két nappal azután, hogy')."""
    end = max(source.words.stop, source.phrase + 1)
    between = range(end, clause.start)
    return 0 <= len(between) <= COMPLEMENT_GAP and not any(sentence.gap_before(j).strip() for j in between)


def attribution(source: Source, entities: Mapping[str, Entity], sentence: int, suffix: str = "") -> Attribution:
    """The Attribution record of a reporter found in the text (a capital speaks for its government); `suffix`
    marks a link made from another sentence (':quote', ':back')."""
    reporter = stand_in(source.placed.mention.entity_id, entities)
    confidence = round(source.placed.mention.score * (0.7 if source.placed.first < 0 else 0.9), 2)
    return Attribution(reporter, source.verb, source.start, source.end, source.rule + suffix, sentence, confidence)


def share_locations(clauses: list[Clause], by_clause: dict[int, Event]) -> list[Event]:
    """An event that names no place takes the places of the relative or adverbial clause that hangs on it
    ('X met Y, who had arrived in Pyongyang'), or of the clause such a clause hangs on."""
    out = []
    for clause in clauses:
        event = by_clause.get(clause.index)
        if event is None:
            continue
        if not event.locations:
            for other in _linked(clauses, clause):
                places = [f for f in by_clause[other].fillers if f.role == "location"] if other in by_clause else []
                if places:
                    fillers = tuple(replace(f, rule="role:linked-clause-location") for f in places)
                    event = replace(event, locations=tuple(dict.fromkeys(f.entity_id for f in places)),
                                    fillers=event.fillers + fillers)
                    break
        out.append(event)
    return out


def _linked(clauses: list[Clause], clause: Clause) -> list[int]:
    """The relative or adverbial clauses hanging on this one, and its parent if it is one itself."""
    children = [c.index for c in clauses if c.parent == clause.index and c.kind in ("relative", "adverbial")]
    parent = [clause.parent] if clause.kind in ("relative", "adverbial") and clause.parent is not None else []
    return children + parent


def _reported(doc: Document) -> str | None:
    """Precision of an event dated only by its article: 'reported' (as of the article's date)."""
    return "reported" if doc.published else None


def _confidence(roles: Participants, when: object, reporters: list[Source], segment: str, clause: str) -> float:
    """More evidence, more confidence; teasers, headlines and borrowed roles count for less."""
    score = 0.5 + 0.15 * bool(roles.actors) + 0.1 * bool(roles.targets) + 0.1 * (when is not None) + 0.1 * bool(reporters)
    if segment != "body":
        score *= 0.8
    if clause != "main":
        score *= 0.95
    return round(min(score, 0.95), 2)
