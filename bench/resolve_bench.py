"""Resolution benchmark: time per mention at 1k/10k/100k gazetteer entries and accuracy on an unseen variant set.

Run: .venv/bin/python bench/resolve_bench.py [--no-nomenklatura]

- Gazetteer sizes: the shipped gazetteer (about 1.1k entities with the CLDR countries), then synthetic people
  and places added (seeded, so every run builds the same gazetteer) up to 10k and 100k entities.
- Mentions: the inputs of bench/data/unseen_variants.tsv, each resolved once with every cache cleared
  first (cold), timed with perf_counter_ns; the median and 90th percentile are reported.
- Accuracy on the same set (written before the matcher was tuned, never used by the tests): right = the
  expected canonical entity, or no answer where the set says '-'; wrong merge = any other entity.
- Baselines choose among the right canonical names only (the distinct expected names of the set):
  rapidfuzz WRatio >= 80 (the neo4j-graphrag fuzzy resolver's rule) and nomenklatura's logic-v2
  (an optional dependency: `pip install nomenklatura`), best candidate with score >= 0.7.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from rapidfuzz import fuzz, process

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kgbuild.model.entity import Entity, EntityKind  # noqa: E402
from kgbuild.model.ids import entity_id  # noqa: E402
from kgbuild.resolve import nameparts, normalize, phonetic, suffixes  # noqa: E402
from kgbuild.resolve.gazetteer import load_gazetteer  # noqa: E402
from kgbuild.resolve.index import AliasIndex  # noqa: E402
from kgbuild.resolve.resolver import Resolver  # noqa: E402

UNSEEN = Path(__file__).resolve().parent / "data" / "unseen_variants.tsv"
SIZES = (1_000, 10_000, 100_000)
GIVEN = ("Anna Boris Carlos Daria Elena Farid Galina Hans Ilya Jana Karim Lena Marek Nadia Oleg Pavel Rosa Sven Tamara "
         "Umar Vera Walter Xenia Yaroslav Zofia Adam Bela Csilla Dezső Edit Ferenc Géza Hajnal Irén Jenő Kornél Lili "
         "Márton Nóra Olivér Piroska Rezső Sára Tivadar Ubul Vilma Zsófia Amir Bashir Chen Dong Eun Fumiko Gao Hyun "
         "Jae Kenji Ling Min Naoki Quan Seung Taro Wei Xiu Yong Zhen").split()
SYLLABLES = ("ka ro mi ser lov nen ko va dar vin tel mar sho pan gri bor zel ten lin kov ras tan pol dem sta bel mor "
             "gal hen ruk sil vod yar zan bre dol fen gor hol jas kul mel nor pet ros sun tor ulm vel wes").split()
ENDINGS = ("", "", "ov", "ev", "enko", "ski", "son", "er", "ez", "ic", "ián", "escu", "oglu")


@dataclass(frozen=True)
class Variant:
    """One row of the unseen set."""

    lang: str
    text: str
    expected: str
    note: str


def variants() -> list[Variant]:
    """The unseen variant set."""
    rows = []
    for line in UNSEEN.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            lang, text, expected, note = line.split("\t")
            rows.append(Variant(lang, text, expected, note))
    return rows


def synthetic(count: int, seed: int = 7) -> list[Entity]:
    """Made-up people and places that look like names (shared given names, syllable surnames)."""
    rng = random.Random(seed)
    out = []
    for i in range(count):
        surname = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize() + rng.choice(ENDINGS)
        if rng.random() < 0.75:
            given = rng.choice(GIVEN)
            out.append(_entity("Person", f"{given} {surname}", i, {"hu": (f"{surname} {given}",), "en": (surname,)}))
        else:
            place = surname + rng.choice(("sk", "grad", "burg", "ville", "abad", "pur", ""))
            out.append(_entity("Location", place, i, {"hu": (place + rng.choice(("i terület", " város")),)}))
    return out


def _entity(kind: EntityKind, name: str, i: int, aliases: dict[str, tuple[str, ...]]) -> Entity:
    """A synthetic entity with a unique key."""
    key = f"synthetic/{i}"
    return Entity(id=entity_id(kind, key), key=key, kind=kind, name=name, aliases=aliases)


def clear_caches() -> None:
    """Forget every memoized fold, stem and key, so each mention is timed cold."""
    for fn in (normalize.fold, phonetic.hu_to_en, phonetic.phonetic_key, suffixes.stems, nameparts.word_key,
               nameparts.skeleton):
        fn.cache_clear()


@dataclass
class Row:
    """One line of the result table."""

    method: str
    size: str
    right: int
    missed: int
    wrong: int
    median_us: float | None = None
    p90_us: float | None = None
    build_s: float | None = None


def score(answers: Sequence[str], rows: Sequence[Variant]) -> tuple[int, int, int]:
    """(right, missed, wrong merges) of answers against the expected names."""
    right = sum(1 for a, r in zip(answers, rows) if a == r.expected)
    missed = sum(1 for a, r in zip(answers, rows) if a == "-" and r.expected != "-")
    return right, missed, len(rows) - right - missed


def kgbuild_row(size: int, base: list[Entity], rows: Sequence[Variant]) -> Row:
    """Build a resolver over `size` entities, time every mention cold, score the answers."""
    start = time.perf_counter()
    index = AliasIndex(base + synthetic(max(0, size - len(base))))
    _ = index.fuzzy
    build = time.perf_counter() - start
    resolver = Resolver(index)
    resolver.resolve("Warm Up", "hu")  # first-call costs of the libraries, not of resolution
    clear_caches()
    times, answers = [], []
    for row in rows:
        t0 = time.perf_counter_ns()
        answer = resolver.resolve(row.text, row.lang)
        times.append((time.perf_counter_ns() - t0) / 1000)
        answers.append(answer.entity.name if answer.entity else "-")
    times.sort()
    return Row("kgbuild", f"{len(index.entities) // 1000}k", *score(answers, rows), statistics.median(times),
               times[int(0.9 * len(times))], build)


def wratio_row(rows: Sequence[Variant], names: list[str]) -> Row:
    """rapidfuzz WRatio >= 80 among the right canonical names."""
    answers = []
    for row in rows:
        best = process.extractOne(row.text, names, scorer=fuzz.WRatio, score_cutoff=80)
        answers.append(best[0] if best else "-")
    return Row("rapidfuzz WRatio>=80", "names", *score(answers, rows))


def nomenklatura_row(rows: Sequence[Variant], names: list[str], kinds: dict[str, str]) -> Row | str:
    """nomenklatura logic-v2 (score >= 0.7) among the right canonical names, or why it could not run."""
    try:
        from followthemoney import model
        from nomenklatura.matching import get_algorithm
        from nomenklatura.matching.types import ScoringConfig
    except ImportError as exc:
        return f"nomenklatura not installed ({exc}); pip install nomenklatura"
    algorithm = get_algorithm("logic-v2")
    assert algorithm is not None
    config = ScoringConfig(weights={}, config={})
    schema = {"Person": "Person", "Organization": "Organization", "Media": "Organization"}

    def make(name: str, kind: str, ident: str) -> object:
        ent = model.make_entity(schema.get(kind, "LegalEntity"))
        ent.id = ident  # nomenklatura caches per id: every query entity needs its own
        ent.add("name", name)
        return ent

    candidates = [make(n, kinds[n], f"c{i}") for i, n in enumerate(names)]
    answers = []
    for r, row in enumerate(rows):
        best, best_score = "-", 0.7
        for i, (name, cand) in enumerate(zip(names, candidates)):
            query = make(row.text, kinds[name], f"q{r}-{i}")
            s = algorithm.compare(query, cand, config).score  # type: ignore[arg-type]
            if s >= best_score + (1e-9 if best != "-" else 0):
                best, best_score = name, s
        answers.append(best)
    return Row("nomenklatura logic-v2>=0.7", "names", *score(answers, rows))


def table(rows: list[Row], total: int, note: str | None) -> str:
    """The one result table."""
    head = f"{'method':<28} {'gazetteer':>9} {'right':>6} {'missed':>6} {'wrong':>6} {'accuracy':>8} {'median µs':>10} {'p90 µs':>8} {'build s':>8}"
    lines = [head, "-" * len(head)]
    for r in rows:
        timing = f"{r.median_us:>10.1f} {r.p90_us:>8.1f} {r.build_s:>8.1f}" if r.median_us is not None else f"{'-':>10} {'-':>8} {'-':>8}"
        lines.append(f"{r.method:<28} {r.size:>9} {r.right:>6} {r.missed:>6} {r.wrong:>6} {100 * r.right / total:>7.1f}% {timing}")
    if note:
        lines.append(f"nomenklatura logic-v2: {note}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> None:
    """Run everything and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--no-nomenklatura", action="store_true", help="skip the slow nomenklatura baseline")
    args = parser.parse_args(argv)
    rows = variants()
    base = load_gazetteer()
    by_name = {e.name: e for e in base}
    names = sorted({r.expected for r in rows if r.expected != "-"})
    missing = [n for n in names if n not in by_name]
    if missing:
        raise SystemExit(f"unseen set names entities the gazetteer lacks: {missing}")
    out = [kgbuild_row(size, base, rows) for size in SIZES]
    out.append(wratio_row(rows, names))
    note = None
    if not args.no_nomenklatura:
        nk = nomenklatura_row(rows, names, {n: by_name[n].kind for n in names})
        if isinstance(nk, Row):
            out.append(nk)
        else:
            note = nk
    print(f"unseen variants: {len(rows)} ({sum(1 for r in rows if r.expected == '-')} must stay unresolved); "
          f"baselines choose among {len(names)} canonical names")
    print(table(out, len(rows), note))
    at = {r.size: r for r in out if r.method == "kgbuild"}
    sizes = sorted(at, key=lambda s: int(s[:-1]))
    if len(sizes) >= 2:
        print(f"slowdown {sizes[-1]} vs {sizes[-2]}: {at[sizes[-1]].median_us / at[sizes[-2]].median_us:.2f}x (median)")


if __name__ == "__main__":
    main()
