"""Relationships per second into Neo4j for one generated graph, written three ways, printed as a table.

    eval "$(scripts/neo4j-local start)"
    .venv/bin/python bench/neo4j_write.py --wipe            # ~120k relationships, a few minutes

(a) one auto-commit MERGE per node and per relationship (the naive client);
(b) kgbuild's writer (Neo4jSink.write_batch: UNWIND batches, merged properties, commit markers), for
    several batch sizes in articles per transaction;
(c) `neo4j-admin database import full` of the same graph as CSV, through `scripts/neo4j-local admin`.
    Community Edition cannot import into a scratch database: the import REPLACES the `neo4j` database,
    so (c) runs last, needs the server to be the neo4j-local one, and stops and restarts it.

Each server method first writes a smaller graph (another seed; --warmup articles for (b), 100 for (a),
which then runs for minutes anyway) untimed, so the JVM has compiled its code paths and the plans are
cached: the table shows steady throughput. Every timed method
starts from an empty database and must end with the same node and relationship counts. Next to wall time
the table gives CPU seconds (this process plus the neo4j-local server, or neo4j-admin for (c)): on a shared
machine wall time depends on the neighbours, CPU time much less.
THE DATABASE AT NEO4J_URI IS WIPED: --wipe is required.
"""

from __future__ import annotations

import argparse
import csv
import os
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.neo4j_graph import generate  # noqa: E402
from kgbuild.config import Neo4jSettings, neo4j_settings  # noqa: E402
from kgbuild.graph.schema import labels_for  # noqa: E402
from kgbuild.model.graph import DocGraph, Node, PropValue, Rel  # noqa: E402
from kgbuild.sinks import cypher  # noqa: E402
from kgbuild.sinks.connection import open_driver  # noqa: E402
from kgbuild.sinks.neo4j import Neo4jSink  # noqa: E402
from kgbuild.sinks.values import to_neo4j  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
LOCAL = REPO / "scripts" / "neo4j-local"
ARRAY_DELIMITER = ";"
NAIVE_WARMUP = 100  # articles (a) writes to warm up: it then runs for minutes, which warms it up anyway


