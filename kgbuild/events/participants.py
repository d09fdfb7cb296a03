"""Who is actor, target (PLOVER's recipient) and location of an event, from case endings or prepositions."""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass

from kgbuild.events.coordination import coordinated, joined_pairs
from kgbuild.events.lexicon import Lexicon, Trigger
from kgbuild.events.sentence import Placed, Sentence, by_identity, is_modifier, is_title, word_matches
from kgbuild.model.entity import Entity
from kgbuild.model.event import Filler
from kgbuild.model.record import Record
from kgbuild.nlp.memos import word_memo

_PARTICIPANT_KINDS = frozenset({"Person", "Organization", "Country", "Media"})
AGENT_GAP = 4
AGENT_PREPOSITION_GAP = 2
PARTICLE_WINDOW = 3
PREPOSITION_REACH = 4
PASSIVE_REACH = 2
INFINITIVE_MARK = "to"
GERUND_MARK = "of"
_MARKS = (INFINITIVE_MARK, GERUND_MARK)
MIN_STEM = 3
ADJECTIVES = 2
VOWELS = frozenset("aáeéiíoóöőuúüű")
_HEAD_ROLES = ("location", "source", "recipient", "target")


@dataclass(frozen=True, slots=True)
class Participants:
    """Entity ids by role, in sentence order, with the evidence for each."""

    actors: tuple[str, ...]
    targets: tuple[str, ...]
    locations: tuple[str, ...]
    fillers: tuple[Filler, ...] = ()


class _Seen(Record):
    """A mention with the role its marker gives it and the rule that says so."""

    FIELDS = ("placed", "role", "rule")

    def __init__(self, placed: Placed, role: str, rule: str) -> None:
        self.placed = placed
        self.role = role
        self.rule = rule

    def values(self) -> tuple[object, ...]:
        """The fields' values, in FIELDS order."""
        return self.placed, self.role, self.rule


def assign_roles(sentence: Sentence, trigger_index: int, trigger: Trigger, lexicon: Lexicon,
                 entities: Mapping[str, Entity], used: Collection[int], words: Collection[int],
                 subject_given: bool = False) -> Participants:
    """Places are locations; others are targets by case or preposition; the actor is the first nominative
    before the trigger (with those coordinated to it), the object the first one after it (with those listed
    with it: 'thanked Kim for the work of Russian engineers' thanks Kim). With `subject_given` the clause's subject comes from
    elsewhere (a relative pronoun's antecedent, 'he'), so every nominative here is an object. A passive agent
    ('captured by Ukraine') counts only a few words after the trigger ('praised X in a statement carried by
    KCNA': KCNA carried the statement)."""
    free = [p for p in sentence.mentions if p.first not in used and p.first in words]
    if lexicon.objects_by_position:
        end = _infinitive_after(sentence, trigger_index, words, lexicon)
        free = [p for p in free if p.first < end]
    free = [p for p in free if not is_modifier(sentence, p, lexicon.possessives, lexicon.titles)]
    seen = [_seen(sentence, p, lexicon, entities) for p in free]
    if lexicon.possessed_endings:
        seen = [_possessor(sentence, s, trigger_index, lexicon, entities) for s in seen]
    if trigger.particle is not None and lexicon.objects_by_position:
        seen = [_particle_object(sentence, s, trigger_index, trigger.particle, lexicon, entities) for s in seen]
    seen = _shared_markers(sentence, seen, lexicon, entities)
    if lexicon.objects_by_position and not trigger.host:
        seen = [_capital_recipient(s, lexicon, entities) for s in seen]
    nominative = [s for s in seen if s.role == "actor"]
    before = [] if subject_given else [s for s in nominative if s.placed.last < trigger_index]
    after = [s for s in nominative if s.placed.first > trigger_index]
    inverted = not subject_given and not lexicon.objects_by_position
    actors = _coordinated(sentence, before, lexicon) if before else (after[:1] if inverted else [])
    positional = lexicon.objects_by_position and trigger.objects
    objects = _coordinated(sentence, [s for s in after if s not in actors], lexicon) if positional else []
    targets = objects + [s for s in seen if s.role == "target" and (trigger.objects or ":head-case:" not in s.rule)]
    agents = [s for s in seen if (s.role == "agent" and _agent_of(sentence, s, trigger_index, lexicon))
              or (s.role == "source" and trigger.subject == "target")]
    if agents or (trigger.subject == "target"
                  and not (trigger.transitive and _active(sentence, trigger_index, objects, lexicon))):
        agents = agents or _demonym_sources(objects, trigger, lexicon)
        targets, actors = actors + [t for t in targets if t not in agents], agents
    locations = [s for s in seen if s.role == "location"]
    partners = [s for s in seen if s.role == "partner"]
    if partners and trigger.subject != "target" and (actors or subject_given):
        actors = actors + partners
    return _participants(actors, targets, locations, entities)


