"""ReadLog: what a document reads of the learned state, so a parallel worker's result can be checked against
what the documents it had not seen wrote (kgbuild.learning.stale), and the learning ops that replay a document.

Real pipelines (shipped gazetteer), real documents, no mocks. The writes of a document are taken here from the
truth pipeline's own bookkeeping (index keys and records touched since, NIL keys whose cluster changed, fuzzy forms
added), independently of the write journal.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from typing import cast

from kgbuild.learning import ENTITY, FIRST, KEY, MAX_WORDS, NIL, PREFIX, SHAPE_HASH, Access, key_hash, stale
from kgbuild.model.document import Document
from kgbuild.model.entity import Entity, EntityKind
from kgbuild.model.graph import DocGraph
from kgbuild.pipeline import Pipeline
from kgbuild.resolve.normalize import fold
from kgbuild.resolve.reads import ReadLog
from kgbuild.resolve.resolver import folded_stems
from tests.generated import generated_documents


LEARN_KOVACS = ("hu", "Kovács János szóvivő szerint a tárgyalások jövő héten folytatódnak Budapesten.", None)
NAME_KOVACS = ("hu", "A kormány Kovács Jánosnak küldött levelet a tárgyalásokról.", None)
KOVACS_IN_ENGLISH = ("en", "Spokesman Janos Kovacs said the talks would continue next week.", None)
LEARN_OUTLET = ("en", "Officials met in Seoul on Monday to discuss the talks.", "Morning Herald Weekly")
NAME_OUTLET = ("en", "The Morning Herald Weekly reported that officials met in Seoul.", None)
LEARN_PAK = ("hu", "Pak Dzsong Csol tábornok szerint a hadsereg készen áll.", None)
PAK_IN_ENGLISH = ("en", "General Pak Jong Chol said the army was ready.", None)
GROW_PAK = ("en", "General Pak Jongchol visited the border on Tuesday.", None)  # no lookup finds it: the cluster grows
UNRELATED = ("hu", "Az időjárás ma napos lesz Szegeden, a hőmérséklet húsz fok.", None)
SYNTHETIC = (LEARN_KOVACS, NAME_KOVACS, KOVACS_IN_ENGLISH, LEARN_OUTLET, NAME_OUTLET, LEARN_PAK, PAK_IN_ENGLISH,
             GROW_PAK, UNRELATED)


def _doc(number: int, spec: tuple[str, str, str | None]) -> Document:
    lang, text, source = spec
    return Document(id=f"reads-{number}", text=text, path=f"reads-{number}.txt", lang=lang, source=source)


def _run(pipeline: Pipeline, doc: Document) -> tuple[DocGraph, Access]:
    """One document with a ReadLog, as the parallel writer will: reads, the final mentions' entities, the ops."""
    pipeline.resolver.reads = log = ReadLog()
    try:
        graph = pipeline.process(doc).graph
    finally:
        pipeline.resolver.reads = None
    log.entities(rel.dst for rel in graph.rels if rel.type == "MENTIONS")
    reads, forms = log.done()
    return graph, Access(reads=reads, read_forms=forms, ops=tuple(log.ops))


def _nil_id(pipeline: Pipeline, key: str) -> str:
    return pipeline.nil.clusters.find(pipeline.nil.owner[key])


def _same(a: DocGraph, b: DocGraph) -> bool:
    nodes = [sorted((n.id, n.label, repr(n.props)) for n in g.nodes) for g in (a, b)]
    rels = [sorted((r.id, r.type, r.src, r.dst, repr(r.props)) for r in g.rels) for g in (a, b)]
    return nodes[0] == nodes[1] and rels[0] == rels[1]


def test_a_learned_name_is_read_by_the_documents_that_name_it_and_by_no_other() -> None:
    pipeline = Pipeline()
    _graph, learning = _run(pipeline, _doc(0, LEARN_KOVACS))
    assert learning.ops == (("nil", "Kovács János", "hu", "Person"),)
    keys = ["Person:kovacsjanos", "Person:parts:janos|kovacs"]  # its clustering keys, read before it was learned
    assert {key_hash(NIL, k) for k in keys} <= learning.reads
    cluster = _nil_id(pipeline, "Person:kovacsjanos")
    alias_key = key_hash(KEY, ("kovacs", "janos"))  # the folded words of the alias 'Kovács János'
    for spec in (NAME_KOVACS, KOVACS_IN_ENGLISH):
        _graph, naming = _run(pipeline, _doc(1, spec))
        assert key_hash(ENTITY, cluster) in naming.reads
        assert not naming.ops
    _graph, hungarian = _run(pipeline, _doc(1, NAME_KOVACS))
    assert alias_key in hungarian.reads  # 'Kovács Jánosnak': the stem 'János' makes the alias key
    _graph, unrelated = _run(pipeline, _doc(2, UNRELATED))
    assert alias_key not in unrelated.reads
    assert key_hash(ENTITY, cluster) not in unrelated.reads
    assert not {key_hash(NIL, k) for k in keys} & unrelated.reads
    assert key_hash(MAX_WORDS, None) in unrelated.reads  # every document that looks names up reads it


