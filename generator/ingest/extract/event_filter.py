"""A learned check of an article's drafted events: is each a real, separate incident?

About one drafted event in five on real news is no incident of its own: a
copy of an incident told again, an earlier incident recalled as context, a
governorate-level copy of a town's incident, a statistics sentence. Rather
than a further hand-written rule, a logistic regression over a few features
every article has (never a name of an article, person or place) was fitted
on the development part of `tests/realnews` by
`scripts/train_event_filter.py`; its weights are shipped in
`generator/data/event_filter.json` with the feature names and the commit it
was trained on. The article's first draft is always kept (an article tells
at least its lead's incident); a later draft whose probability falls below
the weights' threshold is dropped.

Inference is a dot product and a logistic function: pure Python here, so
that scikit-learn stays a development extra, used by the training script only.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..article import Article
from ..lang import common as C
from ..mentions import ExtractedEvent
from .clauses import has_own_day
from .filter_weights import CUE_LISTS, FEATURES
from .frames import Draft
from .options import ExtractOptions
from .place_seats import is_governorate_seat

# Place kinds by level (`place_context.PLACE_SPECIFICITY`); a draft place of unknown kind counts as a town.
TOWN_KINDS = frozenset({"site", "neighbourhood", "village", "town", "city"})
DISTRICT_KINDS = frozenset({"subdistrict", "district"})



def kept(drafts: Sequence[Draft], events: Sequence[ExtractedEvent], article: Article,
         options: ExtractOptions) -> list[ExtractedEvent]:
    """The first event and the later ones whose drafts the filter keeps (all of them without weights)."""
    weights = options.event_filter
    if weights is None or len(events) < 2:
        return list(events)
    rows = feature_rows(drafts, events, article, options)
    return [events[0]] + [event for event, row in zip(events[1:], rows[1:])
                          if weights.probability(row) >= weights.threshold]


def feature_rows(drafts: Sequence[Draft], events: Sequence[ExtractedEvent], article: Article,
                 options: ExtractOptions) -> list[tuple[float, ...]]:
    """The values of `FEATURES` for each finished draft of one article, in order."""
    first = events[0] if events else None
    rows = []
    for draft, event in zip(drafts, events):
        others = [e for e in events if e is not event]
        level = _level(event)
        place = event.place
        values = {
            "place_town": level == "town", "place_governorate": level == "governorate",
            "seat_city": place is not None and place.lexicon_id is not None
                         and is_governorate_seat(place.lexicon_id, options.lexicon),
            "own_day": any(has_own_day(clause) for clause in draft.clauses),
            "same_day_as_first": first is not None and first is not event and event.date is not None
                                 and event.date == first.date,
            "type_explosions": event.type == "explosions_remote_violence",
            "casualty_word": any(h.klass in (C.KILL, C.INJURE) for clause in draft.clauses for h in clause.hits),
            "has_toll": event.fatalities is not None or event.injured is not None,
            "toll_as_other": bool(event.fatalities) and any(o.fatalities == event.fatalities for o in others),
            "has_people": bool(event.people),
            **{name: any(clause.has(words) for clause in draft.clauses for words in lists)
               for name, lists in CUE_LISTS.items()},
            "article_dated": article.published_date is not None,
        }
        rows.append(tuple(float(values[name]) for name in FEATURES))
    return rows


def _level(event: ExtractedEvent) -> str | None:
    if event.place is None:
        return None
    kind = event.place.hint or "village"
    return "town" if kind in TOWN_KINDS else "district" if kind in DISTRICT_KINDS else "governorate"
