"""Unknown names in text: conservative NIL candidates, near misses, clusters across documents and languages."""

from __future__ import annotations

from dataclasses import replace

from kgbuild.model.mention import Mention
from kgbuild.nlp.mentions import _scan, find_mentions
from kgbuild.nlp.names import _conflicts, common_words, without_given_name_conflicts
from kgbuild.nlp.segment import segment
from kgbuild.nlp.segwords import SegmentWords, segment_words
from kgbuild.nlp.words import words_for
from kgbuild.resolve.resolver import Resolver
from tests.factories import entity, nil_resolver

NK = entity("Country", "North Korea", hu=("Észak-Korea",), demonyms_hu=("észak-koreai",))
TRUMP = entity("Person", "Donald Trump", hu=("Trump",), en=("Trump",))
KOVACS = entity("Person", "László Kovács", hu=("Kovács László",))
BELOUSOV = entity("Person", "Andrei Belousov", hu=("Andrej Belouszov", "Belouszov"))


def found(text: str, r: Resolver, lang: str = "hu") -> list[tuple[str, str, str, str]]:
    """(surface, name, kind, method) of every mention, offsets checked."""
    out = []
    for m in find_mentions(text, segment(text, lang), lang, r):
        assert text[m.start:m.end] == m.surface
        e = r.index.entities[m.entity_id]
        out.append((m.surface, e.name, e.kind, m.method))
    return out


def test_multi_word_unknown_person_and_its_bare_surname() -> None:
    r = nil_resolver(NK, KOVACS)
    text = "A tárgyaláson Szabó Péter szóvivő is részt vett. Később Szabó azt mondta, hogy Észak-Korea hallgat."
    got = found(text, r)
    assert ("Szabó Péter", "Szabó Péter", "Person", "nil") in got
    assert ("Szabó", "Szabó Péter", "Person", "in-document") in got


def test_sentence_initial_common_words_are_not_entities() -> None:
    r = nil_resolver(NK)
    text = "Tegnap Észak-Korea rakétát lőtt ki. Elemzők szerint ez figyelmeztetés. Yesterday was calm."
    assert [g for g in found(text, r) if g[3] == "nil"] == []


def test_different_given_name_on_a_known_surname_is_a_new_person() -> None:
    r = nil_resolver(KOVACS, TRUMP)
    hu = found("A bizottság elnöke, Kovács Zoltán nyilatkozott.", r)
    assert ("Kovács Zoltán", "Kovács Zoltán", "Person", "nil") in hu
    en = found("The adviser, Ivanka Trump, spoke after Donald Trump.", r, "en")
    assert ("Ivanka Trump", "Ivanka Trump", "Person", "nil") in en
    assert ("Donald Trump", "Donald Trump", "Person", "alias") in en


def test_acronyms_become_organizations() -> None:
    r = nil_resolver(NK)
    got = found("A KRX-nek küldött jelentés szerint Észak-Korea készül.", r)
    assert ("KRX-nek", "KRX", "Organization", "nil") in got


def test_near_miss_resolves_to_the_gazetteer_instead_of_a_nil() -> None:
    r = nil_resolver(BELOUSOV, entity("Location", "Pyongyang", hu=("Phenjan",)))
    got = found("A védelmi miniszter, Andrej Belouszv Phenjanba utazott.", r)
    assert ("Andrej Belouszv", "Andrei Belousov", "Person", "fuzzy") in got


def test_english_title_case_headlines_make_no_entities() -> None:
    r = nil_resolver(NK)
    assert [g for g in found("North Korea Says Talks With Seoul Remain Frozen\n\nNorth Korea said so.", r, "en")
            if g[3] == "nil"] == []


def test_one_unknown_person_in_two_languages_is_one_node() -> None:
    r = nil_resolver(NK)
    hu = find_mentions(t := "A küldöttséget Pak Szong Csol vezette Észak-Korea részéről.", segment(t, "hu"), "hu", r)
    en = find_mentions(u := "The delegation was led by Pak Song Chol of North Korea.", segment(u, "en"), "en", r)
    pak = [m for m in hu + en if m.surface.startswith("Pak")]
    assert len(pak) == 2 and len({m.entity_id for m in pak}) == 1
    assert "unknown-entity cluster 'Pak Szong Csol'" in pak[1].explanation


def test_nil_ids_are_deterministic() -> None:
    text = "A tárgyaláson Szabó Péter szóvivő is részt vett."
    first = find_mentions(text, segment(text, "hu"), "hu", nil_resolver(NK))
    again = find_mentions(text, segment(text, "hu"), "hu", nil_resolver(NK))
    assert [m.entity_id for m in first] == [m.entity_id for m in again]


