"""Per-language event data (triggers, attribution and citation phrases, modality cues) loaded from JSON."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from kgbuild.errors import KgbuildError

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
    "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A word stem that signals an event type; `context` stems must also occur in the sentence."""

    stem: str
    type: str
    mode: str
    context: tuple[str, ...] = ()
    particle: str | None = None
    exclude: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Phrase:
    """An attribution or citation phrase: its words and on which side the source stands."""

    words: tuple[str, ...]
    verb: str
    side: str
    quote: bool = False


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


@lru_cache(maxsize=8)
def lexicon_for(lang: str) -> Lexicon:
    """The lexicon of a language (kgbuild/events/lexicon/<lang>.json)."""
    path = resources.files("kgbuild.events") / "lexicon" / f"{lang}.json"
    if not path.is_file():
        raise KgbuildError(f"no event lexicon for language {lang!r} (expected {path})")
    return _parse(json.loads(path.read_text(encoding="utf-8")))


def _parse(data: dict[str, Any]) -> Lexicon:
    """Turn the JSON structure into typed records, checking event types against PLOVER."""
    triggers = tuple(_trigger(t) for t in data["triggers"])
    return Lexicon(
        language=data["language"],
        verb_prefixes=tuple(data.get("verb_prefixes", ())),
        triggers=triggers,
        attributions=tuple(_phrase(p) for p in data["attribution"]),
        citations=tuple(_phrase(p) for p in data["citation"]),
        case_roles={k: tuple(v) for k, v in data.get("case_roles", {}).items()},
        prepositions={k: tuple(v) for k, v in data.get("prepositions", {}).items()},
        modality={k: tuple(v) for k, v in data["modality"].items()},
        conditional_endings=tuple(data.get("conditional_endings", ())),
        titles=dict(data.get("titles", {})),
        weekday_suffixes=tuple(data.get("weekday_suffixes", ())),
        relative_dates={k: (v[0], int(v[1])) for k, v in data.get("relative_dates", {}).items()},
        any_stem=_any_stem(triggers, tuple(data.get("verb_prefixes", ()))),
    )


def _any_stem(triggers: tuple[Trigger, ...], prefixes: tuple[str, ...]) -> re.Pattern[str]:
    """One pattern that any trigger word matches, so most words are ruled out in one step."""
    stems = sorted({re.escape(t.stem.rstrip("*")) + ("" if t.stem.endswith("*") else "$") for t in triggers}, key=len, reverse=True)
    prefix = "|".join(re.escape(p) for p in prefixes)
    return re.compile(f"(?:{prefix})?(?:{'|'.join(stems)})" if prefix else f"(?:{'|'.join(stems)})")


def _trigger(raw: dict[str, Any]) -> Trigger:
    """One trigger entry."""
    if raw["type"] not in PLOVER_TYPES:
        raise KgbuildError(f"event type {raw['type']!r} is not a PLOVER type")
    return Trigger(raw["stem"], raw["type"], raw.get("mode", ""), tuple(raw.get("context", ())), raw.get("particle"),
                   tuple(raw.get("exclude", ())))


def _phrase(raw: dict[str, Any]) -> Phrase:
    """One attribution or citation phrase."""
    words = tuple(raw["phrase"].lower().split())
    return Phrase(words, raw.get("verb", raw["phrase"]), raw["side"], bool(raw.get("quote", False)))
