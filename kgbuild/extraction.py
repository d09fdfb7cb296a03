"""What extraction hands the writer, and what a pipeline is built from.

Kept apart from kgbuild.pipeline so the writer process never imports the pipeline's modules (about
25 MB that each forked worker would otherwise also count as its own).
"""

from __future__ import annotations

from collections.abc import Sequence
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
        """The pipeline itself (gazetteer and alias index: about a second and 100 MB)."""
        from kgbuild.pipeline import Pipeline

        return Pipeline(self.gazetteer_files, self.lang, self.registry)