def _demonym_sources(objects: list[_Seen], trigger: Trigger, lexicon: Lexicon) -> list[_Seen]:
    """English: when the subject receives aid ('obtained Russian help', 'bought North Korean shells'), a demonym
    qualifying what was received names who gave it (not so for casualties: 'lost North Korean soldiers')."""
    if not lexicon.objects_by_position or trigger.type != "AID":
        return []
    return [s for s in objects if s.placed.mention.method == "demonym"]


def _possessor(sentence: Sentence, seen: _Seen, trigger_index: int, lexicon: Lexicon,
               entities: Mapping[str, Entity]) -> _Seen:
    """Hungarian marks the possessed noun, not its possessor: a bare name after the verb takes the case of the noun
    it owns ('felkereste Oroszország nagykövetségét', 'elítélte Észak-Korea legújabb lépését'); -i and -bb
    adjectives may stand between."""
    if seen.role != "actor" or seen.placed.first < trigger_index or not seen.rule.endswith(":nominative"):
        return seen
    j = seen.placed.last + 1
    while j < len(sentence.tokens) and j - seen.placed.last <= ADJECTIVES and not sentence.gap_before(j).strip() \
            and sentence.lower[j].endswith(("i", "bb")):
        j += 1
    if j >= len(sentence.tokens) or sentence.gap_before(j).strip() or not sentence.tokens[j].text[:1].islower():
        return seen
    word = sentence.lower[j]
    for role, endings in lexicon.possessed_endings.items():
        ending = next((e for e in endings if word.endswith(e) and len(word) - len(e) >= MIN_STEM), None)
        if ending is not None:
            return _Seen(seen.placed, _role(entities[seen.placed.mention.entity_id], role),
                         f"role:{lexicon.language}:possessed:{ending}")
    return seen


def _infinitive_after(sentence: Sentence, trigger_index: int, words: Collection[int], lexicon: Lexicon) -> int:
    """Where an infinitive after the trigger's object begins ('urged Pyongyang to halt exports to Russia': what
    follows 'to halt' is the demanded act's, not the demand's); the sentence's end when there is none."""
    size, lower = len(sentence.tokens), sentence.lower
    for j in range(trigger_index + 1, size - 1):
        if lower[j] not in _MARKS or j not in words:
            continue  # most words: no call
        if lower[j] == INFINITIVE_MARK and sentence.mention_at(j - 1) is not None \
                and _verb_like(sentence, j + 1, lexicon):
            return j
        if _gerund_after_object(sentence, trigger_index, j, lexicon):
            return j
    return size


def _gerund_after_object(sentence: Sentence, trigger_index: int, j: int, lexicon: Lexicon) -> bool:
    """'accused Moscow (on Monday) of sending troops to Pyongyang': what follows 'of' and a gerund is the act
    charged, not the accusation's target."""
    return sentence.lower[j] == GERUND_MARK and sentence.lower[j + 1].endswith("ing") \
        and _verb_like(sentence, j + 1, lexicon) \
        and any(sentence.mention_at(k) is not None for k in range(trigger_index + 1, j))


def _verb_like(sentence: Sentence, j: int, lexicon: Lexicon) -> bool:
    """The word could open a verb phrase: lower-case letters, no name, article, determiner or number."""
    word = sentence.lower[j]
    return sentence.mention_at(j) is None and sentence.tokens[j].text.isalpha() and sentence.tokens[j].text.islower() \
        and word not in lexicon.articles and word not in lexicon.determiners


def _agent_of(sentence: Sentence, seen: _Seen, trigger_index: int, lexicon: Lexicon) -> bool:
    """A passive agent belongs to the trigger when it follows it closely; in English its 'by' stands right after
    the verb (an adverb aside: 'was captured by the Ukrainian army'), not after a participle of its own
    ('fired missiles supplied by North Korea')."""
    if not lexicon.objects_by_position:
        return 0 < seen.placed.first - trigger_index <= AGENT_GAP
    return 0 < _preposition_index(sentence, seen.placed, lexicon) - trigger_index <= AGENT_PREPOSITION_GAP


