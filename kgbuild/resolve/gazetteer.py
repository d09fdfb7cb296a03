"""Load the shipped gazetteer, the CLDR countries and users' files into one set of Entities."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, cast

from kgbuild.errors import GazetteerError
from kgbuild.model.entity import ENTITY_KINDS, Entity, EntityKind, EntityRole
from kgbuild.model.ids import entity_id
from kgbuild.resolve.cldr import cldr_countries
from kgbuild.resolve.normalize import fold
from kgbuild.resolve.translit import press_spellings

_LANG_MAPS = ("aliases", "demonyms", "descriptions")


@dataclass
class _Draft:
    """A gazetteer entry being assembled from one or more records with the same key."""

    key: str
    record: dict[str, Any] = field(default_factory=dict)
    origin: str = ""


def shipped_dir() -> Path:
    """Where the shipped gazetteer lives: inside the wheel, or data/gazetteer in a source checkout."""
    packaged = Path(str(resources.files("kgbuild"))) / "_shipped" / "gazetteer"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parents[2] / "data" / "gazetteer"


def load_gazetteer(extra: Sequence[Path] = ()) -> list[Entity]:
    """Every entity: CLDR countries, the shipped files, then the user's files (which may extend entries)."""
    drafts: dict[str, _Draft] = {}
    for code, names in cldr_countries().items():
        _merge(drafts, {"key": f"country/{code}", "kind": "Country", "name": names["en"],
                        "cldr": code, "aliases": {lang: [n] for lang, n in names.items()}}, "CLDR")
    for path in sorted(shipped_dir().glob("*.jsonl")):
        _read_file(drafts, path)
    for path in extra:
        _read_file(drafts, path)
    return _finish(drafts)


def _read_file(drafts: dict[str, _Draft], path: Path) -> None:
    """Merge every record of one JSON Lines file, naming the line of any malformed one."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise GazetteerError(f"{path}: cannot read gazetteer file ({exc})") from exc
    for number, line in enumerate(lines, start=1):
        if line.strip() and not line.lstrip().startswith("//"):
            where = f"{path}: line {number}"
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GazetteerError(f"{where}: malformed JSON ({exc.msg})") from exc
            if not isinstance(record, dict) or not isinstance(record.get("key"), str):
                raise GazetteerError(f"{where}: expected an object with a string 'key'")
            _merge(drafts, record, where)


def _merge(drafts: dict[str, _Draft], record: dict[str, Any], origin: str) -> None:
    """Add a record; a repeated key extends the earlier entry (language maps are unioned)."""
    draft = drafts.setdefault(record["key"], _Draft(record["key"], origin=origin))
    for name, value in record.items():
        if name in _LANG_MAPS and isinstance(value, dict):
            target = draft.record.setdefault(name, {})
            for lang, names in value.items():
                merged = target.setdefault(lang, [])
                merged.extend(n for n in _as_list(origin, f"{name}.{lang}", names) if n not in merged)
        else:
            draft.record[name] = value


def _as_list(origin: str, what: str, value: object) -> list[str]:
    """A list of strings, or a GazetteerError naming the field."""
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise GazetteerError(f"{origin}: '{what}' must be a list of strings")
    return cast(list[str], value)


def _finish(drafts: dict[str, _Draft]) -> list[Entity]:
    """Check every draft, turn keys into ids and drop generated spellings that would be ambiguous."""
    ids = {key: _id_of(d) for key, d in drafts.items()}
    return without_colliding_generated([_entity(d, ids) for d in drafts.values()])


def curated_names(entity: Entity) -> set[str]:
    """Folded canonical name and curated aliases of an entity."""
    return {fold(n) for n in entity.all_aliases()}


def without_colliding_generated(entities: list[Entity]) -> list[Entity]:
    """Generated spellings that another entity of the same kind also has (curated or generated) are dropped.

    A transliteration rule cannot tell two people apart, so a clash means the spelling is useless as
    evidence; curated aliases always win.
    """
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    curated = [curated_names(entity) for entity in entities]
    for entity, names in zip(entities, curated):
        for name in names | {fold(n) for ns in entity.generated.values() for n in ns}:
            owners[(entity.kind, name)].add(entity.id)
    return [_keep_unique_generated(e, owners, own) for e, own in zip(entities, curated)]


def _keep_unique_generated(entity: Entity, owners: dict[tuple[str, str], set[str]], own: set[str]) -> Entity:
    """The entity with only the generated spellings that are new and its own (`own`: its curated_names)."""
    if not entity.generated:
        return entity
    kept = {lang: tuple(n for n in names if fold(n) not in own and owners[(entity.kind, fold(n))] == {entity.id})
            for lang, names in entity.generated.items()}
    return replace(entity, generated={lang: names for lang, names in kept.items() if names})


def _id_of(draft: _Draft) -> str:
    """The entity id of a draft (its QID when given)."""
    kind = _kind(draft)
    qid = draft.record.get("wikidata")
    return entity_id(kind, draft.key, qid if isinstance(qid, str) and qid else None)


def _kind(draft: _Draft) -> EntityKind:
    """The draft's kind, checked against the fixed list."""
    kind = draft.record.get("kind")
    if kind not in ENTITY_KINDS:
        raise GazetteerError(f"{draft.origin}: kind {kind!r} of {draft.key!r} is not one of {', '.join(ENTITY_KINDS)}")
    return cast(EntityKind, kind)


