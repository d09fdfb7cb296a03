"""The learned-state journal: undo restores index, registry, union-find and fuzzy blocks exactly; writes are reported."""

from __future__ import annotations

from typing import Any

import pytest

from kgbuild.learning import ENTITY, FIRST, KEY, MAX_WORDS, NIL, PREFIX, SHAPE, key_hash
from kgbuild.model.document import Document
from kgbuild.model.entity import Entity
from kgbuild.pipeline import Pipeline
from kgbuild.resolve.index import AliasIndex
from kgbuild.resolve.journal import Journal, attach, detach
from kgbuild.resolve.nil import NilRegistry, nil_keys
from kgbuild.resolve.normalize import fold_words
from tests.generated import generated_documents


HISTORY = [
    ("hu", "A küldöttséget Pak Dzsong Csol vezette a tárgyaláson.", "MTI"),
    ("en", "On Monday Bonak Vu said the talks would go on.", "Sample Wire"),
    ("hu", "Tegnap Kovács Jánosnak írt levelet a miniszter.", "MTI"),
]
SPECULATIVE = [
    ("en", "The delegation was led by Pak Jong Chol on Monday.", "Sample Wire"),  # grows an old cluster
    ("en", "On Friday Bo Vu said the talks had failed.", "Sample Wire"),  # a new cluster
    ("hu", "A levelet tegnap Vu Bonak szóvivő szerint elküldték.", "MTI"),  # unites Bonak Vu and Bo Vu
    ("en", "On Tuesday Bo Vu said the talks had resumed.", "Sample Wire"),  # answered from the speculative cluster
    ("en", "On Sunday Zenak Tuo said the ceasefire would hold.", "Harbour Post"),  # a new outlet too
    ("hu", "Kovács János szóvivő szerint a tárgyalás folytatódik.", "MTI"),
    ("en", "Talks with Orsolya Brennwald said to be over, the envoy Ilka Morvay said.", "Sample Wire"),
    ("hu", "Morvay Ilka szóvivő szerint a tárgyalás holnap folytatódik.", "Danube News"),
    ("en", "The spokesperson Kertesz said the delegation had left.", "Sample Wire"),  # scoped to the document
    ("hu", "A KVTX szerint Pak Dzsong Csol holnap Moszkvába utazik.", "MTI"),
    ("en", "On Monday Tarvo Lindqvist said the plan was ready.", "Nordic Wire"),
    ("hu", "Lindqvist Tarvónak írt levelet a miniszter tegnap.", "MTI"),
]


def _doc(number: int, lang: str, text: str, source: str | None) -> Document:
    return Document(id=f"doc-{number}", text=text, path=f"doc-{number}.txt", lang=lang, source=source)


def _docs(rows: list[tuple[str, str, str]], start: int) -> list[Document]:
    return [_doc(start + i, lang, text, source) for i, (lang, text, source) in enumerate(rows)]


HISTORY_DOCS = _docs(HISTORY, 0)
SPECULATIVE_DOCS = _docs(SPECULATIVE, 100)


def _sets(value: set[Any]) -> list[Any]:
    return sorted(value, key=repr)


def snapshot(pipeline: Pipeline) -> dict[str, Any]:
    """Every container of the learned state as lists in their order (sets sorted: they have none), entities by value and
    by identity."""
    index, nil = pipeline.index, pipeline.nil
    fuzzy = index._fuzzy
    return {
        "entities": list(index.entities.items()),
        "entity_objects": [id(e) for e in index.entities.values()],
        "exact": [(k, list(v)) for k, v in index.exact.items()],
        "phonetic": [(k, list(v)) for k, v in index.phonetic.items()],
        "order_free": [(k, list(v)) for k, v in index.order_free.items()],
        "initials": [(k, list(v)) for k, v in index.initials.items()],
        "descriptions": [(k, _sets(v)) for k, v in index.descriptions.items()],
        "description_heads": _sets(index.description_heads),
        "given_names": _sets(index.given_names),
        "person_parts": _sets(index.person_parts),
        "prefixes": _sets(index.prefixes),
        "first_words": _sets(index.first_words),
        "any_key": _sets(index.any_key),
        "max_words": index.max_words,
        "pending": list(index._fuzzy_pending),
        "indexed": _sets(index._indexed),
        "fuzzy": None if fuzzy is None else (
            list(fuzzy.entries), list(fuzzy.forms),
            [(k, sorted(v)) for k, v in fuzzy.multi.items()], [(k, sorted(v)) for k, v in fuzzy.single.items()]),
        "owner": list(nil.owner.items()),
        "nil_entities": list(nil.entities.items()),
        "nil_objects": [id(e) for e in nil.entities.values()],
        "scoped": list(nil.scoped),
        "parent": list(nil.clusters.parent.items()),
        "order": list(nil.clusters.order.items()),
        "added": nil.clusters._added,
    }


