"""Who asserts what: attribution phrases (— számolt be a Yonhap, according to) and citations (citing).

A phrase's `side` says where its source stands: `after` (according to X), `before` (X szerint, X said),
`inverted` (after a dash or comma — '— számolt be a Yonhap' — else before), `pronoun` (szerinte: the
person named last), `previous` (eszerint: the last source of the sentences before), `participle` (..., adding that: the subject
of the clause it hangs on). Coordinated sources ('a TASZSZ és a KCNA', 'Seoul and Washington') are all sources.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping

from kgbuild.events.clauses import marks_matching
from kgbuild.events.coordination import comma_neighbour, list_comma
from kgbuild.events.lexicon import ClauseMark, Lexicon, Phrase
from kgbuild.events.participants import head_case
from kgbuild.events.role_nouns import role_of
from kgbuild.events.sentence import Placed, Sentence, by_identity, is_modifier, word_matches
from kgbuild.model.mention import Mention
from kgbuild.model.record import Record
from kgbuild.nlp.memos import word_memo

WINDOW_AFTER = 8
WINDOW_BEFORE = 4
INSERTION_WORDS = 12
INVERTED_WORDS = 3
AUXILIARY_WORDS = 2
_INVERSION_MARKS = ("—", "–", "-", ",", "”", '"', "»", "“")
_TRAILING_MARKS = (",", "—", "–", "”", '"', "»")
_CLAUSE_BREAKS = (",", "—", "–", ";", ":", "„", "”")
_DASHES = ("—", "–")
LEAD_WORDS = 3
TITLE_WORDS = 6
APPOSED_WORDS = 10
COLON_LEAD = 1


def _any_of(marks: tuple[str, ...]) -> re.Pattern[str]:
    """One search for any of the marks in a gap, instead of a Python test per mark."""
    return re.compile("|".join(re.escape(m) for m in marks))


_INVERSION = _any_of(_INVERSION_MARKS)
_TRAILING = _any_of(_TRAILING_MARKS)
_CLAUSE_BREAK = _any_of(_CLAUSE_BREAKS)
_DASH = _any_of(_DASHES)


class Source(Record):
    """A reporter or cited source found in a sentence, with the phrase that introduced it.

    `phrase` is the word index of the phrase; `trailing` is true when the source follows its content
    ('..., Yonhap reported', '— közölte a KCNA'), so clauses that start after it are not its claims;
    `whole` sources (X szerint, according to X) speak for every clause after them.
    """

    FIELDS = ("placed", "verb", "start", "end", "rule", "quote", "words", "phrase", "trailing", "whole")

    def __init__(self, placed: Placed, verb: str, start: int, end: int, rule: str, quote: bool, words: range,
                 phrase: int = 0, trailing: bool = False, whole: bool = False) -> None:
        self.placed = placed
        self.verb = verb
        self.start = start
        self.end = end
        self.rule = rule
        self.quote = quote
        self.words = words
        self.phrase = phrase
        self.trailing = trailing
        self.whole = whole

    def values(self) -> tuple[object, ...]:
        """The fields' values, in FIELDS order."""
        return (self.placed, self.verb, self.start, self.end, self.rule, self.quote, self.words, self.phrase,
                self.trailing, self.whole)


class _Finder:
    """What a search for sources needs besides the sentence: a plain class, not a frozen dataclass, since mypyc
    compiles its constructor and copies (a frozen dataclass's generated __init__ runs interpreted, two a sentence)."""

    def __init__(self, lexicon: Lexicon, excluded: Collection[int], kind: str, last_person: Mention | None,
                 skip: Collection[int] = (), mute: Collection[int] = (), last_source: Mention | None = None,
                 last_body: Mention | None = None, titled: Mapping[str, Mention] | None = None,
                 earlier: tuple[Placed, ...] = (), unnamed: Mapping[int, tuple[int, Mention]] | None = None) -> None:
        self.lexicon = lexicon
        self.excluded = excluded
        self.kind = kind
        self.last_person = last_person
        self.skip = skip
        self.mute = mute
        self.last_source = last_source
        self.last_body = last_body
        self.titled = titled
        self.earlier = earlier
        self.unnamed = unnamed

    def replaced(self, excluded: Collection[int] | None = None, earlier: tuple[Placed, ...] | None = None) -> _Finder:
        """A copy with other excluded words or earlier sources (what `dataclasses.replace` gave)."""
        return _Finder(self.lexicon, self.excluded if excluded is None else excluded, self.kind, self.last_person,
                       self.skip, self.mute, self.last_source, self.last_body, self.titled,
                       self.earlier if earlier is None else earlier, self.unnamed)

    def barred(self, placed: Placed) -> bool:
        """A name that cannot report here: inside a dateline or apposition, or one that cannot speak (a place)."""
        return placed.first in self.excluded or placed.first in self.mute


