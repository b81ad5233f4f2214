"""What a page's title, or a lead that sums up several incidents, gives the body's first incident: the blanks it
fills (`merge_title`), and the counts it must give back when it summed several incidents (`title_summed_several`)."""

from __future__ import annotations

from ..mentions import ExtractedEvent
from .draft import Draft, add_people
from .model import Clause
from .options import ExtractOptions
from .place_order import finer, same_or_within
from .place_context import FINER_THAN_TOWN
from .place_lists import same_place_as
from .place_seats import named_as_city, seat_of_governorate_holding


def merge_title(draft: Draft, event: ExtractedEvent, clause: Clause) -> None:
    """The page's title fills what the body's first sentence left blank (counts, date) and gives a finer
    place; it sums the report in fewer words, so its means and type are vaguer than the body's. The counts it
    filled, and the place it named, are kept on the draft for `title_summed_several`."""
    target = draft.event
    if finer(event.place, target.place, clause.a.options.lexicon) \
            and not (_seat_for_governorate(event, target, clause) and not _in_the_city(draft)):
        target.place, target.geo_precision = event.place, event.geo_precision
    # "مقتل قيادي" over a body's "أصيب شخصان، بينهم قيادي": the body counts the wounded, its silence on dead wins
    if target.fatalities is None and not (target.injured is not None and event.injured is None) \
            and event.fatalities is not None:
        target.fatalities = draft.summary_counts["fatalities"] = event.fatalities
    if target.injured is None and event.injured is not None:
        target.injured = draft.summary_counts["injured"] = event.injured
    if draft.summary_counts:
        draft.summary_place = event.place
    if target.date is None and event.date is not None:
        target.date, target.date_end, target.date_precision = event.date, event.date_end, event.date_precision
    add_people(draft, event.people, clause.a.options)


def _seat_for_governorate(event: ExtractedEvent, target: ExtractedEvent, clause: Clause) -> bool:
    """"هجوم جديد لداعش في الرقة" over a body's «في محافظة الرقة»: a governorate's seat named bare in the title stands
    for the governorate the body names, not for the city (named as the city, "مدينة الرقة", it is the city)."""
    place, told, lex = event.place, target.place, clause.a.options.lexicon
    return place is not None and told is not None and told.lexicon_id is not None and told.lexicon_id in lex \
        and lex.get(told.lexicon_id).place_kind == "governorate" \
        and seat_of_governorate_holding(place.lexicon_id, told.lexicon_id, lex) \
        and not named_as_city(clause, place.start, place.start + len(place.name))


def _in_the_city(draft: Draft) -> bool:
    """The body puts the incident in a city after all: it says "the city" («وسط المدينة»، «سوق المدينة») or names a
    neighbourhood or a site (حي الوعر، دوار النعيم)."""
    for clause in draft.clauses:
        if clause.pack.cue("THE_CITY").search(clause.text) \
                or any(d.hint in FINER_THAN_TOWN for d in clause.pack.passes.unknown_places(clause)) \
                or any(m.kind == "place" and clause.a.options.lexicon.get(m.entry_id).place_kind in FINER_THAN_TOWN
                       for m in clause.names):
            return True
    return False


def title_summed_several(drafts: list[Draft], options: ExtractOptions) -> None:
    """A title over several incidents ("استشهاد مدنيين اثنين وإصابة ثلاثة باعتداءات على ريف حماة") filled a blank of the
    first with the count of an incident at another place, or with the sum of theirs: that count goes back to unknown
    (counts of different incidents are never added up, nor given to one another). Not when the title names the first
    incident's own town ("مقتل شاب في جاسم" over a killing in Jasim and another in Nawa): the count is that town's."""
    if len(drafts) < 2:
        return
    first = drafts[0]
    place, lex = first.event.place, options.lexicon
    if first.summary_place is not None and place is not None and same_place_as(first.summary_place, place):
        return
    elsewhere = [draft for draft in drafts[1:]
                 if not same_or_within(place, draft.event.place, lex) and not same_or_within(draft.event.place, place, lex)]
    for kind, value in first.summary_counts.items():
        others = [count for draft in elsewhere if (count := getattr(draft.event, kind))]
        if others and getattr(first.event, kind) == value and (value in others or value == sum(others)):
            setattr(first.event, kind, None)
