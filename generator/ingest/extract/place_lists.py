"""The places of a list opened by a plural or dual place word ("shelled the villages of A, B and C",
"استهدفت بلدات وقرى A، وB، وC"), also the names the gazetteer lacks: a strike or a shelling of such a
list is an incident per place (`spread_over_places`)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lang import common as C
from ..mentions import ExtractedEvent, Mention
from ..normalise import fold
from .model import Clause
from .place import SPREAD_SUB_TYPES, listed_places
from .place_context import DRAFT_TOWN_KINDS, in_article_area, list_names, mention


def opened_list(clause: Clause) -> list[Mention]:
    """The places named after the clause's first list opener, in text order; empty when fewer than two
    different names follow it."""
    return [_place(clause, start, name) for start, name in list_names(clause)]


def _place(clause: Clause, start: int, name: str) -> Mention:
    """The gazetteer's place for a name of the list, or a draft place (a village) the article's area holds."""
    end = start + len(name)
    # a gazetteer place named like one word of a longer name is part of that name ("Kafr Taal" is not "Taal")
    known = [m for m in clause.names if m.kind == "place" and start <= m.start < end <= m.end
             and not any(c.isspace() for c in clause.a.text[start:m.start])]
    if known:
        return mention(clause, known[0])
    return in_article_area(clause, Mention("place", name, clause.a.language, None, start, "village"))


def spread_over_places(event: ExtractedEvent, clause: Clause) -> list[ExtractedEvent]:
    """A strike or shelling on a list of towns, or a campaign of arrests across them, is an incident per town (ACLED
    codes one event per location): the first keeps the sentence's counts and people, the others have none of their
    own."""
    # (protests too, in towns a plural place word lists: "خرجت مظاهرات في مدن A وB وC")
    if event.sub_type not in SPREAD_SUB_TYPES and not (event.sub_type == "arrests" and clause.has("ARREST_CAMPAIGN")) \
            and not (event.type == C.PROTESTS and list_names(clause)):
        return [event]
    places = gazetteer = listed_places(clause)
    opened = opened_list(clause)     # "بلدات وقرى A، وB، وC": also the names the gazetteer lacks
    if opened:   # with the gazetteer's list and the town the sentence names before it ("قرية X وأطراف قرى Y وZ")
        own = [event.place] if event.place is not None and event.place.hint in DRAFT_TOWN_KINDS \
            and event.place.start < opened[0].start else []
        places = []
        # a gazetteer place named like one word of a listed name is no place of its own ("Tal" in "Tal Zanbaq")
        gazetteer = [g for g in gazetteer if not any(o.start <= g.start < o.start + len(o.name) and not same_place_as(o, g)
                                                     for o in opened)]
        for place in sorted(own + gazetteer + opened, key=lambda m: m.start):
            if not any(same_place_as(p, place) for p in places):
                places.append(place)
    if not places:
        return [event]
    told_at = _toll_named_at(clause, places)
    if told_at is None:
        told_at = _told_where(clause, places)
    keeper = told_at if told_at is not None else 0      # the place that keeps the sentence's toll and people
    joint = len(places) > 1 and told_at is None and not _told_of_first(clause, places)
    out = []
    for index, place in enumerate(places):
        copy = replace(event, place=place, geo_precision=1, place_detail=None, actors=list(event.actors),
                       people=list(event.people) if index == keeper else [], flags=list(event.flags),
                       review=list(event.review))
        if joint and (event.fatalities or event.injured):
            copy.review.append(("fatalities", f"the text gives {_toll(event)} for {len(places)} places together: "
                                              "not this place's own toll"))
        if index != keeper or joint:   # none of the list's places has a toll of its own, but "no casualties" holds for each
            copy.fatalities = 0 if event.fatalities == 0 else None
            copy.injured = 0 if event.injured == 0 else None
        out.append(copy)
    return out


def _told_of_first(clause: Clause, places: list[Mention]) -> bool:
    """Whether the sentence tells its casualties between the list's first place and the second ("shelling on X
    killed two, and also hit Y and Z"): then they are the first place's. Told before or after the whole list
    ("killed three in shelling on X, Y and Z"), they are the places' together: the toll of none of them (coding
    rule 3 of tests/realnews/README.md, a joint toll)."""
    first, second = places[0].start, places[1].start
    return any(first < hit.start < second for hit in clause.hits if hit.klass in (C.KILL, C.INJURE))


def _toll_named_at(clause: Clause, places: list[Mention]) -> int | None:
    """The place of the list that the sentence's casualties are told at after the list ("قصفت بلدتي X وY، ما أسفر
    عن مقتل مدني في Y"): its index, when the words after the first casualty word name one place of the list."""
    hit = next((h for h in clause.hits if h.klass in (C.KILL, C.INJURE) and h.start > places[-1].start), None)
    if hit is None:
        return None
    after = fold(clause.a.text[hit.end:clause.end])
    named = [i for i, place in enumerate(places) if re.search(r"(?<!\w)" + re.escape(fold(place.name)) + r"(?!\w)", after)]
    return named[0] if len(named) == 1 else None


def _told_where(clause: Clause, places: list[Mention]) -> int | None:
    """The place of the list the sentence's casualties are told at in a clause right after it ("shells fell on Sarmin,
    Ariha and Taftanaz, where three were killed"; "..., حيث قُتل ثلاثة"): its index."""
    where = clause.pack.cue("WHERE_AFTER_PLACE")
    text = clause.a.text
    for index, place in enumerate(places):
        told = where.match(text, place.start + len(place.name), clause.end)
        if told is None:
            continue
        # up to the clause's next stop or place, not a casualty word told after them ("...; three were killed")
        stops = [text.find(mark, told.end(), clause.end) for mark in ".;؛"] + [p.start for p in places[index + 1:]]
        stop = min((s for s in stops if s >= 0), default=clause.end)
        if any(hit.klass in (C.KILL, C.INJURE) and told.end() <= hit.start < stop for hit in clause.hits):
            return index
    return None


def _toll(event: ExtractedEvent) -> str:
    told = [f"{event.fatalities} killed" if event.fatalities else "", f"{event.injured} injured" if event.injured else ""]
    return " and ".join(part for part in told if part)


def same_place_as(old: Mention | None, new: Mention) -> bool:
    """The same place: one lexicon id, or one folded name for places the lexicon lacks."""
    if old is None:
        return False
    if old.lexicon_id or new.lexicon_id:
        return old.lexicon_id == new.lexicon_id
    return fold(old.name) == fold(new.name)


def campaign_over_places(last: ExtractedEvent, clause: Clause) -> list[ExtractedEvent]:
    """"شنت القوات حملة اعتقالات في ريف X. وطالت الحملة قرى A وB وC": a sentence that says the campaign told before
    reached a list of places is that campaign's act at each of them, an incident per place (settled rule 3), of
    the campaign's type and day, with no toll or people of its own (the campaign's joint figures stay with it).
    Empty when the sentence says no such thing or names fewer than two places; its own event words (the drones
    that watched the raids) make no incident of their own."""
    if not clause.has("CAMPAIGN_REACH"):
        return []
    places = opened_list(clause) or listed_places(clause)
    if len(places) < 2:
        return []
    return [replace(last, quote=clause.text.strip(), start=clause.start, place=place, geo_precision=1,
                    place_detail=None, fatalities=None, injured=None, actors=list(last.actors), people=[],
                    flags=list(last.flags), review=list(last.review)) for place in places]
