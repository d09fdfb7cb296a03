"""Recall round 4: attribution constructions seen failing on unseen text, each tested on its whole family."""

from __future__ import annotations

from dataclasses import replace

from kgbuild.events.extract import Extraction
from tests.factories import entity, extracted, reporter_names, resolver

JP = entity("Country", "Japan", en=("Japan",), hu=("Japán",))
CN = entity("Country", "China", en=("China",), hu=("Kína",))
IN = entity("Country", "India", en=("India",), hu=("India",))
BEIJING = entity("Location", "Beijing", en=("Beijing",), hu=("Peking",), country=CN.id, capital=True)
DELHI = entity("Location", "New Delhi", en=("New Delhi",), hu=("Újdelhi",), country=IN.id, capital=True)
TANAKA = entity("Person", "Hiro Tanaka", en=("Hiro Tanaka", "Tanaka"), hu=("Tanaka Hiro", "Tanaka"))
LIU = entity("Person", "Liu Wen", en=("Liu Wen",), hu=("Liu Ven",))
JP_INTEL = entity("Organization", "Japan Intelligence Office", en=("military intelligence",), country=JP.id)
R = resolver(JP, CN, IN, BEIJING, DELHI, TANAKA, LIU, JP_INTEL)


def spoken(out: Extraction) -> list[str]:
    """Every reporter named in the text, on events or on claims, sorted."""
    return sorted(reporter_names(out, R))


def test_a_possessive_apposition_after_the_speaker_is_no_list() -> None:
    for text in ("Hiro Tanaka, Japan's envoy in Beijing, said China would lift the ban on rice imports.",
                 "Liu Wen, China's consul in New Delhi, said India had agreed to reopen two border posts."):
        out = extracted(text, "en", R)
        assert spoken(out) == [("Hiro Tanaka" if "Tanaka" in text else "Liu Wen")], text


def test_an_insertion_before_the_verb_keeps_the_speaker_before_it_over_a_demonym_after() -> None:
    out = extracted("The talks stalled after Japan's military intelligence, quoting intercepted messages, said "
                    "Chinese patrol boats had rammed a fishing vessel.", "en", R)
    assert spoken(out) == ["Japan Intelligence Office"]


def test_a_participle_shares_the_subject_named_after_its_title() -> None:
    for text in ("In a speech, Foreign Minister Hiro Tanaka thanked India for its help, adding that China "
                 "was holding talks with its neighbours.",
                 "On Monday, Prime Minister Liu Wen visited New Delhi, saying that India would host the summit."):
        out = extracted(text, "en", R)
        assert spoken(out) == [("Hiro Tanaka" if "Tanaka" in text else "Liu Wen")], text


JP_MOD = entity("Organization", "Ministry of Defense of Japan", en=("Japanese defence ministry",), country=JP.id)
NHK = entity("Media", "NHK", en=("NHK",))
R2 = resolver(JP, CN, JP_MOD, NHK)


def said_by(out: Extraction) -> list[list[str]]:
    """Reporters per claim or event, in text order."""
    items = [(e.sentence, [a.reporter_id for a in e.attributions]) for e in out.events if e.attributions]
    items += [(c.sentence, [a.reporter_id for a in c.attributions]) for c in out.claims]
    return [sorted(R2.index.entities[i].name for i in ids) for _s, ids in sorted(items)]


def test_the_body_noun_means_the_cited_body_of_that_noun_not_the_outlet_that_cited_it() -> None:
    out = extracted("Chinese ships entered the strait on Monday, NHK reported, citing the Japanese defence ministry. "
                    "Three destroyers anchored near the islands, the ministry said. "
                    "They will stay for a week, it said.", "en", R2)
    assert said_by(out)[-2:] == [["Ministry of Defense of Japan"], ["Ministry of Defense of Japan"]]


