"""Countries and territories generated from CLDR through babel, so their names are never typed by hand."""

from __future__ import annotations

from functools import lru_cache

from babel import Locale

CLDR_LANGS = ("en", "hu", "de", "ru", "uk")
# Codes CLDR lists among territories that are not countries (EU and UN are organizations).
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "ZZ", "QO", "XA", "XB"})


@lru_cache(maxsize=1)
def cldr_countries() -> dict[str, dict[str, str]]:
    """ISO code → {language: name} for every two-letter CLDR territory."""
    locales = {lang: Locale.parse(lang) for lang in CLDR_LANGS}
    codes = [c for c in locales["en"].territories if isinstance(c, str) and len(c) == 2 and c.isalpha()
             and c not in _NOT_COUNTRIES]
    return {code: {lang: loc.territories[code] for lang, loc in locales.items() if code in loc.territories} for code in sorted(codes)}
