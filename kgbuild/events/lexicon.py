"""Per-language event data (triggers, attribution and citation phrases, modality cues, numbers, periods, clauses).

Everything language-specific lives in kgbuild/events/lexicon/<lang>.json; adding a language adds a file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from kgbuild.errors import KgbuildError
from kgbuild.events.numbers import NumberSpec, parse_number_spec
from kgbuild.events.periods import PeriodSpec, parse_period_spec
from kgbuild.events.sentence import by_identity
from kgbuild.nlp.memos import word_memo

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT",
)
CLAUSE_KINDS = ("relative", "adverbial", "complement", "coordinate")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word stem that signals an event type; `context` stems must also occur in the sentence.

    `subject` is the role of the grammatical subject: actor, or target for casualties ('600-an haltak meg').
    `host` marks visits: the country of the place visited becomes the target (Phenjanba érkezett → North Korea).
    `objects` false: names after the trigger are what is conceded or said, not a recipient (acknowledged that ...).
    `particle_after`: the particle must follow (megbeszélést folytatott), not precede (vívott harcokban).
    `needs`: 'target' when the verb is an event only with a named recipient ('helped North Korea', not 'helped
    ease tensions'), 'partner' when only done together (two actors or a partner: 'X and Y build a bridge'),
    'actor' when someone must do it (shipments arrive: 'érkezik' is no visit).
    `transitive`: a casualty verb that is active with an object ('Ukraine killed three soldiers'), unlike 'lost'.
    `particle_before`: the particle must stand right before ('to back Russia'), not after ('came back to').
    """

    stem: str
    type: str
    mode: str
    context: tuple[str, ...] = ()
    particle: str | None = None
    exclude: tuple[str, ...] = ()
    subject: str = "actor"
    host: bool = False
    objects: bool = True
    particle_after: bool = False
    needs: str = ""
    transitive: bool = False
    particle_before: bool = False


NEEDS = ("", "target", "partner", "actor")


@dataclass(frozen=True, slots=True)
class Phrase:
    """An attribution or citation phrase: its words and on which side the source stands.

    `sentence`: the phrase speaks for every clause after it, coordinate ones too (X szerint A, és B);
    `cases`: the source carries one of these endings (a szolgálatra hivatkozva), so it is found by its case;
    `dropped`: a speech verb whose subject may be left out (– mondta.), then the person named last;
    `dropped_body`: a plural one (– tették hozzá.), then the organization, outlet or country that spoke last.
    `listener`: unnamed speakers told the name after the verb, which then reports ('two officials told Reuters').
    """

    words: tuple[str, ...]
    verb: str
    side: str
    quote: bool = False
    sentence: bool = False
    cases: tuple[str, ...] = ()
    dropped: bool = False
    dropped_body: bool = False
    listener: bool = False