def find_sources(sentence: Sentence, phrases: tuple[Phrase, ...], finder: _Finder) -> list[Source]:
    """Every source a phrase points to; `excluded` word indexes (appositions) are never sources, nor is a source
    an earlier phrase took ('A KCNA szerint a vezető kijelentette': the leader declared), and a phrase inside a
    longer one ('mondta' in 'azt mondta') is not read again."""
    found: list[Source] = []
    by_first, lower = _by_first_word(phrases), sentence.lower
    inside = -1
    starts = [i for i, word in enumerate(lower) if word in by_first] if not by_first.keys().isdisjoint(lower) else []
    for i in starts:
        if i <= inside or sentence.mention_at(i) is not None:
            continue
        phrase = phrase_starting(by_first[lower[i]], lower, i)
        if phrase is not None:
            taken = {j for source in found for j in source.words}
            one = finder.replaced(excluded=set(finder.excluded) | taken) if taken else finder
            if phrase.side == "participle" and found:
                one = one.replaced(earlier=tuple(source.placed for source in found))
            found.extend(_sources_of(sentence, i, phrase, one))
            inside = i + len(phrase.words) - 1
    return found


PhrasesByLength = tuple[tuple[int, dict[tuple[str, ...], Phrase]], ...]


@by_identity
def _by_first_word(phrases: tuple[Phrase, ...]) -> dict[str, PhrasesByLength]:
    """Phrases by their first word, then by length (longest first) and words, so a word is tested with one slice
    and one dict lookup per length instead of a comparison per phrase (the first listed of equal phrases wins)."""
    out: dict[str, dict[int, dict[tuple[str, ...], Phrase]]] = {}
    for phrase in sorted(phrases, key=lambda p: -len(p.words)):
        out.setdefault(phrase.words[0], {}).setdefault(len(phrase.words), {}).setdefault(tuple(phrase.words), phrase)
    return {k: tuple(v.items()) for k, v in out.items()}


def phrase_starting(by_length: PhrasesByLength, lower: tuple[str, ...], i: int) -> Phrase | None:
    """The longest phrase whose words are the sentence's words from i on (what testing `phrase_at` on each phrase,
    longest first, finds)."""
    for length, phrases in by_length:
        phrase = phrases.get(lower[i:i + length])
        if phrase is not None:
            return phrase
    return None


def _sources_of(sentence: Sentence, i: int, phrase: Phrase, finder: _Finder) -> list[Source]:
    """The Source records of one phrase occurrence (several when the sources are coordinated); the subject of a
    coordinated speech verb ('Kim praised X and said ...') stays free to act in the clause before, and the words
    between a distant speaker and its verb stay free for the events they state."""
    inserted = _insertion(sentence, i, finder)
    side = _side(sentence, i, phrase, finder.skip)
    placed = _source_for(sentence, i, side, finder, phrase, inserted)
    if placed is None or _labels(sentence, placed, i, finder.lexicon):
        return []
    side = "before" if 0 <= placed.first < i else side
    last = i + len(phrase.words) - 1
    rule = f"{finder.kind}:{finder.lexicon.language}:{phrase.verb}" + (":pronoun" if placed.first == -1 else "")
    out = []
    joined = i > 0 and sentence.lower[i - 1] in finder.lexicon.coordinators and 0 <= placed.first < i - 1
    participle, leads = phrase.side == "participle", phrase.side == "participle" or _leads(phrase, finder.lexicon)
    for one in _with_coordinated(sentence, placed, side, finder):
        first, end = _same_name_span(sentence, one) if one.first >= 0 and not joined and not participle else (i, i)
        far = 0 <= first < i and (bool(inserted) or i - end - 1 > WINDOW_BEFORE)
        covered = range(first, end + 1) if far else range(min(i, first), max(last, end) + 1)
        out.append(Source(one, phrase.verb, sentence.tokens[i].start, sentence.tokens[last].end, rule,
                          phrase.quote, covered, i,
                          not leads and _trailing(sentence, _title_block_start(sentence, covered.start, finder.lexicon,
                                                                                     one.first > i), finder.lexicon)
                          and not _content_follows(sentence, last, finder.lexicon),
                          phrase.sentence or _colon_opens(sentence, max(last, end), finder.lexicon)))
    return out


def _labels(sentence: Sentence, placed: Placed, i: int, lexicon: Lexicon) -> bool:
    """'in what the state agency described as a warm atmosphere', 'what Seoul calls provocations': a free relative
    makes the speech verb name a thing, not report the sentence."""
    j = placed.first - 1
    while j >= 0 and sentence.lower[j] in lexicon.articles:
        j -= 1
    return 0 <= placed.first < i and j >= 0 and sentence.lower[j] in lexicon.free_relatives


def _colon_opens(sentence: Sentence, last: int, lexicon: Lexicon) -> bool:
    """'A NIS közölte: A, B pedig C': a colon right after the speaker's words opens all that was said (hu)."""
    return not lexicon.objects_by_position and last + 1 < len(sentence.tokens) and ":" in sentence.gap_before(last + 1)


def _leads(phrase: Phrase, lexicon: Lexicon) -> bool:
    """An English phrase with its source after it ('KCNA quoted Kim as saying that ...') leads what was said,
    even after a comma ('Last week, however, KCNA quoted ...')."""
    return lexicon.objects_by_position and phrase.side == "after" and not phrase.sentence


