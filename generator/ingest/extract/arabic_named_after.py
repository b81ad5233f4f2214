"""Places, buildings and groups named like a person in Arabic (بلدة أبو حمام، مدرسة الشهيد X، جيش خالد بن الوليد، ما
يسمى "X"): the words before a name that make it no person's (`arabic_people.py`); and a relation word before a
noun for the dead (والدة القتيل), which makes the name after it the relative's."""

from __future__ import annotations

import re

from ..lang import ar
from ..normalise import fold
from .arabic_aliases import NAMING_VERBS, SO_CALLED
from .arabic_name_words import JOIN_NEXT, KUNYA_HEADS
from .arabic_tokens import LETTERS, MARKS, Token
from .model import Clause

PLACE_WORDS = frozenset(fold(w) for w in list(ar.PLACE_KINDS) + list(ar.PLACE_NOUNS))
NAMED_AFTER = frozenset(fold(w) for w in ar.NAMED_AFTER)
GROUP_NOUNS = frozenset(fold(w) for w in ar.GROUP_NOUNS)
CORRESPONDENT_NOUNS = frozenset(fold(w) for w in ar.CORRESPONDENT_NOUNS)
_SOURCE_WORDS = frozenset(fold(w) for w in ar.SOURCE_CUES)
_TITLES = frozenset(fold(w) for w in ar.NAME_INTRODUCERS)
_FORCES = frozenset(fold(w) for w in ar.FORCE_NAMED_AFTER)
# Words that join the next word into one name part (أبو، عبد، بن ...), and أبو in the genitive (أبي): a name part after
# one is the tail of a name that opened at it.
_JOINING_HEADS = JOIN_NEXT | frozenset(fold(w) for w in ar.GENITIVE_KUNYA_HEADS)
# Words that head a place's name (تل، جبل، وادي ...), not those that also head a person's (الشيخ، السيدة، أبو، أم).
# (nor عين, also the verb "appointed" with its shadda left out: "عيّن أبو محمد خلفاً له"; nor بيت, a family's house)
_PLACE_HEADS = frozenset(fold(w) for w in ar.PLACE_NAME_HEADS
                         if w not in ("الشيخ", "السيدة", "سيدي", "عين", "بيت") + ar.KUNYA_HEADS)


def so_called(text: str, quote_start: int) -> bool:
    """"جماعة ما يسمى "X"": what is called so is a group or a thing, not a person."""
    words = [fold(w) for w in re.findall(rf"[{LETTERS}{MARKS}]+", text[max(0, quote_start - 30):quote_start])[-2:]]
    return len(words) == 2 and words[0] in SO_CALLED and words[1] in NAMING_VERBS


def after_place_word(tokens: list[Token], i: int) -> bool:
    """بلدة أبو حمام، في أبو كمال، مدرسة عمر بن الخطاب، ما يسمى "X": a place, building or group named like a person."""
    if i == 0:
        return False
    before = tokens[i - 1].key
    if before in _JOINING_HEADS and not tokens[i - 1].pause:
        return after_place_word(tokens, i - 1)   # "لواء أبو بكر الصديق": بكر الصديق is the tail of what لواء names
    if i > 1 and tokens[i - 2].key in SO_CALLED and before in NAMING_VERBS:
        return True   # جماعة ما يسمى "X": what is called so is a group or a thing
    if tokens[i].opens and outlet_of_correspondent(tokens, i):
        return True   # وقال مراسل "شبكة الخبر": quoted words after a correspondent who reports name the outlet
    if before in _TITLES and i > 1 and not tokens[i - 2].pause:
        before = tokens[i - 2].key   # مشفى "الشهيد X"، مدرسة الشيخ X: a building named after a martyr or a sheikh
    if before in NAMED_AFTER or before[1:] in NAMED_AFTER and before[0] in "وبل" or before.lstrip("وبل") in _FORCES:
        return True
    unprefixed = before[1:] if before[:1] in "وب" else before
    return tokens[i].key in KUNYA_HEADS and (before in PLACE_WORDS or unprefixed in PLACE_WORDS
                                             or before in _PLACE_HEADS or unprefixed in _PLACE_HEADS)   # تلة أبو الغر


def outlet_of_correspondent(tokens: list[Token], i: int) -> bool:
    """The quoted words at tokens[i] follow a correspondent who reports (وقال مراسل، بحسب مراسل، لمراسل): they name the
    outlet (ar.CORRESPONDENT_NOUNS)."""
    if i == 0:
        return False
    before = tokens[i - 1].key
    if before[:1] == "ل" and before[1:] in CORRESPONDENT_NOUNS:
        return True
    noun = before[1:] if before[:1] in "وف" and before[1:] in CORRESPONDENT_NOUNS else before
    return noun in CORRESPONDENT_NOUNS and i > 1 and tokens[i - 2].key.lstrip("وف") in _SOURCE_WORDS


def named_after(text: str, start: int, nouns: frozenset[str] = NAMED_AFTER) -> bool:
    """The word before `start` is one of `nouns`: it names a place, a building or a group (جبل الشيخ، مدرسة الشهيد)."""
    words = re.findall(rf"[{LETTERS}{MARKS}]+", text[max(0, start - 20):start])
    key = fold(words[-1]) if words else ""
    return key in nouns or key[1:] in nouns and key[:1] in "وبل"


# How far (characters) before a noun a relation word may stand to make it the noun of a relative ("والدة القتيل").
KIN_REACH = 20


def after_kin_word(clause: Clause, start: int) -> bool:
    """A relation word without a pronoun stands right before the word at `start` (an offset in the article):
    "وقالت والدة القتيل ... X" speaks of the dead man's mother, so the noun names no victim and is no casualty word
    for X."""
    return bool(clause.pack.cue("RELATIVE_OF").search(clause.a.text, max(0, start - KIN_REACH), start))
