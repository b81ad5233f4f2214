"""Step: the named people of a clause and their role in the event (victims, detainees, commanders).

Finding the names is the language pack's (`arabic.find_people`, `english.find_people`); the role
comes from the words that govern the name, the same way in every language."""

from __future__ import annotations

from ..lang import common as C
from ..mentions import ExtractedEvent, PersonMention
from .model import Clause


def people_of(clause: Clause, type_: str, sub_type: str) -> list[PersonMention]:
    """Named people of the clause with their role in the event (victims, detainees, commanders)."""
    people = []
    for start, name, rank, aliases in clause.pack.passes.find_people(clause):
        role = "commander" if clause.pack.passes.is_commander(clause, start) else person_role(clause, start, sub_type)
        if role is None:
            continue
        people.append(PersonMention(name=name, language=clause.a.language, role=role, rank=rank,
                                    aliases=tuple(aliases)))
    return people


def identified_people(clause: Clause, role: str) -> list[PersonMention]:
    """Names given in a sentence without an event word, for the event before it:
    "Relatives named him as X", "The group is led by X", "ويدعى القتيل X"."""
    passes = clause.pack.passes
    text = clause.a.text
    out = []
    for start, name, rank, aliases in passes.find_people(clause):
        before = text[max(clause.start, start - 45):start]
        if passes.is_commander(clause, start):
            person_role_ = "commander"
        elif passes.identified_as(before, clause.pack):
            person_role_ = role
        else:
            continue
        out.append(PersonMention(name=name, language=clause.a.language, role=person_role_, rank=rank,
                                 aliases=tuple(aliases)))
    return out


def victim_role(event: ExtractedEvent) -> str:
    """The role of a person named later for an event: its detainees, abductees or dead."""
    if event.sub_type in C.ROLE_OF_SUB_TYPE:
        return C.ROLE_OF_SUB_TYPE[event.sub_type]
    return "injured" if not event.fatalities and event.injured else "killed"


def person_role(clause: Clause, start: int, sub_type: str) -> str | None:
    """The role from the word governing the name: the nearest casualty or action word in the clause."""
    among = [s for s in clause.spans("AMONG_DEAD") if s[1] <= start]
    if among:
        return "killed"
    before = sorted((h for h in clause.hits if h.start < start), key=lambda h: start - h.start)
    after = sorted((h for h in clause.hits if h.start > start), key=lambda h: h.start - start)
    for hit in before + after:
        if hit.klass in C.ROLE_OF_CLASS:
            return C.ROLE_OF_CLASS[hit.klass]
        if hit.sub_type in C.ROLE_OF_SUB_TYPE:
            return C.ROLE_OF_SUB_TYPE[hit.sub_type]
        if hit.sub_type == "attack" and hit.klass == C.ACTION:   # اغتيال: the target dies
            return "killed"
    return None