def _title_block_start(sentence: Sentence, start: int, lexicon: Lexicon, listened: bool = False) -> int:
    """English writes a speaker's demonym and title before the name ('..., South Korean Defence Minister Ahn said',
    '..., state news agency KCNA reported'):
    the source block starts where they do, so a comma before them still marks a trailing source."""
    if not lexicon.objects_by_position:
        return start
    j = start
    if listened:  # unnamed speakers told the name after the verb ('..., two officials told Reuters')
        while j > 0 and start - j < LEAD_WORDS and sentence.gap_before(j) == " ":
            j -= 1
        return j
    while j > 0 and start - j < TITLE_WORDS and not sentence.gap_before(j).strip():
        placed = sentence.mention_at(j - 1)
        if placed is not None:
            j = placed.first
        elif sentence.lower[j - 1] in _title_words(lexicon.titles) or sentence.lower[j - 1] in lexicon.source_nouns \
                or sentence.lower[j - 1] in lexicon.speaker_prepositions or sentence.lower[j - 1] in lexicon.articles \
                or sentence.tokens[j - 1].text[:1].isupper():
            j -= 1
        else:
            break
    return j


@by_identity
def _title_words(titles: dict[str, str]) -> frozenset[str]:
    """Every word of the lexicon's titles ('defence', 'minister', 'spokesman')."""
    return frozenset(word for title in titles for word in title.split())


def _content_follows(sentence: Sentence, last: int, lexicon: Lexicon) -> bool:
    """What was said follows the verb directly ('a project Moscow says will boost trade'), so the source leads
    it even after a comma (English: an auxiliary or complementizer right after the verb)."""
    j = last + 1
    return lexicon.objects_by_position and j < len(sentence.tokens) and not sentence.gap_before(j).strip() \
        and (sentence.lower[j] in lexicon.auxiliaries or sentence.lower[j] in lexicon.complementizers)


def _same_name_span(sentence: Sentence, placed: Placed) -> tuple[int, int]:
    """The source with the other mentions of it right next to it ('Joint Chiefs of Staff (JCS)')."""
    first, last = placed.first, placed.last
    for other in sentence.mentions:
        if other.mention.entity_id != placed.mention.entity_id:
            continue
        if 0 < other.first - last <= 1 or 0 < first - other.last <= 1:
            first, last = min(first, other.first), max(last, other.last)
    return first, last


def _trailing(sentence: Sentence, start: int, lexicon: Lexicon) -> bool:
    """The source block is set off by a comma or dash after some content ('..., state media KCNA said'),
    not opened by a clause word ('..., amely a kormány szerint ...')."""
    for j in range(start, max(start - LEAD_WORDS, 0), -1):
        if _TRAILING.search(sentence.gap_before(j)):
            opener = word_memo(lexicon.clause_marks, _clause_word)(sentence.lower[j])[0]
            return j >= LEAD_WORDS and not opener and not _closes_subject_insertion(sentence, j, lexicon)
    return False


def _closes_subject_insertion(sentence: Sentence, j: int, lexicon: Lexicon) -> bool:
    """The comma before word j closes a clause inserted right after the sentence's subject ('Lee, who attended
    the briefing, quoted the NIS as saying ...'), so what follows is no trailing source."""
    opening = next((k for k in range(j - 1, 0, -1) if "," in sentence.gap_before(k)), None)
    return opening is not None and opening <= LEAD_WORDS + 1 and \
        word_memo(lexicon.clause_marks, _clause_word)(sentence.lower[opening])[1]


def _clause_word(word: str, marks: tuple[ClauseMark, ...]) -> tuple[bool, bool]:
    """Whether a word opens a clause, and a relative one (worked out once per word: see `word_memo`)."""
    found = marks_matching(word, marks)
    return bool(found), any(m.kind == "relative" for m in found)


def _side(sentence: Sentence, i: int, phrase: Phrase, skip: Collection[int]) -> str:
    """Where the source stands: inverted phrases read after a dash or comma (or at the start), else before; the
    comma that closes an apposition ('Budanov, head of HUR, said') is no inversion, a dash after one is
    ('fogadta Sojgut, a Tanács titkárát — számolt be a KCNA')."""
    if phrase.side != "inverted":
        return phrase.side
    if i > 0 and i - 1 in skip and not _DASH.search(sentence.gap_before(i)):
        return "before"
    return "after" if _INVERSION.search(sentence.gap_before(i)) or i == 0 else "before"


