"""The event records made plain classes (for mypyc's compiled constructors) keep a frozen dataclass's equality,
hash and repr, so sets, lookups and messages behave as before."""

from __future__ import annotations

from dataclasses import dataclass

from kgbuild.events.attribution import Source
from kgbuild.events.lexicon import Trigger
from kgbuild.events.participants import _Seen
from kgbuild.events.sentence import Placed
from kgbuild.events.triggers import TriggerHit
from kgbuild.model.mention import Mention

KIM = Mention(0, 11, "Kim Jong Un", 0, "e:kim", 1.0, "alias", "")
PUTIN = Mention(16, 21, "Putin", 0, "e:putin", 1.0, "alias", "")


@dataclass(frozen=True, slots=True)
class _Placed:
    """What Placed was: its repr, equality and hash are the reference."""

    mention: Mention
    first: int
    last: int


def test_placed_like_a_frozen_dataclass() -> None:
    a, b, c = Placed(KIM, 0, 2), Placed(KIM, 0, 2), Placed(PUTIN, 4, 4)
    assert a == b and hash(a) == hash(b) and a != c and len({a, b, c}) == 2
    assert a != (KIM, 0, 2)
    assert repr(a) == repr(_Placed(KIM, 0, 2)).replace("_Placed(", "Placed(")
    assert hash(a) == hash(_Placed(KIM, 0, 2))


def test_other_records_compare_by_fields() -> None:
    trigger = Trigger("meet*", "CONSULT", "meet")
    assert TriggerHit(trigger, 3) == TriggerHit(trigger, 3) != TriggerHit(trigger, 4)
    assert hash(TriggerHit(trigger, 3)) == hash(TriggerHit(trigger, 3))
    assert repr(TriggerHit(trigger, 3)) == f"TriggerHit(trigger={trigger!r}, index=3)"
    seen = _Seen(Placed(KIM, 0, 2), "actor", "role:nominative")
    assert seen == _Seen(Placed(KIM, 0, 2), "actor", "role:nominative") != _Seen(Placed(KIM, 0, 2), "target", "x")
    assert seen in [_Seen(Placed(KIM, 0, 2), "actor", "role:nominative")]
    one = Source(Placed(KIM, 0, 2), "said", 12, 16, "attribution:en:said", False, range(0, 4), 3)
    assert one == Source(Placed(KIM, 0, 2), "said", 12, 16, "attribution:en:said", False, range(0, 4), 3)
    assert one != Source(Placed(KIM, 0, 2), "said", 12, 16, "attribution:en:said", False, range(0, 4), 3, True)
    assert repr(one).startswith("Source(placed=Placed(mention=") and repr(one).endswith(
        "words=range(0, 4), phrase=3, trailing=False, whole=False)")