def _roots(pipeline: Pipeline) -> dict[str, str]:
    clusters = pipeline.nil.clusters
    return {item: clusters.find(item) for item in list(clusters.parent)}


def test_undo_restores_the_learned_state_exactly() -> None:
    pipeline = Pipeline()
    for doc in HISTORY_DOCS:
        pipeline.process(doc)
    journal = attach(pipeline.index, pipeline.nil)
    before = snapshot(pipeline)
    version = pipeline.index.version
    mark = journal.mark()
    for doc in SPECULATIVE_DOCS:
        pipeline.process(doc)
    writes, forms = journal.writes_since(mark)
    assert writes and forms
    assert len(pipeline.nil.entities) > len(before["nil_entities"])
    assert any(root != item for item, root in _roots(pipeline).items())  # a union happened
    assert snapshot(pipeline) != before
    journal.undo_to(mark)
    assert snapshot(pipeline) == before
    assert pipeline.index.version > version  # versions never go back
    assert journal.mark() == mark


def test_undo_of_path_compression_and_of_a_union() -> None:
    index, nil = AliasIndex([]), NilRegistry()
    clusters = nil.clusters
    for item in "abc":
        clusters.add(item)
    clusters.union("b", "c")
    journal = attach(index, nil)
    mark = journal.mark()
    clusters.union("a", "b")  # c -> b -> a
    assert clusters.find("c") == "a" and clusters.parent["c"] == "a"  # compressed
    writes, _ = journal.writes_since(mark)
    assert writes == {key_hash(ENTITY, "a"), key_hash(ENTITY, "b")}
    journal.undo_to(mark)
    assert clusters.parent == {"a": "a", "b": "b", "c": "b"}


def test_after_undo_the_same_documents_give_what_a_fresh_run_gives() -> None:
    speculating = Pipeline()
    for doc in HISTORY_DOCS:
        speculating.process(doc)
    remembered = speculating.resolver.lookup(["Pak", "Dzsong", "Csol"], "hu")  # an answer from before the mark
    assert remembered is not None
    journal = attach(speculating.index, speculating.nil)
    mark = journal.mark()
    first = [speculating.process(doc).graph for doc in SPECULATIVE_DOCS]
    spoken = speculating.resolver.lookup(["Bo", "Vu"], "en")
    assert spoken is not None and spoken.entity is not None and spoken.entity.source == "nil"
    journal.undo_to(mark)
    assert speculating.resolver.lookup(["Bo", "Vu"], "en") is None  # the speculative cluster is forgotten
    assert spoken.entity.id not in speculating.nil.entities and spoken.entity.id not in speculating.index.entities
    again = speculating.resolver.lookup(["Pak", "Dzsong", "Csol"], "hu")
    assert again is not None and again.entity is remembered.entity
    replayed = [speculating.process(doc).graph for doc in SPECULATIVE_DOCS]

    fresh = Pipeline()
    for doc in HISTORY_DOCS:
        fresh.process(doc)
    expected = [fresh.process(doc).graph for doc in SPECULATIVE_DOCS]
    assert replayed == expected
    assert first == expected
    fresh.index.fuzzy  # file the pending forms, as the journaled index did
    assert snapshot(speculating) | {"entity_objects": 0, "nil_objects": 0} == snapshot(fresh) | {"entity_objects": 0, "nil_objects": 0}
    created = speculating.nil.entities[spoken.entity.id]
    assert created.name == "Bo Vu" and created.aliases == spoken.entity.aliases  # made anew, the same as before


