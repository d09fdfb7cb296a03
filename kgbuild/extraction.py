"""What extraction hands the writer, and what a pipeline is built from.

Kept apart from kgbuild.pipeline so the writer process never imports the pipeline's modules (about
25 MB that each forked worker would otherwise also count as its own).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Generic, TypeVar

from kgbuild.model.entity import Entity

if TYPE_CHECKING:
    from kgbuild.pipeline import Pipeline

G = TypeVar("G")


@dataclass(frozen=True, slots=True)
class Processed(Generic[G]):
    """A document's graph (as built, or encoded for a store) and what was found in it, for summaries."""

    graph: G
    language: str
    mentions: int
    events: int
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class PipelineSpec:
    """What a pipeline is built from, so each extraction process builds its own and the writer builds none."""

    gazetteer_files: Sequence[Path] = ()
    lang: str = "auto"
    registry: Sequence[Entity] = ()

    def build(self) -> Pipeline:
        """The pipeline itself (gazetteer and alias index: about a second and 100 MB), imported and built with the
        cyclic collector paused: its passes over the growing index cost a tenth of the build and found few cycles."""
        with collector_paused():
            from kgbuild.pipeline import Pipeline

            return Pipeline(self.gazetteer_files, self.lang, self.registry)


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic garbage collector off for a burst of long-lived objects, then as it was (cycles made meanwhile
    wait for the next collection)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
