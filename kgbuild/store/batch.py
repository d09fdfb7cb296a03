"""One batch's node writes, merged in memory in article order exactly as one-by-one upserts would leave them."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass

from kgbuild.errors import StoreError
from kgbuild.graph.schema import NODE_LABELS
from kgbuild.model.graph import PropValue
from kgbuild.store.encoded import NodeRow, learns
from kgbuild.store.props import dumps, loads, merge_props

Props = dict[str, PropValue]
RegistryRow = tuple[str, str, str, str, str, str, str]  # id, kind, name, key, aliases, keys, source


@dataclass(slots=True)
class _Node:
    """A node's state so far in the batch: its canonical text, or its merged props until they are encoded."""

    label: str
    text: str | None
    props: Props | None

    def current(self) -> Props:
        """The props, parsed from the text on first need."""
        if self.props is None:
            assert self.text is not None
            self.props = loads(self.text)
        return self.props


class NodePlan:
    """Merges a batch's node rows over what the store held before it; knows which rows changed."""

    def __init__(self, stored: Mapping[str, tuple[str, str]]) -> None:
        self.stored = stored  # id → (label, props JSON) before the batch
        self.nodes: dict[str, _Node] = {}
        self.learned: dict[str, tuple[str, Props, Props]] = {}  # id → (first label, first props, last props)

    def add(self, row: NodeRow) -> None:
        """Upsert one node: a new node takes its props as they are; a known one merges them in."""
        node_id, label, text, stable, registers = row
        if label not in NODE_LABELS:
            raise StoreError(f"label {label!r} is not in the fixed list")
        state = self.nodes.get(node_id)
        if state is None:
            old = self.stored.get(node_id)
            if old is None:
                state = self.nodes[node_id] = _Node(label, text, None)
                if registers:
                    self._learn(node_id, label, state.current())
                return
            state = self.nodes[node_id] = _Node(old[0], old[1], None)
        state.label = label
        if stable and text == state.text:  # merging an item-unique copy of itself changes nothing
            if registers:
                self._learn(node_id, label, state.current())
            return
        current = state.current()
        merged = merge_props(current, loads(text))
        if merged != current:
            state.props, state.text = merged, None
        if learns(label, merged):
            self._learn(node_id, label, merged)

    def _learn(self, node_id: str, label: str, props: Props) -> None:
        """The registry row takes kind, name and key from its first upsert, spellings and keys from its last."""
        first = self.learned.get(node_id)
        self.learned[node_id] = (label, props, props) if first is None else (first[0], first[1], props)

    def node_rows(self) -> list[tuple[str, str, str]]:
        """(id, label, props JSON) of every node that is new or changed, in first-seen order."""
        rows = []
        for node_id, state in self.nodes.items():
            text = state.text if state.text is not None else dumps(state.current())
            if self.stored.get(node_id) != (state.label, text):
                rows.append((node_id, state.label, text))
        return rows

    def registry_rows(self) -> list[RegistryRow]:
        """Registry rows of the learned entities, in the order they were first learned."""
        return [_registry_row(node_id, *learned) for node_id, learned in self.learned.items()]


def _registry_row(node_id: str, label: str, first: Props, last: Props) -> RegistryRow:
    """Kind, name and key as first inserted; the spellings, NIL keys and source as last updated."""
    aliases, keys = last.get("aliases") or [], last.get("nil_keys")
    source = "nil" if keys is not None else "registry"
    return (node_id, label, str(first.get("name")), str(first.get("key") or node_id),
            json.dumps(aliases, ensure_ascii=False), json.dumps(keys or [], ensure_ascii=False), source)
