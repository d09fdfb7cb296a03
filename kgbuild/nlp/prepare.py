"""Language and segments: the spaCy part of the pipeline, run apart from the rest when workers extract.

With worker processes the writer prepares each document and the workers start from its segments, so spaCy is
imported and its tokenizer's vocabulary grows in one process instead of in every worker (each import costs
about a second of CPU and 65 MB).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from time import perf_counter

from kgbuild.model.document import Document, Segment
from kgbuild.nlp.language import choose_language
from kgbuild.nlp.segment import segment


@dataclass(frozen=True, slots=True)
class Prepared:
    """A document's language and segments, and the seconds each took."""

    lang: str
    segments: list[Segment]
    seconds: dict[str, float] = field(default_factory=dict)


def prepare(doc: Document, forced: str) -> Prepared:
    """Choose the document's language (`forced` unless it is auto) and split it into segments."""
    start = perf_counter()
    lang = choose_language(doc.lang, forced, doc.text)
    chosen = perf_counter()
    segments = segment(doc.text, lang)
    return Prepared(lang, segments, {"language": chosen - start, "segment": perf_counter() - chosen})