def _source_for(sentence: Sentence, i: int, side: str, finder: _Finder, phrase: Phrase,
                inserted: range = range(0)) -> Placed | None:
    """The mention on the phrase's side; a pronoun (He said, szerinte) is the person named last, and so is the
    left-out subject of a speech verb ('– mondta.'); a source marked by case is found by its ending."""
    if phrase.cases:
        return _by_case(sentence, i, side, phrase.cases, finder)
    if side == "pronoun":
        return _pronoun(i, finder)
    if side == "previous":
        return _previous(i, finder)
    if side == "participle":
        return _participle(sentence, i, finder)
    verb = phrase.side == "inverted"
    found = _after(sentence, i, finder) if side == "after" else _left(sentence, i, finder, inserted, verb)
    if found is not None and side == "after" and _subject_of_content(sentence, found, finder.lexicon):
        found = None
    if side == "after" and inserted and (found is None or found.first - i > INVERTED_WORDS
                                         or found.mention.method == "demonym"):
        found = _left(sentence, i, finder, inserted, verb) or found
    if found is not None and finder.titled and found.mention.method == "demonym" and finder.lexicon.role_paraphrases:
        found = _paraphrased_office(sentence, found, i, finder) or found
    if found is None and finder.titled and side != "after":
        found = _titled(sentence, i, finder)
    if found is None and phrase.dropped:
        found = _pronoun(i, finder)
    if found is None and phrase.dropped_body:
        found = _body(i, finder)
    if phrase.listener and side == "before" and _unnamed_speaker(sentence, i, finder.lexicon):
        found = _listener(sentence, i + len(phrase.words), finder) or found
    if found is None and side != "after" and finder.lexicon.role_nouns:
        found = _apposed(sentence, i, finder)
    if found is None and finder.unnamed:
        found = _unnamed(sentence, i, len(phrase.words), side, finder)
    if found is None and finder.lexicon.source_nouns:
        found = _definite_source(sentence, i + len(phrase.words), i, finder) if side == "after" else None
        found = found or _definite_source(sentence, _before_adverbs(sentence, i, finder.lexicon) - 2, i, finder)
    if found is None and finder.lexicon.source_nouns and side != "pronoun":
        found = _qualified_speaker(sentence, i, finder)
    return found


def _qualified_speaker(sentence: Sentence, i: int, finder: _Finder) -> Placed | None:
    """'A South Korean government official, speaking on condition of anonymity, said', 'two Japanese diplomats
    told': an unnamed speaker whose noun a demonym or country name qualifies speaks for that country."""
    j = _before_adverbs(sentence, i, finder.lexicon) - 1
    if j > 0 and "," in sentence.gap_before(j + 1):
        opening = next((k for k in range(j, max(j - INSERTION_WORDS, 0), -1) if "," in sentence.gap_before(k)), None)
        j = opening - 1 if opening is not None else -1
    if j < 1 or sentence.mention_at(j) is not None or finder.lexicon.source_nouns.get(sentence.lower[j]) != "person":
        return None
    for k in range(j - 1, max(j - 1 - LEAD_WORDS, -1), -1):
        if sentence.gap_before(k + 1).strip():
            return None
        placed = sentence.mention_at(k)
        if placed is not None:
            possessive = placed.mention.surface.endswith(finder.lexicon.possessives or ("\0",))
            return None if finder.barred(placed) or possessive else placed
        if not sentence.tokens[k].text.islower():
            return None
    return None


def _apposed(sentence: Sentence, i: int, finder: _Finder) -> Placed | None:
    """'Budanov, a katonai hírszerzés vezetője egy interjúban arról beszélt': the name whose apposition (a comma,
    then an office within a few words) stands between it and the speech verb, however far (hu)."""
    for j in range(i - 1, max(i - APPOSED_WORDS, 0) - 1, -1):
        if any(m in sentence.gap_before(j + 1) for m in ";:—–"):
            return None
        if sentence.mention_at(j) is None and role_of(sentence.lower[j], finder.lexicon) is not None:
            return _named_before_comma(sentence, j, finder)
    return None


def _named_before_comma(sentence: Sentence, j: int, finder: _Finder) -> Placed | None:
    """The name right before the comma that opens the apposition holding word j."""
    for k in range(j, max(j - TITLE_WORDS, 0), -1):
        if "," in sentence.gap_before(k):
            placed = sentence.mention_at(k - 1)
            return None if placed is None or finder.barred(placed) else placed
    return None


def _unnamed(sentence: Sentence, i: int, length: int, side: str, finder: _Finder) -> Placed | None:
    """'the defence ministry said', 'according to the presidential office': an institution written in lower case
    right before the verb (or right after a phrase that names its source after it) stands in for its body."""
    unnamed = finder.unnamed or {}
    if side == "after":
        found = next((v for v in unnamed.values() if v[0] in (i + length, i + length + 1)), None)
    else:
        found = unnamed.get(_before_adverbs(sentence, i, finder.lexicon) - 1)
    return Placed(found[1], -1, i) if found is not None else None


def _titled(sentence: Sentence, i: int, finder: _Finder) -> Placed | None:
    """'A tanácsadó hozzátette' (the adviser added): the person an earlier sentence gave that office (hu)."""
    for w in range(i - 1, max(i - INVERTED_WORDS, 0) - 1, -1):
        if sentence.mention_at(w) is not None or _CLAUSE_BREAK.search(sentence.gap_before(w + 1)):
            return None
        role = role_of(sentence.lower[w], finder.lexicon)
        if role is not None:
            named = w > 0 and sentence.lower[w - 1] in finder.lexicon.articles
            person = (finder.titled or {}).get(role) if named else None
            return Placed(person, -1, i) if person is not None else None
    return None


