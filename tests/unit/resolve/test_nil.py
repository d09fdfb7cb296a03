"""NIL clusters: keys across spellings and languages, union-find merges, stable ids, registry round trip."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kgbuild.model.document import Document
from kgbuild.model.entity import Entity, scoped_keys
from kgbuild.model.ids import article_id
from kgbuild.pipeline import Pipeline
from kgbuild.resolve.clusters import UnionFind
from kgbuild.resolve.nil import NilRegistry, nil_keys
from kgbuild.store.sqlite import SqliteStore


def test_hungarian_and_english_spellings_share_a_key() -> None:
    assert set(nil_keys("Pak Dzsong Csol", "hu", "Person")) & set(nil_keys("Pak Jong Chol", "en", "Person"))


def test_order_free_key_joins_family_first_names() -> None:
    assert set(nil_keys("Varga Ilona", "hu", "Person")) & set(nil_keys("Ilona Varga", "en", "Person"))


def test_inflected_last_word_shares_the_stem_key() -> None:
    assert set(nil_keys("Varga Ilonával", "hu", "Person")) & set(nil_keys("Varga Ilona", "hu", "Person"))


def test_kinds_never_share_keys() -> None:
    assert not set(nil_keys("Varga Ilona", "hu", "Person")) & set(nil_keys("Varga Ilona", "hu", "Organization"))


def test_assign_reuses_the_cluster_and_records_spellings() -> None:
    registry = NilRegistry()
    first = registry.assign("Pak Dzsong Csol", "hu", "Person")
    second = registry.assign("Pak Jong Chol", "en", "Person")
    assert first.created and not second.created
    assert second.entity.id == first.entity.id
    assert "Pak Jong Chol" in second.entity.all_aliases() and second.shared


def test_a_bridge_merges_two_clusters_and_the_older_id_wins() -> None:
    registry = NilRegistry()
    a = registry.assign("Ilonavarga", "en", "Person").entity  # keys: ilonavarga
    b = registry.assign("Varga Ilona", "en", "Person").entity  # keys: vargailona, ilona|varga
    assert a.id != b.id
    bridge = registry.assign("Ilona Varga", "en", "Person").entity  # keys: ilonavarga, ilona|varga
    assert bridge.id == a.id
    assert registry.clusters.find(b.id) == a.id


@given(st.lists(st.tuples(st.integers(0, 9), st.integers(0, 9)), max_size=30))
def test_union_find_is_transitive_and_keeps_the_oldest_root(pairs: list[tuple[int, int]]) -> None:
    uf = UnionFind()
    for i in range(10):
        uf.add(str(i))
    naive = [{i} for i in range(10)]
    for a, b in pairs:
        uf.union(str(a), str(b))
        sa = next(s for s in naive if a in s)
        sb = next(s for s in naive if b in s)
        if sa is not sb:
            naive.remove(sb)
            sa |= sb
    for group in naive:
        assert {uf.find(str(i)) for i in group} == {str(min(group))}


def doc(text: str, lang: str) -> Document:
    """A one-line article."""
    return Document(id=article_id(text), text=text, path="t.txt", lang=lang)


def test_registry_round_trip_keeps_clusters_across_runs(tmp_path: Path) -> None:
    store_path = tmp_path / "kg.db"
    with SqliteStore(store_path) as store:
        first = Pipeline()
        store.write(first.process(doc("A küldöttséget Pak Dzsong Szu vezette a tárgyaláson.", "hu")).graph, "a.txt")
        learned = store.registry()
    nil = [e for e in learned if e.source == "nil"]
    assert [e.name for e in nil] == ["Pak Dzsong Szu"] and nil[0].keys
    second = Pipeline(registry=learned)
    graph = second.process(doc("The delegation was led by Pak Jong Su on Monday.", "en")).graph
    assert nil[0].id in {n.id for n in graph.nodes}


def test_ids_do_not_depend_on_the_run(tmp_path: Path) -> None:
    text = "A küldöttséget Pak Dzsong Szu vezette a tárgyaláson."
    one = {n.id for n in Pipeline().process(doc(text, "hu")).graph.nodes}
    two = {n.id for n in Pipeline().process(doc(text, "hu")).graph.nodes}
    assert one == two


def test_a_name_too_short_for_a_key_still_shows_its_scope() -> None:
    assert nil_keys("Hi", "hu", "Person") == ()
    assert nil_keys("Hi", "hu", "Person", "0123abcd/") == ("Person:0123abcd/hi",)


def test_names_scoped_to_one_article_stay_out_of_the_registry(tmp_path: Path) -> None:
    """'Hi' after a name, before a reporting verb: a cluster of its article only, which no later run may match."""
    with SqliteStore(tmp_path / "kg.db") as store:
        graph = Pipeline().process(doc("Nakatani Gen Hi a tárgyalás után azt mondta, hogy kiállnak.", "hu")).graph
        scoped = [n for n in graph.nodes if n.props.get("name") == "Hi"]
        assert scoped and scoped_keys(str(k) for k in scoped[0].props["nil_keys"])  # type: ignore[union-attr]
        store.write(graph, "a.txt")
        assert "Hi" not in {e.name for e in store.registry()}


def test_a_scoped_name_from_an_older_store_is_not_learned_again() -> None:
    scoped = Entity(id="entity:x", key="nil/0123abcd/hi", kind="Person", name="Hi", source="nil",
                    keys=("Person:0123abcd/hi",))
    pipeline = Pipeline(registry=[scoped])
    assert "entity:x" not in pipeline.index.entities and "entity:x" not in pipeline.nil.entities
