"""The alias index's small helpers: case rules and comparison forms made from keys already at hand."""

from __future__ import annotations

import pytest

from kgbuild.resolve.blocking import form_of, name_form
from kgbuild.resolve.index import case_rule
from kgbuild.resolve.nameparts import AS_WRITTEN, HUNGARIAN, Reading, word_keys


@pytest.mark.parametrize(("alias", "rule"), [("NATO", "upper"), ("ENSZ-szel", "capital"), ("UNESCO", "upper"),
                                             ("ABCDEFG", "capital"), ("Kim Jong Un", "capital"), ("7 Days", "capital"),
                                             ("észak-koreai", "any"), ("KIM 김정은", "capital"), ("", "any")])
def test_case_rule(alias: str, rule: str) -> None:
    assert case_rule(alias) == rule


@pytest.mark.parametrize("reading", [AS_WRITTEN, HUNGARIAN])
def test_form_of_keys_is_the_name_form(reading: Reading) -> None:
    parts = ["Kim", "Dzsong", "Un"]
    assert form_of(word_keys(parts, reading), reading) == name_form(parts, reading)
