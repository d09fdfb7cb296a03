"""_may_start must list the words the former scan tried: capitalized ones and those `starts_alias` allows."""

from __future__ import annotations

from kgbuild.nlp.mentions import _may_start
from kgbuild.nlp.segment import segment
from kgbuild.nlp.segwords import segment_words
from tests.factories import entity, resolver

NK = entity("Country", "North Korea", hu=("Észak-Korea",), demonyms_hu=("észak-koreai",))
NIS = entity("Organization", "National Intelligence Service", hu=("nemzeti hírszerző szolgálat",))
R = resolver(NK, NIS)
TEXTS = {
    "hu": "A nemzeti hírszerző szolgálat szerint Észak-Korea katonákat küldött. az észak-koreai vezető 12 rakétát lőtt ki.",
    "en": "the national intelligence service said North Korea sent troops, and north korean media agreed.",
}


def test_same_words_as_the_former_test() -> None:
    for lang, text in TEXTS.items():
        for seg in segment(text, lang):
            words = segment_words(text, seg, lang)
            former = [i for i in range(len(words.tokens))
                      if words.capitalized[i] or R.starts_alias(words.stems[i])]
            assert _may_start(words, R) == former
            assert any(not words.capitalized[i] for i in former) or lang == "en"