def _active(sentence: Sentence, trigger_index: int, objects: list[_Seen], lexicon: Lexicon) -> bool:
    """A casualty verb with a named or counted object and no passive auxiliary before it is active: its subject
    did it ('Ukraine killed three North Korean soldiers', 'Russia's attack killed 12 people'), unlike 'soldiers
    were killed' or 'soldiers killed in Kursk'."""
    if not lexicon.passive_auxiliaries or not objects and not _counted_object(sentence, trigger_index, lexicon):
        return False
    before = [w for w in sentence.lower[max(0, trigger_index - PASSIVE_REACH):trigger_index]]
    return not any(w in lexicon.passive_auxiliaries for w in before)


def _counted_object(sentence: Sentence, trigger_index: int, lexicon: Lexicon) -> bool:
    """A count follows the verb ('the attack killed 12 people', 'wounded dozens'): the verb has an object."""
    j = trigger_index + 1
    if j >= len(sentence.tokens) or sentence.gap_before(j).strip():
        return False
    return sentence.tokens[j].text[:1].isdigit() or sentence.lower[j] in lexicon.count_words


def _participants(actors: list[_Seen], targets: list[_Seen], locations: list[_Seen],
                  entities: Mapping[str, Entity]) -> Participants:
    """Ids by role (capitals stand in for their country as actors and targets) with their fillers."""
    actor_ids = _unique(stand_in(s.placed.mention.entity_id, entities) for s in actors)
    target_ids = tuple(t for t in _unique(stand_in(s.placed.mention.entity_id, entities) for s in targets)
                       if t not in actor_ids)
    location_ids = _unique(s.placed.mention.entity_id for s in locations)
    fillers = [_filler("actor", s, entities) for s in actors] + [_filler("target", s, entities) for s in targets]
    fillers += [Filler("location", s.placed.mention.entity_id, s.placed.mention.start, s.placed.mention.end,
                       s.rule, s.placed.mention.score) for s in locations]
    return Participants(actor_ids, target_ids, location_ids, tuple(fillers))


def _filler(role: str, seen: _Seen, entities: Mapping[str, Entity]) -> Filler:
    """The evidence for one actor or target."""
    mention = seen.placed.mention
    return Filler(role, stand_in(mention.entity_id, entities), mention.start, mention.end, seen.rule, mention.score)


def stand_in(entity_id: str, entities: Mapping[str, Entity]) -> str:
    """A capital acting or speaking stands for its country's government (Szöul szerint, Pyongyang sent)."""
    entity = entities[entity_id]
    return entity.country if entity.capital and entity.country else entity_id


def _unique(ids: Iterable[str]) -> tuple[str, ...]:
    """Ids without repeats, in order."""
    return tuple(dict.fromkeys(ids))


def _coordinated(sentence: Sentence, before: list[_Seen], lexicon: Lexicon) -> list[_Seen]:
    """The first nominative before the trigger and those listed with it ('Kim and Putin signed', 'Seoul,
    Washington and Tokyo will impose')."""
    return coordinated(sentence, before, _placed, lexicon)


def _placed(seen: _Seen) -> Placed:
    """Where a seen mention stands."""
    return seen.placed


def _shared_markers(sentence: Sentence, seen: list[_Seen], lexicon: Lexicon,
                    entities: Mapping[str, Entity]) -> list[_Seen]:
    """Coordinated names share one preposition or postposition: a bare name joined to a marked one takes its
    marker ('sanctions against Russia and North Korea', 'szankciók Oroszország és Észak-Korea ellen')."""
    out = list(seen)
    for a, b in joined_pairs(sentence, seen, _placed, lexicon):
        if _bare(a) == _bare(b):
            continue
        bare, marked = (a, b) if _bare(a) else (b, a)
        if ":prep:" in marked.rule or ":postposition:" in marked.rule:
            marker = _marker_of(marked.rule, lexicon)
            role = _role(entities[bare.placed.mention.entity_id], marker)
            out[out.index(bare)] = _Seen(bare.placed, role, marked.rule.replace("role:", "role:shared:", 1))
    return out


def _bare(seen: _Seen) -> bool:
    """The mention has no marker of its own (nominative)."""
    return seen.rule.endswith(":nominative")


def _marker_of(rule: str, lexicon: Lexicon) -> str | None:
    """The marker a preposition or postposition rule names."""
    word = rule.rsplit(":", 1)[-1]
    table = lexicon.prepositions if ":prep:" in rule else lexicon.postpositions
    return next((role for role, words in table.items() if word in words), None)


