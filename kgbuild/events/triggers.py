"""Trigger words: which PLOVER event a sentence reports, and in which modality."""

from __future__ import annotations

import re
from collections.abc import Collection

from kgbuild.events.lexicon import Lexicon, Trigger
from kgbuild.events.sentence import (Sentence, any_word_matches, by_identity, line_matcher, matches_any,
                                     phrase_matcher, word_matches)
from kgbuild.model.record import Record
from kgbuild.nlp.memos import word_memo

PARTICLE_WINDOW = 3
MODALITY_WINDOW = 4
MODALITY_BEFORE = 6
PARTICIPLE_GAP = 3


class TriggerHit(Record):
    """The trigger entry that fired and the word it fired on."""

    FIELDS = ("trigger", "index")

    def __init__(self, trigger: Trigger, index: int) -> None:
        self.trigger = trigger
        self.index = index

    def values(self) -> tuple[object, ...]:
        """The fields' values, in FIELDS order."""
        return self.trigger, self.index


Fired = dict[int, tuple[int, Trigger]]


def find_trigger(sentence: Sentence, lexicon: Lexicon, words: Collection[int] | None = None,
                 fired: Fired | None = None) -> TriggerHit | None:
    """A clause's event: the first lexicon entry (priority order) that fires on a free word of the clause."""
    ranked = ranked_triggers(sentence, lexicon, words, fired)
    return ranked[0] if ranked else None


def ranked_triggers(sentence: Sentence, lexicon: Lexicon, words: Collection[int] | None = None,
                    fired: Fired | None = None) -> list[TriggerHit]:
    """The trigger words of a clause, best first (lexicon priority; a participle qualifying a noun last)."""
    fired = firing(sentence, lexicon) if fired is None else fired
    ranked = sorted((rank, i) for i, (rank, _t) in fired.items() if words is None or i in words)
    if len(ranked) > 1 and lexicon.objects_by_position:
        reduced = [(r, i) for r, i in ranked if reduced_participle(sentence, i, lexicon)]
        ranked = [(r, i) for r, i in ranked if (r, i) not in reduced] + reduced
    return [TriggerHit(lexicon.triggers[rank], index) for rank, index in ranked]


def reduced_participle(sentence: Sentence, i: int, lexicon: Lexicon) -> bool:
    """'missiles supplied by North Korea', 'soldiers sent to Kursk': a verb right after a common noun and before a
    preposition qualifies that noun, so another event word of the clause is its event (English word order)."""
    if i == 0 or i + 1 >= len(sentence.tokens) or sentence.gap_before(i) != " " or sentence.mention_at(i - 1):
        return False
    before, after = sentence.lower[i - 1], sentence.lower[i + 1]
    if not sentence.tokens[i - 1].text.isalpha() or not sentence.tokens[i - 1].text.islower() or before.endswith("ly"):
        return False
    return before not in _function_words(lexicon) and any(after in words for words in lexicon.prepositions.values())


@by_identity
def _function_words(lexicon: Lexicon) -> frozenset[str]:
    """Words after which a verb is finite, not a participle qualifying a noun (had, will, the, and, that, it)."""
    return frozenset(lexicon.auxiliaries + lexicon.determiners + lexicon.articles + lexicon.coordinators
                     + lexicon.complementizers + lexicon.pronouns + lexicon.neuter_pronouns + lexicon.gap_words
                     + lexicon.passive_auxiliaries)


def trigger_words(fired: Fired, words: Collection[int]) -> list[int]:
    """Word indexes of a clause where some trigger fires (for splitting a clause between two events)."""
    return sorted(i for i in fired if i in words)


def firing(sentence: Sentence, lexicon: Lexicon) -> Fired:
    """For each word where a trigger fires, the best-ranked entry (its position in the lexicon); compute once
    per sentence and pass it on."""
    out: Fired = {}
    stems = word_memo(lexicon.any_stem, _may_fire).many(sentence.lower)
    for i in [i for i, stem in enumerate(stems)
              if stem and i not in sentence.covered and not participle(sentence, i, lexicon)]:
        word = sentence.lower[i]
        nominal = i > 0 and (sentence.lower[i - 1] in lexicon.determiners
                             or sentence.lower[i - 1] in lexicon.compound_nouns)
        for rank, prefix in _stem_matches(word, lexicon):
            trigger = lexicon.triggers[rank]
            if nominal and trigger.particle is None:
                continue
            if _particle_ok(sentence, i, prefix, trigger) and _context_ok(_context_words(sentence, i, lexicon, trigger),
                                                                          trigger.context):
                out[i] = (rank, trigger)
                break
    return out


