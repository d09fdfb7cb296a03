"""The shipped gazetteer as data: unique QIDs, no unexplained alias clashes, sound references and roles."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from functools import lru_cache
import pytest

from kgbuild.model.entity import Entity
from kgbuild.resolve.gazetteer import load_gazetteer, shipped_dir
from kgbuild.resolve.normalize import fold
from kgbuild.resolve.translit import press_spellings

FIELDS = {"key", "kind", "name", "wikidata", "aliases", "demonyms", "descriptions", "native", "cldr", "country", "parent",
          "capital", "roles", "ambiguous"}
PREFIX = {"Person": "person/", "Organization": "org/", "Country": "country/", "Location": "location/", "Media": "media/",
          "Other": "other/"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@lru_cache(maxsize=1)
def entities() -> tuple[Entity, ...]:
    """The shipped gazetteer as loaded (CLDR countries, curated files, generated spellings)."""
    return tuple(load_gazetteer())


def records() -> list[tuple[str, dict[str, object]]]:
    """Every curated record with where it comes from."""
    out = []
    for path in sorted(shipped_dir().glob("*.jsonl")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if line.strip() and not line.lstrip().startswith("//"):
                out.append((f"{path.name}:{number}", json.loads(line)))
    return out


def test_no_two_entities_share_a_qid() -> None:
    owners: dict[str, list[str]] = defaultdict(list)
    for entity in entities():
        if entity.wikidata:
            owners[entity.wikidata].append(entity.key)
    assert {q: keys for q, keys in owners.items() if len(keys) > 1} == {}


def test_qids_are_well_formed() -> None:
    assert [e.key for e in entities() if e.wikidata and not re.fullmatch(r"Q[1-9]\d*", e.wikidata)] == []


def test_no_alias_is_shared_within_a_kind_without_the_ambiguous_rule() -> None:
    """Two entities of one kind may share a folded alias only when both list it under `ambiguous`."""
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entity in entities():
        for name in entity.all_aliases() + tuple(n for ns in entity.generated.values() for n in ns):
            owners[(entity.kind, fold(name))].add(entity.id)
    by_id = {e.id: e for e in entities()}
    unexplained = {f"{kind}: {name!r}": sorted(by_id[i].key for i in ids) for (kind, name), ids in owners.items()
                   if len(ids) > 1 and not all(name in {fold(a) for a in by_id[i].ambiguous} for i in ids)}
    assert unexplained == {}


def test_ambiguous_names_are_aliases_of_their_entity() -> None:
    bad = [(e.key, a) for e in entities() for a in e.ambiguous if fold(a) not in {fold(n) for n in e.all_aliases()}]
    assert bad == []


def test_generated_spellings_never_repeat_curated_ones() -> None:
    for entity in entities():
        curated = {fold(n) for n in entity.all_aliases()}
        assert not curated & {fold(n) for ns in entity.generated.values() for n in ns}, entity.key


def test_records_use_known_fields_and_key_prefixes() -> None:
    for where, record in records():
        assert set(record) <= FIELDS, where
        kind = record.get("kind")
        if kind is not None:
            assert str(record["key"]).startswith(PREFIX[str(kind)]), where


def test_keys_are_unique_across_files() -> None:
    keys = [str(r["key"]) for _w, r in records()]
    assert len(keys) == len(set(keys))


def test_one_capital_per_country() -> None:
    capitals: dict[str | None, list[str]] = defaultdict(list)
    for entity in entities():
        if entity.capital:
            capitals[entity.country].append(entity.key)
    assert {c: ks for c, ks in capitals.items() if len(ks) > 1} == {}


def test_role_dates_are_dates_in_order() -> None:
    for entity in entities():
        for role in entity.roles:
            for day in (role.start, role.end):
                assert day is None or DATE.match(day), (entity.key, day)
            assert not (role.start and role.end and role.start > role.end), (entity.key, role.title)


@pytest.mark.parametrize("kind", ["Person", "Organization", "Country", "Location", "Media"])
def test_every_kind_is_covered(kind: str) -> None:
    assert sum(1 for e in entities() if e.kind == kind) >= 50


def test_generated_spellings_agree_with_the_curated_ones() -> None:
    """Where a curator typed a multi-word press spelling of a person, the rules mostly produce it too."""
    agree = total = 0
    for _where, record in records():
        native = record.get("native")
        if record.get("kind") != "Person" or not isinstance(native, dict) or native["lang"] not in ("ru", "uk", "ko", "zh"):
            continue
        country = str(record.get("country", "")).split("/")[-1] or None
        made = press_spellings(native["lang"], native["name"], "Person", country)
        aliases = record.get("aliases") if isinstance(record.get("aliases"), dict) else {}
        for lang in ("en", "hu"):
            curated = {fold(a) for a in list(aliases.get(lang, [])) + ([str(record["name"])] if lang == "en" else []) if " " in a}
            if curated:
                total += 1
                agree += bool(curated & {fold(a) for a in made.get(lang, ())})
    assert total >= 250 and agree / total >= 0.85
