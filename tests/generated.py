"""Articles from the bench's corpus generator (bench/corpus.py): many real-looking ones, the same on every machine."""

from __future__ import annotations

import importlib.util
import sys
import tempfile
from functools import lru_cache
from pathlib import Path
from types import ModuleType

from kgbuild.io.jsonl import load_jsonl
from kgbuild.model.document import Document

ROOT = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def _corpus_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_corpus", ROOT / "bench" / "corpus.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_corpus"] = module
    spec.loader.exec_module(module)
    return module


def generated_documents(count: int) -> list[Document]:
    """The first `count` articles of the bench corpus (seed 7), loaded as the ingest loads them."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = _corpus_module().write_corpus(Path(tmp), count)
        return [d for f in sorted(folder.glob("*.jsonl")) for d in load_jsonl(f) if isinstance(d, Document)]


def write_generated(directory: Path, count: int) -> Path:
    """The first `count` articles of the bench corpus as JSONL files in `directory` (for the real command)."""
    folder: Path = _corpus_module().write_corpus(directory, count)
    return folder
