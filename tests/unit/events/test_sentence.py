"""Words, gaps and mentions placed on words, and the per-word memo the finders share."""

from __future__ import annotations

from kgbuild.events.sentence import Sentence, build_sentence
from kgbuild.nlp.memos import word_memo
from kgbuild.model.document import Segment
from kgbuild.model.mention import Mention

TEXT = "Kim Dzsong Un, az észak-koreai vezető – mondta a KCNA."


def _mention(surface: str, entity: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(surface, start + 1)
    return Mention(start, start + len(surface), surface, 0, entity, 0.9, "alias", "")


def _sentence(mentions: list[Mention]) -> Sentence:
    return build_sentence(TEXT, Segment(0, 0, len(TEXT), TEXT), mentions)


def test_mentions_are_placed_on_the_words_inside_them() -> None:
    s = _sentence([_mention("Kim Dzsong Un", "kim"), _mention("KCNA", "kcna"), _mention("Dzsong U", "partial")])
    assert [(p.mention.entity_id, p.first, p.last) for p in s.mentions] == [("kim", 0, 2), ("kcna", 8, 8),
                                                                             ("partial", 1, 1)]
    assert s.covered == frozenset({0, 1, 2, 8})


def test_a_mention_inside_no_whole_word_is_not_placed() -> None:
    assert _sentence([_mention("zsong", "x")]).mentions == ()


def test_mention_at_gives_the_first_listed_mention_covering_a_word() -> None:
    s = _sentence([_mention("Dzsong", "inner"), _mention("Kim Dzsong Un", "kim")])
    assert [p.mention.entity_id if p else None for p in map(s.mention_at, range(-1, 4))] == [
        None, "kim", "inner", "kim", None]
    assert s.mention_at(len(s.tokens)) is None and s.mention_at(99) is None


def test_gap_before_clamps_to_the_sentence() -> None:
    s = _sentence([])
    assert s.gap_before(0) == "" and s.gap_before(3) == ", " and s.gap_before(6) == " – "
    assert s.gap_before(-5) == "" and s.gap_before(len(s.tokens)) == "." and s.gap_before(99) == "."


def test_word_memo_answers_once_per_word_and_owner() -> None:
    calls: list[str] = []

    def shout(word: str, owner: tuple[str, ...]) -> str:
        calls.append(word)
        return word.upper() + owner[0]

    owner = ("!",)
    assert word_memo(owner, shout)("kim") == "KIM!" and word_memo(owner, shout)("kim") == "KIM!"
    assert word_memo(("?",), shout)("kim") == "KIM?"
    assert calls == ["kim", "kim"]