@dataclass(frozen=True, slots=True)
class ClauseMark:
    """A word that opens a clause ('aki', 'hogy', 'which'); `bare` marks open one without a comma, `subject`
    relative pronouns make their antecedent the subject, `place` ones (ahol, where) its location, and
    `personal` ones (aki, who) refer to people only."""

    word: str
    kind: str
    bare: bool = False
    subject: bool = False
    place: bool = False
    personal: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Everything the extractor knows about one language; adding a language adds a file, not code."""

    language: str
    verb_prefixes: tuple[str, ...]
    triggers: tuple[Trigger, ...]
    attributions: tuple[Phrase, ...]
    citations: tuple[Phrase, ...]
    case_roles: dict[str, tuple[str, ...]]
    prepositions: dict[str, tuple[str, ...]]
    modality: dict[str, tuple[str, ...]]
    conditional_endings: tuple[str, ...]
    titles: dict[str, str]
    weekday_suffixes: tuple[str, ...]
    relative_dates: dict[str, tuple[str, int]]
    any_stem: re.Pattern[str]
    numbers: NumberSpec
    periods: PeriodSpec
    participles: tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]] = ((), (), ())
    colon_source: bool = False
    accusative_endings: tuple[str, ...] = ()
    possessed_endings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    demand_absorbs: bool = False
    toll_participles: tuple[str, ...] = ()
    backshift: tuple[str, ...] = ()
    context_window: tuple[int, tuple[str, ...]] = (0, ())
    back_references: tuple[str, ...] = ()
    carry_subject: bool = False
    side_words: tuple[str, ...] = ()
    consonant_accusative: str = ""
    plural_endings: tuple[str, ...] = ()
    clause_marks: tuple[ClauseMark, ...] = ()
    coordinators: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()
    complementizers: tuple[str, ...] = ()
    articles: tuple[str, ...] = ()
    indefinite_articles: tuple[str, ...] = ()
    free_relatives: tuple[str, ...] = ()
    possessives: tuple[str, ...] = ()
    subject_gap: int = 99
    objects_by_position: bool = False
    postpositions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    determiners: tuple[str, ...] = ()
    gap_words: tuple[str, ...] = ()
    auxiliaries: tuple[str, ...] = ()
    neuter_pronouns: tuple[str, ...] = ()
    neuter_possessives: tuple[str, ...] = ()
    passive_auxiliaries: tuple[str, ...] = ()
    compound_nouns: tuple[str, ...] = ()
    count_words: tuple[str, ...] = ()
    voiced_complements: tuple[str, ...] = ()
    name_titles: tuple[str, ...] = ()
    role_nouns: tuple[str, ...] = ()
    role_paraphrases: tuple[tuple[tuple[str, ...], str], ...] = ()
    pair_subjects: tuple[tuple[tuple[str, ...], int], ...] = ()
    source_nouns: dict[str, str] = field(default_factory=dict)
    speaker_prepositions: tuple[str, ...] = ()
    institutions: dict[str, str] = field(default_factory=dict)
    institution_patterns: tuple[re.Pattern[str], re.Pattern[str], frozenset[str]] | None = None


Title = tuple[str, tuple[str, ...]]


def title_candidates(titles: dict[str, str], word: str) -> tuple[Title, ...]:
    """The titles (English title, written words) whose first written word starts `word`, longest written form
    first: the only ones that can match at that word. Worked out once per word."""
    return word_memo(titles, _title_candidates)(word)


def _title_candidates(word: str, titles: dict[str, str]) -> tuple[Title, ...]:
    """Uncached body of `title_candidates`."""
    return tuple((english, words) for english, words in _titles_longest_first(titles)
                 if not words or word.startswith(words[0]))


@by_identity
def _titles_longest_first(titles: dict[str, str]) -> tuple[Title, ...]:
    """Every title with its written words, longest written form first."""
    ordered = sorted(titles.items(), key=lambda kv: -len(kv[0]))
    return tuple((english, tuple(written.split())) for written, english in ordered)


@lru_cache(maxsize=8)
def lexicon_for(lang: str) -> Lexicon:
    """The lexicon of a language (kgbuild/events/lexicon/<lang>.json)."""
    path = resources.files("kgbuild.events") / "lexicon" / f"{lang}.json"
    if not path.is_file():
        raise KgbuildError(f"no event lexicon for language {lang!r} (expected {path})")
    return parse_lexicon(json.loads(path.read_text(encoding="utf-8")))


def parse_lexicon(data: dict[str, Any]) -> Lexicon:
    """Turn the JSON structure into typed records, checking event types against PLOVER."""
    triggers = tuple(_trigger(t) for entry in data["triggers"] for t in _expanded(entry))
    return Lexicon(
        language=data["language"],
        verb_prefixes=tuple(data.get("verb_prefixes", ())),
        triggers=triggers,
        attributions=tuple(_phrase(p) for p in data["attribution"]),
        citations=tuple(_phrase(p) for p in data["citation"]),
        case_roles={k: tuple(v) for k, v in data.get("case_roles", {}).items()},
        prepositions={k: tuple(v) for k, v in data.get("prepositions", {}).items()},
        modality={k: tuple(v) for k, v in data["modality"].items()},
        conditional_endings=tuple(data.get("conditional_endings", ())) + tuple(data.get("potential_endings", ())),
        titles=dict(data.get("titles", {})),
        weekday_suffixes=tuple(data.get("weekday_suffixes", ())),
        relative_dates={k: (v[0], int(v[1])) for k, v in data.get("relative_dates", {}).items()},
        any_stem=_any_stem(triggers, tuple(data.get("verb_prefixes", ()))),
        numbers=parse_number_spec(data.get("numbers", {})),
        periods=parse_period_spec(data.get("periods", {})),
        **_clause_data(data), **_grammar_data(data),
    )


def _clause_data(data: dict[str, Any]) -> dict[str, Any]:
    """The clause and word-order part of a lexicon file (openers, coordinators, pronouns, postpositions)."""
    return {
        "clause_marks": tuple(_clause_mark(c) for c in data.get("clauses", ())),
        "coordinators": tuple(data.get("coordinators", ())), "pronouns": tuple(data.get("pronouns", ())),
        "complementizers": tuple(data.get("complementizers", ())), "articles": tuple(data.get("articles", ())),
        "indefinite_articles": tuple(data.get("indefinite_articles", ())),
        "free_relatives": tuple(data.get("free_relatives", ())),
        "possessives": tuple(data.get("possessive_endings", ())), "subject_gap": int(data.get("subject_gap", 99)),
        "objects_by_position": bool(data.get("objects_by_position", False)),
        "postpositions": {k: tuple(v) for k, v in data.get("postpositions", {}).items()},
        "determiners": tuple(data.get("determiners", ())), "gap_words": tuple(data.get("gap_words", ())),
        "auxiliaries": tuple(data.get("auxiliaries", ())),
        "neuter_pronouns": tuple(data.get("neuter_pronouns", ())),
        "neuter_possessives": tuple(data.get("neuter_possessives", ())),
        "passive_auxiliaries": tuple(data.get("passive_auxiliaries", ())),
        "compound_nouns": tuple(data.get("compound_nouns", ())),
        "count_words": tuple(data.get("count_words", ())),
        "source_nouns": dict(data.get("source_nouns", {})),
        "speaker_prepositions": tuple(data.get("speaker_prepositions", ())),
        "institutions": {k.lower(): v for k, v in data.get("institutions", {}).items()},
        "institution_patterns": _institution_patterns(data.get("institutions", {}), data.get("articles", ())),
    }


def _institution_patterns(institutions: dict[str, str], articles: Sequence[str]
                          ) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]] | None:
    """Compiled once: an institution phrase right after a name ('s or spaces between), one after an article, and
    the phrases' first words (a sentence without one holds none); longest phrases first, endings after."""
    if not institutions:
        return None
    phrases = "|".join(re.escape(p.lower()) for p in sorted(institutions, key=len, reverse=True))
    after = re.compile(rf"(?:'s|’s|')?[ \u00a0]+({phrases})\w*", re.IGNORECASE)
    marked = "|".join(re.escape(a) for a in articles)
    definite = re.compile(rf"(?<!\w)(?:{marked})\s+({phrases})\w*", re.IGNORECASE)
    return after, definite, frozenset(p.lower().split()[0] for p in institutions)


def _grammar_data(data: dict[str, Any]) -> dict[str, Any]:
    """The morphology and discourse part of a lexicon file (participles, possessed endings, carried subjects: hu)."""
    return {
        "colon_source": bool(data.get("colon_source", False)),
        "accusative_endings": tuple(data.get("accusative_endings", ())),
        "consonant_accusative": str(data.get("consonant_accusative", "")),
        "side_words": tuple(data.get("side_words", ())),
        "carry_subject": bool(data.get("carry_subject", False)),
        "back_references": tuple(data.get("back_references", ())),
        "context_window": (int(data.get("context_window", 0)), tuple(data.get("context_window_types", ()))),
        "demand_absorbs": bool(data.get("demand_absorbs_complement", False)),
        "toll_participles": tuple(data.get("toll_participles", ())),
        "backshift": tuple(data.get("backshift_auxiliaries", ())),
        "voiced_complements": tuple(data.get("voiced_complements", ())),
        "name_titles": tuple(data.get("name_titles", ())),
        "role_nouns": tuple(data.get("role_nouns", ())),
        "role_paraphrases": tuple((tuple(k.split()), v) for k, v in data.get("role_paraphrases", {}).items()),
        "pair_subjects": tuple((tuple(p.split()), int(n)) for p, n in data.get("pair_subjects", {}).items()),
        "possessed_endings": {k: tuple(v) for k, v in data.get("possessed_endings", {}).items()},
        "plural_endings": tuple(data.get("plural_verb_endings", ())),
        "participles": (tuple(data.get("participles", {}).get("endings", ())),
                        tuple(data.get("participles", {}).get("heads", ())),
                        tuple(data.get("participles", {}).get("not_endings", ()))),
    }


def _any_stem(triggers: tuple[Trigger, ...], prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that any trigger word matches, so most words are ruled out in one step."""
    stems = sorted({re.escape(t.stem.rstrip("*")) + ("" if t.stem.endswith("*") else "$") for t in triggers}, key=len, reverse=True)
    prefix = "|".join(re.escape(p) for p in prefixes)
    return re.compile(f"(?:{prefix})?(?:{'|'.join(stems)})" if prefix else f"(?:{'|'.join(stems)})")


def _expanded(raw: dict[str, Any]) -> list[dict[str, Any]]:
    """A stem or particle given as a list stands for one entry per stem and particle, in order, so a family is one entry."""
    stems = raw["stem"] if isinstance(raw["stem"], list) else [raw["stem"]]
    particles = raw["particle"] if isinstance(raw.get("particle"), list) else [raw.get("particle")]
    return [{**raw, "stem": s, "particle": p} for s in stems for p in particles]


def _trigger(raw: dict[str, Any]) -> Trigger:
    """One trigger entry."""
    if raw["type"] not in PLOVER_TYPES:
        raise KgbuildError(f"event type {raw['type']!r} is not a PLOVER type")
    if raw.get("needs", "") not in NEEDS:
        raise KgbuildError(f"trigger needs {raw['needs']!r} is not one of {', '.join(NEEDS[1:])}")
    return Trigger(raw["stem"], raw["type"], raw.get("mode", ""), tuple(raw.get("context", ())), raw.get("particle"),
                   tuple(raw.get("exclude", ())), raw.get("subject", "actor"), bool(raw.get("host", False)),
                   bool(raw.get("objects", True)), bool(raw.get("particle_after", False)), raw.get("needs", ""),
                   bool(raw.get("transitive", False)), bool(raw.get("particle_before", False)))


def _phrase(raw: dict[str, Any]) -> Phrase:
    """One attribution or citation phrase."""
    words = tuple(raw["phrase"].lower().split())
    return Phrase(words, raw.get("verb", raw["phrase"]), raw["side"], bool(raw.get("quote", False)),
                  bool(raw.get("sentence", False)), tuple(raw.get("cases", ())), bool(raw.get("dropped", False)),
                  bool(raw.get("dropped_body", False)), bool(raw.get("listener", False)))


def _clause_mark(raw: dict[str, Any]) -> ClauseMark:
    """One clause-opening word, checked against the known clause kinds."""
    if raw["kind"] not in CLAUSE_KINDS:
        raise KgbuildError(f"clause kind {raw['kind']!r} is not one of {', '.join(CLAUSE_KINDS)}")
    return ClauseMark(raw["word"], raw["kind"], bool(raw.get("bare", False)), bool(raw.get("subject", False)),
                      bool(raw.get("place", False)), bool(raw.get("personal", False)))
