"""head_endings must list the endings in the order head_case used to try them."""

from __future__ import annotations

import pytest

from kgbuild.events.lexicon import lexicon_for
from kgbuild.events.participants import head_endings


@pytest.mark.parametrize("lang", ["en", "hu"])
def test_order_of_the_former_loop(lang: str) -> None:
    case_roles = lexicon_for(lang).case_roles
    former = [(role, ending) for role in ("location", "source", "recipient", "target")
              for ending in sorted(case_roles.get(role, ()), key=len, reverse=True)]
    assert list(head_endings(case_roles)) == former
    assert head_endings(case_roles) is head_endings(case_roles)
