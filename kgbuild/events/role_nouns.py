"""Role nouns that stand for a person named earlier ('A tanácsadó hozzátette': the adviser named before).

Hungarian news names a person once with an office ('Cshö Szon Hi külügyminiszter', 'Jurij Usakov, Putyin
tanácsadója') and later speaks of 'a tanácsadó' or 'a külügyminiszter'. The offices are data (`role_nouns`).
"""

from __future__ import annotations

from collections.abc import Mapping

from kgbuild.events.lexicon import Lexicon
from kgbuild.events.sentence import Sentence
from kgbuild.nlp.memos import word_memo
from kgbuild.model.entity import Entity
from kgbuild.model.mention import Mention

AFTER_NAME = 3
_POSSESSIVE = ("ja", "je", "a", "e", "á", "é")
APPOSITION = 7


def role_of(word: str, lexicon: Lexicon) -> str | None:
    """The longest role noun inside a word ('külügyminiszterrel' → külügyminiszter); an -i adjective is none."""
    return word_memo(lexicon.role_nouns, _role_of)(word)


def _role_of(word: str, nouns: tuple[str, ...]) -> str | None:
    """Uncached body of `role_of`."""
    if word.endswith("i"):
        return None
    found = [n for n in nouns if n in word]
    return max(found, key=len) if found else None


def offices(sentence: Sentence, lexicon: Lexicon, entities: Mapping[str, Entity]) -> dict[str, Mention]:
    """Role noun → the person it names in this sentence: an office right after the name ('X külügyminiszter')
    or a possessed one in the apposition after a comma ('X, Putyin tanácsadója')."""
    out: dict[str, Mention] = {}
    if not lexicon.role_nouns:
        return out
    for placed in sentence.mentions:
        if entities[placed.mention.entity_id].kind != "Person":
            continue
        appositive = "," in sentence.gap_before(placed.last + 1)
        reach = APPOSITION if appositive else AFTER_NAME
        for k in range(placed.last + 1, min(placed.last + 1 + reach, len(sentence.tokens))):
            if k > placed.last + 1 and any(m in sentence.gap_before(k) for m in ",.;:—–"):
                break
            role = role_of(sentence.lower[k], lexicon)
            if role is not None and (appositive or not _possessed(sentence.lower[k], role)):
                out[role] = placed.mention
                break
            if not appositive and not _qualifier(sentence, k):
                break
    return out


def _qualifier(sentence: Sentence, k: int) -> bool:
    """A word that may stand between a name and its office: an -i adjective or a demonym ('orosz', 'elnöki')."""
    return sentence.lower[k].endswith("i") or sentence.mention_at(k) is not None


def _possessed(word: str, role: str) -> bool:
    """'tanácsadója' (someone's adviser): the office of the person before a comma, not of the name right before it."""
    return word[word.index(role) + len(role):].startswith(_POSSESSIVE)