def test_writes_of_a_new_cluster_a_join_and_a_union() -> None:
    index, nil = AliasIndex([]), NilRegistry()
    journal = attach(index, nil)

    def learn(surface: str, lang: str) -> tuple[str, frozenset[int]]:
        mark = journal.mark()
        entity = nil.assign(surface, lang, "Person").entity
        index.put(entity)
        index.add(entity)
        return entity.id, journal.writes_since(mark)[0]

    created, writes = learn("Pak Dzsong Csol", "hu")
    keys = nil_keys("Pak Dzsong Csol", "hu", "Person")
    folded = fold_words(["Pak", "Dzsong", "Csol"])
    assert {key_hash(NIL, k) for k in keys} | {key_hash(ENTITY, created), key_hash(KEY, folded)} <= writes
    assert {key_hash(PREFIX, folded[:1]), key_hash(PREFIX, folded[:2]), key_hash(FIRST, folded[0])} <= writes

    joined, writes = learn("Pak Jong Chol", "en")  # a new spelling: the record changes
    assert joined == created and key_hash(ENTITY, created) in writes
    assert key_hash(KEY, fold_words(["Pak", "Jong", "Chol"])) in writes

    same, writes = learn("Pak Jong Chol", "en")  # nothing new: an equal record is no write
    assert same == created and not writes

    one, _ = learn("Bonak Vu", "en")
    two, _ = learn("Bo Vu", "en")
    mark = journal.mark()
    nil.assign("Vu Bonak", "hu", "Person")
    writes = journal.writes_since(mark)[0]
    assert {key_hash(ENTITY, one), key_hash(ENTITY, two)} <= writes
    assert nil.clusters.find(two) == one


def test_nothing_is_recorded_without_a_journal() -> None:
    pipeline = Pipeline()
    assert pipeline.index.journal is None and pipeline.nil.journal is None and pipeline.nil.clusters.journal is None
    journal = attach(pipeline.index, pipeline.nil)
    detach(pipeline.index, pipeline.nil)
    for doc in HISTORY_DOCS + SPECULATIVE_DOCS:
        pipeline.process(doc)
    assert journal.steps == [] and pipeline.index.fuzzy.journal is None
    assert pipeline.nil.entities  # it did learn, unrecorded


def test_a_mark_outside_the_journal_is_refused() -> None:
    pipeline = Pipeline()
    journal: Journal = attach(pipeline.index, pipeline.nil)
    pipeline.process(HISTORY_DOCS[0])
    with pytest.raises(ValueError):
        journal.undo_to(journal.mark() + 1)


def test_undo_after_real_articles() -> None:
    docs = generated_documents(20)
    pipeline = Pipeline()
    for doc in docs[:5]:
        pipeline.process(doc)
    journal = attach(pipeline.index, pipeline.nil)
    before = snapshot(pipeline)
    mark = journal.mark()
    for doc in docs[5:] + SPECULATIVE_DOCS:
        pipeline.process(doc)
    assert journal.writes_since(mark)[0]
    journal.undo_to(mark)
    assert snapshot(pipeline) == before


def _small_snapshot(index: AliasIndex, nil: NilRegistry) -> dict[str, Any]:
    pipeline = Pipeline.__new__(Pipeline)  # only the two parts the snapshot reads
    pipeline.index, pipeline.nil = index, nil
    return snapshot(pipeline)


def test_a_key_put_back_goes_where_it_was() -> None:
    index, nil = AliasIndex([]), NilRegistry()
    journal = attach(index, nil)
    nil.assign("Pak Dzsong Csol", "hu", "Person")
    scoped = nil.assign("Kertesz", "en", "Person", "doc/").entity
    later = nil.assign("Bonak Vu", "en", "Person").entity
    for entity in (scoped, later):
        index.put(entity)
    before = _small_snapshot(index, nil)
    mark = journal.mark()
    index.forget(nil.drop_scoped())
    assert scoped.id not in nil.entities and not nil.scoped
    journal.undo_to(mark)
    assert _small_snapshot(index, nil) == before
    assert list(nil.entities)[-2:] == [scoped.id, later.id] and nil.scoped == [scoped.id]


def test_shape_and_longest_name_are_undone_and_reported() -> None:
    index, nil = AliasIndex([]), NilRegistry()
    journal = attach(index, nil)
    before = _small_snapshot(index, nil)
    mark = journal.mark()
    index.add(Entity(id="p1", key="p1", kind="Person", name="Ilka Morvay Brennwald Lindqvist Tarvo",
                     aliases={"hu": ("Morvay Ilka",)}, descriptions={"en": ("Finnish envoy to Vienna",)}))
    writes, forms = journal.writes_since(mark)
    assert {key_hash(SHAPE, None), key_hash(MAX_WORDS, None), key_hash(ENTITY, "p1")} <= writes and forms
    assert index.given_names and index.person_parts and index.descriptions and index.max_words == 5
    shape = index.shape_version
    journal.undo_to(mark)
    assert _small_snapshot(index, nil) == before
    assert index.shape_version > shape and index.entity_touched["p1"] == index.version
