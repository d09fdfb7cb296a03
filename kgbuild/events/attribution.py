"""Who asserts what: attribution phrases (— számolt be a Yonhap, according to) and citations (citing)."""

from __future__ import annotations

from dataclasses import dataclass

from kgbuild.events.lexicon import Lexicon, Phrase
from kgbuild.events.sentence import Placed, Sentence, phrase_at

WINDOW_AFTER = 8
WINDOW_BEFORE = 4
_INVERSION_MARKS = ("—", "–", "-", ",", "”", '"', "»")


@dataclass(frozen=True, slots=True)
class Source:
    """A reporter or cited source found in a sentence, with the phrase that introduced it."""

    placed: Placed
    verb: str
    start: int
    end: int
    rule: str
    quote: bool
    words: range


def find_sources(sentence: Sentence, phrases: tuple[Phrase, ...], excluded: set[int], kind: str, lang: str) -> list[Source]:
    """Every source a phrase points to; `excluded` word indexes (appositions) are never sources."""
    found: list[Source] = []
    for i in range(len(sentence.tokens)):
        for phrase in phrases:
            if phrase_at(sentence, i, phrase.words) and sentence.mention_at(i) is None:
                placed = _source_for(sentence, i, phrase, excluded)
                if placed is not None:
                    last = i + len(phrase.words) - 1
                    covered = range(min(i, placed.first), max(last, placed.last) + 1)
                    found.append(Source(placed, phrase.verb, sentence.tokens[i].start, sentence.tokens[last].end,
                                        f"{kind}:{lang}:{phrase.verb}", phrase.quote, covered))
                break
    return found


def _source_for(sentence: Sentence, i: int, phrase: Phrase, excluded: set[int]) -> Placed | None:
    """The mention on the phrase's side: `inverted` reads after a dash or comma, before otherwise."""
    side = phrase.side
    if side == "inverted":
        side = "after" if any(m in sentence.gap_before(i) for m in _INVERSION_MARKS) or i == 0 else "before"
    if side == "after":
        after = i + len(phrase.words)
        return _prefer_names([p for p in sentence.mentions if after <= p.first < after + WINDOW_AFTER and p.first not in excluded])
    before = [p for p in sentence.mentions if i - WINDOW_BEFORE <= p.last < i and p.first not in excluded]
    return _prefer_names(before[::-1])


def _prefer_names(candidates: list[Placed]) -> Placed | None:
    """The first candidate that is a name; a demonym ('dél-koreai') only modifies the name after it."""
    named = [p for p in candidates if p.mention.method != "demonym"]
    best = named or candidates
    return best[0] if best else None


def lexicon_sources(sentence: Sentence, lexicon: Lexicon, excluded: set[int]) -> tuple[list[Source], list[Source]]:
    """Reporters and cited sources of one sentence."""
    lang = lexicon.language
    return (find_sources(sentence, lexicon.attributions, excluded, "attribution", lang),
            find_sources(sentence, lexicon.citations, excluded, "citation", lang))
