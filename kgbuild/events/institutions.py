"""A country's institution named by a generic phrase ("Russia's Defence Ministry", "Seoul's spy agency", "a dél-koreai
hírszerzés", later "the General Staff"): the gazetteer's body of that kind and country, so it can report.

Phrases and their kinds are data (`institutions` in each lexicon file). The gazetteer's organizations are indexed
by the kinds their own aliases name, per country; a kind two bodies of one country share names neither.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from kgbuild.events.lexicon import Lexicon
from kgbuild.events.sentence import Sentence, by_identity
from kgbuild.model.entity import Entity
from kgbuild.model.mention import Mention

REACH = 48  # characters before an unknown name where an institution phrase it ends may start
_POSSESSIVE = re.compile(r"(?:'s|’s|')?[ \u00a0]+")
Index = tuple[dict[tuple[str, str], str], dict[str, str]]
_OWNERS: list[tuple[Lexicon, Mapping[str, Entity], Index]] = []
MEMO_OWNERS = 4


def with_institutions(text: str, mentions: Sequence[Mention], lexicon: Lexicon, entities: Mapping[str, Entity],
                      named: dict[str, str]) -> Sequence[Mention]:
    """The sentence's mentions with each country-plus-institution phrase made one mention of the institution
    (what it overlapped dropped), and a bare one ('the Foreign Ministry' taken as an unknown name) the body of
    that kind named earlier in the article, else of the sentence's first country. `named` remembers the
    article's institutions by kind, and which body each unknown name taken for one stood for ('the ministry'
    that in-article context gave the same unknown name)."""
    if not lexicon.institutions or not mentions:
        return mentions
    bodies, kinds = _index(lexicon, entities)
    out: Sequence[Mention] = mentions
    changed = False
    for mention in mentions:
        if mention.entity_id in kinds:
            named[kinds[mention.entity_id]] = mention.entity_id
            continue
        if mention.entity_id in named:
            out = [m.resolved_to(named[m.entity_id], "institution") if m is mention else m for m in out]
            continue
        entity = entities[mention.entity_id]
        if entity.kind == "Country" or entity.capital:
            merged = _owned(text, mention, lexicon, entities, bodies)
        elif entity.source == "nil":
            merged = _bare(text, mention, lexicon, entities, bodies, named, mentions)
        else:
            continue
        if merged is not None:
            changed = True
            named[kinds[merged.entity_id]] = merged.entity_id
            if entities[mention.entity_id].source == "nil":
                named[mention.entity_id] = merged.entity_id
            out = [m for m in out if m.end <= merged.start or m.start >= merged.end] + [merged]
    return sorted(out, key=lambda m: m.start) if changed else out


def _owned(text: str, mention: Mention, lexicon: Lexicon, entities: Mapping[str, Entity],
           bodies: dict[tuple[str, str], str]) -> Mention | None:
    """'Russia's Defence Ministry', 'Seoul's spy agency', 'a dél-koreai hírszerzés': one mention of the body."""
    country = _country_of(mention.entity_id, entities)
    found = _phrase_after(text, mention.end, lexicon) if country else None
    body = bodies.get((country or "", found[1])) if found else None
    if found is None or body is None:
        return None
    return Mention(mention.start, found[0], text[mention.start:found[0]], mention.sentence, body, mention.score,
                   "institution", f"{found[1]} of {entities[country or ''].name}")


def _bare(text: str, mention: Mention, lexicon: Lexicon, entities: Mapping[str, Entity],
          bodies: dict[tuple[str, str], str], named: dict[str, str], mentions: Sequence[Mention]) -> Mention | None:
    """An unknown name that is an institution phrase ending where it ends ('the General Staff'): the body of that
    kind the article named before, else the one of the sentence's first country; never when another name owns
    it ('Peru's General Staff' is not the one named before)."""
    window = text[max(0, mention.start - REACH):mention.end].lower()
    for phrase, kind in _longest_first(lexicon):
        start = mention.end - len(phrase)
        if window.endswith(phrase) and start <= mention.start and (start == 0 or not text[start - 1].isalnum()) \
                and not any(m.end <= start and _POSSESSIVE.fullmatch(text, m.end, start) for m in mentions):
            body = _body_for(kind, mentions, entities, bodies, named)
            if body is None:
                return None
            return Mention(start, mention.end, text[start:mention.end], mention.sentence, body, mention.score * 0.9,
                           "institution", f"{kind} named before")
    return None


def _body_for(kind: str, mentions: Sequence[Mention], entities: Mapping[str, Entity],
              bodies: dict[tuple[str, str], str], named: dict[str, str]) -> str | None:
    """The body a bare institution phrase means: the one of that kind the article named before, else the one of the
    first country the sentence names."""
    first = next((c for c in (_country_of(m.entity_id, entities) for m in mentions) if c), "")
    return named.get(kind) or bodies.get((first, kind))


def _country_of(entity_id: str, entities: Mapping[str, Entity]) -> str | None:
    """The country a name stands for when it can own an institution: itself, or a capital's country."""
    entity = entities[entity_id]
    if entity.kind == "Country":
        return entity.id
    return entity.country if entity.capital else None


def _phrase_after(text: str, end: int, lexicon: Lexicon) -> tuple[int, str] | None:
    """(end, kind) of an institution phrase right after a name ('s and spaces between; Hungarian endings after)."""
    found = lexicon.institution_patterns[0].match(text, end) if lexicon.institution_patterns else None
    return (found.end(), lexicon.institutions[found.group(1).lower()]) if found is not None else None


def _longest_first(lexicon: Lexicon) -> tuple[tuple[str, str], ...]:
    """The lexicon's institution phrases, longest first, so 'honvédelmi minisztérium' wins over a shorter one."""
    return _sorted_phrases(lexicon.institutions)


@by_identity
def _sorted_phrases(institutions: dict[str, str]) -> tuple[tuple[str, str], ...]:
    """Uncached body of `_longest_first`."""
    return tuple(sorted(institutions.items(), key=lambda kv: -len(kv[0])))


def _index(lexicon: Lexicon, entities: Mapping[str, Entity]) -> Index:
    """(country, kind) → organization, and back, from the aliases of every organization with a country; built once per
    lexicon and gazetteer (unknown names added later never name an institution), the latest few kept."""
    for owner, mapping, index in _OWNERS:
        if owner is lexicon and mapping is entities:
            return index
    index = _build(lexicon, entities)
    _OWNERS[:] = [(lexicon, entities, index), *_OWNERS[:MEMO_OWNERS - 1]]
    return index


def _build(lexicon: Lexicon, entities: Mapping[str, Entity]) -> Index:
    """Uncached body of `_index`: a kind two organizations of one country both claim is left out."""
    pattern = re.compile("|".join(rf"(?<!\w){re.escape(p)}" for p, _ in _longest_first(lexicon)))
    found: dict[tuple[str, str], set[str]] = {}
    for entity in list(entities.values()):
        if entity.kind != "Organization" or not entity.country or entity.source in ("nil", "registry"):
            continue
        for alias in {entity.name, *entity.all_aliases()}:
            hit = pattern.search(alias.lower())
            if hit is not None:
                found.setdefault((entity.country, lexicon.institutions[hit.group()]), set()).add(entity.id)
    bodies = {k: next(iter(v)) for k, v in found.items() if len(v) == 1}
    return bodies, {body: kind for (_country, kind), body in bodies.items()}


def unnamed_bodies(sentence: Sentence, lexicon: Lexicon, entities: Mapping[str, Entity],
                   named: dict[str, str]) -> dict[int, tuple[int, Mention]]:
    """'the defence ministry said', 'a védelmi minisztérium szerint' in lower case (no name finder takes it): the
    body of that kind the article named before, else of the sentence's first country, by the word index the phrase
    ends on (with the one it starts on). Only sources use these: events keep the names as found."""
    patterns = lexicon.institution_patterns
    if patterns is None or patterns[2].isdisjoint(sentence.lower):
        return {}
    bodies, _kinds = _index(lexicon, entities)
    seg, out = sentence.segment, {}
    for found in patterns[1].finditer(seg.text):
        kind = lexicon.institutions[found.group(1).lower()]
        body = _body_for(kind, [p.mention for p in sentence.mentions], entities, bodies, named)
        start, end = seg.start + found.start(1), seg.start + found.end()
        words = [k for k, t in enumerate(sentence.tokens) if start <= t.start and t.end <= end]
        if body is not None and words and all(sentence.mention_at(k) is None for k in words):
            out[words[-1]] = (words[0], Mention(start, end, found.group(), seg.index, body, 0.8, "institution",
                                                f"{kind} named before"))
    return out
