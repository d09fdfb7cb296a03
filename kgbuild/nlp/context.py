"""In-document context: 'az orosz politikus' / 'the North Korean leader' → the person of that country named last;
'a szolgálat' / 'the agency' → the organization or outlet of that type named last; 'a dél-koreai hírszerzés' →
that country's intelligence service."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from functools import lru_cache
from itertools import islice

from kgbuild.caches import WORD_CACHE
from kgbuild.model.document import Segment
from kgbuild.model.entity import Entity
from kgbuild.model.mention import Mention
from kgbuild.nlp.memos import EntityValues, WordAnswers
from kgbuild.nlp.descriptions import gazetteer_description, may_describe
from kgbuild.nlp.titles import with_titles
from kgbuild.nlp.segwords import SegmentWords
from kgbuild.nlp.tokens import Token, iter_tokens
from kgbuild.nlp.words import HEAD, Reference, Words, words_for
from kgbuild.resolve.index import AliasIndex
from kgbuild.resolve.normalize import fold
from kgbuild.resolve.resolver import Resolver, suffix_of
from kgbuild.resolve.suffixes import rules_for, stems

REFERENCE_SCORE = 0.75


def role_descriptions(text: str, segments: Sequence[SegmentWords], mentions: list[Mention], lang: str,
                      resolver: Resolver) -> list[Mention]:
    """Mentions with descriptions resolved: demonym + person noun spans become the person they describe,
    descriptions of organizations and outlets ('a szolgálat', 'the agency') the one they refer back to, and
    titles ('the spokesman') the person introduced with them."""
    described = _person_descriptions(text, segments, mentions, lang, resolver)
    return with_titles(text, segments, with_references(text, segments, described, lang, resolver), lang, resolver)


def _person_descriptions(text: str, segments: Sequence[SegmentWords], mentions: list[Mention], lang: str,
                         resolver: Resolver) -> list[Mention]:
    """Mentions with demonym + person noun spans replaced by the person they describe, where one fits."""
    nouns = _person_nouns(lang)
    if not nouns:
        return mentions
    out = list(mentions)
    for i, mention in enumerate(mentions):
        described = gazetteer_description(text, mention, out[:i], lang, resolver) \
            if may_describe(mention, resolver) else None
        if described is not None and not _name_follows(text, described.end, mentions, resolver):
            out[i] = described
            continue
        if mention.method != "demonym":
            continue
        found = _noun_after(text, mention, nouns, lang)
        if found and _name_follows(text, found[0], mentions, resolver):
            continue
        appositive = _apposed_person(text, found[0], mentions, resolver) if found else None
        person = appositive or (_last_person_of(out[:i], mention.entity_id, resolver) if found else None)
        if found and person:
            end, suffix = found
            name = resolver.index.entities[person].name
            surface = text[mention.start:end]
            why = ("the person named right after it" if appositive
                   else "the last person of that country named in this article")
            out[i] = Mention(mention.start, end, surface, mention.sentence, person, 0.8, "in-document",
                             f"{surface!r} → {name}: {why}", suffix)
    return out


def _apposed_person(text: str, end: int, mentions: Sequence[Mention], resolver: Resolver) -> str | None:
    """'Az észak-koreai vezető, Kim Dzsongun': the person named right after the description and a comma."""
    nxt = next((m for m in mentions if m.start >= end), None)
    if nxt is None or text[end:nxt.start].strip() != "," or resolver.index.entities[nxt.entity_id].kind != "Person":
        return None
    return nxt.entity_id


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
    words = iter_tokens(text, mention.end, mention.end + 60)
    first = next(words, None)
    if first is None or text[mention.end:first.start].strip() or not _may_open_noun(first.text.lower(), lang):
        return None
    following = [first] + list(islice(words, len(nouns[0]) - 1))
    lower = [t.text.lower() for t in following]
    stems_lower = [{stem.lower() for stem, _ in stems(word, lang)} for word in lower]
    for noun in nouns:
        size = len(noun)
        if size <= len(lower) and lower[:size - 1] == list(noun[:-1]) and noun[-1] in stems_lower[size - 1]:
            return following[size - 1].end, suffix_of(lower[size - 1], noun[-1])
    return None


@lru_cache(maxsize=WORD_CACHE)
def _may_open_noun(lower: str, lang: str) -> bool:
    """Whether a person noun may start at this lower-case word (it or one of its stems is a noun's first word): most
    words after a demonym start none, and then `_noun_after` reads no further."""
    firsts = frozenset(noun[0] for noun in _person_nouns(lang))
    return lower in firsts or any(stem.lower() in firsts for stem, _ in stems(lower, lang))


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


def with_references(text: str, segments: Sequence[SegmentWords], mentions: list[Mention], lang: str,
                    resolver: Resolver) -> list[Mention]:
    """Mentions plus the descriptions that refer to an organization or outlet: after a definite article, the one
    of that type named last ('a szolgálat' → the NIS named before); after a demonym, that country's one
    ('a dél-koreai egyesített vezérkar' → the JCS), which replaces the demonym mention."""
    words = words_for(lang)
    if words is None or not words.references:
        return mentions
    out = list(mentions)
    for seg in segments:
        starts = {i for i, opens in enumerate(_opening.many(seg.texts, lang)) if opens}
        if not starts:
            continue
        for found, replaced in list(_references(text, seg.segment, seg.tokens, starts, out, words, lang, resolver)):
            if replaced is not None:
                out.remove(replaced)
            out.append(found)
    return sorted(out, key=lambda m: m.start)


def _opens_reference(word: str, lang: str) -> bool:
    """The word (or a stem of it) is the first word of one of the language's references (`_opening` remembers it)."""
    firsts, heads = _reference_firsts(lang)
    return fold(word[:HEAD + 1])[:HEAD] in heads and any(fold(stem) in firsts for stem, _ in stems(word, lang))


_opening = WordAnswers(_opens_reference)  # whether each word may open a reference (most may not)


@lru_cache(maxsize=8)
def _reference_firsts(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The first words of a language's references, and their first HEAD letters (to rule most words out at once)."""
    words = words_for(lang)
    firsts = frozenset(r.words[0] for r in words.references) if words is not None else frozenset()
    return firsts, frozenset(w[:HEAD] for w in firsts)


def _references(text: str, seg: Segment, tokens: list[Token], starts: set[int], mentions: list[Mention],
                words: Words, lang: str, resolver: Resolver) -> Iterator[tuple[Mention, Mention | None]]:
    """(new mention, the demonym mention it replaces or None) for each description starting at one of the
    `starts` words of a segment."""
    index = seg.index  # a Segment's attributes are slow to read: once, not per mention
    here = [m for m in mentions if m.sentence == index]
    ends = {m.end: m for m in here}
    taken = [(m.start, m.end) for m in here]
    by_first, singles = _references_by_first_word(lang)
    for i in sorted(starts):
        token = tokens[i]
        if any(s <= token.start < e for s, e in taken):
            continue
        demonym = _demonym_before(text, tokens, i, ends, words, resolver)
        opened = demonym is not None or (i > 0 and fold(tokens[i - 1].text) in words.articles)
        matched = [(end, ref) for ref in by_first.get(fold(token.text), singles) if (opened or ref.bare)
                   and (end := _matches(tokens, i, ref, taken, lang)) is not None]
        if not matched:
            continue
        end = max(e for e, _ in matched)
        refs = tuple(r for e, r in matched if e == end)
        written = _written(text, demonym, token.start, refs[0]) if demonym is not None else ()
        found = _referent(refs, token.start, mentions, demonym, written, resolver)
        if found is not None:
            start = demonym.start if demonym is not None else token.start
            taken.append((start, tokens[end].end))
            ends.pop(demonym.end if demonym is not None else -1, None)
            yield _reference_mention(text, seg, start, tokens[end], found, refs[0], lang), demonym


@lru_cache(maxsize=8)
def _references_by_first_word(lang: str) -> tuple[dict[str, tuple[Reference, ...]], tuple[Reference, ...]]:
    """`references_by_first` of a language's references, remembered under the language's name: a cache keyed by the
    references themselves hashes every one of them (an interpreted dataclass method) on each call."""
    words = words_for(lang)
    return references_by_first(words.references if words is not None else ())


@lru_cache(maxsize=8)
def references_by_first(references: tuple[Reference, ...]) -> tuple[dict[str, tuple[Reference, ...]],
                                                                      tuple[Reference, ...]]:
    """The references that may stand at a word, by its folded form (in their order): those whose first word it is
    and the one-word ones (their word may be inflected); for any other word the one-word ones alone. `_matches`
    finds no other there, so a start is tested against a few references instead of all of them."""
    singles = tuple(r for r in references if len(r.words) == 1)
    firsts = {r.words[0] for r in references if len(r.words) > 1}
    return {w: tuple(r for r in references if len(r.words) == 1 or r.words[0] == w) for w in firsts}, singles


def _demonym_before(text: str, tokens: list[Token], i: int, ends: dict[int, Mention], words: Words,
                    resolver: Resolver) -> Mention | None:
    """The demonym (or country possessive) mention that a description starting at word i qualifies, with at most a
    few lower-case words between ('dél-koreai [egyesített] vezérkar', "South Korea's spy agency"); None when
    there is none."""
    for back in range(1, words.modifiers + 2):
        j = i - back
        if j < 0:
            return None
        mention = ends.get(tokens[j].end)
        if mention is not None:
            entity = resolver.index.entities[mention.entity_id]
            qualifies = mention.method == "demonym" or (entity.kind == "Country" and mention.suffix in words.possessives)
            return mention if qualifies and _country(entity) else None
        if not tokens[j].text.islower() or text[tokens[j].end:tokens[j + 1].start].strip():
            return None
    return None


def _matches(tokens: list[Token], i: int, ref: Reference, taken: list[tuple[int, int]], lang: str) -> int | None:
    """Index of the last word when the reference's words stand at word i (the last may carry a case ending)."""
    last = i + len(ref.words) - 1
    if last >= len(tokens) or any(fold(t.text) != w for t, w in zip(tokens[i:last], ref.words[:-1])):
        return None
    if any(s <= t.start < e for t in tokens[i:last + 1] for s, e in taken):
        return None
    return last if any(fold(stem) == ref.words[-1] for stem, _ in stems(tokens[last].text, lang)) else None


def _written(text: str, demonym: Mention, start: int, ref: Reference) -> tuple[str, ...]:
    """The folded words from the demonym to the description's head, the head as its stem ('dél-koreai',
    'egyesített', 'vezérkar')."""
    return tuple(fold(w) for w in (demonym.surface + " " + text[demonym.end:start]).split()) + ref.words


def _referent(refs: tuple[Reference, ...], at: int, mentions: list[Mention], demonym: Mention | None,
              written: tuple[str, ...], resolver: Resolver) -> Entity | None:
    """The entity of one of the references' types named last before it ('the agency': an outlet or a spy agency);
    after a demonym, that country's one named in the article (before it, else after it), else the only one of that
    country in the gazetteer named as written, with or without the demonym ('dél-koreai egyesített vezérkar' →
    Egyesített Vezérkar)."""
    entities = resolver.index.entities
    country = _country(entities[demonym.entity_id]) if demonym is not None else None
    named = [m for m in mentions if any(fits(entities[m.entity_id], r) for r in refs)
             and (country is None or entities[m.entity_id].country == country)]
    before = [m for m in named if m.end <= at]
    if before:
        return entities[max(before, key=lambda m: m.start).entity_id]
    after = [m for m in named if m.start > at]
    if country is None:
        return None
    if after:
        return entities[min(after, key=lambda m: m.start).entity_id]
    ids = _of_country(resolver.index, country, {k for r in refs for k in r.kinds}, written)
    if not ids and any(r.unique for r in refs):
        ids = [e.id for e in resolver.index.by_country().get(country, ()) if any(fits(e, r) for r in refs if r.unique)]
    return entities[ids[0]] if len(ids) == 1 else None


def fits(entity: Entity, ref: Reference) -> bool:
    """The entity is of the reference's kind and one of its names contains one of the reference's name words."""
    if entity.kind not in ref.kinds:
        return False
    if not ref.names:
        return True
    names = _folded_names(entity)
    return any(word in names for word in ref.names)


def _joined_names(entity: Entity) -> str:
    """An entity's names, folded and joined."""
    return " ".join(fold(n) for n in entity.all_aliases())


_folded_names = EntityValues(_joined_names)  # made once per entity record: `fits` is asked for every mention


def _of_country(index: AliasIndex, country: str, kinds: set[str], written: tuple[str, ...]) -> list[str]:
    """Ids of the gazetteer entities of a country named as written, with or without the demonym."""
    forms = {written, written[1:]}
    return [e.id for e in index.by_country().get(country, ()) if e.kind in kinds
            and any(tuple(fold(w) for w in name.split()) in forms for name in e.all_aliases())]


def _country(entity: Entity) -> str | None:
    """The country a demonym names: the country itself, or the country of a place ('szöuli')."""
    return entity.id if entity.kind == "Country" else entity.country


def _reference_mention(text: str, seg: Segment, start: int, last: Token, entity: Entity, ref: Reference,
                       lang: str) -> Mention:
    """The description as a mention of the entity it refers to, with its case ending and the reason."""
    stem = next((s for s, _ in stems(last.text, lang) if fold(s) == ref.words[-1]), last.text)
    surface = text[start:last.end]
    why = f"{surface!r} → {entity.name}: a description of that kind of {entity.kind.lower()}, named earlier in this " \
          "article or the only one of that country"
    return Mention(start, last.end, surface, seg.index, entity.id, REFERENCE_SCORE, "in-document", why,
                   suffix_of(last.text, stem))