def _particle_object(sentence: Sentence, seen: _Seen, trigger_index: int, particle: str, lexicon: Lexicon,
                     entities: Mapping[str, Entity]) -> _Seen:
    """A name right after a phrasal verb's own preposition is its object, not a passive agent ('will stand by
    Moscow': Moscow is supported, not the supporter)."""
    if seen.role != "agent":
        return seen
    j = _preposition_index(sentence, seen.placed, lexicon)
    if j <= trigger_index or j - trigger_index > PARTICLE_WINDOW or not word_matches(sentence.lower[j], particle):
        return seen
    role = _role(entities[seen.placed.mention.entity_id], "recipient")
    return _Seen(seen.placed, role, f"role:{lexicon.language}:particle:{sentence.lower[j]}")


def _capital_recipient(seen: _Seen, lexicon: Lexicon, entities: Mapping[str, Entity]) -> _Seen:
    """A capital after a recipient's preposition stands for its government unless the verb is a visit
    ('handed missiles over to Moscow', 'talks with Seoul'; but 'flew to Moscow' is a place)."""
    prep = seen.rule.rsplit(":", 1)[-1]
    if seen.role != "location" or ":prep:" not in seen.rule or prep not in lexicon.prepositions.get("target", ()) \
            or not entities[seen.placed.mention.entity_id].capital:
        return seen
    return _Seen(seen.placed, "target", seen.rule)


def _seen(sentence: Sentence, placed: Placed, lexicon: Lexicon, entities: Mapping[str, Entity]) -> _Seen:
    """The role a mention can play and the marker (case ending, preposition or none) that decided it."""
    marker, rule = _marker(sentence, placed, lexicon)
    return _Seen(placed, _role(entities[placed.mention.entity_id], marker), rule)


def _role(entity: Entity, marker: str | None) -> str:
    """actor, target, agent, source (from whom: the giver of what the subject receives), partner (acting with
    the subject: 'alongside Russian marines', 'Moszkva oldalán'), location or other for one entity under a marker."""
    kind = entity.kind
    if kind == "Location" and entity.capital and marker in (None, "agent", "recipient", "source", "partner"):
        return {None: "actor", "agent": "agent", "recipient": "target", "source": "source", "partner": "partner"}[marker]
    if kind == "Location":
        return "location" if marker not in ("source", "agent") else "other"
    if marker == "location" and kind == "Country":
        return "location"
    if kind not in _PARTICIPANT_KINDS:
        return "other"
    roles = {"target": "target", "recipient": "target", "agent": "agent", "source": "source", "partner": "partner",
             None: "actor"}
    return roles.get(marker, "other")


def _marker(sentence: Sentence, placed: Placed, lexicon: Lexicon) -> tuple[str | None, str]:
    """The role a case ending (hu) or the preceding preposition (en) gives a mention; None when nominative."""
    if lexicon.case_roles:
        return _case_marker(sentence, placed, lexicon)
    i = _preposition_index(sentence, placed, lexicon)
    before = sentence.lower[i] if i >= 0 else ""
    for role, words in lexicon.prepositions.items():
        if before in words:
            return role, f"role:{lexicon.language}:prep:{before}"
    return None, f"role:{lexicon.language}:nominative"


def _preposition_index(sentence: Sentence, placed: Placed, lexicon: Lexicon) -> int:
    """The word that may be a name's preposition: the one before it, past articles, a demonym and capitalized
    title words ('by Russian Ambassador Alexander Matsegora', 'to the North Korean leader Kim')."""
    i, skipped = placed.first - 1, 0
    while i >= 0 and skipped < PREPOSITION_REACH and not sentence.gap_before(i + 1).strip():
        other = sentence.mention_at(i)
        if sentence.lower[i] in lexicon.articles or (other is not None and other.mention.method == "demonym"):
            i, skipped = (other.first if other is not None else i) - 1, skipped + 1
        elif other is None and i > 0 and sentence.tokens[i].text[:1].isupper():
            i, skipped = i - 1, skipped + 1
        else:
            break
    return i


