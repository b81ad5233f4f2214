"""The group a person's role is held in, or their nationality, between the role and the name ("القيادي السابق في الجيش
الحر X"، "المهندس الأردني X"): where the name starts after it (`arabic_people.py` reads the cue, `arabic_names.py`
the name)."""

from __future__ import annotations

from ..lang import ar
from ..normalise import fold
from .arabic_tokens import Token
from .model import Clause

_FORMER = frozenset(fold(w) for w in ar.FORMER)


def affiliation_end(clause: Clause, tokens: list[Token], j: int) -> Token | None:
    """The last word of the group a person's role is held in, when it stands between the role and the name
    ("القيادي [السابق] في الجيش الحر X"، "العنصر في قوات النظام X"، "العنصر السابق بجيش X Y"), read from tokens[j], the
    role's last word: "in" and an organization of the analysis, with no comma after it; "former" alone ("العنصر السابق
    X"); None when the words after the role are not so."""
    k = j + 1
    if k + 1 < len(tokens) and _is_adjective(clause, tokens[k]) and not (tokens[k].pause or tokens[k].stop):
        if tokens[k + 1].key != "في":
            return tokens[k]   # "المهندس الأردني X": a nationality between the role and the name
        k += 1   # "العنصر الروسي في ..."
    former = None
    if k < len(tokens) and tokens[k].key in _FORMER and not tokens[k].pause:
        former = tokens[k]
        k += 1   # القيادي السابق في ...
    if k < len(tokens) and former is not None and tokens[k].key[:1] == "ب":
        first = k   # "العنصر السابق بجيش “X” Y": the group glued to ب
    elif k + 1 >= len(tokens) or tokens[k].key != "في" or tokens[k].pause:
        return former   # "العنصر السابق X": the name after "former"
    else:
        first = k + 1
    start = clause.start + tokens[first].start
    # the group's name starts at its first word, or one letter in, after the ب glued to it
    group = next((n for n in clause.names if n.kind == "organization" and n.start <= start + 1 < n.end), None)
    if group is None:   # "العنصر السابق بشكل ..." names no group: the name, if any, follows "former"
        return former if first == k else None
    inside = [t for t in tokens[first:] if clause.start + t.start < group.end]
    last = inside[-1]
    return None if last.pause or last.stop or last.closes or first + len(inside) >= len(tokens) else last


def _is_adjective(clause: Clause, token: Token) -> bool:
    """The word is an adjective of a country or a people the analysis matched (الأردني، التركية)."""
    start = clause.start + token.start
    return any(n.adjective and n.start <= start < n.end for n in clause.names)
