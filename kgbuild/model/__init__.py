"""Typed records that flow between pipeline stages (frozen dataclasses)."""

from kgbuild.model.claim import Claim
from kgbuild.model.document import Document, Segment
from kgbuild.model.entity import Entity, EntityKind
from kgbuild.model.event import Attribution, Citation, Event, Filler, RoleClaim
from kgbuild.model.graph import DocGraph, Node, PropValue, Rel
from kgbuild.model.mention import Mention

__all__ = [
    "Attribution",
    "Citation",
    "Claim",
    "DocGraph",
    "Document",
    "Entity",
    "EntityKind",
    "Event",
    "Filler",
    "Mention",
    "Node",
    "PropValue",
    "Rel",
    "RoleClaim",
    "Segment",
]