def _entity(draft: _Draft, ids: dict[str, str]) -> Entity:
    """Build the Entity of a finished draft."""
    rec = draft.record
    if not isinstance(rec.get("name"), str) or not rec["name"].strip():
        raise GazetteerError(f"{draft.origin}: {draft.key!r} has no 'name'")
    native = rec.get("native") if isinstance(rec.get("native"), dict) else {}
    return Entity(
        id=ids[draft.key],
        key=draft.key,
        kind=_kind(draft),
        name=rec["name"],
        wikidata=rec.get("wikidata") or None,
        aliases=_lang_map(rec.get("aliases")),
        demonyms=_lang_map(rec.get("demonyms")),
        descriptions=_lang_map(rec.get("descriptions")),
        native_name=(native or {}).get("name"),
        roles=tuple(_roles(draft, ids)),
        country=_ref(draft, ids, "country"),
        parent=_ref(draft, ids, "parent"),
        capital=bool(rec.get("capital", False)),
        generated=_generated(draft, native or {}),
        ambiguous=tuple(_as_list(draft.origin, "ambiguous", rec.get("ambiguous", []))),
    )


def _generated(draft: _Draft, native: dict[str, Any]) -> dict[str, tuple[str, ...]]:
    """Press spellings generated from the native-script name by the transliteration tables."""
    lang, name = native.get("lang"), native.get("name")
    if not isinstance(lang, str) or not isinstance(name, str):
        return {}
    country = draft.record.get("country")
    code = country.split("/", 1)[1] if isinstance(country, str) and country.startswith("country/") else None
    return press_spellings(lang, name, str(draft.record.get("kind")), code)


def _lang_map(value: object) -> dict[str, tuple[str, ...]]:
    """Language → names, as tuples."""
    if not isinstance(value, dict):
        return {}
    return {lang: tuple(names) for lang, names in value.items()}


def _ref(draft: _Draft, ids: dict[str, str], name: str) -> str | None:
    """Resolve a key reference to an id, refusing keys that do not exist."""
    key = draft.record.get(name)
    if key is None:
        return None
    if key not in ids:
        raise GazetteerError(f"{draft.origin}: {draft.key!r} refers to unknown {name} {key!r}")
    return ids[key]


def _roles(draft: _Draft, ids: dict[str, str]) -> Iterable[EntityRole]:
    """Positions held, with the organization key turned into an id."""
    for role in draft.record.get("roles") or []:
        org = role.get("org")
        if org is not None and org not in ids:
            raise GazetteerError(f"{draft.origin}: {draft.key!r} has a role at unknown org {org!r}")
        yield EntityRole(str(role.get("title", "")), ids.get(org) if org else None, role.get("start"), role.get("end"))
