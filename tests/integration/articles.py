"""Test inputs written on the fly: many generated articles, a reporters gazetteer, hostile names."""

from __future__ import annotations

import json
from pathlib import Path

# Yonhap and the NIS as a user gazetteer, so the REPORTED_BY assertions hold whatever the shipped one has.
REPORTERS = [
    {"key": "media/yonhap", "kind": "Media", "name": "Yonhap",
     "aliases": {"hu": ["Yonhap"], "en": ["Yonhap", "Yonhap News Agency"]}},
]

_EN = [
    "North Korea sent {n} more troops to Russia's Kursk region, Yonhap reported, citing the National Intelligence Service.",
    "Kim Jong Un met Sergei Shoigu in Pyongyang on day {n} of the talks, according to South Korea's National Intelligence Service.",
    "Ukraine said it had captured {n} North Korean soldiers near Kursk, Yonhap reported.",
]
_HU = [
    "Észak-Korea újabb {n} katonát küldött Oroszországba — számolt be a Yonhap dél-koreai hírügynökség, "
    "hivatkozva a dél-koreai nemzeti hírszerző szolgálatra.",
    "Kim Dzsongun {n}. alkalommal fogadta Szergej Sojgut Phenjanban, közölte a Yonhap.",
]


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    """JSON Lines, UTF-8."""
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
    return path


def reporters(folder: Path) -> Path:
    """The reporters gazetteer file."""
    return write_jsonl(folder / "reporters.jsonl", list(REPORTERS))  # type: ignore[arg-type]


def generated(path: Path, start: int, stop: int) -> Path:
    """Articles start..stop-1: the same number always gives the same article (so ranges can overlap)."""
    rows: list[dict[str, object]] = []
    for i in range(start, stop):
        lang, templates = ("en", _EN) if i % 2 else ("hu", _HU)
        text = " ".join(templates[(i + k) % len(templates)].format(n=i * 7 + k) for k in range(3))
        rows.append({"id": f"gen-{i}", "title": f"Generated {i}", "date": f"2025-01-{1 + i % 28:02d}",
                     "source": "Yonhap" if i % 3 == 0 else "Test Wire", "lang": lang, "text": text})
    return write_jsonl(path, rows)
