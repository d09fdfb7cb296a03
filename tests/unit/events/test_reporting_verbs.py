"""Reporting verbs and speaker nouns that name who says a statement without an event type of its own."""

from __future__ import annotations

from kgbuild.events.extract import Extraction
from tests.factories import entity, extracted, resolver

RU = entity("Country", "Russia", hu=("Oroszország",), en=("Russia",))
ZELENSKY = entity("Person", "Volodymyr Zelensky", en=("Volodymyr Zelensky", "Zelensky"))
R = resolver(RU, ZELENSKY)


def claim_reporters(out: Extraction) -> list[list[str]]:
    return [[R.index.entities[a.reporter_id].name for a in c.attributions] for c in out.claims]


def test_reaffirmed_and_pointed_out_report_what_follows() -> None:
    for verb in ("reaffirmed", "pointed out", "cautioned", "recalled"):
        out = extracted(f"Zelensky {verb} that the winter in Russia would be long and cold.", "en", R)
        assert claim_reporters(out) == [["Volodymyr Zelensky"]], verb


def test_the_aide_is_the_person_named_before() -> None:
    out = extracted("Zelensky spoke to reporters in the morning. The winter in Russia will be long, the aide added.",
                    "en", R)
    assert claim_reporters(out)[-1] == ["Volodymyr Zelensky"]
