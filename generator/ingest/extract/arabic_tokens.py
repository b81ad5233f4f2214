"""The words of an Arabic clause as the name reader sees them (`arabic_names.py`): each with its folded key and the
quotation marks and punctuation around it."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..normalise import fold

LETTERS = "\u0621-\u063a\u0641-\u064a\u0671-\u06d3"
MARKS = "\u064b-\u065f\u0670\u0640"
_TOKEN = re.compile(r"\S+")
_PARTS = re.compile(rf"^(?:(و)(?=[\"“”«'‘(]))?([\"“”«»'‘’(\[]*)([{LETTERS}{MARKS}]*)(.*)$", re.S)
_CLOSING = "\"”»'’)]»"
# the characters after a word that close a quotation, pause or stop (sets: tested for each word of a clause)
_CLOSING_SET, _PAUSE_SET, _STOP_SET = frozenset(_CLOSING), frozenset("،,"), frozenset(".…:؛;!?؟\n")
_DASH = re.compile(r"[-–—]+")


class Token(NamedTuple):
    """A word of a clause (a named tuple: one is made per word of every clause, and a frozen dataclass
    is several times slower to make)."""

    start: int          # the word's offsets in the text read
    end: int
    word: str
    key: str            # folded
    opens: bool         # a quotation mark or bracket right before the word
    closes: bool        # ... right after it
    pause: bool         # a comma after it
    stop: bool          # sentence punctuation, a colon or a line break after it


def tokens_of(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    out: list[Token] = []
    end = len(text) if end is None else end
    for m in _TOKEN.finditer(text, start, end):
        if out and _DASH.fullmatch(m.group(0)):
            out[-1] = out[-1]._replace(pause=True)   # "X – Y – Z": a dash between names of a list, as a comma
            continue
        parts = _PARTS.match(m.group(0))
        conj, before, word, after = parts.groups() if parts else ("", "", "", m.group(0))
        word_start = m.start() + len(conj or "") + len(before)
        nxt = text[m.end():m.end() + 2]
        out.append(Token(word_start, word_start + len(word), word, fold(word), bool(before),
                          not _CLOSING_SET.isdisjoint(after), not _PAUSE_SET.isdisjoint(after),
                          not _STOP_SET.isdisjoint(after) or "\n" in nxt or m.end() >= end))
    return out


def adverb_after(tokens: list[Token], j: int) -> bool:
    """An adverb written with its accusative ending right after tokens[j] (حديثاً، مؤخراً، حالياً)."""
    return j + 1 < len(tokens) and tokens[j + 1].word.endswith(("اً", "ًا"))


def surface(parts: list[list[Token]]) -> str:
    """The name as written, one space between words, without quotation marks."""
    return " ".join(token.word for part in parts for token in part)
