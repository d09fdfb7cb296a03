"""In-document context: 'az orosz politikus' / 'the North Korean leader' → the person of that country named last."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from kgbuild.model.document import Segment
from kgbuild.model.mention import Mention
from kgbuild.nlp.descriptions import gazetteer_description
from kgbuild.nlp.tokens import tokens_at
from kgbuild.resolve.resolver import Resolver, suffix_of
from kgbuild.resolve.suffixes import rules_for, stems


def role_descriptions(text: str, segments: Sequence[Segment], mentions: list[Mention], lang: str,
                      resolver: Resolver) -> list[Mention]:
    """Mentions with demonym + person noun spans replaced by the person they describe, where one fits."""
    nouns = _person_nouns(lang)
    if not nouns:
        return mentions
    out = list(mentions)
    for i, mention in enumerate(mentions):
        described = gazetteer_description(text, mention, out[:i], lang, resolver)
        if described is not None and not _name_follows(text, described.end, mentions, resolver):
            out[i] = described
            continue
        if mention.method != "demonym":
            continue
        found = _noun_after(text, mention, nouns, lang)
        if found and _name_follows(text, found[0], mentions, resolver):
            continue
        person = _last_person_of(out[:i], mention.entity_id, resolver) if found else None
        if found and person:
            end, suffix = found
            name = resolver.index.entities[person].name
            surface = text[mention.start:end]
            out[i] = Mention(mention.start, end, surface, mention.sentence, person, 0.8, "in-document",
                             f"{surface!r} → {name}: the last person of that country named in this article", suffix)
    return out


@lru_cache(maxsize=8)
def _person_nouns(lang: str) -> tuple[tuple[str, ...], ...]:
    """The language's person nouns as word tuples, longest first (then in the order of the rule file)."""
    rules = rules_for(lang)
    if rules is None:
        return ()
    nouns = dict.fromkeys(tuple(n.split()) for n in rules.person_nouns)
    return tuple(sorted(nouns, key=len, reverse=True))


def _noun_after(text: str, mention: Mention, nouns: Sequence[tuple[str, ...]], lang: str) -> tuple[int, str] | None:
    """End offset and case ending of a person noun right after the demonym, if there is one."""
    following = tokens_at(text, mention.end, mention.end + 60, len(nouns[0]))
    if not following or text[mention.end:following[0].start].strip():
        return None
    lower = [t.text.lower() for t in following]
    stems_lower = [{stem.lower() for stem, _ in stems(word, lang)} for word in lower]
    for noun in nouns:
        size = len(noun)
        if size <= len(lower) and lower[:size - 1] == list(noun[:-1]) and noun[-1] in stems_lower[size - 1]:
            return following[size - 1].end, suffix_of(lower[size - 1], noun[-1])
    return None


def _name_follows(text: str, end: int, mentions: Sequence[Mention], resolver: Resolver) -> bool:
    """'Russian President Vladimir Putin': the description is the title of the person named right after it."""
    nxt = next((m for m in mentions if m.start >= end), None)
    return (nxt is not None and not text[end:nxt.start].strip()
            and resolver.index.entities[nxt.entity_id].kind == "Person")


def _last_person_of(before: Sequence[Mention], country_id: str, resolver: Resolver) -> str | None:
    """The most recent person mention whose entity belongs to the country."""
    for mention in reversed(before):
        entity = resolver.index.entities[mention.entity_id]
        if entity.kind == "Person" and entity.country == country_id:
            return entity.id
    return None