def test_gazetteer_description_refers_to_the_person_named_before() -> None:
    kim = entity("Person", "Kim Jong Un", hu=("Kim Dzsongun",), country=NK.id,
                 descriptions={"hu": ("észak-koreai vezető",), "en": ("North Korean leader",)})
    r = nil_resolver(NK, kim)
    got = found("Kim Dzsongun beszédet mondott. Az észak-koreai vezetővel Putyin is tárgyalt.", r)
    assert ("észak-koreai vezetővel", "Kim Jong Un", "Person", "in-document") in got
    nk_en = replace(NK, demonyms={"en": ("North Korean",)})
    en = found("Kim Jong Un spoke. Later the North Korean leader left.", nil_resolver(nk_en, entity(
        "Person", "Kim Jong Un", en=("Kim Jong Un",), country=NK.id, descriptions={"en": ("North Korean leader",)})), "en")
    assert any(g[0] == "North Korean leader" and g[1] == "Kim Jong Un" for g in en)


def test_description_without_the_person_named_is_not_guessed() -> None:
    kim = entity("Person", "Kim Jong Un", hu=("Kim Dzsongun",), descriptions={"hu": ("észak-koreai vezető",)})
    got = found("Az észak-koreai vezető beszédet mondott.", nil_resolver(NK, kim))
    assert all(g[1] != "Kim Jong Un" for g in got)


def test_clusters_join_through_shared_keys_in_any_order() -> None:
    r = nil_resolver(NK)
    first = find_mentions(t := "Tegnap a KRX igazgatója, Varga Ilona szerint nincs baj.", segment(t, "hu"), "hu", r)
    again = find_mentions(u := "Analysts quoted Ilona Varga of KRX.", segment(u, "en"), "en", r)
    varga = {m.entity_id for m in first + again if "Varga" in m.surface}
    assert len(varga) == 1


def test_inflected_bare_surname_after_the_full_name() -> None:
    kim = entity("Person", "Kim Jong Un", hu=("Kim Dzsongun",), country=NK.id)
    got = found("Kim Dzsongun beszédet mondott. Kimmel később Putyin is tárgyalt.", nil_resolver(NK, kim))
    assert ("Kimmel", "Kim Jong Un", "Person", "in-document") in got


def test_common_words_opening_a_sentence_do_not_start_a_name() -> None:
    r = nil_resolver(NK)
    text = "Katonai Elemzők szerint Észak-Korea rakétát lőtt ki. Katonai Tanácsadók szerint a tanácsadók tévednek."
    assert [g for g in found(text, r) if g[3] == "nil"] == []


def test_a_name_after_a_sentence_initial_common_word_is_still_found() -> None:
    got = found("Analysts Dong-yub Pak and others said North Korea had fired a missile.", nil_resolver(NK), "en")
    assert [g[0] for g in got if g[3] == "nil"] == ["Dong-yub Pak"]


def test_a_lone_common_word_after_a_missed_sentence_break_is_not_a_person() -> None:
    r = nil_resolver(NK)
    text = "„Ez komoly figyelmeztetés” Elemzők szerint Észak-Korea újabb rakétát lőhet ki."
    assert [g for g in found(text, r) if g[3] == "nil"] == []


def test_a_known_name_joined_to_a_common_word_is_not_an_unknown_name() -> None:
    r = nil_resolver(NK, KOVACS)
    text = "A bejelentést Kovács László Észak-Korea-szakértő szerint komolyan kell venni."
    assert [g for g in found(text, r) if g[3] == "nil"] == []


TEXTS = ["The adviser, Ivanka Trump, spoke after Donald Trump. Trump said the analysts agreed. Analysts Kim spoke.",
         "Kovács László és Kovács Zoltán tárgyalt. Elemzők szerint az elemzők tévednek; Trump hallgatott."]


def _former_conflicts(text: str, segments: list[SegmentWords], found: list[Mention], lang: str,
                      r: Resolver) -> list[Mention]:
    """without_given_name_conflicts as it was: every word of every segment looked up in turn."""
    starts = {m.start: m for m in found}
    taken = {(m.start, m.end) for m in found}
    dropped: set[int] = set()
    for words in segments:
        tokens = words.tokens
        for i, token in enumerate(tokens[1:], start=1):
            mention = starts.get(token.start)
            if mention is not None and mention.end == token.end and _conflicts(text, tokens, i, mention, taken, lang, r):
                dropped.add(mention.start)
    return [m for m in found if m.start not in dropped]


def test_word_level_helpers_agree_with_their_former_loops() -> None:
    for text, lang in zip(TEXTS, ("en", "hu")):
        r = nil_resolver(KOVACS, TRUMP)
        segments = [segment_words(text, seg, lang) for seg in segment(text, lang)]
        found = [m for words in segments for m in _scan(text, words, lang, r)]
        assert without_given_name_conflicts(text, segments, found, lang, r) == \
            _former_conflicts(text, segments, found, lang, r)
        lower = frozenset(f for words in segments for t, f in zip(words.texts, words.folded) if t.islower())
        listed = words_for(lang)
        assert common_words(segments, lang) == lower | (listed.common_words if listed is not None else frozenset())
    english = [segment_words(TEXTS[0], seg, "en") for seg in segment(TEXTS[0], "en")]
    r = nil_resolver(KOVACS, TRUMP)
    matched = [m for words in english for m in _scan(TEXTS[0], words, "en", r)]
    assert len(without_given_name_conflicts(TEXTS[0], english, matched, "en", r)) < len(matched)  # Ivanka's Trump