def test_a_hungarian_spelling_is_read_in_english_through_a_near_miss_form() -> None:
    pipeline = Pipeline()
    _run(pipeline, _doc(0, LEARN_PAK))
    cluster = _nil_id(pipeline, "Person:pakdzsongcsol")
    _graph, english = _run(pipeline, _doc(1, PAK_IN_ENGLISH))
    assert key_hash(ENTITY, cluster) in english.reads
    assert english.read_forms and all(isinstance(w, str) for form in english.read_forms for w in form)
    _graph, grown = _run(pipeline, _doc(2, GROW_PAK))
    assert grown.ops == (("nil", "Pak Jongchol", "en", "Person"),)
    assert key_hash(NIL, "Person:pakjongchol") in grown.reads  # the key it shares with the Hungarian spelling
    assert key_hash(ENTITY, cluster) in grown.reads and _nil_id(pipeline, "Person:pakjongchol") == cluster


def test_starts_alias_and_lower_case_words_read_first_words() -> None:
    pipeline = Pipeline()
    log = pipeline.resolver.reads = ReadLog()
    pipeline.resolver.starts_alias(folded_stems("xyzzyword", "en"))
    _graph, doc = _run(pipeline, _doc(0, UNRELATED))
    reads, _forms = log.done()
    assert key_hash(FIRST, "xyzzyword") in reads
    assert key_hash(FIRST, fold("napos")) in doc.reads  # a lower-case word may only start a known alias
    pipeline.resolver.reads = log = ReadLog()
    pipeline.process(_doc(0, UNRELATED))
    tested = frozenset().union(*log.firsts)  # kinds share one hash space, so the test reads the log itself
    assert fold("napos") in tested and fold("Szegeden") not in tested  # a capitalized word may start a name anyhow


def test_answers_and_ties_read_the_entities_they_name() -> None:
    person = Entity(id="entity:reads-person", key="nil/zorbex quill", kind="Person", name="Zorbex Quill", source="nil")
    org = Entity(id="entity:reads-org", key="nil/zorbex quill", kind="Organization", name="Zorbex Quill", source="nil")
    pipeline = Pipeline(registry=[person, org])
    for _remembered in range(2):  # the second answer comes from the resolver's memory: read all the same
        log = pipeline.resolver.reads = ReadLog()
        tie = pipeline.resolver.resolve_span(["Zorbex", "Quill"], "en")
        found = pipeline.resolver.lookup(["Budapesten"], "hu")
        reads, _forms = log.done()
        assert tie.entity is None and tie.method == "ambiguous"
        assert {key_hash(ENTITY, person.id), key_hash(ENTITY, org.id), key_hash(KEY, ("zorbex", "quill"))} <= reads
        assert found is not None and found.entity is not None and key_hash(ENTITY, found.entity.id) in reads
        assert key_hash(KEY, ("budapest",)) in reads


def test_head_words_are_read_where_they_decide_how_long_a_span_may_be() -> None:
    pipeline = Pipeline()
    _graph, doc = _run(pipeline, _doc(0, LEARN_KOVACS))
    assert key_hash(PREFIX, ("kovacs", "janos")) in doc.reads  # 'Kovács János szóvivő' only as an alias
    pipeline.resolver.reads = log = ReadLog()
    pipeline.process(_doc(1, LEARN_KOVACS))
    assert ("kovacs", "janos") in log.prefixes  # kinds share one hash space, so this reads the log itself
    assert ("kovacs",) not in log.prefixes  # 'Kovács János' may be a name whatever the index holds


def test_reading_with_a_log_changes_nothing() -> None:
    plain, logged = Pipeline(), Pipeline()
    for number, spec in enumerate(SYNTHETIC):
        doc = _doc(number, spec)
        assert _same(plain.process(doc).graph, _run(logged, doc)[0])
    assert plain.nil.entities == logged.nil.entities


def _registry(pipeline: Pipeline) -> tuple[dict[str, Entity], dict[str, str], dict[str, Entity]]:
    """The NIL registry (entities, each key's cluster) and the index records of its clusters."""
    nil = pipeline.nil
    owners = {key: nil.clusters.find(owner) for key, owner in nil.owner.items()}
    return dict(nil.entities), owners, {i: pipeline.index.entities[i] for i in nil.entities}


def _replay(pipeline: Pipeline, ops: Iterable[tuple[str, str, str, str]]) -> None:
    """What another process does with a document's nil ops: assign, put, add (as names._mention does)."""
    for kind, surface, lang, entity_kind in ops:
        assert kind == "nil"
        answer = pipeline.nil.assign(surface, lang, _kind(entity_kind))
        pipeline.index.put(answer.entity)
        pipeline.index.add(answer.entity)


def _kind(kind: str) -> EntityKind:
    assert kind in ("Person", "Organization", "Location", "Country", "Media", "Other")
    return cast(EntityKind, kind)