def _paraphrased_office(sentence: Sentence, placed: Placed, i: int, finder: _Finder) -> Placed | None:
    """'A dél-koreai diplomácia vezetője szerint' (the head of South Korean diplomacy): an office written as a
    phrase after a demonym is the person an earlier sentence gave that office, not the country."""
    after = placed.last + 1
    for words, role in finder.lexicon.role_paraphrases:
        end = after + len(words)
        if end <= i and all(word_matches(sentence.lower[after + k], w) for k, w in enumerate(words)):
            person = (finder.titled or {}).get(role)
            return Placed(person, -1, i) if person is not None else None
    return None


def _body(i: int, finder: _Finder) -> Placed | None:
    """The left-out subject of a plural speech verb ('Hozzátették, hogy ...'): the body that spoke last."""
    body = finder.last_body
    return Placed(body, -1, i) if body is not None else None


def _unnamed_speaker(sentence: Sentence, i: int, lexicon: Lexicon) -> bool:
    """The verb follows a plain common noun ('two EU diplomats told', 'a source told'), not a name or title."""
    j = i - 1
    return j >= 0 and sentence.gap_before(i) == " " and sentence.mention_at(j) is None \
        and sentence.tokens[j].text.islower() and sentence.lower[j] not in _title_words(lexicon.titles) \
        and sentence.lower[j] not in lexicon.pronouns and sentence.lower[j] not in lexicon.neuter_pronouns


def _listener(sentence: Sentence, j: int, finder: _Finder) -> Placed | None:
    """The name right after the verb, when it can speak ('... told Reuters')."""
    placed = sentence.mention_at(j) if j < len(sentence.tokens) else None
    if placed is None or placed.first != j or finder.barred(placed):
        return None
    return placed


def _before_adverbs(sentence: Sentence, i: int, lexicon: Lexicon) -> int:
    """Where the verb's subject ends when an auxiliary or adverb stands between ('the agency also said', 'the
    ministry has said')."""
    j = i
    while j > 0 and i - j < AUXILIARY_WORDS and sentence.gap_before(j) == " " \
            and (sentence.lower[j - 1] in lexicon.auxiliaries or sentence.lower[j - 1] in lexicon.gap_words):
        j -= 1
    return j


def _definite_source(sentence: Sentence, j: int, i: int, finder: _Finder) -> Placed | None:
    """'According to the statement', 'the ministry said': a definite noun for the source named before stands in
    for it: a document for the source an earlier citation gave it to ('citing an assessment by the NIS'), else
    for the last source, a body for the last organization, outlet or country that spoke, a
    person ('the spokesman said') for the person named last."""
    if not 0 <= j < len(sentence.tokens) - 1 or sentence.lower[j] not in finder.lexicon.articles \
            or sentence.lower[j] in finder.lexicon.indefinite_articles or sentence.mention_at(j + 1) is not None:
        return None
    noun = sentence.lower[j + 1]
    kind = finder.lexicon.source_nouns.get(noun)
    cited = (finder.titled or {}).get(noun) if kind in ("document", "body") else None
    stand_in = cited or {"document": finder.last_source, "body": finder.last_body,
                         "person": finder.last_person}.get(kind or "")
    return Placed(stand_in, -1, i) if stand_in is not None else None


def _participle(sentence: Sentence, i: int, finder: _Finder) -> Placed | None:
    """A speech participle after a comma ('..., Kim said, adding that ...', 'Seoul protested, saying ...') shares
    the subject of the clause it hangs on: the source named earlier in the sentence, else the sentence's opening
    name or pronoun (He ..., saying; It ..., saying: the body that spoke last), else the nearest subject before it."""
    earlier = [p for p in finder.earlier if p.first < i]
    if earlier:
        return earlier[-1]
    found = _opening_subject(sentence, i, finder)
    if found is None and sentence.lower[0] in finder.lexicon.pronouns:
        return _pronoun(0, finder)
    if found is None and sentence.lower[0] in finder.lexicon.neuter_pronouns:
        return _body(0, finder)
    return found or _before(sentence, i, finder)


def _opening_subject(sentence: Sentence, i: int, finder: _Finder) -> Placed | None:
    """The name that opens the sentence, or its main clause after an opening phrase ('On Monday, Japan ...')."""
    for placed in sentence.mentions:
        if placed.first >= i:
            return None
        opens = placed.first <= 1 or "," in sentence.gap_before(placed.first) or _after_article(sentence, placed.first,
                                                                                                 finder.lexicon) \
            or _after_title(sentence, placed.first, finder.lexicon)
        if opens and not finder.barred(placed) and _subject(sentence, placed, finder.lexicon):
            return placed
    return None


