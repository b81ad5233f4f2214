"""The lines of a list of people ("وهم:" then a name a line, "The victims were named as:"): the role its header line
gives them (`people.identified_people`)."""

from __future__ import annotations

import re

from ..lang import common as C
from .model import Clause, Hit

# A line of a list opens with a number or a bullet ("1. X", "- X", "• X").
_ITEM_MARK = re.compile(rf"[ \t]*(?:(?:\d+|[٠-٩]+)[ \t]*[{re.escape(C.LIST_NUMBER_ENDS)}]|[{re.escape(C.LIST_BULLETS)}])[ \t]*")
# How far back (characters) the header of a list may stand from one of its lines, and the words a line has at most.
LIST_HEADER_REACH = 600
MAX_LIST_LINE_WORDS = 10


def list_header_role(clause: Clause) -> str | None:
    """The role of the people on a line of a list, from the casualty word of the list's header line,
    which ends with a colon ("وأصيب كل من:", "among the dead:"); "" (the incident's victims) for a header
    that announces names without one ("والضحايا هم:", "They were named as:"); None when the clause is no
    such line."""
    text = clause.a.text
    line_start = text.rfind("\n", 0, clause.start) + 1
    if text[line_start:clause.start].strip() and not _ITEM_MARK.fullmatch(text[line_start:clause.start]):
        return None   # the clause is not the start of a line
    colon = text.rfind(":", max(0, line_start - LIST_HEADER_REACH), line_start)
    if colon < 0 or any(len(line.split()) > MAX_LIST_LINE_WORDS for line in text[colon + 1:line_start].split("\n")):
        return None
    header_start = max(text.rfind("\n", 0, colon), *(text.rfind(p, 0, colon) for p in ".؟!")) + 1
    hits = [h for h in clause.a.hits if header_start <= h.start < colon and h.klass in C.ROLE_OF_CLASS]
    hits += [Hit(C.KILL, "", "", s, e) for s, e in clause.a.search("DEATH_WORDS", header_start, colon)]
    hits += [Hit(C.INJURE, "", "", s, e) for s, e in clause.a.search("INJURY_WORDS", header_start, colon)]
    if hits:
        return C.ROLE_OF_CLASS[max(hits, key=lambda h: h.start).klass]
    taken = [h for h in clause.a.hits if header_start <= h.start < colon and h.sub_type in C.ROLE_OF_SUB_TYPE]
    if taken:    # "ورصد المرصد اعتقال 3 أشخاص خلال الحملة، وهم:", "abducted four men:": the people taken
        return C.ROLE_OF_SUB_TYPE[max(taken, key=lambda h: h.start).sub_type]
    return "" if clause.pack.cue("NAMES_HEADER").search(text[header_start:colon]) else None
