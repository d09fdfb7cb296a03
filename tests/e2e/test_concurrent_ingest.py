"""Two ingests into one embedded store at once: the second waits for the first, so the graph is the one a single
run writes (started together, the second would miss the unknown names the first learns and resolve some apart)."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from tests.e2e.cli import KGBUILD, run
from tests.generated import write_generated

ARTICLES = 600


def test_a_second_ingest_waits_and_the_graph_equals_one_run(tmp_path: Path) -> None:
    corpus = write_generated(tmp_path / "corpus", ARTICLES)
    shared, single = tmp_path / "shared.db", tmp_path / "single.db"
    args = ["ingest", str(corpus), "--store", str(shared), "--workers", "2"]
    first = subprocess.Popen([str(KGBUILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while not shared.exists() and time.monotonic() < deadline:
        time.sleep(0.02)
    time.sleep(0.5)  # the first run has opened the store and is extracting
    assert first.poll() is None, "the first run ended before the second started"
    second = run(*args)
    first_out, first_err = first.communicate(timeout=300)
    assert first.returncode == 0, first_err
    assert second.returncode == 0, second.stderr
    assert f"waiting: another kgbuild ingest is writing {shared}" in second.stderr
    assert f"ingested   {ARTICLES} articles" in first_out
    assert f"ingested   0 articles (none); unchanged {ARTICLES};" in second.stdout
    assert run("ingest", corpus, "--store", single, "--workers", "2").returncode == 0
    exports = []
    for store in (shared, single):
        out = tmp_path / f"{store.stem}.json"
        assert run("export", "--store", store, "--format", "json", "-o", out).returncode == 0
        exports.append(out.read_bytes())
    assert exports[0] == exports[1]


def test_reading_commands_do_not_wait_for_an_ingest(tmp_path: Path) -> None:
    corpus = write_generated(tmp_path / "corpus", ARTICLES)
    store = tmp_path / "kg.db"
    assert run("ingest", corpus, "--store", store, "--workers", "1", "--quiet").returncode == 0
    writer = subprocess.Popen([str(KGBUILD), "ingest", str(corpus), "--store", str(store), "--force", "--quiet"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        time.sleep(1.0)
        stats = run("stats", "--store", store)
        assert stats.returncode == 0 and "waiting" not in stats.stderr
        assert writer.poll() is None, "the forced re-run ended before stats ran"
    finally:
        writer.communicate(timeout=300)
