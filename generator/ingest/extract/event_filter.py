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

import datetime as dt
from collections.abc import Sequence

from ..article import Article
from ..lang import common as C
from ..mentions import ExtractedEvent
from .clauses import has_own_day
from .filter_weights import CUE_LISTS, FEATURES
from .frames import Draft
from .options import ExtractOptions
from .place import contains
from .place_lists import same_place_as
from .place_seats import is_governorate_seat

# Place kinds by level (`place_context.PLACE_SPECIFICITY`); a draft place of unknown kind counts as a town.
TOWN_KINDS = frozenset({"site", "neighbourhood", "village", "town", "city"})
DISTRICT_KINDS = frozenset({"subdistrict", "district"})
# Days between two dates above which the distance counts as this many (an old incident is old enough).
DAYS_CAP = 30
# Drafts or sentences above these counts add nothing more.
DRAFTS_CAP = 8
SENTENCES_CAP = 4


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
    length = max(1, len(article.text))
    rows = []
    for draft, event in zip(drafts, events):
        others = [e for e in events if e is not event]
        level = _level(event)
        place = event.place
        values = {
            "place_town": level == "town", "place_district": level == "district",
            "place_governorate": level == "governorate",
            "seat_city": place is not None and place.lexicon_id is not None
                         and is_governorate_seat(place.lexicon_id, options.lexicon),
            "same_place_as_first": place is not None and first is not None and first is not event
                                   and same_place_as(first.place, place),
            "other_same_or_finer": place is not None and any(
                o.place is not None and (same_place_as(place, o.place) or contains(place, o.place, options.lexicon))
                for o in others),
            "copy_of_earlier": any(_copy(earlier, event, options) for earlier in events[:events.index(event)]),
            "shares_sentence": any(d.clauses[0].start == draft.clauses[0].start for d in drafts if d is not draft),
            "own_day": any(has_own_day(clause) for clause in draft.clauses),
            "same_day_as_first": first is not None and first is not event and event.date is not None
                                 and event.date == first.date,
            "days_before_published": _days_before(event.date, article.published_date),
            "days_before_lead": _days_before(event.date, first.date if first else None),
            "position": draft.clauses[0].start / length,
            "drafts_in_article": min(1.0, (len(events) - 1) / (DRAFTS_CAP - 1)),
            "type_battles": event.type == "battles",
            "type_explosions": event.type == "explosions_remote_violence",
            "type_civilians": event.type == "violence_against_civilians",
            "casualty_word": any(h.klass in (C.KILL, C.INJURE) for clause in draft.clauses for h in clause.hits),
            "has_toll": event.fatalities is not None or event.injured is not None,
            "toll_as_other": bool(event.fatalities) and any(o.fatalities == event.fatalities for o in others),
            "has_people": bool(event.people),
            "sentences": min(1.0, len(draft.clauses) / SENTENCES_CAP),
            **{name: any(clause.has(words) for clause in draft.clauses for words in lists)
               for name, lists in CUE_LISTS.items()},
            "arabic": article.language == "ar",
            "article_dated": article.published_date is not None,
        }
        rows.append(tuple(float(values[name]) for name in FEATURES))
    return rows


def _copy(earlier: ExtractedEvent, event: ExtractedEvent, options: ExtractOptions) -> bool:
    """The same type, the same date (or neither dated), and the same place or one holding the other."""
    if earlier.type != event.type or earlier.date != event.date:
        return False
    one, other = earlier.place, event.place
    return (one is None or other is None or same_place_as(one, other) or contains(one, other, options.lexicon)
            or contains(other, one, options.lexicon))


def _level(event: ExtractedEvent) -> str | None:
    if event.place is None:
        return None
    kind = event.place.hint or "village"
    return "town" if kind in TOWN_KINDS else "district" if kind in DISTRICT_KINDS else "governorate"


def _days_before(date: dt.date | None, later: dt.date | None) -> float:
    if date is None or later is None:
        return 0.0
    return min(1.0, max(0, (later - date).days) / DAYS_CAP)