def test_an_unnamed_speaker_qualified_by_a_demonym_speaks_for_its_country() -> None:
    known = resolver(replace(JP, demonyms={"en": ("Japanese",)}), CN, TANAKA)
    for text in ("A Japanese defence official, who declined to be named, said China had moved two frigates north.",
                 "Two Japanese diplomats said China would hold the talks in May.",
                 "Japanese officials said China had closed the border crossing."):
        out = extracted(text, "en", known)
        assert reporter_names(out, known) == {"Japan"}, text


def test_an_indefinite_speaker_noun_does_not_point_back_to_the_person_named_before() -> None:
    out = extracted("Hiro Tanaka arrived in Beijing on Monday. A spokesman said China had cancelled the meeting.",
                    "en", R)
    assert "Hiro Tanaka" not in reporter_names(out, R, sentence=1)


INTERFAX = entity("Media", "Interfax", hu=("Interfax",), en=("Interfax",))
HU = resolver(JP, CN, TANAKA, LIU, INTERFAX)


def hu_reporters(out: Extraction) -> list[str]:
    return sorted(reporter_names(out, HU))


def test_hungarian_quoted_by_names_the_quoting_outlet_not_the_quoted_object() -> None:
    for text in ("Tanaka a megbeszélésen megköszönte Kína segítségét — idézte a minisztert az Interfax.",
                 "Liu Ven hétfőn bírálta a japán vámokat — idézte a szóvivőt az Interfax."):
        assert hu_reporters(extracted(text, "hu", HU)) == ["Interfax"], text


def test_a_full_stop_kept_inside_one_segment_ends_the_clause_subject() -> None:
    from kgbuild.events.extract import extract
    from kgbuild.events.lexicon import lexicon_for
    from kgbuild.model.document import Document, Segment
    from kgbuild.nlp.mentions import find_mentions

    text = "Liu Ven elutazott Tokióból — írta az Interfax. Tanaka válaszában kijelentette, hogy Kína tárgyalni fog."
    segments = [Segment(0, 0, len(text), text)]
    doc = Document(id="article:test", text=text, path="t.txt", lang="hu")
    out = extract(doc, segments, find_mentions(text, segments, "hu", HU), lexicon_for("hu"), HU.index.entities)
    assert "Hiro Tanaka" in hu_reporters(out)


def test_a_body_written_as_the_adjective_of_an_office_after_a_name_is_no_speaker() -> None:
    ua = entity("Country", "Ukraine", hu=("Ukrajna",), demonyms_hu=("ukrán",))
    navy = entity("Organization", "Ukrainian Navy", hu=("ukrán haditengerészet",), country=ua.id)
    known = resolver(ua, navy, TANAKA, CN)
    for text in ("Hiro Tanaka ukrán haditengerészeti szóvivő egy rádióinterjúban azt mondta, hogy Kína hajókat küld.",
                 "Hiro Tanaka japán parancsnok a sajtónak azt mondta, hogy Kína hajókat küld."):
        out = extracted(text, "hu", known)
        assert reporter_names(out, known) == {"Hiro Tanaka"}, text


def test_a_speech_verb_in_a_free_relative_names_a_thing_and_reports_nothing() -> None:
    known = resolver(JP, CN, INTERFAX, TANAKA)
    for text in ("Hiro Tanaka met the Chinese envoy in Tokyo in what Interfax described as a frank exchange.",
                 "China held drills near the islands, in what Tanaka called a dangerous show of force."):
        out = extracted(text, "en", known)
        assert reporter_names(out, known) == set(), text


def test_an_office_written_as_a_phrase_after_a_demonym_is_the_person_given_that_office() -> None:
    jp = replace(JP, demonyms={"hu": ("japán",)})
    known = resolver(jp, CN, TANAKA, INTERFAX)
    for phrase in ("A japán diplomácia vezetője szerint", "A japán külügyi tárca vezetőjének véleménye szerint"):
        text = f"Tanaka Hiro japán külügyminiszter hétfőn Pekingbe utazott. {phrase} Kína nyitott a tárgyalásokra."
        out = extracted(text, "hu", known)
        assert reporter_names(out, known, sentence=1) == {"Hiro Tanaka"}, phrase
