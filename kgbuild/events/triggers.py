"""Trigger words: which PLOVER event a sentence reports, and in which modality."""

from __future__ import annotations

from dataclasses import dataclass

from kgbuild.events.lexicon import Lexicon, Trigger
from kgbuild.events.sentence import Sentence, word_matches

PARTICLE_WINDOW = 3
MODALITY_WINDOW = 4


@dataclass(frozen=True, slots=True)
class TriggerHit:
    """The trigger entry that fired and the word it fired on."""

    trigger: Trigger
    index: int


def find_trigger(sentence: Sentence, lexicon: Lexicon) -> TriggerHit | None:
    """The sentence's event: the first lexicon entry (priority order) that matches any free word."""
    candidates = [(i, w) for i, w in enumerate(sentence.lower)
                  if i not in sentence.covered and lexicon.any_stem.match(w)]
    if not candidates:
        return None
    for trigger in lexicon.triggers:
        for i, word in candidates:
            if _fires(sentence, i, word, trigger, lexicon) and _context_ok(sentence, trigger):
                return TriggerHit(trigger, i)
    return None


def _context_ok(sentence: Sentence, trigger: Trigger) -> bool:
    """A trigger with context words fires only when one of them is in the sentence."""
    return not trigger.context or any(_context_in(sentence, c) for c in trigger.context)


def _context_in(sentence: Sentence, pattern: str) -> bool:
    """A context pattern (one or more words, each may end in *) occurs in the sentence."""
    parts = pattern.split()
    return any(
        all(word_matches(w, p) for w, p in zip(sentence.lower[i:i + len(parts)], parts))
        and len(sentence.lower[i:i + len(parts)]) == len(parts)
        for i in range(len(sentence.lower))
    )


def _fires(sentence: Sentence, i: int, word: str, trigger: Trigger, lexicon: Lexicon) -> bool:
    """The word matches the stem (optionally after a verbal prefix) and the particle is there."""
    if any(word_matches(word, e) for e in trigger.exclude):
        return False
    if word_matches(word, trigger.stem):
        prefix = ""
    else:
        prefix = next((p for p in lexicon.verb_prefixes if word.startswith(p) and word_matches(word[len(p):], trigger.stem)), "")
        if not prefix:
            return False
    if trigger.particle is None or prefix == trigger.particle:
        return True
    near = sentence.lower[max(0, i - 1):i] + sentence.lower[i + 1:i + 1 + PARTICLE_WINDOW]
    return trigger.particle in near


def modality(sentence: Sentence, hit: TriggerHit, lexicon: Lexicon) -> str:
    """denied, negated, hypothetical, future or asserted, from cues near the trigger."""
    word = sentence.lower[hit.index]
    free = [w if j not in sentence.covered else "" for j, w in enumerate(sentence.lower)]
    near = free[max(0, hit.index - MODALITY_WINDOW):hit.index + MODALITY_WINDOW]
    cues = lexicon.modality
    if any(word_matches(w, c) for w in free for c in cues.get("denied", ())):
        return "denied"
    if any(word_matches(w, c) for w in near for c in cues.get("negated", ())):
        return "negated"
    if any(word.endswith(e) for e in lexicon.conditional_endings) or any(
        word_matches(w, c) for w in near for c in cues.get("hypothetical", ())
    ):
        return "hypothetical"
    if any(word_matches(w, c) for w in near for c in cues.get("future", ())):
        return "future"
    return "asserted"
