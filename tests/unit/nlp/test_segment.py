"""Segmentation: sentences with exact offsets; headline, teaser and caption lines recognised."""

from __future__ import annotations

import pytest

from kgbuild.nlp import segment as seg
from kgbuild.nlp.segment import _nlp, segment

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


TRICKY_LINES = [
    "Hello  world. Oct. 18. volt  ”.”  Ez U.S. 3.5 ok!\r",
    "Az első mondat 2025. április 26-án szólt. A második mondat rövid.",
    "He said: “Go.”  Then he left.",
    "Nothing ends here, not even at the end of this line that goes on and on for more than sixteen words",
    "One sentence only, closed by punctuation.”)",
    "Trailing white space after the end.   ",
    ". A line that starts with a full stop and then goes on for more than sixteen words without one",
    "Wait... what?! Really?? Yes.",
    "Abbreviations: dr. Kovács, pl. ez, stb. és Kft. A vége.",
    "end.\tTabbed start. And\u00a0a no-break space.",
]


def _spacy_sentences(line: str, lang: str) -> list[str]:
    """The reference: spaCy's own sentencizer over the line, trimmed and without empty sentences."""
    from kgbuild.nlp.segment import _nlp

    return [s.text.strip() for s in _nlp(lang)(line).sents if s.text.strip()]


@pytest.mark.parametrize("lang", ["hu", "en"])
@pytest.mark.parametrize("line", TRICKY_LINES)
def test_sentences_are_the_sentencizers(line: str, lang: str) -> None:
    text = "Cím\n\n" + line + "\n"  # a headline first; each line is long or punctuated, so it is body text
    body = [s for s in segment(text, lang) if s.kind == "body"]
    assert [s.text for s in body] == _spacy_sentences(line, lang)
    for seg in body:
        assert text[seg.start:seg.end] == seg.text


def test_caption_credit_at_the_start_of_a_line() -> None:
    text = "Cím\n\nFotó: MTI/Kovács Attila\n\nfoto : Reuters\n\nAz első mondat hosszú, és ponttal ér véget."
    assert [s.kind for s in segment(text, "hu")] == ["headline", "caption", "caption", "body"]


def test_tokenizer_vocabulary_stays_bounded_and_sentences_do_not_change(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Az ezred 2025. március 3-án indult el. A szóvivő szerint 1200 katona érkezett. Ez a harmadik mondat."
    expected = [s.end for s in segment(text, "hu")]
    first = seg._splitter("hu")[0]
    bound = len(first.vocab.strings) + 10
    monkeypatch.setattr(seg, "MAX_STRINGS", bound)
    for i in range(40):
        found = [s.end - 4 for s in segment(f"{i:03} " + text, "hu")]
        assert found == expected
        assert len(seg._splitter("hu")[0].vocab.strings) <= bound + 1
    assert seg._splitter("hu")[0] is not first


@pytest.mark.parametrize("lang", ["hu", "en"])
def test_the_trimmed_vocabulary_tokenizes_and_flags_punctuation_as_spacy_does(lang: str) -> None:
    import spacy

    full = spacy.blank(lang)
    lines = ["Észak-Korea 8400 katonát küldött. „Ez volt” – mondta (a U.S.A.-ban)… Ki? 10:30-kor!",
             "Kim met Shoigu on day 7; N.K. sent 1,200 troops!! http://x.hu/a?b=1 a@b.com :) 5% $4 —ok"]
    for line in lines:
        attrs: list[int | str] = ["IS_PUNCT", "IDX", "LENGTH"]
        assert _nlp(lang).tokenizer(line).to_array(attrs).tolist() == full.tokenizer(line).to_array(attrs).tolist()
