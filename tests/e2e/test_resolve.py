"""`kgbuild resolve` on the shipped gazetteer: answers with readable explanations, vetoes named, NIL clusters kept."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.cli import run


def answers(*names: str, lang: str = "hu") -> list[dict[str, object]]:
    """The JSON answers for names given on stdin."""
    result = run("resolve", "--lang", lang, "--json", stdin="\n".join(names) + "\n")
    assert result.returncode == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_inflected_transliterated_and_near_miss_names() -> None:
    got = answers("Kim Dzsongunnal", "Medvegyevvel", "Geraszimov", "Cshö Szon Hi", "Andrej Belouszv")
    assert [a["name"] for a in got] == ["Kim Jong Un", "Dmitry Medvedev", "Valery Gerasimov", "Choe Son Hui", "Andrei Belousov"]
    assert "matched hu alias 'Kim Dzsongun'" in str(got[0]["explanation"])
    assert got[4]["method"] == "fuzzy" and "similarity" in str(got[4]["explanation"])


def test_vetoed_answers_say_what_was_vetoed() -> None:
    got = answers("Kim Jong Chol", "Gerasimova", lang="en")
    assert [a["name"] for a in got] == [None, None]
    assert "vetoed Kim Yong Chol" in str(got[0]["explanation"]) and "different given name" in str(got[0]["explanation"])
    assert "end differently" in str(got[1]["explanation"])


def test_unknown_people_are_one_node_across_articles(tmp_path: Path) -> None:
    (tmp_path / "hu.txt").write_text("A tárgyaláson Pak Szong Csol miniszterhelyettes is részt vett Phenjanban.\n",
                                     encoding="utf-8")
    (tmp_path / "en.txt").write_text("The talks in Pyongyang were also attended by Pak Song Chol, a vice minister.\n",
                                     encoding="utf-8")
    store = tmp_path / "kg.db"
    assert run("ingest", tmp_path / "hu.txt", "--store", store, "-q").returncode == 0
    assert run("ingest", tmp_path / "en.txt", "--store", store, "-q").returncode == 0
    out = tmp_path / "g.json"
    assert run("export", "--store", store, "--format", "json", "-o", out).returncode == 0
    text = out.read_text(encoding="utf-8")
    assert text.count('"Pak Szong Csol"') >= 1 and '"name": "Pak Song Chol"' not in text
