"""Claims: a sentence with a reporter but no typed event that carries it becomes a Claim with its sources."""

from __future__ import annotations

from kgbuild.events.extract import Extraction
from tests.factories import entity, extracted, resolver

NK = entity("Country", "North Korea", hu=("Észak-Korea",), en=("North Korea",))
RU = entity("Country", "Russia", hu=("Oroszország",), en=("Russia",))
PYONGYANG = entity("Location", "Pyongyang", hu=("Phenjan",), en=("Pyongyang",), country=NK.id, capital=True)
ZELENSKY = entity("Person", "Volodymyr Zelensky", hu=("Volodimir Zelenszkij", "Zelenszkij"),
                  en=("Volodymyr Zelensky", "Zelensky"))
YONHAP = entity("Media", "Yonhap", hu=("Yonhap",), en=("Yonhap",))
NIS = entity("Organization", "National Intelligence Service", hu=("NIS",), en=("NIS",))
R = resolver(NK, RU, PYONGYANG, ZELENSKY, YONHAP, NIS)


def names(ids: tuple[str, ...] | list[str]) -> list[str]:
    return [R.index.entities[i].name for i in ids]


def claimed(out: Extraction) -> list[tuple[str, list[str], list[str]]]:
    """(text, reporters, named entities) of every claim."""
    return [(c.text, names([a.reporter_id for a in c.attributions]), names([f.entity_id for f in c.about]))
            for c in out.claims]


def test_a_reported_sentence_without_an_event_is_a_claim_about_what_it_names() -> None:
    out = extracted("Yonhap reported that the harvest in North Korea was the poorest in a decade.", "en", R)
    assert out.events == []
    assert claimed(out) == [("Yonhap reported that the harvest in North Korea was the poorest in a decade.",
                             ["Yonhap"], ["North Korea"])]
    claim = out.claims[0]
    assert claim.rule == "claim:sentence" and claim.segment_kind == "body"
    assert claim.attributions[0].verb and claim.attributions[0].sentence == claim.sentence


def test_a_reporter_an_event_of_the_sentence_carries_makes_no_claim() -> None:
    out = extracted("North Korea sent troops to Russia, Yonhap reported.", "en", R)
    assert [names([a.reporter_id for a in e.attributions]) for e in out.events] == [["Yonhap"]]
    assert out.claims == []


def test_a_cited_source_is_not_what_the_claim_is_about() -> None:
    out = extracted("Yonhap reported, citing the NIS, that the harvest in North Korea was poor.", "en", R)
    assert [(reporters, about) for _text, reporters, about in claimed(out)] == [(["Yonhap"], ["North Korea"])]


def test_a_dash_quote_line_claims_the_sentence_before_it() -> None:
    out = extracted("Az idei termés Észak-Koreában a legrosszabb tíz év óta.\n– mondta Zelenszkij.", "hu", R)
    assert [(text, reporters) for text, reporters, _ in claimed(out)] == [
        ("Az idei termés Észak-Koreában a legrosszabb tíz év óta.", ["Volodymyr Zelensky"])]
    assert out.claims[0].rule == "claim:quote" and out.claims[0].attributions[0].rule.endswith(":quote")


def test_every_sentence_of_a_quotation_is_its_speakers_claim() -> None:
    out = extracted('"The harvest was poor," Zelensky said. "The winter in Russia will be long."', "en", R)
    assert [reporters for _text, reporters, _ in claimed(out)] == [["Volodymyr Zelensky"], ["Volodymyr Zelensky"]]
    assert out.claims[1].rule == "claim:quoted"


def test_a_denial_is_kept_as_the_claims_modality() -> None:
    out = extracted("The NIS denied that the harvest in North Korea had failed.", "en", R)
    assert [c.modality for c in out.claims] == ["denied"]


def test_a_long_statement_is_cut_for_the_claims_text() -> None:
    filler = "the harvest was poor and " * 20
    out = extracted(f"Yonhap reported that {filler}nobody knew why.", "en", R)
    claim = out.claims[0]
    assert len(claim.text) <= 300 and claim.text.endswith("…")
    assert claim.end - claim.start > 300


def test_a_back_reference_claims_the_sentence_before_it() -> None:
    out = extracted("Az északi határon szokatlanul hideg volt a tél.\nEzt a NIS közölte.", "hu", R)
    assert [(text, reporters) for text, reporters, _ in claimed(out)] == [
        ("Az északi határon szokatlanul hideg volt a tél.", ["National Intelligence Service"])]
    assert out.claims[0].rule == "claim:back"
