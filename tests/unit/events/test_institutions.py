"""A country's institution named generically ("Japan's Foreign Ministry", "a japán külügyminisztérium", later
"the Foreign Ministry") is the gazetteer's body of that kind and country, so it can report."""

from __future__ import annotations

from kgbuild.events.extract import Extraction
from tests.factories import entity, extracted, nil_resolver

JP = entity("Country", "Japan", hu=("Japán",), en=("Japan",), demonyms_hu=("japán",))
TOKYO = entity("Location", "Tokyo", hu=("Tokió",), en=("Tokyo",), country=JP.id, capital=True)
PERU = entity("Country", "Peru", hu=("Peru",), en=("Peru",))
JP_MOFA = entity("Organization", "Ministry of Foreign Affairs of Japan",
                 en=("Japanese Foreign Ministry", "Japan's Ministry of Foreign Affairs"), hu=("japán külügyminisztérium",),
                 country=JP.id)
JP_MOD = entity("Organization", "Ministry of Defense of Japan", en=("Japanese Defense Ministry",), country=JP.id)
JP_SDF = entity("Organization", "Japan Self-Defense Forces", en=("Japanese defense ministry forces",), country=JP.id)
JP_OFFICE = entity("Organization", "Cabinet Office of Japan", en=("Japanese presidential office",), country=JP.id)
JP_STAFF = entity("Organization", "Joint Staff of Japan", en=("Japan's General Staff",), country=JP.id)
R = nil_resolver(JP, TOKYO, PERU, JP_MOFA, JP_MOD, JP_SDF, JP_OFFICE, JP_STAFF)


def reporters(out: Extraction) -> list[list[str]]:
    """Reporter names per sentence, events and claims together, in sentence order."""
    said: dict[int, list[str]] = {}
    for sentence, ids in [(e.sentence, [a.reporter_id for a in e.attributions]) for e in out.events] + \
            [(c.sentence, [a.reporter_id for a in c.attributions]) for c in out.claims]:
        said.setdefault(sentence, []).extend(R.index.entities[i].name for i in ids if R.index.entities[i].name not in said.get(sentence, []))
    return [said[k] for k in sorted(said)]


def test_a_countrys_possessive_and_a_generic_phrase_name_its_body() -> None:
    out = extracted("Japan's Foreign Ministry said the talks would resume in spring.", "en", R)
    assert reporters(out) == [["Ministry of Foreign Affairs of Japan"]]


def test_a_capital_stands_for_its_country_and_case_does_not_matter() -> None:
    out = extracted("Tokyo's foreign ministry said the talks would resume in spring.", "en", R)
    assert reporters(out) == [["Ministry of Foreign Affairs of Japan"]]


def test_a_hungarian_demonym_before_the_body_with_an_ending() -> None:
    out = extracted("A japán külügyminisztérium szerint a tárgyalások tavasszal folytatódnak.", "hu", R)
    assert reporters(out) == [["Ministry of Foreign Affairs of Japan"]]


def test_a_bare_body_is_the_one_of_the_sentences_first_country_then_the_one_named_before() -> None:
    out = extracted("Japan will reopen its consulate in Lima, the Foreign Ministry said. "
                    "Peru welcomed the step, the Foreign Ministry added.", "en", R)
    assert reporters(out) == [["Ministry of Foreign Affairs of Japan"], ["Ministry of Foreign Affairs of Japan"]]


def test_a_country_without_such_a_body_in_the_gazetteer_gets_no_other_countrys() -> None:
    out = extracted("Japan sent an envoy. Peru's presidential office said the talks would resume in spring.", "en", R)
    assert "Cabinet Office of Japan" not in sum(reporters(out), [])


def test_a_kind_two_bodies_of_one_country_claim_names_neither() -> None:
    out = extracted("Japan's Defense Ministry said the drills would resume in spring.", "en", R)
    assert "Ministry of Defense of Japan" not in sum(reporters(out), [])


def test_a_body_another_country_owns_is_not_the_one_named_before() -> None:
    out = extracted("Japan's General Staff said the drills were over. Peru's General Staff said the drills would go on.",
                    "en", R)
    assert reporters(out)[0] == ["Joint Staff of Japan"]
    assert "Joint Staff of Japan" not in reporters(out)[1]


def test_a_lower_case_body_before_the_verb_is_its_countrys_as_a_source_only() -> None:
    out = extracted("Japan will reopen its consulate in Lima next year, the foreign ministry said.", "en", R)
    assert reporters(out) == [["Ministry of Foreign Affairs of Japan"]]
    assert all(JP_MOFA.id not in e.actors + e.targets for e in out.events)


def test_according_to_a_lower_case_body_named_before() -> None:
    out = extracted("Japan's Foreign Ministry said the talks were over. According to the foreign ministry, the "
                    "winter in Peru will be long.", "en", R)
    assert reporters(out) == [["Ministry of Foreign Affairs of Japan"], ["Ministry of Foreign Affairs of Japan"]]


def test_a_hungarian_lower_case_body_before_szerint() -> None:
    out = extracted("A külügyminisztérium szerint Japán jövőre újranyitja limai konzulátusát.", "hu", R)
    assert reporters(out) == [["Ministry of Foreign Affairs of Japan"]]
