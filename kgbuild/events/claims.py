"""Claims: every attributed sentence becomes a statement with its source, whether or not an event type was found.

Extraction already finds each sentence's reporters; this keeps them (`Hearing`) and, once the article's events
are final, turns the reporters no typed event of the sentence carries into one Claim per sentence, naming the
entities the statement is about. Nothing here reads text the extractor has not read already.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from kgbuild.events.clause_events import attribution
from kgbuild.events.lexicon import Lexicon
from kgbuild.events.quotes import Quote
from kgbuild.events.sentence import Sentence, line_matcher
from kgbuild.model.claim import Claim
from kgbuild.model.entity import Entity
from kgbuild.model.event import Attribution, Event, Filler

TEXT_CHARS = 300
_MODALITIES = ("denied", "negated", "hypothetical", "future")


@dataclass
class _Heard:
    """Who says one sentence's statement, which words named its sources, and how the link was made."""

    sentence: Sentence
    said: list[Attribution]
    taken: frozenset[int]
    rule: str


@dataclass
class Hearing:
    """The sentences of an article with a reporter, collected while the extractor reads them."""

    heard: dict[int, _Heard] = field(default_factory=dict)

    def hear(self, sentence: Sentence, said: Iterable[Attribution], taken: Collection[int] = (),
             rule: str = "claim:sentence") -> None:
        """Record reporters of a sentence's statement (a later link to a sentence heard already adds nothing)."""
        said = list(said)
        if said and sentence.segment.index not in self.heard:
            self.heard[sentence.segment.index] = _Heard(sentence, said, frozenset(taken), rule)

    def heard_of(self, index: int) -> bool:
        """Whether some reporter already speaks for this sentence."""
        return index in self.heard

    def quoted(self, sentences: Sequence[Sentence], quotes: Sequence[Quote], entities: Mapping[str, Entity]) -> None:
        """Sentences inside a quotation with a known speaker and no reporter of their own are the speaker's."""
        for quote in quotes:
            if quote.speaker is None:
                continue
            source = quote.speaker[1]
            for sentence in sentences:
                seg = sentence.segment
                if seg.start < quote.end and seg.end > quote.start + 1 and seg.index not in self.heard:
                    said = attribution(source, entities, seg.index, ":quote")
                    self.hear(sentence, [said], rule="claim:quoted")


def claims(heard: Hearing, events: Sequence[Event], lexicon: Lexicon) -> list[Claim]:
    """One Claim per heard sentence for the reporters none of the sentence's events carries, in text order."""
    carried = {(event.sentence, a.reporter_id) for event in events for a in event.attributions}
    out = []
    for index in sorted(heard.heard):
        one = heard.heard[index]
        said = {a.reporter_id: a for a in one.said if (index, a.reporter_id) not in carried}
        if said:
            out.append(_claim(one, tuple(said.values()), lexicon))
    return out


def _claim(heard: _Heard, said: tuple[Attribution, ...], lexicon: Lexicon) -> Claim:
    """The Claim record of one sentence: its trimmed text, what it names and a sentence-wide modality."""
    seg = heard.sentence.segment
    lead = len(seg.text) - len(seg.text.lstrip())
    text = seg.text.strip()
    start, end = seg.start + lead, seg.start + lead + len(text)
    shown = text if len(text) <= TEXT_CHARS else text[:TEXT_CHARS - 1].rstrip() + "…"
    return Claim(seg.index, start, end, shown, said, _about(heard, {a.reporter_id for a in said}),
                 _modality(heard.sentence, lexicon), max(a.confidence for a in said), heard.rule,
                 seg.kind)


def _about(heard: _Heard, reporters: set[str]) -> tuple[Filler, ...]:
    """The entities the statement names, each once, except its reporters and the sources it cites."""
    seen: dict[str, Filler] = {}
    for placed in heard.sentence.mentions:
        mention = placed.mention
        if placed.first in heard.taken or mention.entity_id in reporters or mention.entity_id in seen:
            continue
        seen[mention.entity_id] = Filler("about", mention.entity_id, mention.start, mention.end, "claim:named",
                                         round(mention.score * 0.9, 2))
    return tuple(seen.values())


def _modality(sentence: Sentence, lexicon: Lexicon) -> str:
    """The strongest modality cue anywhere in the sentence outside names, its speech verb included ('denied'):
    a rough reading, since a claim has no trigger to look near."""
    words = "\n".join(w for j, w in enumerate(sentence.lower) if j not in sentence.covered)
    for name in _MODALITIES:
        cues = lexicon.modality.get(name, ())
        if words and cues and line_matcher(cues).search(words) is not None:
            return name
    return "asserted"
