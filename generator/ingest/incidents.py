"""Incident matching: does a freshly extracted event report an incident the knowledge base has?

`find_match(incoming, store, places)` compares a draft event (its names
already resolved to record ids) with every event of the store; `absorb`
adds it to the one it matches (the combination rules live in
`generator.records.combine.combine_events`).

An incoming event **matches** an existing one when all four agree:

1. **Date**, within the precision of each: a `day` date stands for that day
   and the day either side (reports written after midnight, "yesterday"
   counted from a late publication); `days` for its span (date..date_end);
   `week` for seven days from its date; `month` and `year` for the calendar
   month or year. The two agree when the exact day or span of one falls in
   the window of the other. An unknown date (`date_precision: unknown`)
   never matches on its date: only rule 6 can join it.
2. **Place**: the same place, or one contains the other (walking
   `Place.parent`: Daraa Governorate contains Jasim). No place, no match.
   Two towns side by side (Jasim, Inkhil) never match.
3. **Type**: the same type, or a pair of `combine.COMPATIBLE_TYPES`
   (battles ~ explosions/remote violence; violence against civilians ~
   explosions/remote violence, battles or protests; protests ~ riots):
   outlets code one incident differently by who they say the dead were.
4. **Who**: at least one shared actor id or person id. When one side names
   no actor and no person, this cannot be checked: the pair is never merged
   automatically; if the date is the same day and the place the same
   place, the existing event is offered as a candidate instead (the new
   event is drafted with a `review` entry; an editor runs `kb merge`). The
   same candidate rule applies when both name actors but none is shared.
   Except **the same toll**: both dated to the day, a day apart at most,
   the very same place (not one inside the other), and the same toll of
   one dead or more: the toll stands in for the actors (it scores as one
   shared actor, `WHO_SCORE_BASE`). Outlets often name no perpetrator,
   and two incidents in one town within a day with the same toll are rare.

5. **Not different dead**: when both events name people killed (or, for
   a victim whose name stayed unresolved, its candidate records) and no one
   can be dead in both, they are two incidents that look alike: two raids
   in one town on consecutive days. The existing event is offered as a
   candidate instead.
6. **The same dead**: both name one person killed with the same person
   record (never a name alone: people are merged only by `kb merge`), their
   places lie on one chain (rule 2) and their types agree (rule 3): one
   person is killed once, so they report one death, even when one or both
   are undated (many articles carry no publication date). When both are
   dated, their dates must still agree (rule 1); when one is undated, the
   date scores `DATE_SCORE_UNDATED` and the combined event takes the dated
   side's date (`combine_events`: the most precise date wins). A toll and a
   town alone never join an undated report: on the real-news dev part,
   undated pairs at one place with the same toll were other incidents as
   often as the same one.

Score of a match = date × place × type × who (each 0-1; see the functions
below). The best score wins; when the best two are within `TIE_MARGIN` the
match is left to an editor (no event id, both as candidates).

Order: the combination is order-independent for draft events, but which
record a run creates first (the event's id, the people it drafts) follows
the order articles are processed in. The pipeline must therefore process a
batch in `canonical_order` (published date, language, sha256): then any
shuffle of one run's inputs gives byte-identical records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..records.combine import combine_events, compatible_types, fatalities_review, place_relation, sort_claims, union_actors, union_people
from ..records.model import Event, Place, Review
from ..records.store import Store

# Two candidates whose scores differ by less than this are a tie for an editor.
TIE_MARGIN = 0.05
# Date agreement: the same day, the next day, a span or a coarser period.
DATE_SCORE_SAME_DAY = 1.0
DATE_SCORE_NEXT_DAY = 0.8
DATE_SCORE_SPAN = 0.7
DATE_SCORE_COARSE = 0.4
# Date of a pair joined by the same dead (rule 6) when one side is undated.
DATE_SCORE_UNDATED = 0.4
# Place: the same place 1.0; each level of containment costs this much, down to the floor.
PLACE_LEVEL_PENALTY = 0.1
PLACE_SCORE_FLOOR = 0.5
# Type: compatible but different types.
TYPE_SCORE_COMPATIBLE = 0.7
# Who: a shared actor or person gives at least this, plus the rest by overlap.
WHO_SCORE_BASE = 0.6


@dataclass(frozen=True)
class Match:
    """The event an incoming event joins, or candidates for an editor, and why."""

    event_id: str | None
    candidates: list[str] = field(default_factory=list)
    reason: str = ""
    score: float = 0.0

    def review(self) -> Review | None:
        """The review entry a new draft event carries when it may duplicate existing ones."""
        if self.event_id or not self.candidates:
            return None
        return Review(field="id", reason=f"may report the same incident as {' or '.join(self.candidates)} "
                                         f"({self.reason}); if so, run kb merge", candidates=list(self.candidates))


def canonical_order(published: dt.date | dt.datetime | None, language: str, sha256: str) -> tuple[Any, ...]:
    """Sort key of an article in a batch: published date (unknown last), language, sha256.

    `sorted(articles, key=lambda a: canonical_order(a.published, a.language, a.sha256))`
    """
    if isinstance(published, dt.datetime):
        published = published.date()
    return (published is None, published or dt.date.min, language, sha256)


# ---- the four tests ---------------------------------------------------------------

def _span(event: Event) -> tuple[dt.date, dt.date] | None:
    """The exact days an event's date stands for (None when unknown)."""
    if event.date is None or event.date_precision == "unknown":
        return None
    day = event.date
    if event.date_precision == "day":
        return day, day
    if event.date_precision == "days":
        return day, event.date_end or day
    if event.date_precision == "week":
        return day, max(event.date_end or day, day + dt.timedelta(days=6))
    if event.date_precision == "month":
        start = day.replace(day=1)
        nxt = (start + dt.timedelta(days=32)).replace(day=1)
        return start, nxt - dt.timedelta(days=1)
    return day.replace(month=1, day=1), day.replace(month=12, day=31)   # year


