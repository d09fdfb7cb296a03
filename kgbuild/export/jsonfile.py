"""JSON export: {"nodes": [...], "edges": [...]}, one object per node and relationship with its labels."""

from __future__ import annotations

import json
from typing import IO

from kgbuild.export.source import GraphSource
from kgbuild.graph.schema import labels_for


def write_json(source: GraphSource, out: IO[bytes]) -> None:
    """Stream the graph as one JSON document (nodes, then edges), in stable order."""
    out.write(b'{"nodes": [')
    for i, node in enumerate(source.nodes()):
        row = {"id": node.id, "labels": list(labels_for(node.label)), "properties": node.props}
        out.write((", " if i else "\n") .encode() + json.dumps(row, ensure_ascii=False).encode("utf-8"))
    out.write(b'\n], "edges": [')
    for i, rel in enumerate(source.rels()):
        row = {"id": rel.id, "type": rel.type, "source": rel.src, "target": rel.dst, "properties": rel.props}
        out.write((", " if i else "\n").encode() + json.dumps(row, ensure_ascii=False).encode("utf-8"))
    out.write(b"\n]}\n")
