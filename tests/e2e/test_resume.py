"""An ingest done in two runs (interrupted, then run again) writes exactly what one run writes."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.cli import run
from tests.generated import write_generated

ARTICLES = 600


def _export(store: Path, out: Path) -> bytes:
    assert run("export", "--store", store, "--format", "json", "-o", out).returncode == 0
    return out.read_bytes()


def _twice_and_once(first: Path, corpus: Path, tmp_path: Path) -> tuple[bytes, bytes]:
    """Exports of `first` then `corpus` ingested into one store, and of `corpus` ingested at once."""
    twice, once = tmp_path / "twice.db", tmp_path / "once.db"
    for path, store in ((first, twice), (corpus, twice), (corpus, once)):
        assert run("ingest", path, "--store", store, "--quiet").returncode == 0
    return _export(twice, tmp_path / "twice.json"), _export(once, tmp_path / "once.json")


def test_a_name_scoped_to_one_article_does_not_come_back_from_the_registry(tmp_path: Path) -> None:
    """'Hi' after a name and before a reporting verb is an unknown name scoped to its article. The second run used
    to load it from the store's registry as a name any article can match, and B's statement went to 'Hi' (on the
    2,000-article corpus in two runs: 101 MENTIONS and REPORTED_BY of 'Hi')."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    tail = " a tárgyalás után azt mondta, hogy országa feltétel nélkül kiáll Oroszország mellett.\n"
    (corpus / "a.txt").write_text("Szergej Lavrov pénteken Phenjanban tárgyalt. Nakatani Gen Hi" + tail, encoding="utf-8")
    (corpus / "b.txt").write_text("Szergej Lavrov szombaton Vonszanban tárgyalt. Jichák Hercog Hi" + tail, encoding="utf-8")
    twice, once = _twice_and_once(corpus / "a.txt", corpus, tmp_path)
    assert twice == once


def test_two_runs_equal_one(tmp_path: Path) -> None:
    """The first half of a generated corpus, then all of it: the second run learns the first's unknown names from the
    store's registry, and writes what one run writes."""
    lines = "".join(f.read_text(encoding="utf-8") for f in sorted(write_generated(tmp_path / "gen", ARTICLES)
                                                                   .glob("*.jsonl"))).splitlines(keepends=True)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.jsonl").write_text("".join(lines[:ARTICLES // 2]), encoding="utf-8")
    (corpus / "b.jsonl").write_text("".join(lines[ARTICLES // 2:]), encoding="utf-8")
    twice, once = _twice_and_once(corpus / "a.jsonl", corpus, tmp_path)
    assert twice == once
