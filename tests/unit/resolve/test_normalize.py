"""Folding: the fast paths (ASCII, Latin diacritics only) give what the general rule gives."""

from __future__ import annotations

import unicodedata

import pytest

from kgbuild.resolve.normalize import _PUNCT, fold, without_marks


def _fold_in_full(text: str) -> str:
    """The general rule: unify punctuation, casefold, decompose, drop every combining character."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_PUNCT).casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@pytest.mark.parametrize("text", ["Kim Jong Un", "Russia`s", "Észak-Korea 8400", "Ő’s — Orbán\u00a0Viktor", "Ким Чен Ын",
                                  "김정은", "İstanbul", "Straße", "ﬁnal", "a\u034fb", "ΣΟΦΙΑ", "e\u0301\u0308", ""])
def test_fold_is_the_general_rule(text: str) -> None:
    assert fold(text) == _fold_in_full(text)


def test_every_character_folds_as_the_general_rule_says() -> None:
    for code in range(0x110000):
        if 0xD800 <= code < 0xE000:
            continue
        text = "Ab" + chr(code) + "\u0301x"
        assert fold.__wrapped__(text) == _fold_in_full(text), hex(code)


def test_only_combining_characters_are_dropped() -> None:
    marks = "".join(chr(c) for c in range(0x300, 0x370))
    assert without_marks("a" + marks) == "a" + "".join(ch for ch in marks if not unicodedata.combining(ch))
    assert without_marks("\u05d0\u05b0e\u0301") == "\u05d0e"  # a Hebrew point is combining, outside U+0300-U+036F
