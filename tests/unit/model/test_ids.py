"""Article ids ignore trivial re-saving: white space runs and Unicode composition."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from kgbuild.model.ids import article_id, normalize_text

TEXT = st.lists(st.sampled_from(["a", "Á", "A\u0301", " ", "\t", "\n", "\u00a0", "\u2003", "\x1c", "\u200b", "é"])).map("".join)


@given(TEXT)
def test_normalize_folds_white_space_as_the_regex_did(text: str) -> None:
    assert normalize_text(text) == re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def test_re_saved_copies_share_an_id() -> None:
    assert article_id("Kim  met\n\nPutin. ") == article_id("Kim met Putin.")
    assert article_id("Kim met Putin.", "https://a") != article_id("Kim met Putin.")
