"""Clause splitting: openers after commas, relative clauses that end at the next comma, dash parentheticals,
two triggers split at the comma or conjunction between them, and number commas that are not boundaries."""

from __future__ import annotations

from kgbuild.events.clauses import split_clauses
from kgbuild.events.lexicon import lexicon_for
from tests.unit.events.conftest import bare_sentence


def clauses(text: str, lang: str) -> list[tuple[str, str]]:
    sentence = bare_sentence(text)
    return [(c.kind, " ".join(sentence.tokens[i].text for i in c.words)) for c in split_clauses(sentence, lexicon_for(lang))]


def test_relative_clause_ends_at_the_next_comma() -> None:
    assert clauses("Belousov, who replaced Shoigu in May, flew to Pyongyang.", "en") == [
        ("main", "Belousov flew to Pyongyang"), ("relative", "who replaced Shoigu in May")]


def test_hungarian_openers() -> None:
    assert clauses("Sojgu Phenjanba érkezett, ahol Kimmel tárgyalt.", "hu") == [
        ("main", "Sojgu Phenjanba érkezett"), ("adverbial", "ahol Kimmel tárgyalt")]
    assert [k for k, _ in clauses("Phenjan megerősítette, hogy katonák harcoltak, és Moszkva elismerte.", "hu")] == [
        "main", "complement", "coordinate"]


def test_dash_parenthetical_is_its_own_clause() -> None:
    assert clauses("A tábornok – amelyet a vezérkar közzétett – méltatta a katonákat.", "hu") == [
        ("main", "A tábornok méltatta a katonákat"), ("parenthetical", "amelyet a vezérkar közzétett")]


def test_two_triggers_split_at_the_comma_or_conjunction_between() -> None:
    assert clauses("Sojgu márciusban járt ott, akkor az elnökkel egyeztetett.", "hu") == [
        ("main", "Sojgu márciusban járt ott"), ("coordinate", "akkor az elnökkel egyeztetett")]
    assert clauses("Kim met Shoigu and thanked Russia.", "en") == [
        ("main", "Kim met Shoigu"), ("coordinate", "and thanked Russia")]


def test_bare_english_subordinator_and_number_commas() -> None:
    assert clauses("They signed it when Putin visited Pyongyang.", "en") == [
        ("main", "They signed it"), ("adverbial", "when Putin visited Pyongyang")]
    assert clauses("Kim, who sent 6,000 soldiers to Russia, met Putin.", "en") == [
        ("main", "Kim met Putin"), ("relative", "who sent 6 000 soldiers to Russia")]