def test_replaying_a_documents_ops_on_the_same_history_reproduces_its_registry() -> None:
    docs = [_doc(n, spec) for n, spec in enumerate(SYNTHETIC) if spec[2] is None]  # outlets are the lead's ops
    truth = Pipeline()
    after: list[tuple[dict[str, Entity], dict[str, str], dict[str, Entity]]] = []
    ops: list[tuple[tuple[str, str, str, str], ...]] = []
    for doc in docs:
        ops.append(_run(truth, doc)[1].ops)
        after.append(_registry(truth))
    learning = [k for k, done in enumerate(ops) if done]
    assert len(learning) >= 3  # Kovács created, Pak created, Pak grown
    for k in learning:
        again = Pipeline()
        for doc in docs[:k]:
            again.process(doc)
        _replay(again, ops[k])
        assert _registry(again) == after[k], docs[k].text


# The stale-or-equal property: a document extracted without the learning of some earlier documents either gives
# the graph the one-worker run gives, or reads something those documents wrote.

_Snapshot = tuple[int, int, int, dict[str, Entity], dict[str, str], tuple[int, ...]]


def _snapshot(pipeline: Pipeline) -> _Snapshot:
    index, nil = pipeline.index, pipeline.nil
    shape = (len(index.given_names), len(index.person_parts), len(index.descriptions), len(index.description_heads))
    roots = {key: nil.clusters.find(owner) for key, owner in nil.owner.items()}
    return index.version, len(index.fuzzy.forms), index.max_words, dict(nil.entities), roots, shape


def _writes_since(pipeline: Pipeline, before: _Snapshot) -> Access:
    """What the document just read wrote, from the index's and the registry's own bookkeeping."""
    version, forms, max_words, entities, roots, shape = before
    index, nil = pipeline.index, pipeline.nil
    writes: set[int] = set()
    for key, touched in index.touched.items():
        if touched > version:
            writes.add(key_hash(KEY, key))
            if isinstance(key, tuple):
                writes.add(key_hash(FIRST, key[0]))
                writes.update(key_hash(PREFIX, key[:n]) for n in range(1, len(key)))
    writes.update(key_hash(ENTITY, i) for i, touched in index.entity_touched.items() if touched > version)
    if index.max_words != max_words:
        writes.add(key_hash(MAX_WORDS, None))
    writes.update(key_hash(NIL, k) for k, owner in nil.owner.items() if roots.get(k) != nil.clusters.find(owner))
    for entity_id, entity in nil.entities.items():
        if entities.get(entity_id) is not entity:
            writes.add(key_hash(ENTITY, entity_id))
            writes.update(key_hash(NIL, k) for k in entity.keys)
    if _snapshot(pipeline)[5] != shape:
        writes.add(SHAPE_HASH)
    return Access(writes=frozenset(writes), written_forms=tuple(f.words for f in index.fuzzy.forms[forms:]))


def _corpus(count: int) -> list[Document]:
    loaded = generated_documents(count)
    docs: list[Document] = list(loaded)
    for k, spec in enumerate(SYNTHETIC):  # names learned and met again, spread through the real articles
        docs.insert(3 + 5 * k, _doc(k, spec))
    return docs


def _position(docs: Sequence[Document], spec: tuple[str, str, str | None]) -> int:
    return next(n for n, d in enumerate(docs) if d.text == spec[1])


def test_a_document_read_without_some_learning_is_stale_or_equal() -> None:
    docs = _corpus(40)
    truth = Pipeline()
    graphs: list[DocGraph] = []
    writes: list[Access] = []
    for doc in docs:
        before = _snapshot(truth)
        graphs.append(truth.process(doc).graph)
        writes.append(_writes_since(truth, before))

    def at(spec: tuple[str, str, str | None]) -> int:
        return _position(docs, spec)

    pairs = [(at(NAME_KOVACS), at(LEARN_KOVACS)), (at(KOVACS_IN_ENGLISH), at(LEARN_KOVACS)),
             (at(NAME_OUTLET), at(LEARN_OUTLET)), (at(PAK_IN_ENGLISH), at(LEARN_PAK)), (at(GROW_PAK), at(LEARN_PAK)),
             (at(GROW_PAK), at(PAK_IN_ENGLISH)), (at(UNRELATED), at(LEARN_KOVACS))]
    rng = random.Random(20261126)
    pairs += [(i, rng.randrange(i)) for i in rng.sample(range(1, len(docs)), 5)]
    differ = fresh = 0
    for i, j in pairs:
        partial = Pipeline()
        for doc in docs[:j]:  # documents j..i-1 are in flight elsewhere
            partial.process(doc)
        graph, access = _run(partial, docs[i])
        missed = writes[j:i]
        if not _same(graph, graphs[i]):
            differ += 1
            assert stale(access, missed), (i, j, docs[i].text[:80])
        fresh += not stale(access, missed)
    assert differ >= 3  # the learned names do change later graphs: the check above had work to do
    assert fresh >= 1  # and reads are not everything
