"""Language detection restricted to the languages kgbuild supports (lingua, built on first use)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

SUPPORTED = ("hu", "en")


@lru_cache(maxsize=1)
def _detector() -> Any:
    """Build the lingua detector once; restricting it to our languages keeps it reliable on names."""
    from lingua import Language, LanguageDetectorBuilder

    return LanguageDetectorBuilder.from_languages(Language.HUNGARIAN, Language.ENGLISH).build()


def detect_language(text: str) -> str:
    """'hu' or 'en' for a text (the first few thousand characters decide)."""
    found = _detector().detect_language_of(text[:4000])
    if found is None:
        return "en"
    return "hu" if found.name == "HUNGARIAN" else "en"


def choose_language(declared: str | None, forced: str, text: str) -> str:
    """--lang wins unless it is auto; then the document's own lang field; then detection."""
    if forced != "auto":
        return forced
    return declared or detect_language(text)
