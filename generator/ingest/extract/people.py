"""Step: the named people of a clause and their role in the event (victims, detainees, commanders,
spokespeople, people only mentioned).

Finding the names is the language pack's (`arabic_people.find_people`, `english.find_people`); the
role comes from the words around each name in its own clause, the same way in every language:
the leader of the acting group is its commander; a person the report quotes or credits ("said X",
"قال X") is a spokesperson; a person governed by a casualty or action word is its victim; anyone
else is mentioned. Every named person of the article is attached to an event, so that the record
of the incident lists who the report names."""

from __future__ import annotations

from ..lang import common as C
from ..mentions import ExtractedEvent, PersonMention
from .model import Clause, FoundName

SPOKESPERSON = "spokesperson"
MENTIONED = "mentioned"
COMMANDER = "commander"


def people_of(clause: Clause, type_: str, sub_type: str) -> list[PersonMention]:
    """Named people of an event's clause with their role in the event."""
    return [_mention(clause, found, _role(clause, found, person_role(clause, found.start, sub_type)))
            for found in clause.pack.passes.find_people(clause)]


def identified_people(clause: Clause, role: str, background: bool = False) -> list[PersonMention]:
    """Names of a sentence without an event word of its own, for the event before it. A name that
    the sentence identifies ("Relatives named him as X", "ويدعى القتيل X") or lists ("الضحايا هم: X، Y",
    a numbered line) takes the event's victim role `role`; the leader of a group is its commander;
    anyone else is a spokesperson or mentioned. In a background or statistics sentence (`background`)
    only a name the sentence identifies is the event's victim."""
    passes = clause.pack.passes
    out = []
    for found in passes.find_people(clause):
        before = clause.a.text[max(clause.start, found.start - 45):found.start]
        identified = found.listed and not background or passes.identified_as(before, clause.pack)
        out.append(_mention(clause, found, _role(clause, found, role if identified else None)))
    return out


def _role(clause: Clause, found: FoundName, victim: str | None) -> str:
    passes = clause.pack.passes
    if passes.is_commander(clause, found.start):
        return COMMANDER
    if passes.is_source(clause, found.start, found.end):
        return SPOKESPERSON
    return victim or MENTIONED


def _mention(clause: Clause, found: FoundName, role: str) -> PersonMention:
    return PersonMention(name=found.name, language=clause.a.language, role=role, rank=found.rank,
                         aliases=found.aliases)


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
