"""A sentence's word runs worked out from its words are the runs a regex scan of its text finds."""

from __future__ import annotations

import pytest

from kgbuild.events import sentence as s
from kgbuild.model.document import Segment

TEXTS = ["Kim Jong-un's sister met O'Brien’s aide on 2025-11-05.", "A NATO-val – ami 2024-ben – tárgyalt, x--y '' a'b’c-d",
         "_foo_bar__ baz_ ÀÉÎ-õü 12_3", "İstanbul és Straße", "", "  ", "Путин said"]


@pytest.mark.parametrize("text", TEXTS)
def test_sentence_words_are_the_scanned_runs(text: str) -> None:
    sentence = s.build_sentence(text, Segment(0, 0, len(text), text, "body"), [])
    assert s.sentence_words(sentence) == s.folded_words(text)


@pytest.mark.parametrize("text", TEXTS)
def test_word_runs_scan_only_when_not_given(text: str) -> None:
    assert s.word_runs(text, s.SCAN) == s.folded_words(text)
    assert s.word_runs(text, None) is None and s.word_runs(text, frozenset({"x"})) == frozenset({"x"})
