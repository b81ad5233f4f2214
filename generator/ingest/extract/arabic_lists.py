"""How a list of Arabic names is laid out around its opener (`arabic_people.py`): where its names start, what
its quotation marks hold, and which given names alone in it are names."""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from ..lang import ar
from .arabic_tokens import Token

if TYPE_CHECKING:
    from .arabic_names import NameReader

# A pair of quotation marks or brackets; a closing mark typed as the opening one too (يُدعى ” أحمد الحسن”).
QUOTED = re.compile(r"(?:[\"“«'‘(]|”(?=\s*[\u0621-\u064a]))([^\"“”«»'‘’()\n]{2,80})[\"”»'’)]")

# Quoted words right after a word for a person ("والطفل “رامي شيخ جاسم”"): a name, whatever place one of its words
# is named like, read before the analysis (`arabic_name_spans.person_spans`).
QUOTED_AFTER_PERSON_NOUN = re.compile(r"(?<![\u0621-\u064a])[وفل]?(?:" + "|".join(map(re.escape, ar.VICTIM_INTRODUCERS))
                                      + r")\s*[\"“«”]([^\"“”«»'\n]{3,40})[\"”»]")

# Kinds of cue whose list may hold a given name alone: brothers (الشقيقان أحمد ومحمد الحسن), people of a dual or
# plural noun (الشابان أحمد ومحمد), and the people of a list opener when a full name ends the list (`given_names_share`).
# Their given names alone before a full name share its family name (الطفلان محمد وعمر حلاق: both are Hallaq; news
# names two people of different families in full, الشابان أحمد العلي ومحمد الحسن).
SINGLES_KINDS = ("siblings", "list", "listed")


def given_names_share(names: list[list[list[Token]]]) -> list[list[list[Token]]]:
    """The names of a list opener ("وتوفي كل من ماهر وسامر وهالة الخطيب"): given names alone before a full name share
    its family name, as brothers do (`add` joins it to them); a given name alone in a list that no full name ends
    is no name ("بينهم محمد وأحمد")."""
    if names and len(names[-1]) > 1:
        return names
    return [parts for parts in names if len(parts) > 1]


def unpaired_quote(text: str, token: Token) -> bool:
    """The quotation mark before `token` opens no pair `arabic_people` reads as quoted (a list too long for it, or a quote
    inside it: كلاً من "X، وY، وابن "أبو Z""): the list after the mark is read as unquoted words."""
    mark = len(text[:token.start].rstrip("\"“«'‘(")) if token.start else 0
    return QUOTED.match(text, mark) is None


def after_list_colon(text: str, tokens: list[Token], i: int) -> int:
    """Where a list opener's names start when a few words stand before their colon (ومن بين المعتقلين في بلدة X: Y،
    Z): after the colon; `i` when no colon ends the next few words."""
    for j in range(i, min(len(tokens), i + ar.MAX_WORDS_BEFORE_LIST_COLON)):
        if tokens[j].stop or tokens[j].pause:
            return j + 1 if text[tokens[j].end:tokens[j].end + 1] == ":" and j + 1 < len(tokens) else i
    return i


def described(reader: NameReader, tokens: list[Token], i: int, parts: list[list[Token]]) -> bool:
    """Two words read as the next name of a list without an introducer, the first opening no name and the second an
    adjective of relation without the article that is no given name ("X، ناشط إعلامي، من"، "مقاتل محلي"): a noun
    and its adjective describing the name before them (the index lists some such adjectives as family names)."""
    if len(parts) != 2 or len(parts[1]) != 1 or reader.opens_name(tokens, i, weak=True):
        return False
    second = parts[1][0]
    return second.word.endswith("ي") and not second.key.startswith("ال") and second.key not in reader.any_given


# The end of a line that opens a list of people on the next line ("عُرف منهم:"، "وهم:"، "التالية أسماؤهم:").
_PEOPLE_LINE_OPENER = re.compile(r"(?<![\u0621-\u064a])(?:[وف]?(?:منهم|هم|بينهم)|(?:ال)?[أا]سماؤهم)\s*:\s*\n\s*$")
# How many words an item of such a line holds (a given name and a family name, up to a chain of five).
LINE_ITEM_WORDS = (2, 5)


def people_line(before: str, text: str, tokens: list[Token]) -> list[list[list[Token]]]:
    """A line of three or more items between commas under a line that opens a list of people ("عُرف منهم:" then "X،
    Y، وZ."): each item is a name, words the name index does not know included (رمضان المحسن العلي الغازي، جابر العبد
    الرزج (أبو مثنى): the alias in brackets is no part of it); `before` is the text before the line, `text` the line.
    Empty when the line is no such list."""
    if not _PEOPLE_LINE_OPENER.search(before[-60:]) or any(c.isdigit() for c in text):
        return []   # (a line of counts, "176 مدنياً، و278 عنصراً", lists no one)
    items: list[list[Token]] = [[]]
    in_brackets = False
    for token in tokens:
        in_brackets = in_brackets or text[token.start - 1:token.start] == "("
        if not in_brackets:
            items[-1].append(token)
        in_brackets = in_brackets and not token.closes
        if token.pause:
            items.append([])
    items = [item for item in items if item]
    low, high = LINE_ITEM_WORDS
    if len(items) < 3 or not all(low <= len(item) <= high for item in items):
        return []
    return [[[token] for token in item] for item in items]