@dataclass(frozen=True)
class Result:
    """One row of the table."""

    method: str
    batch: str
    seconds: float
    rels: int
    nodes: int
    note: str = ""
    cpu: float | None = None  # client plus server CPU seconds, when the server's process can be read
    client: float | None = None  # this process's CPU seconds alone


    @property
    def rate(self) -> float:
        """Relationships per second (the whole graph, nodes included, divided by the wall time)."""
        return self.rels / self.seconds if self.seconds else 0.0

    @property
    def cpu_rate(self) -> float | None:
        """Relationships per CPU second (client plus server): what the wall time would be on idle cores."""
        return self.rels / self.cpu if self.cpu else None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the methods asked for, check each wrote the same graph, print the table."""
    args = _parse(argv)
    graphs = list(generate(args.articles))
    nodes = {n.id: n for g in graphs for n in g.nodes}
    rels = {r.id: r for g in graphs for r in g.rels}
    expected = (len(nodes), len(rels))
    print(f"generated {args.articles} articles: {expected[0]} nodes, {expected[1]} relationships", file=sys.stderr)
    settings = neo4j_settings()
    results: list[Result] = []
    warm = list(generate(args.warmup, seed=8))
    warm_nodes = list({n.id: n for g in warm[:NAIVE_WARMUP] for n in g.nodes}.values())
    warm_rels = list({r.id: r for g in warm[:NAIVE_WARMUP] for r in g.rels}.values())
    if not args.skip_naive:
        results.append(_timed("(a) auto-commit MERGE per row", "1 row", settings, expected,
                              lambda: _naive(settings, list(nodes.values()), list(rels.values())),
                              lambda: _naive(settings, warm_nodes, warm_rels)))
    for writers in args.writers:
        for size in args.batch_sizes:
            results.append(_timed(f"(b) kgbuild writer, {writers} writer{'s' if writers > 1 else ''}",
                                  f"{size} articles", settings, expected,
                                  lambda size=size, w=writers: _batched(settings, graphs, size, w),  # type: ignore[misc]
                                  lambda size=size, w=writers: _batched(settings, warm, size, w)))  # type: ignore[misc]
    if not args.skip_import:
        results.append(_admin_import(settings, list(nodes.values()), list(rels.values()), expected))
    print(_table(results))
    return 0


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--wipe", action="store_true", help="confirm that the database at NEO4J_URI may be wiped")
    parser.add_argument("--articles", type=int, default=5000, help="generated articles (24 relationships each)")
    parser.add_argument("--batch-sizes", type=lambda s: [int(x) for x in s.split(",")], default=[50, 100, 250],
                        help="articles per transaction for (b), comma-separated")
    parser.add_argument("--writers", type=lambda s: [int(x) for x in s.split(",")], default=[1, 2],
                        help="concurrent transactions of (b), comma-separated (each with every batch size)")
    parser.add_argument("--warmup", type=int, default=2000,
                        help=f"articles of another generated graph (b) writes first, untimed; (a) writes {NAIVE_WARMUP}")
    parser.add_argument("--skip-naive", action="store_true", help="leave out (a)")
    parser.add_argument("--skip-import", action="store_true", help="leave out (c)")
    args = parser.parse_args(argv)
    if not args.wipe:
        parser.error("this benchmark deletes everything in the database at NEO4J_URI; pass --wipe to confirm")
    return args


def _timed(method: str, batch: str, settings: Neo4jSettings, expected: tuple[int, int],
           write: Callable[[], None], warm_up: Callable[[], None]) -> Result:
    """Warm the server up with the same method on a small graph (JIT, plan cache), clear the database,
    time one write of the whole graph, check the counts."""
    print(f"warming up {method} ({batch})...", file=sys.stderr)
    _clear(settings)
    warm_up()
    _clear(settings)
    print(f"running {method} ({batch})...", file=sys.stderr)
    cpu, client = _cpu_seconds(), time.process_time()
    started = time.perf_counter()
    write()
    seconds = time.perf_counter() - started
    used, client = _cpu_seconds(), time.process_time() - client
    result = Result(method, batch, seconds, expected[1], expected[0], _check(settings, expected),
                    None if cpu is None or used is None else used - cpu, client)
    print(f"  {seconds:.1f} s, {result.rate:,.0f} relationships/s, {result.note}", file=sys.stderr)
    return result


def _cpu_seconds() -> float | None:
    """CPU time of this process plus the neo4j-local server's (None when the server's is unreadable).

    The machine may be shared: wall time then depends on the neighbours, CPU time much less.
    """
    try:
        pid = (REPO / ".cache" / "neo4j" / "neo4j.pid").read_text().strip()
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return time.process_time() + (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _clear(settings: Neo4jSettings) -> None:
    """An empty database with kgbuild's constraints and indexes (so every method gets the same schema)."""
    driver = open_driver(settings)
    with driver, driver.session(database=settings.database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
    with Neo4jSink(settings) as sink:
        sink.ensure_schema()


def _check(settings: Neo4jSettings, expected: tuple[int, int]) -> str:
    """'ok' when Neo4j holds exactly the generated graph, else what it holds."""
    with Neo4jSink(settings) as sink:
        counts = sink.counts()
    got = (sum(counts["nodes"].values()), sum(counts["relationships"].values()))
    return "ok" if got == expected else f"MISMATCH: {got[0]} nodes, {got[1]} relationships"


def _naive(settings: Neo4jSettings, nodes: list[Node], rels: list[Rel]) -> None:
    """(a) What a first client does: one auto-commit MERGE statement per node and per relationship."""
    labels = {n.id: cypher.base_label(n.label) for n in nodes}
    driver = open_driver(settings)
    with driver, driver.session(database=settings.database) as session:
        for node in nodes:
            label = ":".join(f"`{x}`" for x in labels_for(node.label))
            session.run(f"MERGE (n:{label} {{id: $id}}) SET n += $props", id=node.id,
                        props=to_neo4j(node.props)).consume()
        for rel in rels:
            query = (f"MATCH (a:`{labels[rel.src]}` {{id: $src}}) MATCH (b:`{labels[rel.dst]}` {{id: $dst}}) "
                     f"MERGE (a)-[r:`{rel.type}` {{id: $id}}]->(b) SET r = $props")
            session.run(query, src=rel.src, dst=rel.dst, id=rel.id, props=to_neo4j(rel.props) | {"id": rel.id}).consume()


def _batched(settings: Neo4jSettings, graphs: list[DocGraph], size: int, writers: int) -> None:
    """(b) kgbuild's writer, as `kgbuild ingest --neo4j --batch-size SIZE --writers N` calls it."""
    with Neo4jSink(settings, batch_size=size, writers=writers) as sink:
        step = sink.batch_size
        for start in range(0, len(graphs), step):
            sink.write_batch([(g, f"bench/{g.article_id}") for g in graphs[start:start + step]])


def _admin_import(settings: Neo4jSettings, nodes: list[Node], rels: list[Rel], expected: tuple[int, int]) -> Result:
    """(c) neo4j-admin import of the same graph as CSV; replaces the `neo4j` database, so it runs last."""
    method = "(c) neo4j-admin database import"
    if not _is_local(settings):
        return Result(method, "-", 0.0, expected[1], expected[0], "skipped: NEO4J_URI is not scripts/neo4j-local")
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        files = _write_csv(Path(tmp), nodes, rels)
        csv_seconds = time.perf_counter() - started
        subprocess.run([str(LOCAL), "stop"], check=True)
        print(f"running {method}...", file=sys.stderr)
        children = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([str(LOCAL), "admin", "database", "import", "full", "neo4j", "--overwrite-destination",
                        f"--array-delimiter={ARRAY_DELIMITER}", f"--report-file={Path(tmp) / 'import.report'}",
                        *files], check=True, stdout=subprocess.DEVNULL)
        seconds = time.perf_counter() - started
        done = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = done.ru_utime + done.ru_stime - children.ru_utime - children.ru_stime
        subprocess.run([str(LOCAL), "start"], check=True, stdout=subprocess.DEVNULL)
    note = _check(settings, expected)
    with Neo4jSink(settings) as sink:
        sink.ensure_schema()  # the import brings data only: put kgbuild's constraints and indexes back
    return Result(method, "whole graph", seconds, expected[1], expected[0],
                  f"{note}; offline, server stopped; +{csv_seconds:.1f}s writing CSV", cpu)


def _is_local(settings: Neo4jSettings) -> bool:
    """True when NEO4J_URI is the server scripts/neo4j-local runs (the only one this script can stop)."""
    status = subprocess.run([str(LOCAL), "status"], capture_output=True, text=True, check=False)
    port_file = REPO / ".cache" / "neo4j" / "bolt.port"
    parts = urlsplit(settings.uri)
    return (status.returncode == 0 and parts.hostname in ("127.0.0.1", "localhost") and port_file.exists()
            and str(parts.port or 7687) == port_file.read_text().strip())


def _write_csv(folder: Path, nodes: list[Node], rels: list[Rel]) -> list[str]:
    """One CSV file per label and per relationship type, with neo4j-admin's typed headers."""
    files = []
    for label in sorted({n.label for n in nodes}):
        group = [n for n in nodes if n.label == label]
        keys = _keys(n.props for n in group)
        header = ["id:ID", ":LABEL"] + [_typed(k, v) for k, v in keys.items()]
        rows = [[n.id, ARRAY_DELIMITER.join(labels_for(label))] + _cells(n.props, keys) for n in group]
        files.append(f"--nodes={_csv(folder / f'nodes_{label}.csv', header, rows)}")
    for rel_type in sorted({r.type for r in rels}):
        typed = [r for r in rels if r.type == rel_type]
        keys = _keys(r.props for r in typed)
        header = [":START_ID", ":END_ID", ":TYPE", "id"] + [_typed(k, v) for k, v in keys.items()]
        rows = [[r.src, r.dst, r.type, r.id] + _cells(r.props, keys) for r in typed]
        files.append(f"--relationships={_csv(folder / f'rels_{rel_type}.csv', header, rows)}")
    return files


def _keys(props_list: object) -> dict[str, object]:
    """Every property key with one encoded non-null example value (for the header's type)."""
    keys: dict[str, object] = {}
    for props in props_list:  # type: ignore[attr-defined]
        for key, value in to_neo4j(props).items():
            if value is not None:
                keys.setdefault(key, value)
            else:
                keys.setdefault(key, "")
    return keys


def _typed(key: str, example: object) -> str:
    """A header cell: name:type."""
    if isinstance(example, bool):
        return f"{key}:boolean"
    if isinstance(example, int):
        return f"{key}:long"
    if isinstance(example, float):
        return f"{key}:double"
    return f"{key}:string[]" if isinstance(example, list) else key


def _cells(props: dict[str, PropValue], keys: dict[str, object]) -> list[str]:
    """The row's values in header order (lists joined with the array delimiter, nulls empty)."""
    encoded = to_neo4j(props)
    out = []
    for key in keys:
        value = encoded.get(key)
        out.append("" if value is None else ARRAY_DELIMITER.join(value) if isinstance(value, list)
                   else str(value).lower() if isinstance(value, bool) else str(value))
    return out


def _csv(path: Path, header: list[str], rows: list[list[str]]) -> str:
    """Write one CSV file and return its path."""
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
    return str(path)


def _table(results: list[Result]) -> str:
    """The results side by side, with the speed-up over (a)."""
    naive = next((r for r in results if r.method.startswith("(a)")), None)
    lines = [f"{'method':<34} {'batch':<14} {'seconds':>8} {'rels/s':>10} {'vs (a)':>8} "
             f"{'CPU s':>7} {'client':>7} {'rels/CPU s':>10} {'vs (a)':>8}  check", "-" * 138]
    for r in results:
        speedup = f"{r.rate / naive.rate:.1f}x" if naive and naive.rate and r.seconds else "-"
        cpu_speedup = (f"{r.cpu_rate / naive.cpu_rate:.1f}x" if naive and naive.cpu_rate and r.cpu_rate else "-")
        client = f"{r.client:>7.1f}" if r.client is not None else f"{'-':>7}"
        cpu = (f"{r.cpu:>7.1f} {client} {r.cpu_rate:>10,.0f}" if r.cpu and r.cpu_rate
               else f"{'-':>7} {client} {'-':>10}")
        lines.append(f"{r.method:<34} {r.batch:<14} {r.seconds:>8.1f} {r.rate:>10,.0f} {speedup:>8} "
                     f"{cpu} {cpu_speedup:>8}  {r.note}")
    count = results[0] if results else None
    if count:
        lines.append(f"graph: {count.nodes} nodes, {count.rels} relationships")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
