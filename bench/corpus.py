"""Generate a large corpus from the sample articles, with varied names, dates and wording (bench only)."""

from __future__ import annotations

import json
import random
import re
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from kgbuild.io import load_path
from kgbuild.model.document import Document
from kgbuild.resolve.gazetteer import load_gazetteer

REPO = Path(__file__).resolve().parents[1]
PER_FILE = 1000


def templates() -> list[Document]:
    """The sample articles that load cleanly."""
    docs = []
    for path in sorted((REPO / "data" / "samples").iterdir()):
        docs += [d for d in load_path(path) if isinstance(d, Document) and d.published]
    return docs


def people_by_lang() -> dict[str, list[str]]:
    """Person names per language to swap in (English names for en, Hungarian spellings for hu)."""
    people: dict[str, list[str]] = {"hu": [], "en": []}
    for entity in load_gazetteer():
        if entity.kind == "Person":
            people["en"].append(entity.name)
            people["hu"].extend(n for n in entity.aliases.get("hu", ()) if " " in n)
    return people


def articles(n: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """n distinct articles as JSONL records; the same n and seed give the same corpus."""
    rng = random.Random(seed)
    docs, people = templates(), people_by_lang()
    for i in range(n):
        doc = docs[i % len(docs)]
        lang = doc.lang or ("en" if "en-" in Path(doc.path).name else "hu")
        text = _vary(doc.text, people.get(lang, []), rng)
        published = doc.published + timedelta(days=rng.randint(-400, 400))  # type: ignore[operator]
        note = f"\n\nFrissítve: {published.isoformat()}, {i}. változat." if lang == "hu" else \
            f"\n\nUpdated {published.isoformat()}, version {i}."
        yield {"id": f"bench-{i}", "title": f"{doc.title or 'Article'} ({i})", "date": published.isoformat(),
               "lang": lang, "text": text + note}


def _vary(text: str, names: list[str], rng: random.Random) -> str:
    """Swap two-word capitalized names for other people's names, so entities vary across the corpus."""
    if not names:
        return text
    return re.sub(r"\b([A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]+ [A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]+)\b",
                  lambda m: rng.choice(names) if rng.random() < 0.3 else m.group(1), text)


def write_corpus(directory: Path, n: int, seed: int = 7) -> Path:
    """Write the corpus as JSONL files of PER_FILE articles; returns the directory."""
    directory.mkdir(parents=True, exist_ok=True)
    out = None
    for i, record in enumerate(articles(n, seed)):
        if i % PER_FILE == 0:
            if out is not None:
                out.close()
            out = (directory / f"part-{i // PER_FILE:05d}.jsonl").open("w", encoding="utf-8")
        out.write(json.dumps(record, ensure_ascii=False) + "\n")  # type: ignore[union-attr]
    if out is not None:
        out.close()
    return directory