def _after_title(sentence: Sentence, first: int, lexicon: Lexicon) -> bool:
    """'In a statement, Foreign Minister X urged ...': a name whose title block opens the sentence or its main clause
    (English: titles before names)."""
    start = _title_block_start(sentence, first, lexicon)
    return start < first and (start == 0 or "," in sentence.gap_before(start))


def _after_article(sentence: Sentence, first: int, lexicon: Lexicon) -> bool:
    """'In Washington, the State Department urged ...': a name right after an article that opens the main clause."""
    article = first - 1
    return article >= 0 and sentence.lower[article] in lexicon.articles and (
        article == 0 or "," in sentence.gap_before(article))


def _subject_of_content(sentence: Sentence, placed: Placed, lexicon: Lexicon) -> bool:
    """The name after the verb is followed by an auxiliary ('..., said North Korea had sent'): it is the subject
    of what was said, not the speaker; so is a list of names sharing it ('..., said Russia and Japan will')."""
    j = _past_coordinated(sentence, placed.last + 1, lexicon)
    return j < len(sentence.tokens) and sentence.lower[j] in lexicon.auxiliaries


def _past_coordinated(sentence: Sentence, j: int, lexicon: Lexicon) -> int:
    """The word after a list of names joined by coordinators ('Russia and the United States'), from word j."""
    while j + 1 < len(sentence.tokens) and sentence.lower[j] in lexicon.coordinators:
        k = j + 2 if sentence.lower[j + 1] in lexicon.articles else j + 1
        other = sentence.mention_at(k)
        if other is None or other.first != k:
            break
        j = other.last + 1
    return j


def _left(sentence: Sentence, i: int, finder: _Finder, inserted: range, verb: bool = False) -> Placed | None:
    """The source before the phrase: after 'and', or before a Hungarian speech verb, the clause's first subject
    ('X met Y in Kyiv and said': X, not Y; 'A NIS a katonák számát tízezerre becsülte': the NIS); else the
    nearest subject ('a KCNA szerint'), else a pronoun's person, else (verb-final languages) the clause's first
    subject; 'it said' is the organization, outlet or country that spoke last, and an English 'he said' the person
    named last, whatever name stands before the pronoun ('destroyed a Russian tank, he said')."""
    if i > 0 and sentence.lower[i - 1] in finder.lexicon.neuter_pronouns:
        return Placed(finder.last_body, -1, i - 1) if finder.last_body is not None else None
    if i > 0 and finder.lexicon.objects_by_position and sentence.lower[i - 1] in finder.lexicon.pronouns:
        return _pronoun(i - 1, finder)
    first_subject = i > 0 and sentence.lower[i - 1] in finder.lexicon.coordinators
    if first_subject or (verb and not finder.lexicon.objects_by_position):
        found = _clause_subject(sentence, i, finder)
        if found is not None or first_subject:
            return found
    found = _before(sentence, i, finder, inserted)
    if found is None and i > 0 and sentence.lower[i - 1] in finder.lexicon.pronouns:
        return _pronoun(i - 1, finder)
    if found is None and not finder.lexicon.objects_by_position:
        return _clause_subject(sentence, i, finder)
    return found


def _insertion(sentence: Sentence, i: int, finder: _Finder) -> range:
    """A comma-delimited insertion that closes right before the phrase (or its auxiliary) and follows a name
    that can speak ('Russia's General Staff, led by Valery Gerasimov, has described'); the commas of a list
    inside it do not open it ('The group, whose members include X, Y and Z, said'); empty when none."""
    close = next((k for k in range(i, max(i - AUXILIARY_WORDS, 0) - 1, -1) if "," in sentence.gap_before(k)), None)
    if close is None or close == 0 or any(sentence.mention_at(k) is not None for k in range(close, i)):
        return range(0)
    opening = next((k for k in range(close - 1, max(close - INSERTION_WORDS, 0), -1) if "," in sentence.gap_before(k)
                    and not (list_comma(sentence, k, finder.lexicon) and not _possessive_at(sentence, k, finder))),
                   None)
    speaker = sentence.mention_at(opening - 1) if opening is not None else None
    if opening is None or speaker is None or finder.barred(speaker):
        return range(0)
    return range(opening, close)


def _possessive_at(sentence: Sentence, k: int, finder: _Finder) -> bool:
    """Word k is a possessive name ("X, Russia's ambassador in Seoul, said"): it opens an apposition, not a list."""
    placed = sentence.mention_at(k)
    return placed is not None and placed.first == k \
        and bool(finder.lexicon.possessives) and placed.mention.surface.endswith(finder.lexicon.possessives)


def _by_case(sentence: Sentence, i: int, side: str, cases: tuple[str, ...], finder: _Finder) -> Placed | None:
    """The nearest name on the phrase's side whose case ending is one the phrase asks for ('a NIS-re hivatkozva')."""
    window = range(i + 1, min(i + WINDOW_AFTER + 1, len(sentence.tokens))) if side == "after" \
        else range(i - 1, max(i - WINDOW_AFTER, 0) - 1, -1)
    for j in window:
        placed = sentence.mention_at(j)
        if placed is not None and not finder.barred(placed) \
                and _has_case(placed.mention, cases):
            return placed
    return None


