"""Who is actor, target (PLOVER's recipient) and location of an event, from case endings or prepositions."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from kgbuild.events.lexicon import Lexicon
from kgbuild.events.sentence import Placed, Sentence
from kgbuild.model.entity import Entity
from kgbuild.resolve.normalize import fold

_PARTICIPANT_KINDS = frozenset({"Person", "Organization", "Country", "Media"})


@dataclass(frozen=True, slots=True)
class Participants:
    """Entity ids by role, in sentence order."""

    actors: tuple[str, ...]
    targets: tuple[str, ...]
    locations: tuple[str, ...]


def assign_roles(sentence: Sentence, trigger: int, lexicon: Lexicon, entities: Mapping[str, Entity],
                 used: set[int]) -> Participants:
    """Places are locations; others are targets by case or preposition; the actor is the nearest nominative."""
    free = [p for p in sentence.mentions if p.first not in used]
    roles = {id(p): _role(sentence, p, lexicon, entities) for p in free}
    actor_ids = {id(p): stand_in(p.mention.entity_id, entities) for p in free}
    nominative = [p for p in free if roles[id(p)] == "actor"]
    before = [p for p in nominative if p.last < trigger]
    after = [p for p in nominative if p.first > trigger]
    actor = before[-1] if before else (after[0] if after else None)
    targets = [p for p in free if roles[id(p)] == "target"]
    if lexicon.language == "en" and actor is not None:
        targets += [p for p in after if p is not actor and p.first > trigger]
    locations = [p for p in free if roles[id(p)] == "location"]
    actors = _unique([actor_ids[id(actor)]] if actor else [])
    return Participants(
        actors=actors,
        targets=tuple(t for t in _unique(actor_ids[id(p)] for p in targets) if t not in actors),
        locations=_unique(p.mention.entity_id for p in locations),
    )


def stand_in(entity_id: str, entities: Mapping[str, Entity]) -> str:
    """A capital acting or speaking stands for its country's government (Szöul szerint, Pyongyang sent)."""
    entity = entities[entity_id]
    return entity.country if entity.capital and entity.country else entity_id


def _unique(ids: Iterable[str]) -> tuple[str, ...]:
    """Ids without repeats, in order."""
    return tuple(dict.fromkeys(ids))


def _role(sentence: Sentence, placed: Placed, lexicon: Lexicon, entities: Mapping[str, Entity]) -> str:
    """actor, target, location or other for one mention."""
    entity = entities[placed.mention.entity_id]
    kind = entity.kind
    marker = _marker(sentence, placed, lexicon)
    if kind == "Location" and entity.capital and marker is None:
        return "actor"
    if kind == "Location":
        return "location" if marker != "source" else "other"
    if marker == "location" and kind == "Country":
        return "location"
    if kind not in _PARTICIPANT_KINDS:
        return "other"
    return {"target": "target", None: "actor"}.get(marker, "other")


def _marker(sentence: Sentence, placed: Placed, lexicon: Lexicon) -> str | None:
    """The role a case ending (hu) or the preceding preposition (en) gives a mention; None when nominative."""
    if lexicon.case_roles:
        return _case_marker(placed, lexicon)
    before = sentence.lower[placed.first - 1] if placed.first > 0 else ""
    before = before if before not in ("the", "a", "an") or placed.first < 2 else sentence.lower[placed.first - 2]
    for role, words in lexicon.prepositions.items():
        if before in words:
            return role
    return None


def _case_marker(placed: Placed, lexicon: Lexicon) -> str | None:
    """The case role of the ending the resolver stripped (Oroszországba → target, Ukrajnában → location)."""
    suffix = placed.mention.suffix
    if not suffix or placed.mention.method == "demonym" or suffix == "i":
        return None
    for role in ("location", "source", "target"):
        endings = [fold(s) for s in lexicon.case_roles.get(role, ())]
        if suffix in endings or (role == "target" and suffix.endswith(("al", "el"))):
            return role
    return "other"
