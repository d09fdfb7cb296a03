"""End-to-end ingest throughput and memory on a generated corpus, 1 worker vs N, into the embedded store.

Usage: .venv/bin/python bench/throughput.py [--sizes 2000,10000] [--workers N] [--only-n] [--neo4j]
(100k: --sizes 100000 --only-n; RSS after 10k and at the end show whether memory stays flat.)
Prints articles/s, articles/s per core, words/s, peak RSS (VmRSS summed over the writer and its workers, which
counts pages they share once per process), peak PSS (shared pages split between the processes: the memory
really used), RSS after 10k and at the end, the writer's CPU per article outside the stages, and milliseconds
per article by stage (summed over workers), and with N workers how many articles were extracted again because their
worker had not seen names learned just before them (kgbuild.learning). Not a test: numbers depend on the machine.
"""

from __future__ import annotations

import argparse
import compileall
import json
import multiprocessing
import os
import resource
import runpy
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus import write_corpus  # noqa: E402

from kgbuild.parallel import default_workers  # noqa: E402

RSS_EVERY = 250
CORES = len(os.sched_getaffinity(0))


def rss_mb() -> float:
    """Resident memory of this process and its worker processes, in MB (VmRSS from /proc, summed)."""
    return _summed("status", "VmRSS:")


def pss_mb() -> float:
    """Proportional set size of this process and its workers, in MB (shared pages counted once in all)."""
    return _summed("smaps_rollup", "Pss:")


def _summed(name: str, field: str) -> float:
    """A kB field of /proc/PID/<name>, summed over this process and its children, in MB."""
    pids = [os.getpid()] + [p.pid for p in multiprocessing.active_children()]
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/{name}").read_text().splitlines():
                if line.startswith(field):
                    total += int(line.split()[1])
                    break
        except OSError:
            pass
    return total / 1024


def child(corpus: Path, workers: int, neo4j: bool) -> None:
    """One measured run in a fresh process; prints a JSON line."""
    from kgbuild.ingest import IngestReport, ingest
    from kgbuild.store.sqlite import SqliteStore

    marks: dict[str, float] = {"peak": 0.0, "pss": 0.0}

    def progress(_path: str, report: IngestReport) -> None:
        marks["calls"] = marks.get("calls", 0) + 1  # one call a document, written or not yet
        if marks["calls"] % RSS_EVERY == 0:
            now = rss_mb()
            marks["peak"] = max(marks["peak"], now)
            marks["pss"] = max(marks["pss"], pss_mb())
            marks["end"] = now  # the last sample, taken while the workers still run
            if marks["calls"] >= 10_000 and "at_10k" not in marks:
                marks["at_10k"] = now

    with tempfile.TemporaryDirectory() as tmp:
        store_cm = _neo4j_sink() if neo4j else SqliteStore(Path(tmp) / "bench.db")
        with store_cm as store:
            started, cpu = time.perf_counter(), time.process_time()
            pipeline = _pipeline(tuple(store.registry()))
            report = ingest([corpus], store, pipeline, force=True, progress=progress, workers=workers)
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    workers_cpu = resource.getrusage(resource.RUSAGE_CHILDREN)  # the pool's processes, joined by now
    marks.setdefault("end", rss_mb())  # a corpus too small for a sample: the writer alone
    words = sum(len(json.loads(line)["text"].split()) for f in corpus.glob("*.jsonl") for line in f.open())  # after:
    # counting first would leave the parsed corpus's freed memory in this process during the run
    print(json.dumps({"articles": report.ingested, "failures": len(report.failures), "seconds": elapsed,
                      "writer_cpu": cpu, "workers_cpu": workers_cpu.ru_utime + workers_cpu.ru_stime, "words": words, "rss": marks, "stages": report.seconds,
                      "redone": getattr(report, "redone", 0)}))  # getattr: a reference older than the redo


def _pipeline(registry: tuple[object, ...]):  # type: ignore[no-untyped-def]
    """A spec the workers build from; a built pipeline on code older than PipelineSpec (to bench a reference)."""
    try:
        from kgbuild.extraction import PipelineSpec
    except ImportError:
        from kgbuild.pipeline import Pipeline

        return Pipeline(registry=registry)
    return PipelineSpec(registry=registry)