def _has_case(mention: Mention, cases: tuple[str, ...]) -> bool:
    """The mention ends in one of the case endings as written (the resolver stores the ending folded)."""
    suffix = mention.suffix
    return bool(suffix) and mention.surface.lower()[-len(suffix):] in cases


def _clause_subject(sentence: Sentence, i: int, finder: _Finder) -> Placed | None:
    """Verb-final clauses (languages that mark objects by case) put the speaker first
    ('A NIS 2025 elején mintegy 11 ezer katonára becsülte'):
    the first subject before the phrase with no comma or dash in between, except ', és' ('Kim ..., és azt mondta')."""
    for placed in sentence.mentions:
        if placed.last >= i:
            return None
        if finder.barred(placed) or not _subject(sentence, placed, finder.lexicon):
            continue
        breaks = [j for j in range(placed.last + 1, i + 1) if _CLAUSE_BREAK.search(sentence.gap_before(j))
                  and j not in finder.skip and j - 1 not in finder.skip]
        joined = all(sentence.lower[j] in finder.lexicon.coordinators and "," in sentence.gap_before(j) for j in breaks)
        if joined and not any(_full_stop(sentence, j) for j in range(placed.last + 1, i + 1)):
            return placed
    return None


def _full_stop(sentence: Sentence, j: int) -> bool:
    """A full stop before a capitalized word j inside one segment ('... a TASZSZ. No Kvang Csol kijelentette'): a
    sentence boundary the segmenter kept, so no subject before it reaches a verb after it."""
    gap = sentence.gap_before(j)
    return "." in gap and gap.endswith(" ") and sentence.tokens[j].text[:1].isupper()


def _after(sentence: Sentence, i: int, finder: _Finder) -> Placed | None:
    """The first name within a few words after the phrase and before the next comma, dash or complementizer
    ('reported that X ...': X is what was said), a demonym or possessive only qualifying it."""
    end = next((j for j in range(i + 1, min(i + WINDOW_AFTER + 1, len(sentence.tokens)))
                if _CLAUSE_BREAK.search(sentence.gap_before(j)) or sentence.lower[j] in finder.lexicon.complementizers),
               i + WINDOW_AFTER + 1)
    candidates = [p for p in sentence.mentions if i < p.first < end
                  and not finder.barred(p)]
    named = [p for p in candidates if not is_modifier(sentence, p, finder.lexicon.possessives, finder.lexicon.titles)]
    best = named or candidates
    return best[0] if best else None


def _before(sentence: Sentence, i: int, finder: _Finder, inserted: range = range(0)) -> Placed | None:
    """The nearest subject within a few words before the phrase, not counting apposition or insertion words; a
    name is preferred to a demonym ('az Ukrinform ukrán állami hírügynökség szerint')."""
    counted, j, found = 0, i - 1, []
    while j >= 0 and counted < WINDOW_BEFORE:
        placed = sentence.mention_at(j)
        if placed is not None and placed.first not in finder.excluded and placed.first not in inserted:
            if placed.first not in finder.mute and (_subject(sentence, placed, finder.lexicon)
                                                     or _document_of(sentence, placed, finder.lexicon)):
                found.append(placed)
            j = placed.first
        if j not in finder.excluded and j not in finder.skip and j not in inserted:
            counted += 1
        j -= 1
    named = [p for p in found if p.mention.method != "demonym"]
    best = named or found
    return _office_holder(sentence, best[0], finder) if best else None


def _office_holder(sentence: Sentence, placed: Placed, finder: _Finder) -> Placed:
    """'Kirilo Budanov ukrán katonai hírszerzési főnök ... azt mondta': a body or country written as the adjective of
    an office right after a name (hu) is the office's, and the name before it speaks."""
    qualifies = placed.mention.method == "demonym" or placed.mention.suffix == "i"
    after = placed.last + 1
    if not qualifies or not finder.lexicon.role_nouns or after >= len(sentence.tokens) or placed.first == 0 \
            or role_of(sentence.lower[after], finder.lexicon) is None or sentence.gap_before(placed.first) != " ":
        return placed
    holder = sentence.mention_at(placed.first - 1)
    if holder is None or finder.barred(holder) or holder.mention.suffix:
        return placed
    return holder


def _document_of(sentence: Sentence, placed: Placed, lexicon: Lexicon) -> bool:
    """'A statement from the Kremlin said', 'a report by Yonhap says', 'a spokesman for Japan said': the name after
    a document or speaker noun and its preposition is who speaks."""
    k = placed.first - 1
    if k > 0 and sentence.lower[k] in lexicon.articles:
        k -= 1
    by = lexicon.prepositions.get("source", ()) + lexicon.prepositions.get("agent", ())
    if k < 1:
        return False
    head, word = lexicon.source_nouns.get(sentence.lower[k - 1]), sentence.lower[k]
    return (word in by and head == "document") or (word in lexicon.speaker_prepositions and head == "person")


