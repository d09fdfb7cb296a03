"""Building a pipeline leaves the process's garbage collector as it found it."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from kgbuild.extraction import collector_paused


@pytest.fixture()
def restore_gc() -> Iterator[None]:
    enabled = gc.isenabled()
    yield
    if enabled:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_paused_then_as_it_was(enabled: bool, restore_gc: None) -> None:
    gc.enable() if enabled else gc.disable()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled() is enabled


def test_collector_back_after_an_error(restore_gc: None) -> None:
    gc.enable()
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("build failed")
    assert gc.isenabled()
