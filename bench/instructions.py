"""Instructions per article of the extraction, counted by valgrind's callgrind: a measure this host's noise
cannot move (wall and CPU time vary by a quarter between identical runs here).

Usage: .venv/bin/python bench/instructions.py [--small 20] [--large 220] [--profile DIR]
Runs the pipeline and the store encoder in one process (language, segments, mentions, events, graph, encoding;
no store, no workers) over the first SMALL and the first LARGE articles of the generated bench corpus, each
under callgrind, and prints the difference divided by LARGE - SMALL (start-up and first-article memos cancel
out) next to the start-up. Needs valgrind (Debian package `valgrind`); a few minutes. With --profile the
LARGE run's profile is kept for `callgrind_annotate --inclusive=yes FILE` (compiled functions appear as
CPyDef_<module>___<function>). Not a test.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import write_corpus  # noqa: E402


def child(corpus: Path, n: int) -> None:
    """The measured work: extract and encode the first n articles."""
    from kgbuild.io.jsonl import load_jsonl
    from kgbuild.pipeline import Pipeline
    from kgbuild.store.encoded import GraphEncoder

    pipeline, encode = Pipeline(), GraphEncoder()
    docs = (doc for path in sorted(corpus.glob("*.jsonl")) for doc in load_jsonl(path))
    for doc in islice(docs, n):
        encode(pipeline.process(doc).graph)


def counted(corpus: Path, n: int, out: Path) -> int:
    """Instructions of one child run under callgrind."""
    run = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", sys.executable, __file__,
                          "--child", str(corpus), "--count", str(n)], capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if found is None:
        sys.exit(f"callgrind printed no count:\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    """Count both runs (side by side: callgrind's counts do not depend on the other run) and print one table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--small", type=int, default=20)
    parser.add_argument("--large", type=int, default=220)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--child", type=Path)
    parser.add_argument("--count", type=int)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.count)
        return
    if shutil.which("valgrind") is None:
        sys.exit("valgrind not found: install the Debian package valgrind")
    from throughput import compiled_modules

    print(compiled_modules())
    with tempfile.TemporaryDirectory() as tmp:
        corpus = write_corpus(Path(tmp) / "corpus", args.large)
        with ThreadPoolExecutor(2) as pool:
            small, large = pool.map(lambda n: counted(corpus, n, Path(tmp) / f"callgrind.{n}"), (args.small, args.large))
        if args.profile:
            args.profile.mkdir(parents=True, exist_ok=True)
            shutil.copy(Path(tmp) / f"callgrind.{args.large}", args.profile / f"callgrind.{args.large}")
    per_article = (large - small) / (args.large - args.small)
    print(f"{'articles':>9} {'instructions':>16} {'M instructions/article':>23} {'start-up G':>11}")
    print(f"{args.small:>9} {small:>16,} {'':>23} {'':>11}")
    print(f"{args.large:>9} {large:>16,} {per_article / 1e6:>23.2f} {(small - args.small * per_article) / 1e9:>11.2f}")


if __name__ == "__main__":
    main()
