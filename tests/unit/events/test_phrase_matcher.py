"""The compiled pattern tests (trigger context phrases, word and pattern lists) must agree with `word_matches`."""

from __future__ import annotations

import random

import pytest

from kgbuild.events.lexicon import lexicon_for
from kgbuild.events.sentence import any_word_matches, matches_any, phrase_matcher, word_matches


def _word_by_word(words: tuple[str, ...], pattern: str) -> bool:
    """The former definition: the pattern's words match consecutive words somewhere in the sentence."""
    parts = pattern.split()
    return any(
        all(word_matches(w, p) for w, p in zip(words[i:i + len(parts)], parts))
        and len(words[i:i + len(parts)]) == len(parts)
        for i in range(len(words))
    )


def _compiled(words: tuple[str, ...], patterns: tuple[str, ...]) -> bool:
    return bool(words) and phrase_matcher(patterns).search("\n".join(words)) is not None


CASES = [
    (("attacks",), ("attack*",)),
    (("attack",), ("attacks",)),
    (("attacks",), ("attack",)),
    (("counterattack",), ("attack*",)),
    (("the", "war", "games"), ("war games",)),
    (("the", "war", "gamesx"), ("war games",)),
    (("the", "war"), ("war games",)),
    (("war",), ("war games",)),
    (("warx", "games"), ("war games",)),
    (("captives", "were", "later", "released"), ("captive* * * releas*",)),
    (("captives", "were", "released"), ("captive* * * releas*",)),
    (("captives", "were", "released"), ("captive* * releas*",)),
    (("released",), ("* releas*",)),
    (("x", "released"), ("* releas*",)),
    (("a.b", "a*b"), ("a.b*",)),
    (("a*b",), ("a**",)),
    (("ab",), ("a**",)),
    (("know-how",), ("know-how*",)),
    (("x",), ("",)),
    ((), ("*",)),
    ((), ()),
    (("x",), ()),
    (("soldiers", "sent"), ("troop*", "soldier*")),
    (("nuclear", "engineers"), ("engineer*", "nuclear engineer*")),
    (("nuclear", "engineers"), ("nuclear engineer",)),
]


@pytest.mark.parametrize(("words", "patterns"), CASES)
def test_compiled_phrases_match_like_word_by_word(words: tuple[str, ...], patterns: tuple[str, ...]) -> None:
    assert _compiled(words, patterns) == any(_word_by_word(words, p) for p in patterns)


@pytest.mark.parametrize("language", ["en", "hu"])
def test_lexicon_contexts_agree_on_random_windows(language: str) -> None:
    contexts = sorted({t.context for t in lexicon_for(language).triggers if t.context})
    rng = random.Random(8)
    for _ in range(5000):
        context = rng.choice(contexts)
        context = context if rng.random() < 0.3 else (rng.choice(context),)
        vocabulary = [w.rstrip("*") + end for p in context for w in p.split() for end in ("", "s", "x")] + ["the"]
        words = tuple(rng.choice(vocabulary) for _ in range(rng.randint(0, 6)))
        assert _compiled(words, context) == any(_word_by_word(words, p) for p in context), (words, context)


@pytest.mark.parametrize("language", ["en", "hu"])
def test_multi_word_lexicon_contexts_agree_at_the_window_edges(language: str) -> None:
    phrases = sorted({p for t in lexicon_for(language).triggers for p in t.context if " " in p})
    for phrase in phrases:
        full = tuple(w.rstrip("*") + ("ed" if w.endswith("*") else "") for w in phrase.split())
        for words in (full, full[1:], full[:-1], ("x", *full), (*full, "x"), full[:1] + ("x", *full[1:]),
                      (full[0] + "x", *full[1:]), (*full[:-1], full[-1] + "x")):
            assert _compiled(words, (phrase,)) == _word_by_word(words, phrase), (words, phrase)


WORDS = ["attack", "attacks", "counterattack", "", "a.b", "a*b", "ab", "know-how", "után", "utána", "x"]
PATTERNS = ["attack", "attack*", "*", "a.b*", "a**", "a*", "know-how", "után*", "után", "utána", "b"]


def test_matches_any_is_some_pattern_matching_the_word() -> None:
    for word in WORDS:
        for k in range(len(PATTERNS) + 1):
            patterns = tuple(PATTERNS[k:k + 2])
            assert matches_any(word, patterns) == any(word_matches(word, p) for p in patterns), (word, patterns)


def test_any_word_matches_is_some_word_matching_the_pattern() -> None:
    for pattern in PATTERNS:
        for k in range(len(WORDS) + 1):
            words = tuple(WORDS[k:k + 3])
            assert any_word_matches(words, pattern) == any(word_matches(w, pattern) for w in words), (words, pattern)