def _subject(sentence: Sentence, placed: Placed, lexicon: Lexicon) -> bool:
    """A name that can be the subject of a reporting verb: no case ending or preposition, not a modifier; a
    demonym only when the noun it qualifies has none ('a dél-koreai hírszerzésre hivatkozva' is no speaker)."""
    if is_modifier(sentence, placed, lexicon.possessives, lexicon.titles):
        return False
    if lexicon.case_roles:
        if placed.mention.method == "demonym" or placed.mention.suffix == "i":
            return head_case(sentence, placed, lexicon)[0] is None
        return not placed.mention.suffix
    before = sentence.lower[placed.first - 1] if placed.first > 0 else ""
    return not any(before in words for words in lexicon.prepositions.values())


def _pronoun(i: int, finder: _Finder) -> Placed | None:
    """A pronoun source: the person named last before this sentence (first = -1 marks the stand-in)."""
    person = finder.last_person
    return Placed(person, -1, i) if person is not None else None


def _previous(i: int, finder: _Finder) -> Placed | None:
    """'Eszerint' (according to this): the source of what the sentences before reported, standing in like a pronoun."""
    source = finder.last_source
    return Placed(source, -1, i) if source is not None else None


def _with_coordinated(sentence: Sentence, placed: Placed, side: str, finder: _Finder) -> list[Placed]:
    """The source and the names coordinated with it ('a TASZSZ és a KCNA', 'Seoul and Washington'), a list too
    when an 'and' closes it ('Seoul, Tokyo and Washington said'; not 'In Seoul, Kim said')."""
    if placed.first < 0:
        return [placed]
    chain, closed, step = [placed], 1, 1 if side == "after" else -1
    while True:
        nxt = _coordinated_next(sentence, chain[-1], step, finder.lexicon)
        if nxt is not None:
            chain.append(nxt)
            closed = len(chain)
            continue
        nxt = comma_neighbour(sentence, chain[-1], step, finder.lexicon)
        if nxt is None or nxt.mention.method == "demonym" or (step < 0 and closed == 1) \
                or not _subject(sentence, nxt, finder.lexicon) or nxt.first in finder.mute:
            break
        chain.append(nxt)
        closed = len(chain) if step < 0 else closed
    return chain[:closed]


def _coordinated_next(sentence: Sentence, placed: Placed, step: int, lexicon: Lexicon) -> Placed | None:
    """The name joined to `placed` by a coordinator (and, és), looking forward or backward."""
    j = placed.last + 1 if step > 0 else placed.first - 1
    joined = False
    while 0 <= j < len(sentence.tokens) and sentence.lower[j] in lexicon.coordinators + lexicon.articles:
        joined = joined or sentence.lower[j] in lexicon.coordinators
        j += step
    other = sentence.mention_at(j) if 0 <= j < len(sentence.tokens) else None
    return other if joined and other is not None and other.mention.method != "demonym" else None


def lexicon_sources(sentence: Sentence, lexicon: Lexicon, excluded: Collection[int],
                    last_person: Mention | None = None, skip: Collection[int] = (),
                    mute: Collection[int] = (), last_source: Mention | None = None,
                    last_body: Mention | None = None,
                    titled: Mapping[str, Mention] | None = None,
                    unnamed: Mapping[int, tuple[int, Mention]] | None = None) -> tuple[list[Source], list[Source]]:
    """Reporters and cited sources of one sentence; `skip` words (appositions) do not count toward the window,
    `mute` ones (places, things: names that cannot speak) are never sources, and neither is a cited source or its
    citation phrase ('A Yonhap a NIS-re hivatkozva azt írta': Yonhap reports)."""
    cited = find_sources(sentence, lexicon.citations,
                         _Finder(lexicon, excluded, "citation", last_person, skip, mute, last_body))
    quoted = {i for source in cited for i in source.words}
    if quoted:
        excluded, skip = set(excluded) | quoted, set(skip) | quoted
    found = find_sources(sentence, lexicon.attributions, _Finder(lexicon, excluded, "attribution", last_person, skip,
                                                                 mute, last_source, last_body, titled,
                                                                 unnamed=unnamed))
    if lexicon.colon_source and not found:
        found = colon_source(sentence, lexicon, set(excluded) | set(mute))
    return found, cited


def colon_source(sentence: Sentence, lexicon: Lexicon, barred: Collection[int]) -> list[Source]:
    """A headline that opens with a name and a colon ('Zelenszkij: Moszkva rakétákkal lövi Kijevet') gives that
    name's words; the name is the source of the whole line (a label before it must end in a colon too)."""
    first = sentence.mentions[0] if sentence.mentions else None
    if first is None or first.first > COLON_LEAD or first.first in barred:
        return []
    after = first.last + 1
    opens = first.first == 0 or ":" in sentence.gap_before(first.first)
    if not opens or after >= len(sentence.tokens) or ":" not in sentence.gap_before(after):
        return []
    token = sentence.tokens[first.last]
    return [Source(first, ":", token.end, token.end + 1, f"attribution:{lexicon.language}:colon", False,
                   range(first.first, after), after, False, True)]