Window = tuple[dt.date, dt.date]


def window(event: Event) -> Window | None:
    """The days an event may have happened on: its span, a day either side for day precision."""
    span = _span(event)
    if span is None or event.date_precision != "day":
        return span
    return span[0] - dt.timedelta(days=1), span[1] + dt.timedelta(days=1)


def overlap(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def date_score(a: Event, b: Event) -> float:
    """How well two events' dates agree (0 when they do not; see the module's rule 1)."""
    span_a, span_b, win_a, win_b = _span(a), _span(b), window(a), window(b)
    if not (span_a and span_b and win_a and win_b):
        return 0.0
    if not (overlap(span_a, win_b) or overlap(span_b, win_a)):
        return 0.0
    if a.date_precision == b.date_precision == "day":
        return DATE_SCORE_SAME_DAY if a.date == b.date else DATE_SCORE_NEXT_DAY
    if {a.date_precision, b.date_precision} <= {"day", "days", "week"}:
        return DATE_SCORE_SPAN
    return DATE_SCORE_COARSE


def place_score(a: Event, b: Event, places: Mapping[str, Place]) -> float:
    relation = place_relation(a.place, b.place, places)
    if relation is None:
        return 0.0
    return max(PLACE_SCORE_FLOOR, 1.0 - PLACE_LEVEL_PENALTY * abs(relation))


def type_score(a: Event, b: Event) -> float:
    if a.type == b.type:
        return 1.0
    return TYPE_SCORE_COMPATIBLE if compatible_types(a.type, b.type) else 0.0


def who_score(a: Event, b: Event) -> float | None:
    """Overlap of actor and person ids: None when one side names nobody."""
    ids_a = {("actor", x.id) for x in a.actors} | {("person", p.id) for p in a.people}
    ids_b = {("actor", x.id) for x in b.actors} | {("person", p.id) for p in b.people}
    if not ids_a or not ids_b:
        return None
    shared = ids_a & ids_b
    if not shared:
        return 0.0
    return WHO_SCORE_BASE + (1 - WHO_SCORE_BASE) * len(shared) / len(ids_a | ids_b)


def dated(event: Event) -> bool:
    return event.date is not None and event.date_precision != "unknown"


def killed_ids(event: Event) -> set[str]:
    """The person records an event names as killed."""
    return {p.id for p in event.people if p.role == "killed"}


def same_toll(a: Event, b: Event) -> bool:
    """Both give the same toll of one dead or more (the toll rule of rule 4)."""
    return bool(a.fatalities.best) and a.fatalities.best == b.fatalities.best


def _named_dead(event: Event) -> list[set[str]]:
    """Each person named as killed, as the set of records it may be: its own id, or the
    candidates of a name that stayed unresolved (a review entry on the `people` field)."""
    dead = [{p.id} for p in event.people if p.role == "killed"]
    dead += [set(r.candidates) for r in event.review if r.field == "people" and r.candidates]
    return dead


def different_dead(a: Event, b: Event) -> bool:
    """Both events name their dead, and none of one can be any of the other's."""
    dead_a, dead_b = _named_dead(a), _named_dead(b)
    if not dead_a or not dead_b:
        return False
    ids_a, ids_b = set().union(*dead_a), set().union(*dead_b)
    return not ids_a & ids_b


def place_map(store: Store, extra: Iterable[Place] = ()) -> dict[str, Place]:
    """Place records by id (the store's, plus places drafted in this run and not yet saved)."""
    places = {record.id: record for record in store.records("place")}
    places.update({p.id: p for p in extra})
    return places


# ---- matching -----------------------------------------------------------------------

def find_match(incoming: Event, store: Store | Iterable[Event], places: Mapping[str, Place] | None = None) -> Match:
    """The existing event `incoming` reports, or candidates (see the module's rules).

    `store` is the knowledge base (or any iterable of events, e.g. the
    store's plus those drafted in this run); `places` maps place ids to
    records (default: the store's places). Merged and retracted events are
    never matched, nor is an event that already cites one of `incoming`'s
    sources (an article's events never merge with each other; an article
    ingested before is skipped by the pipeline on its sha256). The incoming
    draft's own proposed id plays no part.
    """
    if isinstance(store, Store):
        events: Iterable[Event] = store.records("event")
        places = places if places is not None else place_map(store)
    else:
        events = store
        places = places or {}
    dead = killed_ids(incoming)
    if not dated(incoming) and not dead:
        return Match(None, [], "the date is unknown and nobody named killed: never matched automatically")
    if incoming.place is None:
        return Match(None, [], "no place: never matched automatically")
    own_sources = {c.source for c in incoming.sources}
    scored: list[tuple[float, str]] = []
    maybe: list[str] = []
    for event in events:
        if event is incoming or event.status in ("merged", "retracted"):
            continue
        if own_sources & {c.source for c in event.sources}:
            continue
        both_dated = dated(incoming) and dated(event)
        d = date_score(incoming, event) if both_dated else DATE_SCORE_UNDATED
        if not d or not (both_dated or dead & killed_ids(event)):
            continue    # rule 1, or rule 6 for an undated side
        p = place_score(incoming, event, places)
        if not p:
            continue
        t = type_score(incoming, event)
        if not t:
            continue
        w = who_score(incoming, event)
        if w and different_dead(incoming, event):
            maybe.append(event.id)
            continue
        if not w and d >= DATE_SCORE_NEXT_DAY and p == 1.0 and same_toll(incoming, event) \
                and not different_dead(incoming, event):
            w = WHO_SCORE_BASE   # the toll rule of rule 4
        if not w:
            if d == DATE_SCORE_SAME_DAY and p == 1.0 and t == 1.0:
                maybe.append(event.id)
            continue
        scored.append((round(d * p * t * w, 4), event.id))
    if not scored:
        if maybe:
            return Match(None, sorted(maybe), "looks like the same incident, but no shared actor or person "
                                              "confirms it, or each names other dead")
        return Match(None, [], "no event of the knowledge base agrees on date, place, type and actors")
    scored.sort(key=lambda item: (-item[0], item[1]))
    best_score, best_id = scored[0]
    tied = [event_id for score, event_id in scored if best_score - score < TIE_MARGIN]
    if len(tied) > 1:
        return Match(None, sorted(tied), f"{len(tied)} events agree about as well (score {best_score:.2f})", best_score)
    return Match(best_id, [], f"same incident: date, place, type and actors agree (score {best_score:.2f})", best_score)


# ---- absorbing -----------------------------------------------------------------------

def absorb(existing: Event, incoming: Event, reviewed_by_hand: bool, *,
           places: Mapping[str, Place] | None = None,
           published: Mapping[str, dt.date | None] | None = None) -> tuple[Event, list[str]]:
    """`existing` with the new report `incoming` added, and the changes in words.

    Sources and their claims are added (a source already there changes
    nothing); for a draft, people and actors are unioned, fatalities follow
    the claims (best = lowest, low = lowest, high = highest) unless an editor
    set best, disagreeing claims give a review entry, the most specific place
    and the most precise, earliest date win. With `reviewed_by_hand`
    (`existing.status == "reviewed"`) only sources and claims are added and
    anything else becomes a review entry. See `records.combine.combine_events`.
    """
    combined, changes = combine_events(existing, incoming, reviewed=reviewed_by_hand, places=places,
                                       published=published)
    if combined is existing:
        return existing, changes
    return Event.model_validate(combined.model_dump(by_alias=True)), changes


def settle(event: Event, published: Mapping[str, dt.date | None] | None = None) -> Event:
    """A new draft event in the same canonical form `absorb` gives: sorted sources, people,
    actors and review entries, fatalities from its claims. Call it before saving a new event."""
    claims = sort_claims(event.sources, published)
    actors, _ = union_actors([], event.actors)
    update: dict[str, Any] = {"sources": claims, "people": union_people(event.people), "actors": actors}
    if event.fatalities.best is None or event.fatalities.best == min(
            (c.fatalities for c in claims if c.fatalities is not None), default=None):
        from ..records.combine import implied_fatalities
        implied = implied_fatalities(claims)
        if implied.best is not None:
            update["fatalities"] = implied
    own = fatalities_review(claims)
    reviews = {(r.field, r.reason, tuple(r.candidates)): r for r in list(event.review) + own}
    update["review"] = [reviews[k] for k in sorted(reviews)]
    return Event.model_validate(event.model_copy(update=update).model_dump(by_alias=True))
