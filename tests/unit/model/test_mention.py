"""Mention, a plain class since mypyc compiles its constructor, keeps the frozen dataclass's equality, hash and repr."""

from __future__ import annotations

from dataclasses import dataclass

from kgbuild.model.mention import Mention


@dataclass(frozen=True, slots=True)
class _Mention:
    """What Mention was: its repr, equality and hash are the reference."""

    start: int
    end: int
    surface: str
    sentence: int
    entity_id: str
    score: float
    method: str
    explanation: str
    suffix: str = ""


ARGS = (3, 14, "Putyinnal", 0, "entity:putin", 0.97, "alias+suffix", "'Putyinnal' → Vladimir Putin", "nal")


def test_equality_hash_and_repr_are_the_dataclasses() -> None:
    one, same, other = Mention(*ARGS), Mention(*ARGS), Mention(*ARGS[:4], "entity:lavrov", *ARGS[5:])
    assert one == same and hash(one) == hash(same) == hash(_Mention(*ARGS)) and one != other
    assert len({one, same, other}) == 2
    assert one != _Mention(*ARGS) and one != ARGS
    assert repr(one) == repr(_Mention(*ARGS)).replace("_Mention(", "Mention(")
    assert Mention(*ARGS[:8]).suffix == "" and Mention(*ARGS[:8], suffix="i").suffix == "i"


def test_resolved_to_changes_only_the_entity_and_method() -> None:
    moved = Mention(*ARGS).resolved_to("entity:kremlin", "institution")
    assert moved.values() == (*ARGS[:4], "entity:kremlin", ARGS[5], "institution", *ARGS[7:])
