"""The attribution phrase table must pick the phrase the former scan did: the first, longest first, that `phrase_at`
finds at a word."""

from __future__ import annotations

import random

import pytest

from kgbuild.events.attribution import _by_first_word, phrase_starting
from kgbuild.events.lexicon import Phrase, lexicon_for
from kgbuild.events.sentence import Sentence, build_sentence, phrase_at
from kgbuild.model.document import Segment


def _sentence(lower: tuple[str, ...]) -> Sentence:
    text = " ".join(lower)
    return build_sentence(text, Segment(0, 0, len(text), text), [])


def _scanned(phrases: tuple[Phrase, ...], sentence: Sentence, i: int) -> Phrase | None:
    """The former scan: every phrase starting with the word, longest first, tested with phrase_at."""
    lower = sentence.lower
    ordered = sorted((p for p in phrases if p.words[0] == lower[i]), key=lambda p: -len(p.words))
    return next((p for p in ordered if phrase_at(sentence, i, p.words)), None)


def _sentences(phrases: tuple[Phrase, ...], rng: random.Random) -> list[tuple[str, ...]]:
    """Word sequences made of phrase words, so phrases, their prefixes and near misses all occur."""
    vocabulary = sorted({w for p in phrases for w in p.words} | {"x", "the"})
    return [tuple(rng.choice(vocabulary) for _ in range(rng.randint(1, 8))) for _ in range(400)] + \
        [p.words for p in phrases] + [p.words[:-1] for p in phrases if len(p.words) > 1]


@pytest.mark.parametrize("lang", ["en", "hu"])
@pytest.mark.parametrize("kind", ["attributions", "citations"])
def test_same_phrase_as_the_scan(lang: str, kind: str) -> None:
    phrases: tuple[Phrase, ...] = getattr(lexicon_for(lang), kind)
    table = _by_first_word(phrases)
    checked = 0
    for sentence in map(_sentence, _sentences(phrases, random.Random(5))):
        for i, word in enumerate(sentence.lower):
            if word in table:
                assert phrase_starting(table[word], sentence.lower, i) == _scanned(phrases, sentence, i)
                checked += 1
    assert checked > 500
