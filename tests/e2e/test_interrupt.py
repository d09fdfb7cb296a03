"""Ctrl-C in a terminal: one line and exit 130, what was committed stays, the same command goes on from there."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import time
from pathlib import Path

import pytest

from tests.e2e.cli import KGBUILD, run
from tests.generated import write_generated

ARTICLES = 1500  # several seconds of work, so the interrupt lands mid-run
EXIT_INTERRUPTED = 130


def _committed(store: Path) -> int:
    """Articles whose commit marker the store holds (0 before the first batch)."""
    try:
        with sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=10) as db:
            return int(db.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _interrupt_once_written(args: list[str], store: Path) -> subprocess.CompletedProcess[str]:
    """Run the command in its own process group and send SIGINT to the whole group, as a terminal's Ctrl-C
    does, once its first batch is committed."""
    process = subprocess.Popen([str(KGBUILD), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               start_new_session=True)
    deadline = time.monotonic() + 240
    while _committed(store) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be interrupted"
    os.killpg(process.pid, signal.SIGINT)
    stdout, stderr = process.communicate(timeout=120)
    return subprocess.CompletedProcess(args, process.returncode, stdout, stderr)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_says_one_line_and_the_rerun_completes(tmp_path: Path, workers: str) -> None:
    corpus = write_generated(tmp_path / "corpus", ARTICLES)
    (corpus / "broken.jsonl").write_text("{oops\n", encoding="utf-8")
    store = tmp_path / "kg.db"
    args = ["ingest", str(corpus), "--store", str(store), "--workers", workers]
    stopped = _interrupt_once_written(args, store)
    assert stopped.returncode == EXIT_INTERRUPTED, stopped.stderr
    assert "Traceback" not in stopped.stderr and "KeyboardInterrupt" not in stopped.stderr
    written = _committed(store)
    assert 0 < written < ARTICLES
    last = stopped.stderr.strip().splitlines()[-1]
    assert last == (f"error: interrupted; {store} holds {written} articles, each complete; "
                    "run the same command again to ingest the rest")
    again = run(*args)
    assert again.returncode == 1, again.stderr  # broken.jsonl still fails, and is named
    assert "broken.jsonl: line 1: malformed JSON" in again.stderr
    assert f"unchanged {written};" in again.stdout
    assert _committed(store) == ARTICLES
