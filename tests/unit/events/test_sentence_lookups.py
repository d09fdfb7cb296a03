"""Sentence.gap_before and mention_at must answer as their former definitions did, in range and out of it."""

from __future__ import annotations

from dataclasses import replace

from kgbuild.events.sentence import Placed, Sentence, build_sentence
from kgbuild.model.document import Segment
from kgbuild.model.mention import Mention

TEXT = "Kim Jong Un met Putin, and — said KCNA — they signed a pact."


def _sentence() -> Sentence:
    mentions = [Mention(0, 11, "Kim Jong Un", 0, "e:kim", 1.0, "alias", ""),
                Mention(16, 21, "Putin", 0, "e:putin", 1.0, "alias", ""),
                Mention(34, 38, "KCNA", 0, "e:kcna", 1.0, "alias", "")]
    return build_sentence(TEXT, Segment(0, 0, len(TEXT), TEXT), mentions)


def _gap_before(sentence: Sentence, i: int) -> str:
    gaps = sentence.gaps
    if 0 <= i < len(gaps):
        return gaps[i]
    return gaps[0 if i < 0 else -1] if gaps else ""


def _mention_at(sentence: Sentence, i: int) -> Placed | None:
    if len(sentence.at) == len(sentence.tokens):
        return sentence.at[i] if 0 <= i < len(sentence.at) else None
    return next((p for p in sentence.mentions if p.first <= i <= p.last), None)


def test_same_answers_as_before() -> None:
    full = _sentence()
    for sentence in (full, replace(full, gaps=(), at=())):
        for i in range(-3, len(sentence.tokens) + 4):
            assert sentence.gap_before(i) == _gap_before(sentence, i)
            assert sentence.mention_at(i) == _mention_at(sentence, i)
    assert any(full.mention_at(i) is not None for i in range(len(full.tokens)))
