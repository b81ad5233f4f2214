"""The folded words the Arabic name reader checks a word against (`arabic_names.NameReader`), and the small tests
of one word or two it asks (a relation with a pronoun, a family name's part, a word before punctuation), and the
set of attested given names (`GivenNames`)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import ar
from ..normalise import fold
from .arabic_tokens import Token


def ends_phrase(tokens: list[Token], j: int) -> bool:
    """tokens[j] is the last word before punctuation, a closing mark or the end."""
    token = tokens[j]
    return token.pause or token.stop or token.closes or j + 1 == len(tokens) or tokens[j + 1].opens


def split_pronoun(key: str) -> tuple[str, str] | None:
    """The word before a pronoun ending of a relation word and the ending (شقيقه: شقيق، ه; folded), or None. No ending
    ends another, so at most one fits."""
    suffix = next((s for s in RELATIVE_PRONOUNS if key.endswith(s)), None)
    return (key[:-len(suffix)], suffix) if suffix else None


@lru_cache(maxsize=16384)   # asked of every word of a clause, often more than once
def is_relative(key: str) -> bool:
    """A relation word with a pronoun for the person named before it: شقيقه، طفلها، والدهما (folded)."""
    return (split := split_pronoun(key)) is not None and split[0] in RELATIVES


def is_dual_relative(key: str) -> bool:
    """Two relatives with a pronoun for the person named before them: نجلاه، طفليها (folded)."""
    return (split := split_pronoun(key)) is not None and split[0] in RELATIVE_DUALS


def on_behalf(tokens: list[Token], i: int) -> bool:
    """"المتحدث باسمه": باسمه is "on its behalf" after a spokesperson's noun, no name."""
    return i > 0 and tokens[i].key.startswith("باسم") and tokens[i - 1].key in SPOKESPERSON_NOUNS


def unnamed_relatives(key: str) -> bool:
    """Relatives as a group with a pronoun for the person named before them: أولاده، عائلتها (folded)."""
    return (split := split_pronoun(key)) is not None and split[0] in UNNAMED_RELATIVES


def is_family(part: list[Token], position: int) -> bool:
    """A part of one word with the article (الحريري, not الله of عبد الله), or a kunya after the first part (محمد
    أبو زيد): the family name, which ends a name but for another attested family name or nisba."""
    return len(part) == 1 and part[0].key.startswith("ال") and not (position == 1 and hamza_lam(part[0])) \
        or position > 1 and part[0].key in KUNYA_HEADS   # (a first part so written opened the name: إلياس)


def hamza_lam(token: Token) -> bool:
    """The word is written with a hamza on the alif before its lam (إلياس), as no word with the article is."""
    return token.word.startswith(ar.HAMZA_LAM)


def strip_and(token: Token) -> Token:
    """The word without the و glued before it ("وأحمد" on a list of names: أحمد)."""
    return Token(token.start + 1, token.end, token.word[1:], token.key[1:], token.opens, token.closes,
                  token.pause, token.stop)


NOT_GIVEN = frozenset(fold(w) for w in ar.NOT_GIVEN_NAMES)
NAMES_NOUN = fold(ar.NAMES_NOUN)
PEOPLE_PLURALS = frozenset(fold(w) for w in ar.PEOPLE_PLURALS)
ALEF_MAQSURA_STOPS = frozenset(fold(w) for w in ar.NAME_STOPWORDS if w.endswith("ى"))
JOIN_NEXT = frozenset(fold(w) for w in ar.NAME_JOIN_NEXT)
JOIN_PREVIOUS = frozenset(fold(w) for w in ar.NAME_JOIN_PREVIOUS)
SHORT_NAMES = frozenset(fold(w) for w in ar.SHORT_GIVEN_NAMES)
SHORT_FAMILY_ENDINGS = frozenset(fold(w) for w in ar.SHORT_FAMILY_ENDINGS)
TITLE_FAMILY = frozenset(fold(w) for w in ar.TITLE_FAMILY_NAMES)
RELATIVE_DUALS = frozenset(fold(w) for w in ar.RELATIVE_DUALS)
RELATIVES = frozenset(fold(w) for w in ar.RELATIVES) | RELATIVE_DUALS
SPOKESPERSON_NOUNS = frozenset(fold(w) for w in ar.SPOKESPERSON_NOUNS)
FAMILY_OF = frozenset(fold(w) for w in ar.FAMILY_OF)
LIST_ALSO = tuple(tuple(fold(w) for w in phrase.split()) for phrase in ar.LIST_ALSO)
UNNAMED_RELATIVES = frozenset(fold(w) for w in ar.UNNAMED_RELATIVES)
RELATIVE_PRONOUNS = tuple(fold(w) for w in ar.RELATIVE_PRONOUNS)
KUNYA_HEADS = frozenset(fold(w) for w in ar.KUNYA_HEADS)
MOTHER_HEADS = frozenset(fold(w) for w in ar.MOTHER_HEADS)
# Joining words that may open a name (عبد الرحمن، أبو علي); بن and ابن only stand inside one.
OPENING_HEADS = KUNYA_HEADS | frozenset(fold(w) for w in ar.COMPOUND_NAME_HEADS)
INTRODUCERS = frozenset(fold(w) for w in ar.NAME_INTRODUCERS)


def heads_compound(tokens: list[Token], i: int) -> bool:
    """The word is the first half of a compound given name: الدين or الله follows it (عز الدين; the reader asks it of a
    word of two letters, which otherwise ends a name)."""
    return i + 1 < len(tokens) and tokens[i + 1].key in JOIN_PREVIOUS


# عبد and a second part with ال written as one word (عبدالرزاق، عبدالمحسن): always a given name, whether or not
# the index lists the glued form (it lists a few).
_GLUED_COMPOUND = re.compile(r"عبدال\w{3,}$")


class GivenNames(frozenset):
    """Attested given names (folded), and every عبد compound written as one word."""

    def __contains__(self, key: object) -> bool:
        return super().__contains__(key) or isinstance(key, str) and _GLUED_COMPOUND.match(key) is not None

    def glued_kunya(self, key: str) -> bool:
        """أبوبدر، ابوعلي: أبو and an attested given name in one word."""
        return key[:3] in KUNYA_HEADS and len(key) > 5 and key[3:] in self
