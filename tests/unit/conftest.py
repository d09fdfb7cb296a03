"""Unit-test fixtures shared across packages: the pipeline over the test-local gold gazetteer."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest

from kgbuild.pipeline import Pipeline

GOLD = Path(__file__).resolve().parents[1] / "gold"


@pytest.fixture(scope="session")
def gold_pipeline() -> Iterator[Pipeline]:
    """The real pipeline over CLDR countries and tests/gold/gazetteer.jsonl only, so event tests do not depend
    on the shipped gazetteer (data/gazetteer/, maintained separately)."""
    with tempfile.TemporaryDirectory() as empty, mock.patch("kgbuild.resolve.gazetteer.shipped_dir",
                                                            return_value=Path(empty)):
        pipeline = Pipeline([GOLD / "gazetteer.jsonl"])
    yield pipeline
