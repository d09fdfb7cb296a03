"""Sizes of the per-word memos shared by the mention and resolution stages."""

from __future__ import annotations

from typing import Final

# Small enough to fill within the first few thousand articles, so memory stays flat however long a run is;
# word frequencies are Zipfian, so the frequent words still give nearly every hit.
WORD_CACHE: Final = 16384