def participle(sentence: Sentence, i: int, lexicon: Lexicon) -> bool:
    """A past form right before a noun it qualifies ('a Kurszkba vezényelt csapatok') is an adjective, not a verb;
    -i adjectives may stand between. A head in the accusative ('küldött katonákat') leaves it a verb, and a
    nationality before the head ('az Oroszországba vezényelt észak-koreai katonák') names who deployed them, so
    the phrase still tells the event. Nouns in the accusative ('szankciókat', 'támadást') are no participles."""
    endings, heads, nouns = lexicon.participles
    if not endings or not sentence.lower[i].endswith(endings) or sentence.lower[i].endswith(nouns):
        return False
    j = i + 1
    while j < len(sentence.lower) and j - i <= PARTICIPLE_GAP and not sentence.gap_before(j).strip() and (
            sentence.lower[j].endswith("i")):
        if sentence.mention_at(j) is not None:
            return False
        j += 1
    if j >= len(sentence.lower) or j - i > PARTICIPLE_GAP or sentence.gap_before(j).strip():
        return False
    head = sentence.lower[j]
    return not head.endswith("t") and matches_any(head, heads)


def _may_fire(word: str, any_stem: re.Pattern[str]) -> bool:
    """Some trigger stem (after a verbal prefix or not) starts the word: one test rules out most words."""
    return any_stem.match(word) is not None


def _context_words(sentence: Sentence, i: int, lexicon: Lexicon, trigger: Trigger) -> tuple[str, ...]:
    """Where a trigger's context words count: the whole sentence, or for the types of a lexicon's `context_window`
    the words near it, so 'katonákat küldött, és fegyvereket is szállított' sends troops and ships arms."""
    window, types = lexicon.context_window
    near = window and trigger.type in types
    return sentence.lower[max(0, i - window):i + window + 1] if near else sentence.lower


def _context_ok(words: tuple[str, ...], context: tuple[str, ...]) -> bool:
    """A trigger with context words fires only when one of them is in the sentence: one compiled search over the
    words joined one a line, instead of matching every pattern at every word in Python."""
    return not context or (bool(words) and phrase_matcher(context).search("\n".join(words)) is not None)


_STEM_CACHE: dict[int, tuple[tuple[Trigger, ...], dict[str, tuple[tuple[int, str], ...]]]] = {}
_STEM_CACHE_WORDS = 20000


def _stem_matches(word: str, lexicon: Lexicon) -> tuple[tuple[int, str], ...]:
    """The entries (rank, verbal prefix used) whose stem the word matches and that do not exclude it; memoized
    per lexicon, since the answer depends on the word alone."""
    owner, cache = _STEM_CACHE.setdefault(id(lexicon.triggers), (lexicon.triggers, {}))
    if owner is not lexicon.triggers:
        owner, cache = _STEM_CACHE[id(lexicon.triggers)] = (lexicon.triggers, {})
    found = cache.get(word)
    if found is None:
        found = tuple((rank, prefix) for rank, trigger in enumerate(lexicon.triggers)
                      if (prefix := _prefix_for(word, trigger.stem, lexicon.verb_prefixes)) is not None
                      and not any(word_matches(word, e) or word_matches(word[len(prefix):], e) for e in trigger.exclude))
        if len(cache) < _STEM_CACHE_WORDS:
            cache[word] = found
    return found


def _prefix_for(word: str, stem: str, prefixes: tuple[str, ...]) -> str | None:
    """'' when the word matches the stem as written, the verbal prefix when it matches after one, else None."""
    if word_matches(word, stem):
        return ""
    return next((p for p in prefixes if word.startswith(p) and word_matches(word[len(p):], stem)), None)


def _particle_ok(sentence: Sentence, i: int, prefix: str, trigger: Trigger) -> bool:
    """The trigger's particle is its verbal prefix or stands next to it (ismerte el, held talks)."""
    if trigger.particle is None or (prefix and word_matches(prefix, trigger.particle)):
        return True
    before = () if trigger.particle_after else sentence.lower[max(0, i - 1):i]
    near = before + (() if trigger.particle_before else sentence.lower[i + 1:i + 1 + PARTICLE_WINDOW])
    return any_word_matches(near, trigger.particle)


def modality(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> str:
    """denied, negated, hypothetical, future or asserted, from cues near the trigger (not the trigger itself:
    'dismissed the offer' is a rejection, not a denial of one)."""
    word = sentence.lower[hit.index]
    covered = sentence.covered
    free = _lines([w for j, w in enumerate(sentence.lower) if j not in covered and j != hit.index])
    start = max(0, hit.index - MODALITY_BEFORE)
    near = _lines([w for j, w in enumerate(sentence.lower[start:hit.index + MODALITY_WINDOW], start=start)
                   if j not in covered and j != hit.index])
    cues = lexicon.modality
    if _any_cue(free, cues.get("denied", ())):
        return "denied"
    if _any_cue(near, cues.get("negated", ())):
        return "negated"
    if word.endswith(lexicon.conditional_endings) or _any_cue(near, cues.get("hypothetical", ())):
        return "hypothetical"
    if _any_cue(near, cues.get("future", ())):
        return "future"
    return "asserted"


def _lines(words: list[str]) -> str | None:
    """Words joined by newlines, one a line (words never hold a newline), for `_any_cue`; None for no words."""
    return "\n".join(words) if words else None


def _any_cue(lines: str | None, cues: tuple[str, ...]) -> bool:
    """Some word (a line) matches some cue pattern: one scan instead of a match per word."""
    return lines is not None and line_matcher(cues).search(lines) is not None