def _case_marker(sentence: Sentence, placed: Placed, lexicon: Lexicon) -> tuple[str | None, str]:
    """The case role of the ending the resolver stripped (Oroszországba → target, Ukrajnában → location);
    a demonym takes the case of the noun it qualifies (észak-koreai katonát → target)."""
    suffix = placed.mention.suffix
    if placed.mention.method == "demonym" or suffix == "i" or (not suffix and _title_follows(sentence, placed, lexicon)):
        return head_case(sentence, placed, lexicon)
    if not suffix:
        return _postposition(sentence, placed, lexicon)
    written = placed.mention.surface.lower()[-len(suffix):]
    for role in ("location", "source", "recipient", "target"):
        if written in lexicon.case_roles.get(role, ()) or (role == "target" and written.endswith(("al", "el"))):
            return role, f"role:{lexicon.language}:case:{written}"
    return "other", f"role:{lexicon.language}:case:{written}"


def _postposition(sentence: Sentence, placed: Placed, lexicon: Lexicon) -> tuple[str | None, str]:
    """A name without an ending takes its role from a postposition right after it ('Oroszország mellett')."""
    after = sentence.lower[placed.last + 1] if placed.last + 1 < len(sentence.tokens) else ""
    for role, words in lexicon.postpositions.items():
        if after in words and not sentence.gap_before(placed.last + 1).strip():
            return role, f"role:{lexicon.language}:postposition:{after}"
    return None, f"role:{lexicon.language}:nominative"


def _title_follows(sentence: Sentence, placed: Placed, lexicon: Lexicon) -> bool:
    """'Vlagyimir Putyin elnökkel': the case ending sits on the title after the name."""
    j = placed.last + 1
    if j >= len(sentence.tokens) or sentence.gap_before(j).strip():
        return False
    return word_memo(lexicon.titles, is_title)(sentence.lower[j])


def head_case(sentence: Sentence, placed: Placed, lexicon: Lexicon) -> tuple[str | None, str]:
    """The case ending of the noun after an adjective-like name (demonyms chain: dél-koreai–amerikai hadgyakorlatot)."""
    j = placed.last + 1
    while j < len(sentence.tokens):
        other = sentence.mention_at(j)
        if other is not None and other.mention.method == "demonym":
            j = other.last + 1
        elif sentence.lower[j] in lexicon.coordinators:
            j += 1
        else:
            break
    if j >= len(sentence.tokens) or sentence.gap_before(j).strip(" -–") or sentence.mention_at(j) is not None:
        return None, f"role:{lexicon.language}:nominative"
    j = _past_adjectives(sentence, j, lexicon)
    word = sentence.lower[j]
    if word in lexicon.side_words:
        return None, f"role:{lexicon.language}:side:{word}"
    after = sentence.lower[j + 1] if j + 1 < len(sentence.tokens) else ""
    for role, words in lexicon.postpositions.items():
        if after in words:
            return role, f"role:{lexicon.language}:postposition:{after}"
    for role, ending in head_endings(lexicon.case_roles):
        if _has_ending(word, ending, lexicon.consonant_accusative):
            return role, f"role:{lexicon.language}:head-case:{ending}"
    return None, f"role:{lexicon.language}:nominative"


@by_identity
def head_endings(case_roles: dict[str, tuple[str, ...]]) -> tuple[tuple[str, str], ...]:
    """The case endings `head_case` tries, in its order (by role, longest first), sorted once per lexicon."""
    return tuple((role, ending) for role in _HEAD_ROLES
                 for ending in sorted(case_roles.get(role, ()), key=len, reverse=True))


def _past_adjectives(sentence: Sentence, j: int, lexicon: Lexicon) -> int:
    """The noun after Hungarian -i adjectives ('orosz katonai vezetőket', 'észak-koreai hajózási cégek ellen'):
    the case ending sits on the noun, up to two adjectives before it."""
    if not lexicon.case_roles:
        return j
    for _ in range(ADJECTIVES):
        nxt = j + 1
        if (not sentence.lower[j].endswith("i") or nxt >= len(sentence.tokens) or sentence.gap_before(nxt).strip()
                or sentence.mention_at(nxt) is not None or not sentence.tokens[nxt].text[:1].islower()
                or sentence.lower[nxt] in lexicon.coordinators + lexicon.articles):
            return j
        j = nxt
    return j


def _has_ending(word: str, ending: str, after: str = "") -> bool:
    """A common noun ends in a case ending: long endings after a stem of three letters, one-letter ones after a vowel
    or (the accusative -t) after one of the consonants it joins directly (hu: raktárt, határt, konvojt)."""
    if not word.endswith(ending) or len(word) - len(ending) < MIN_STEM:
        return False
    before = word[-len(ending) - 1]
    return len(ending) > 1 or before in VOWELS or (ending == "t" and before in after)
