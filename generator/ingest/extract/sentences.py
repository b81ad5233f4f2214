"""Sentence spans of a body: where clauses begin and end, before anything is read inside them."""

from __future__ import annotations

import re

from ..lang import en

# A sentence ends at its final punctuation or a line break (not a line break inside a sentence of a page wrapped by
# hand, `_wrapped`); a clause of its own starts after a comma at
# "فيما" / "بينما" / "while", which join a second occurrence ("قُتل شاب في طفس، فيما عُثر على جثة في داعل"), and at
# "كما" ("also": "قُتل شاب في طفس، كما قُتل عنصر في داعل"; more victims of the same incident, "، كما أصيب 3
# آخرون", join it again as a detail).
# An Arabic sentence may also end with no space after its full stop when the next opens with "و" or "ف" ("منتسبان
# إلى قوات سوريا الديمقراطية.وفي بلدة ذيبان"); not a dot between two stretched letters, which hides a word from filters
# ("تعـ.ـرضت"), nor one inside a name ("السورية.نت"), nor the dot of a title's one letter ("د.فراس"، "ود.وليد").
_SENTENCE_END = re.compile(r"(?<=[.!?؟])\s+|\n+|(?<=[،,])\s*(?=(?:فيما|بينما|كما|while)\s)"
                           r"|(?<=[\u0621-\u063a\u0641-\u0652]{2}[\u0621-\u063a\u0641-\u0652”»\")][.!؟])"
                           r"(?=[وف][\u0621-\u063a\u0641-\u064a])")


def sentences(text: str, abbreviations: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Sentence spans: split at sentence-final punctuation and line breaks (not those of a page wrapped by hand inside
    a sentence), not after an abbreviation of the language ("On Jan. 4, ...", "Lt. Col. X")."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if abbreviations and "\n" not in m.group() and _last_word(text, m.start()) in abbreviations:
            continue
        if "\n" not in m.group() and _INITIAL.fullmatch(text, text.rfind(" ", 0, m.start()) + 1, m.start()) \
                and _NAME_GOES_ON.match(text, m.end()):
            continue   # a middle initial: "Abdullah S. al-Iss was rushed to hospital"
        if "\n" in m.group() and _wrapped(text, m.start(), m.end()):
            continue
        if text[start:m.start()].strip():
            spans.append((start, m.start()))
        start = m.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return [piece for span in spans for piece in _cut_long(text, *span)]


_INITIAL = re.compile(r"[A-Z]\.")
_NAME_GOES_ON = re.compile(r"(?:al-|el-|[A-Z][a-z])")

# A sentence longer than this is cut at a space before it. The longest in the real-news corpus is about
# 1,100 characters; a page with no sentence ends (a pasted list, a feed's run-on text) would otherwise be
# one clause whose words are compared with each other, minutes of work for a few hundred kilobytes.
MAX_SENTENCE_CHARS = 2000


def _cut_long(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        space = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, start + MAX_SENTENCE_CHARS)
        cut = space if space > start else start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut + 1 if space > start else cut
    pieces.append((start, end))
    return pieces


_LINE_GOES_ON = re.compile(en.LINE_GOES_ON)


def _wrapped(text: str, start: int, end: int) -> bool:
    """A line break inside a sentence of a page wrapped by hand: the line ends in a Latin letter or a comma with no
    sentence-final mark, and it ends with a word that ends no sentence ("killed X and\nY") or the next line opens
    in lower case ("who was wounded\nand later died"). A title or a caption ends in no such word."""
    line = text[max(0, start - 12):start]
    return bool(re.search(r"[A-Za-z,]$", line)) and (bool(_LINE_GOES_ON.search(line)) or text[end:end + 1].islower())


def _last_word(text: str, end: int) -> str:
    """The word (with its final dot) that ends at `end`, lower case."""
    return text[text.rfind(" ", 0, end) + 1:end].lower()
