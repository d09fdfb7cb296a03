"""Titles that refer back to a person: 'the spokesman' / 'a szóvivő' / 'the Kremlin spokesman' → the person the
article introduced with that title ('Kremlin spokesman Dmitry Peskov', 'Dmitrij Peszkov Kreml-szóvivő',
'Budanov, head of HUR'). Nobody introduced so: no mention."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

from kgbuild.model.mention import Mention
from kgbuild.nlp.memos import WordAnswers
from kgbuild.nlp.segwords import SegmentWords
from kgbuild.nlp.tokens import TOKEN_START, Token
from kgbuild.nlp.words import HEAD, Words, words_for
from kgbuild.resolve.normalize import fold
from kgbuild.resolve.resolver import Resolver

TITLE_SCORE = 0.75
NEAR = 2
APPOSITION = 6


@dataclass(frozen=True, slots=True)
class _Introduced:
    """A person named with a title, and in which sentence."""

    title: str
    person: str
    sentence: int


def with_titles(text: str, segments: Sequence[SegmentWords], mentions: list[Mention], lang: str,
                resolver: Resolver) -> list[Mention]:
    """Mentions plus 'the <title>' references to the person the article introduced with that title; an
    organization or place between the article and the title ('the Kremlin spokesman') is absorbed."""
    words = words_for(lang)
    if words is None or not words.person_titles:
        return mentions
    people = {m.entity_id for m in mentions if resolver.index.entities[m.entity_id].kind == "Person"}
    if not people:
        return mentions
    titles = {seg.segment.index: _titles.many(seg.texts, lang) for seg in segments}
    by_sentence: dict[int, list[Mention]] = {}
    for mention in mentions:
        by_sentence.setdefault(mention.sentence, []).append(mention)
    intros = [i for seg in segments for i in _introductions(
        text, seg.tokens, titles[seg.segment.index], by_sentence.get(seg.segment.index, []), people)]
    if not intros:
        return mentions
    out = list(mentions)
    for seg in segments:
        for found, absorbed in _references(text, seg, titles[seg.segment.index], out, people, intros, words, resolver):
            if absorbed is not None:
                out.remove(absorbed)
            out.append(found)
    return sorted(out, key=lambda m: m.start)


def _title(word: str, lang: str) -> str | None:
    """`title_of` with the language's lists (`_titles` remembers it per word: most words of a text are no title)."""
    words = words_for(lang)
    return title_of(word, words) if words is not None else None





def _title_or_none(word: str, lang: str) -> str:
    """The title a word is, '' when it is none (most words)."""
    return _title(word, lang) or ""


_titles = WordAnswers(_title_or_none)  # per language and word, read at C speed

def title_of(word: str, words: Words) -> str | None:
    """The title a word is, also inflected with a possessive or case ending ('szóvivője') or as the head of a
    compound ('Kreml-szóvivő')."""
    tail = word.rsplit("-", 1)[-1]
    if fold(tail[:HEAD + 1])[:HEAD] not in words.title_heads:
        return None
    folded = fold(tail)
    for title in words.person_titles:
        if folded == title or (folded.startswith(title) and folded[len(title):] in words.title_endings):
            return title
    return None


def _introductions(text: str, tokens: list[Token], titles: Sequence[str], mentions: list[Mention],
                   people: set[str]) -> list[_Introduced]:
    """People named next to a title in one segment (`titles`: its words' titles, `mentions`: its mentions):
    right before or after the name, or in an apposition."""
    out: list[_Introduced] = []
    named = [m for m in mentions if m.entity_id in people]
    if not named:
        return out
    starts = list(map(TOKEN_START, tokens))  # at C speed
    for m in named:
        idx = range(bisect_left(starts, m.start), bisect_left(starts, m.end))  # the words inside the mention
        if not idx:
            continue
        near = list(range(max(0, idx[0] - NEAR), idx[0])) + list(range(idx[-1] + 1, min(len(tokens), idx[-1] + 1 + NEAR)))
        if "," in text[tokens[idx[-1]].end:tokens[idx[-1]].end + 2]:
            near += list(range(idx[-1] + 1, min(len(tokens), idx[-1] + 1 + APPOSITION)))
        for j in near:
            title = titles[j]
            if title and not _inside(tokens[j], mentions, m):
                out.append(_Introduced(title, m.entity_id, m.sentence))
    return out


def _inside(token: Token, mentions: list[Mention], own: Mention) -> bool:
    """The word belongs to another person's mention (then it titles that person)."""
    return any(m is not own and m.start <= token.start < m.end for m in mentions)


def _references(text: str, seg: SegmentWords, titles: Sequence[str], mentions: list[Mention], people: set[str],
                intros: list[_Introduced], words: Words,
                resolver: Resolver) -> list[tuple[Mention, Mention | None]]:
    """(person mention, the organization or place mention it absorbs or None) for each title reference (`titles`:
    those of the segment's words)."""
    out: list[tuple[Mention, Mention | None]] = []
    tokens, index = seg.tokens, seg.segment.index  # a Segment's attributes are slow to read: once, not per mention
    taken = [(m.start, m.end) for m in mentions if m.sentence == index]
    ends = {m.end: m for m in mentions if m.sentence == index}
    for i, title in enumerate(titles):
        if i == 0 or not title:
            continue
        token = tokens[i]
        if any(s <= token.start < e for s, e in taken) or "-" in token.text:
            continue
        absorbed = _qualifier(text, tokens, i, ends, people)
        first = absorbed.start if absorbed is not None else token.start
        before = tokens[i - 1] if absorbed is None else next((t for t in reversed(tokens) if t.end <= absorbed.start), None)
        opened = absorbed is not None and fold(absorbed.surface.split()[0]) in words.articles
        if not opened and (before is None or fold(before.text) not in words.articles):
            continue
        person = _person(title, index, intros, mentions)
        if person is not None:
            name = resolver.index.entities[person].name
            surface = text[first:token.end]
            why = f"{surface!r} → {name}: the person this article introduced as {title!r}"
            out.append((Mention(first, token.end, surface, index, person, TITLE_SCORE, "in-document", why),
                        absorbed))
    return out


def _qualifier(text: str, tokens: list[Token], i: int, ends: dict[int, Mention], people: set[str]) -> Mention | None:
    """A non-person mention right before the title ('the Kremlin spokesman', 'a Kreml szóvivője')."""
    mention = ends.get(tokens[i - 1].end)
    if mention is None or mention.entity_id in people or text[mention.end:tokens[i].start].strip():
        return None
    return mention


def _person(title: str, sentence: int, intros: list[_Introduced], mentions: list[Mention]) -> str | None:
    """Of the people introduced with this title in an earlier sentence, the one mentioned last before this
    sentence (a title next to the person in the same sentence is an apposition, not a reference back)."""
    ids = {i.person for i in intros if i.title == title and i.sentence < sentence}
    named = [m for m in mentions if m.entity_id in ids and m.sentence < sentence]
    return max(named, key=lambda m: m.start).entity_id if named else None
