"""The modules compiled with mypyc (scripts/build-native) write the same graph as their pure Python sources."""

from __future__ import annotations

import os
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, SAMPLES

NATIVE = runpy.run_path(str(REPO / "scripts" / "build-native"), run_name="native")


def exported(root: Path, inputs: list[Path], out: Path) -> bytes:
    """Ingest with the kgbuild package found under `root`, one worker, and export the store as JSON."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    out.mkdir()
    store, graph = out / "s.db", out / "s.json"
    for args in (["ingest", *map(str, inputs), "--store", str(store), "--workers", "1", "--quiet"],
                 ["export", "--store", str(store), "--format", "json", "-o", str(graph)]):
        done = subprocess.run([sys.executable, "-m", "kgbuild", *args], cwd=root, env=env, capture_output=True,
                              text=True, timeout=300, check=False)
        assert done.returncode == 0, done.stderr
    return graph.read_bytes()


@pytest.mark.skipif(not NATIVE["compiled"](), reason="no compiled modules (scripts/build-native has not run)")
def test_compiled_and_pure_python_write_the_same_graph(tmp_path: Path) -> None:
    pure = tmp_path / "pure"
    shutil.copytree(REPO / "kgbuild", pure / "kgbuild", ignore=shutil.ignore_patterns("*.so", "__pycache__"))
    (pure / "data").symlink_to(REPO / "data")  # the shipped gazetteer, found next to the package
    corpus = runpy.run_path(str(REPO / "bench" / "corpus.py"), run_name="corpus")
    gold = sorted((REPO / "tests" / "gold").rglob("*.txt"))  # held-out articles: quotes, lists, odd dates
    inputs = [SAMPLES, *gold, corpus["write_corpus"](tmp_path / "corpus", 300)]
    assert exported(pure, inputs, tmp_path / "a") == exported(REPO, inputs, tmp_path / "b")
