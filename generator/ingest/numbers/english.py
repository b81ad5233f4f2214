"""Counts in English text: digits, number words and their compounds, dozens, vague phrases, fixed phrases."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.ingest.lang import en
from generator.ingest.normalise import Normalised

from .model import HUNDRED_WORD, TENS, UNIT, CountMatch, Token, adjacent, digits_value, tokenise, vague_at

YEARS = (1900, 2099)
"""The four-digit figures that can be a year."""

_ENGLISH_TOKEN = re.compile(r"[a-z]+|\d+(?:,\d{3})*")


@lru_cache(maxsize=1)
def _english_vague() -> tuple[tuple[tuple[str, ...], str], ...]:
    phrases = [(tuple(p.split()), kind) for p, kind in en.VAGUE.items()]
    phrases += [(tuple(p.split()), f"={value}") for p, value in en.FIXED_PHRASES.items()]
    return tuple(sorted(phrases, key=lambda item: -len(item[0])))


def _english_word_value(word: str) -> tuple[str, int] | None:
    if word in en.UNITS:
        return UNIT, en.UNITS[word]
    if word in en.TENS:
        return TENS, en.TENS[word]
    if word in en.MULTIPLIERS:
        return HUNDRED_WORD, en.MULTIPLIERS[word]
    return None


def _english_number_at(folded: str, tokens: list[Token], i: int) -> tuple[int, int] | None:
    """Parse English number words from token i: (value, last token index).

    Handles "twenty-three", "two hundred and five", "a dozen", "two dozen",
    "1,200". "a"/"an" count only before a multiplier.
    """
    first = tokens[i].text
    digits = digits_value(first)
    parsed = _english_word_value(first)
    if digits is None and parsed is None and first in en.ONE_BEFORE_MULTIPLIER and i + 1 < len(tokens) \
            and tokens[i + 1].text in en.MULTIPLIERS \
            and adjacent(folded, tokens[i], tokens[i + 1]):
        parsed = (UNIT, 1)
    if parsed is not None and parsed[0] == HUNDRED_WORD:
        return None  # a bare "hundred" / "dozen" is not a count
    start = (UNIT, digits) if digits is not None else parsed
    if start is None:
        return None  # no number starts here
    total = 0
    last_kind, current = start
    last = i
    for j in range(i + 1, len(tokens)):
        if tokens[j].text == "and" and last_kind == HUNDRED_WORD:
            continue  # "two hundred and five"
        if not _english_adjacent(folded, tokens[last], tokens[j]):
            break
        nxt = _english_word_value(tokens[j].text)
        if nxt is None:
            break
        kind, value = nxt
        if kind == HUNDRED_WORD and value == 1000:
            total, current = total + current * 1000, 0
        elif kind == HUNDRED_WORD:
            current *= value
        elif kind == TENS and last_kind == HUNDRED_WORD or kind == UNIT and last_kind in (TENS, HUNDRED_WORD):
            current += value
        else:
            break
        last_kind, last = kind, j
    return total + current, last


def _is_ordinal(folded: str, token: Token) -> bool:
    """Digits with an ordinal ending ("8th Brigade", "the 4th Division") name a rank, not a count."""
    return token.text[0].isdigit() and folded[token.end:token.end + 2] in en.ORDINAL_SUFFIXES \
        and not folded[token.end + 2:token.end + 3].isalpha()


def _year_named(folded: str, tokens: list[Token], i: int) -> bool:
    """Four digits of a year after a determiner ("the 2018 settlement", "a 2019 offensive"): a year that names a
    happening, never a count (a count of that size is written with a comma, "2,018")."""
    token = tokens[i]
    return len(token.text) == 4 and token.text.isdigit() and YEARS[0] <= int(token.text) <= YEARS[1] and i > 0 \
        and tokens[i - 1].text in en.YEAR_DETERMINERS and folded[tokens[i - 1].end:token.start] == " "


def _glued_to_a_word(folded: str, token: Token) -> bool:
    """Digits written onto a word ("Kurdistan24", "Deirezzor24"): part of a name, an outlet's most often, no count."""
    return token.text[0].isdigit() and token.start > 0 and folded[token.start - 1].isalpha()


def _english_adjacent(folded: str, left: Token, right: Token) -> bool:
    """Only spaces, a hyphen or "and" stand between two number words."""
    between = folded[left.end:right.start]
    return between.strip() in ("", "-", "and")


def find_english(norm: Normalised) -> list[CountMatch]:
    folded = norm.text
    tokens = tokenise(folded, _ENGLISH_TOKEN)
    words = [t.text for t in tokens]
    vague_phrases = _english_vague()
    found: list[CountMatch] = []
    i = 0
    while i < len(tokens):
        vague = vague_at(words, i, vague_phrases)
        if vague is not None:
            kind, last = vague
            start, end = norm.to_original(tokens[i].start, tokens[last].end)
            if kind.startswith("="):
                found.append(CountMatch(int(kind[1:]), start, end))
            else:
                found.append(CountMatch(None, start, end, vague=kind))
            i = last + 1
            continue
        if _is_ordinal(folded, tokens[i]) or _glued_to_a_word(folded, tokens[i]) or _year_named(folded, tokens, i):
            i += 1
            continue
        number = _english_number_at(folded, tokens, i)
        if number is not None:
            value, last = number
            found.append(CountMatch(value, *norm.to_original(tokens[i].start, tokens[last].end)))
            i = last + 1
            continue
        i += 1
    return found
