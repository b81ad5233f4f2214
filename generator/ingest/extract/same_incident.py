"""A later sentence with an event word of its own that tells more of the incident before it, though it names
another place than the incident's (`frames.merge_target`, `frames.by_place_and_date`): where its victim comes from,
where the family mourning the dead lives, or "the town" with no name, which is the incident's. Each holds only when
the sentence adds no dead or hurt of its own: a toll of its own is another incident's."""

from __future__ import annotations

from ..mentions import ExtractedEvent
from .clauses import has_own_day
from .model import Clause
from .place import origin_at, places_of


def adds_no_toll(event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """The sentence's toll is none, or the incident's, kind by kind: it adds no dead or hurt of its own."""
    return all(new is None or new == old for new, old in ((event.fatalities, last.fatalities),
                                                         (event.injured, last.injured)))


def mourns(clause: Clause) -> bool:
    """"ونعت عائلة X ابنها Z"، "His family mourned X": the sentence mourns the dead or gives their names."""
    return bool(clause.pack.cue("VICTIMS_NAMED").search(clause.a.text, clause.start, clause.end))


def from_origin_only(clause: Clause, event: ExtractedEvent, last: ExtractedEvent) -> bool:
    """"X, displaced from Palmyra, was killed at dawn today": a sentence whose only place is where its victims come
    from names no scene; with no toll of its own, it tells more of the incident before it."""
    if event.place is None or event.place.start < 0 or not origin_at(clause, event.place.start):
        return False
    return adds_no_toll(event, last)


def refers_back(clause: Clause) -> bool:
    """"بينما توفي الشاب X لاحقاً ... في البلدة": a sentence that names no place and says "the town" speaks of the
    incident's town, told just before, whatever other town the article named last (a road's end, a village nearby);
    not when it has a day of its own or adds to the dead ("كما اغتيل ضابط، منتصف الشهر، ... في المدينة")."""
    return bool(clause.pack.cue("ANAPHORIC_PLACE").search(clause.text)) and not places_of(clause) \
        and not clause.pack.passes.unknown_places(clause) and not has_own_day(clause) \
        and not clause.has("ADDITIVE")
