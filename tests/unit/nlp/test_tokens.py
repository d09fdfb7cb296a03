"""Tokens: offsets, the shortcuts that read only the first words, and the per-segment word facts."""

from __future__ import annotations

import random

import pytest

from kgbuild.model.document import Segment
from kgbuild.nlp.segwords import Covered, segment_words
from kgbuild.nlp.tokens import Token, first_word, tokenize, tokens_at

TEXT = "Kim Dzsongun–Putyin, NATO-val;  Russia's 26-án — 'x' y- z"


def test_tokens_keep_inner_hyphens_and_apostrophes() -> None:
    assert [t.text for t in tokenize(TEXT)] == ["Kim", "Dzsongun", "Putyin", "NATO-val", "Russia's", "26-án", "x", "y", "z"]
    assert all(TEXT[t.start:t.end] == t.text for t in tokenize(TEXT))


def test_tokenize_gives_a_new_list_each_time() -> None:
    first = tokenize(TEXT, 10)
    first.clear()
    assert tokenize(TEXT, 10)[0] == Token(10, 13, "Kim")


def test_first_words_equal_tokenizing_the_slice() -> None:
    rng = random.Random(1)
    for _ in range(300):
        start, end = sorted(rng.sample(range(len(TEXT) + 5), 2))
        expected = tokenize(TEXT[start:end], start)
        assert tokens_at(TEXT, start, end, 3) == expected[:3]
        assert first_word(TEXT, start, end) == (expected[0].text if expected else None)


def test_segment_words() -> None:
    text = "Intro. Kim Dzsongun, az észak-koreai vezető"
    words = segment_words(text, Segment(1, 7, len(text), text[7:]), "hu")
    assert words.texts == ("Kim", "Dzsongun", "az", "észak-koreai", "vezető")
    assert words.folded == ("kim", "dzsongun", "az", "eszak-koreai", "vezeto")
    assert words.capitalized == (True, True, False, False, False)
    assert words.joined == (True, False, True, True)  # the comma after Dzsongun
    assert words.tokens[0] == Token(7, 10, "Kim")


def test_covered_is_any_span_containing_the_offset() -> None:
    rng = random.Random(2)
    for _ in range(200):
        spans = [(s, s + rng.randint(1, 6)) for s in rng.sample(range(40), rng.randint(0, 6))]
        covered = Covered(spans)
        for pos in range(-1, 50):
            assert (pos in covered) == any(s <= pos < e for s, e in spans)


@pytest.mark.parametrize("limit", [0, 1, 3, 50])
def test_tokens_at_is_the_first_words_of_the_window(limit: int) -> None:
    text = "Az észak-koreai vezető, Kim Dzsongun 2025-ben NATO-val tárgyalt."
    expected = tokenize(text[3:60], 3)[:limit]
    assert tokens_at(text, 3, 60, limit) == expected
    assert all(type(t) is Token for t in tokens_at(text, 3, 60, limit))
