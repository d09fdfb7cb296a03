"""Segmentation: sentences with exact offsets; headline, teaser and caption lines recognised."""

from __future__ import annotations

from kgbuild.nlp.segment import segment

TEXT = (
    "Phenjan új egységeket küld\n\n"
    "Az első mondat 2025. április 26-án szólt. A második mondat rövid.\n\n"
    "Kim Dzsongun és Vlagyimir Putyin Phenjanban / Fotó: AFP\n\n"
    "Putyin ismét Phenjanba látogatna\n\n"
    "The U.S. view differs. Another sentence follows here."
)


def test_kinds_and_offsets() -> None:
    segments = segment(TEXT, "hu")
    assert [s.kind for s in segments] == ["headline", "body", "body", "caption", "teaser", "body", "body"]
    for seg in segments:
        assert TEXT[seg.start:seg.end] == seg.text
        assert seg.text == seg.text.strip()
    assert [s.index for s in segments] == list(range(len(segments)))


def test_hungarian_ordinal_date_does_not_end_a_sentence() -> None:
    segments = segment("Oroszország 2025. április 26-án ismerte el. Akkor Geraszimov beszélt.", "hu")
    assert [s.text for s in segments] == ["Oroszország 2025. április 26-án ismerte el.", "Akkor Geraszimov beszélt."]
