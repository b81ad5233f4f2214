"""What the Arabic and English count readers share: the match they report, the kinds of number word,
tokens over folded text, and vague phrases ("عدد من", "a number of")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from generator.ingest.lang import ar

# The clitics a number word or a vague phrase's first word may carry (وثلاثة، بعشرات).
NUMBER_CLITICS = ar.NUMBER_CLITICS

UNIT, TEN, TEEN_TEN, TENS, HUNDRED, HUNDRED_WORD, THOUSAND = (
    "unit", "ten", "teen_ten", "tens", "hundred", "hundred_word", "thousand",
)


@dataclass(frozen=True)
class CountMatch:
    """A count in the original text: `value` None when vague.

    `vague` names the kind of vague count: tens, hundreds, thousands,
    dozens, several, a-number, dual-or-plural (a form like مدنيين that is a
    dual or a plural). `start`/`end` are offsets in the original text.
    """

    value: int | None
    start: int
    end: int
    vague: str | None = None


class Token(NamedTuple):
    """A word of the folded text (a named tuple: an article makes one per word, and a frozen dataclass
    is several times slower to make)."""

    text: str
    start: int  # offsets in the folded text
    end: int


def tokenise(folded: str, pattern: re.Pattern[str]) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in pattern.finditer(folded)]


def adjacent(folded: str, left: Token, right: Token) -> bool:
    """Only spaces (or a hyphen, in English) stand between two tokens."""
    return folded[left.end:right.start].strip(" -") == ""


# More digits than this is no count of people (a phone number, an id, a run of digits): no value, and no int()
# of thousands of digits (Python refuses those).
MAX_COUNT_DIGITS = 9


def digits_value(token: str) -> int | None:
    digits = token.replace(",", "")
    return int(digits) if token[0].isdigit() and len(digits) <= MAX_COUNT_DIGITS else None


def vague_at(words: list[str], i: int,
             phrases: tuple[tuple[tuple[str, ...], str], ...]) -> tuple[str, int] | None:
    """A vague phrase starting at word i (a clitic allowed on its first word)."""
    candidates = _vague_index(phrases).get(words[i])
    if not candidates:
        return None
    for phrase, kind in candidates:
        end = i + len(phrase)
        if end <= len(words) and tuple(words[i + 1:end]) == phrase[1:]:
            return kind, end - 1
    return None


@lru_cache(maxsize=8)
def _vague_index(phrases: tuple[tuple[tuple[str, ...], str], ...]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The phrases by every form their first word can take (bare or after a clitic), longest phrase first."""
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, kind in phrases:
        for form in [phrase[0]] + [c + phrase[0] for c in NUMBER_CLITICS]:
            entries = index.setdefault(form, [])
            if (phrase, kind) not in entries:
                entries.append((phrase, kind))
    return index
