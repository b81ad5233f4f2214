"""A monitor's daily toll that lists its incidents after one casualty verb: "ففي محافظة إدلب استشهد 8 مواطنين،
وهم 6 جراء قصف على بلدة X، ورجل بقصف على قرية Y، ورجل بقصف على أطراف Z", "Eight civilians were killed: six
in shelling on X, a man in an air strike on Y and a woman in Z". Each item of the list opens with its own count
(or a noun for one person) and names its own place: it is an incident of its own with that count, not a place
of one incident whose toll is the subtotal (`listed_tolls`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from re import Pattern

from ..lang import common as C
from ..mentions import ExtractedEvent
from ..normalise import fold
from .model import Clause
from .place import event_place

CandidateOf = Callable[[Clause], ExtractedEvent | None]


def listed_tolls(event: ExtractedEvent, clause: Clause,
                 candidate_of: CandidateOf) -> list[tuple[ExtractedEvent, Clause]]:
    """The incidents of a toll listed item by item after its casualty verb, each with the part of the
    sentence that tells it; empty when the sentence lists no two items at two places."""
    pack = clause.pack
    opener = pack.cue("LISTED_TOLL_OPENER").search(clause.text)
    if opener is None:
        return []
    list_start = clause.start + opener.end()
    casualties = [h for h in clause.hits if h.klass in (C.KILL, C.INJURE) and h.end <= clause.start + opener.start()]
    if not casualties:
        return []
    klass = casualties[-1].klass
    items = _items(clause, list_start)
    if len(items) < 2:
        return []
    out: list[tuple[ExtractedEvent, Clause]] = []
    for start, end, count in items:
        part = Clause(clause.a, start, end)
        place, geo = event_place(part)
        if place is None:
            if not out:
                return []
            # "six in X, among them a woman": no place of its own, more of the item before
            previous_event, previous = out[-1]
            out[-1] = previous_event, Clause(clause.a, previous.start, end)
            continue
        own = candidate_of(part)
        item = own if own is not None else replace(event, place=place, geo_precision=geo, place_detail=None,
                                                  people=[], actors=list(event.actors), flags=list(event.flags),
                                                  review=list(event.review), quote=part.text.strip(), start=start)
        if klass == C.KILL:
            item.fatalities = count
        else:
            item.injured = count
        if item.date is None and event.date is not None:
            item.date, item.date_end, item.date_precision = event.date, event.date_end, event.date_precision
        out.append((item, part))
    if len({fold(e.place.name) for e, _ in out if e.place is not None}) < 2:
        return []
    return out


def _items(clause: Clause, list_start: int) -> list[tuple[int, int, int]]:
    """(start, end, count) of the list's items: a new item opens after a joiner with a count or a noun for one
    person; other joiners stay inside the item ("6 بينهم مواطنتان، وطفل" names who the six were)."""
    one = clause.pack.cue("LISTED_TOLL_ONE")
    first = _count_at(clause, list_start, list_start, one)
    if first is None:
        return []
    opened = [(list_start, list_start, first)]     # (joiner start, item start, count)
    for joined in clause.pack.cue("LISTED_TOLL_JOINER").finditer(clause.a.text, list_start, clause.end):
        count = _count_at(clause, joined.start(), joined.end(), one)
        if count is not None:
            opened.append((joined.start(), joined.end(), count))
    ends = [joiner for joiner, _, _ in opened[1:]] + [clause.end]
    return [(start, end, count) for (_, start, count), end in zip(opened, ends)]


def _count_at(clause: Clause, joiner_start: int, start: int, one: Pattern[str]) -> int | None:
    """The count an item opens with: a number (its first letter may be the joiner's "و") or one person."""
    for count in clause.counts:
        if joiner_start <= count.start <= start + 1 and count.value is not None:
            return int(count.value)
    return 1 if one.match(clause.a.text, start, clause.end) else None