def _neo4j_sink():  # type: ignore[no-untyped-def]
    """The Neo4j sink from NEO4J_* (database cleared by the caller)."""
    from kgbuild.config import neo4j_settings
    from kgbuild.sinks.neo4j import Neo4jSink

    return Neo4jSink(neo4j_settings())


def measure(corpus: Path, workers: int, neo4j: bool) -> dict[str, object]:
    """Run child() in a fresh interpreter so memory and caches start cold."""
    out = subprocess.run([sys.executable, __file__, "--child", str(corpus), "--workers", str(workers)]
                         + (["--neo4j"] if neo4j else []), capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def row(size: int, workers: int, r: dict) -> str:  # type: ignore[type-arg]
    """One table row."""
    n, secs = r["articles"], r["seconds"]
    stages = " ".join(f"{k}={v / max(n, 1) * 1000:.1f}" for k, v in sorted(r["stages"].items()))
    stages += f"  redone={r.get('redone', 0)}" if workers > 1 else ""
    at10k = f"{r['rss']['at_10k']:.0f}" if "at_10k" in r["rss"] else "-"
    # one worker: wall time outside the stages (stages are timed by the wall clock); more: the writer's CPU
    other = (secs - sum(r["stages"].values()) if workers == 1 else r["writer_cpu"]) / max(n, 1) * 1000
    cpu = (r["writer_cpu"] + r["workers_cpu"]) / max(n, 1) * 1000
    return (f"{size:>7} {workers:>3} {n:>7} {secs:>8.1f} {n / secs:>9.1f} {n / secs / workers:>9.1f} "
            f"{r['words'] / secs:>9.0f} {r['rss']['peak']:>8.0f} {r['rss']['pss']:>8.0f} {at10k:>8} "
            f"{r['rss']['end']:>8.0f} {other:>7.2f} {cpu:>7.2f} {min(workers, CORES) / cpu * 1000:>7.1f}  {stages}")


def compile_package() -> None:
    """Write kgbuild's bytecode first, as installing a wheel does: with PYTHONDONTWRITEBYTECODE set (as on this
    project's machines) an editable install would otherwise compile every module again in every worker."""
    compileall.compile_dir(Path(__file__).resolve().parents[1] / "kgbuild", quiet=1)


def compiled_modules() -> str:
    """Which kgbuild the run measures: with the extraction modules compiled by mypyc (make), or pure Python."""
    native = runpy.run_path(str(Path(__file__).resolve().parents[1] / "scripts" / "build-native"), run_name="native")
    compiled, stale = len(native["compiled"]()), native["stale"]()
    if stale:
        sys.exit(f"compiled modules older than their source ({', '.join(stale)}): run make first")
    return f"kgbuild: {compiled} modules compiled with mypyc" if compiled else "kgbuild: pure Python (no compiled modules)"


def main() -> None:
    """Generate each corpus once, run it with 1 and N workers, print one table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="2000,10000")
    parser.add_argument("--workers", type=int, default=default_workers())
    parser.add_argument("--only-n", action="store_true", help="skip the 1-worker run (long corpora)")
    parser.add_argument("--neo4j", action="store_true")
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        child(Path(args.child), args.workers, args.neo4j)
        return
    compile_package()
    print(compiled_modules())
    print(f"{'corpus':>7} {'wrk':>3} {'articles':>7} {'seconds':>8} {'art/s':>9} {'art/s/core':>9} {'words/s':>9} "
          f"{'peakMB':>8} {'peakPSS':>8} {'rss@10k':>8} {'endMB':>8} {'other':>7} {'cpu':>7} {'cpu-a/s':>7}  "
          "ms/article by stage")
    print("other: 1 worker, wall ms/article outside the stages; N, the writer's CPU ms/article. cpu: CPU ms/article of "
          "all processes; cpu-a/s: articles/s that CPU allows on an idle machine (a busy one shows in art/s only)")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            corpus = write_corpus(Path(tmp) / "corpus", size)
            for workers in [args.workers] if args.only_n else sorted({1, args.workers}):
                print(row(size, workers, measure(corpus, workers, args.neo4j)), flush=True)


if __name__ == "__main__":
    main()
