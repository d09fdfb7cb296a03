"""Unknown names: capitalized name-like spans the gazetteer does not know become NIL mentions.

Conservative on purpose: a span is a candidate when it is an acronym, a run of two to four capitalized
words (at a sentence start only with a cue), or one capitalized word next to a person cue ("Kovács
szóvivő", "said Smith"). Sentence-initial common words, months, days and title-case headlines never are.
Each candidate is first matched by similarity against the gazetteer (with vetoes); only what stays
unresolved goes to the NIL registry, which clusters it with the same name seen before.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, compress

from kgbuild.caches import WORD_CACHE
from kgbuild.model.document import Segment
from kgbuild.model.entity import SCOPE_END, EntityKind
from kgbuild.model.ids import stable_hash
from kgbuild.model.mention import Mention
from kgbuild.nlp.people import name_parts
from kgbuild.nlp.segwords import Covered, SegmentWords
from kgbuild.nlp.tokens import TOKEN_START, Token
from kgbuild.nlp.words import words_for
from kgbuild.resolve.nameparts import is_title, name_rules
from kgbuild.resolve.nil import NilAnswer
from kgbuild.resolve.normalize import fold, is_capitalized
from kgbuild.resolve.resolver import NIL_SCORE, Resolver
from kgbuild.resolve.suffixes import stems

MAX_RUN = 4
MIN_ACRONYM, MAX_ACRONYM = 3, 6
TITLE_CASE_SHARE = 0.6
MIN_TITLE_CASE_WORDS = 4


@dataclass(frozen=True, slots=True)
class Candidate:
    """A span of tokens that may name something unknown, with its guessed kind and why."""

    tokens: tuple[Token, ...]
    kind: EntityKind
    why: str
    scoped: bool = False


def unknown_mentions(text: str, segments: Sequence[SegmentWords], found: Sequence[Mention],
                     lang: str, resolver: Resolver) -> list[Mention]:
    """Near-miss or NIL mentions for the candidates of every segment (nothing when no NIL registry is set)."""
    if resolver.nil is None:
        return []
    taken = Covered((m.start, m.end) for m in found)
    scope = stable_hash(text) + SCOPE_END
    named = _person_parts(found, resolver)
    common = common_words(segments, lang)
    out: list[Mention] = []
    for words in segments:
        seg, tokens = words.segment, words.tokens
        if seg.kind == "caption" or (seg.kind != "body" and _title_case(tokens)):
            continue
        for candidate in candidates(words, taken, lang, resolver, common):
            if not (candidate.scoped and _is_named_part(candidate.tokens[0].text, lang, named)):
                out.append(_mention(text, seg, candidate, lang, resolver, scope))
    return out


def _person_parts(found: Sequence[Mention], resolver: Resolver) -> set[str]:
    """Folded name parts of the people already named in the document (their bare surnames are not unknown)."""
    parts: set[str] = set()
    for entity_id in {m.entity_id for m in found}:
        entity = resolver.index.entities[entity_id]
        if entity.kind == "Person":
            parts.update(name_parts(entity).every)
    return parts


def _is_named_part(word: str, lang: str, named: set[str]) -> bool:
    """The word (or a stem of it) is a name part of a person named in the document."""
    return any(fold(stem) in named for stem, _ in stems(word, lang))


def common_words(segments: Sequence[SegmentWords], lang: str) -> frozenset[str]:
    """Folded words that are common nouns or adjectives in this article: the language's list, and every word
    the article also writes in lower case ('Elemzők szerint ... az elemzők')."""
    listed = words_for(lang)
    texts = chain.from_iterable(words.texts for words in segments)
    lower = frozenset(compress(chain.from_iterable(words.folded for words in segments), map(str.islower, texts)))
    return lower | (listed.common_words if listed is not None else frozenset())


def candidates(words: SegmentWords, taken: Covered, lang: str, resolver: Resolver,
               common: frozenset[str] = frozenset()) -> list[Candidate]:
    """The unknown-name candidates of one segment's words (`taken`: offsets already inside a mention); `common`
    words never open a name at its start."""
    out: list[Candidate] = []
    tokens = words.tokens
    for run in _runs(words, taken):
        if run[0].start == tokens[0].start or len(run) == 1:
            run = _without_common_start(run, common)
        found = _classify(run, tokens, lang, resolver) if run else None
        if found is not None:
            out.append(found)
    return out


def _runs(words: SegmentWords, taken: Covered) -> list[list[Token]]:
    """Maximal runs of free, capitalized, name-like tokens joined only by spaces."""
    runs: list[list[Token]] = []
    current: list[Token] = []  # when not empty, its last token is the previous one
    for i, token in enumerate(words.tokens):
        free = words.capitalized[i] and _name_like(token.text) and token.start not in taken
        if free and (not current or words.joined[i - 1]):
            current.append(token)
            continue
        if current:
            runs.append(current)
        current = [token] if free else []
    if current:
        runs.append(current)
    return runs


def _without_common_start(run: list[Token], common: frozenset[str]) -> list[Token]:
    """A run without the common words it opens with: at a sentence start ('Katonai Elemzők' → nothing,
    'Analysts Kim Dong-yub' → 'Kim Dong-yub'), and a lone word anywhere (a missed sentence break: '” Elemzők
    szerint')."""
    while run and fold(run[0].text) in common:
        run = run[1:]
    return run


@lru_cache(maxsize=WORD_CACHE)
def _name_like(word: str) -> bool:
    """Capitalized, letters only (inner hyphens and apostrophes allowed), not a listed common word."""
    letters = word.replace("-", "").replace("'", "").replace("’", "")
    return is_capitalized(word) and letters.isalpha() and fold(word) not in name_rules().not_names


def _classify(run: list[Token], tokens: list[Token], lang: str, resolver: Resolver) -> Candidate | None:
    """Acronyms, multi-word names and cued single words; None for anything else."""
    first = tokens.index(run[0])
    at_start = first == 0
    cue_before = first > 0 and fold(tokens[first - 1].text).rstrip(".") in name_rules().person_before
    while run and is_title(run[0].text):
        run, cue_before, at_start = run[1:], True, False
    if not run or len(run) > MAX_RUN or is_title(run[-1].text):
        return None
    after = tokens.index(run[-1]) + 1
    cue_after = after < len(tokens) and _is_person_noun(tokens[after].text, lang)
    if len(run) == 1:
        if _known_compound(run[0].text, lang, resolver):
            return None
        return _single(run[0], at_start, cue_before or cue_after)
    kind = _kind(run, lang, resolver, cue_before or cue_after)
    if at_start and kind is None:
        return _classify(run[1:], tokens, lang, resolver) if len(run) > 2 else None
    return Candidate(tuple(run), kind or "Other", "capitalized multi-word name" + (" with a person cue" if cue_before or cue_after else ""))


def _known_compound(word: str, lang: str, resolver: Resolver) -> bool:
    """A known name joined to a common word ('Kreml-szóvivő', 'NATO-tagság') is no unknown name."""
    head, _, tail = word.rpartition("-")
    return bool(tail) and tail.islower() and resolver.lookup([head], lang) is not None


def _single(token: Token, at_start: bool, cued: bool) -> Candidate | None:
    """An acronym anywhere, or one capitalized word with a person cue next to it."""
    head = token.text.split("-", 1)[0]
    if head.isupper() and MIN_ACRONYM <= len(head) <= MAX_ACRONYM:
        return Candidate((token,), "Organization", "acronym")
    if cued and not at_start and not head.isupper():
        return Candidate((token,), "Person", "capitalized word next to a person cue", scoped=True)
    return None


def _kind(run: list[Token], lang: str, resolver: Resolver, cued: bool) -> EntityKind | None:
    """Organization or place by a cue word, person by a cue or a known given name; None when nothing says."""
    folded = [fold(stem) for t in run for stem, _ in stems(t.text, lang)[:3]]
    rules = name_rules()
    if any(w in rules.org_words for w in folded):
        return "Organization"
    if any(w in rules.place_words for w in folded):
        return "Location"
    known = resolver.index.given_names | resolver.index.person_parts | rules.person_words
    if cued or any(w in known for w in folded):
        return "Person"
    return None


@lru_cache(maxsize=WORD_CACHE)
def _is_person_noun(word: str, lang: str) -> bool:
    """A role noun or reporting verb right after a name (szóvivő, szerint, said)."""
    after = name_rules().person_after
    return any(fold(stem) in after for stem, _ in stems(word, lang)[:4])


def _title_case(tokens: list[Token]) -> bool:
    """An English-style headline: most longer words capitalized."""
    longer = [t for t in tokens if len(t.text) >= 4 and t.text.isalpha()]
    capital = sum(1 for t in longer if t.text[0].isupper())
    return len(longer) >= MIN_TITLE_CASE_WORDS and capital >= TITLE_CASE_SHARE * len(longer)


def _mention(text: str, seg: Segment, candidate: Candidate, lang: str, resolver: Resolver, scope: str) -> Mention:
    """A near-miss mention when the gazetteer has the name under another spelling, else a NIL mention."""
    first, last = candidate.tokens[0], candidate.tokens[-1]
    surface = text[first.start:last.end]
    span = [t.text.split("-", 1)[0] if candidate.why == "acronym" else t.text for t in candidate.tokens]
    near = resolver.resolve_span(span, lang, candidate.kind)
    if near.entity is not None:
        return Mention(first.start, last.end, surface, seg.index, near.entity.id, near.score, near.method, near.explanation, near.suffix)
    name, reads = " ".join(span), resolver.reads
    if reads is not None and not candidate.scoped:  # a scoped name's keys hold this document's scope: no one else's
        reads.nils.append((name, lang, candidate.kind))  # the clustering keys it reads, hashed in ReadLog.done
    answer = cluster_unknown(resolver, name, lang, candidate.kind, scope if candidate.scoped else "")
    entity = answer.entity
    if reads is not None and not candidate.scoped:  # what another process replays to learn the same
        reads.ids.append(entity.id)
        reads.op("nil", name, lang, candidate.kind)
    how = (f"joined the unknown-name cluster {entity.name!r} ({entity.id}) through {', '.join(answer.shared[:2])}"
           if not answer.created else f"new unknown-name cluster {entity.id}")
    why = f"{surface!r} → unknown {candidate.kind} ({candidate.why}); {near.explanation}; {how}"
    return Mention(first.start, last.end, surface, seg.index, entity.id, NIL_SCORE, "nil", why)


def cluster_unknown(resolver: Resolver, name: str, lang: str, kind: EntityKind, scope: str = "") -> NilAnswer:
    """An unknown name into its cluster, and the cluster's record into the index (its spellings too unless scoped to
    one document): what a document learns from a name, and what a worker replays of another process's document."""
    assert resolver.nil is not None
    answer = resolver.nil.assign(name, lang, kind, scope)
    resolver.index.put(answer.entity)
    if not scope:
        resolver.index.add(answer.entity)
    return answer


def without_given_name_conflicts(text: str, segments: Sequence[SegmentWords], found: list[Mention],
                                 lang: str, resolver: Resolver) -> list[Mention]:
    """Drop a surname match whose preceding capitalized word makes it another person (Ivanka Trump ≠ Donald Trump)."""
    if resolver.nil is None:
        return found
    starts = {m.start: m for m in found}
    taken = {(m.start, m.end) for m in found}
    dropped: set[int] = set()
    for words in segments:
        tokens = words.tokens
        at = list(map(starts.get, map(TOKEN_START, tokens)))  # the mention starting at each word, at C speed
        for i, mention in [(k, m) for k, m in enumerate(at) if m is not None and k > 0]:
            if mention.end == tokens[i].end and _conflicts(text, tokens, i, mention, taken, lang, resolver):
                dropped.add(mention.start)
    return [m for m in found if m.start not in dropped]


def _conflicts(text: str, tokens: list[Token], i: int, mention: Mention, taken: set[tuple[int, int]], lang: str,
               resolver: Resolver) -> bool:
    """True when '<previous word> <surname>' is vetoed against the person the surname alone resolved to."""
    entity = resolver.index.entities[mention.entity_id]
    before = tokens[i - 1]
    if entity.kind != "Person" or mention.method not in ("alias", "alias+suffix") or is_title(before.text):
        return False
    if not _name_like(before.text) or text[before.end:tokens[i].start].strip() or (before.start, before.end) in taken:
        return False
    if i - 1 == 0 and fold(before.text) not in resolver.index.given_names:
        return False
    answer = resolver.resolve_span([before.text, tokens[i].text], lang, "Person")
    return answer.entity is None or answer.entity.id != entity.id
