"""Combining two reports of one incident into one event: the rules `kb merge` and the ingester share.

Two callers: the ingester (`generator.ingest.incidents.absorb`), when a new
report joins an incident the knowledge base has, and `kb merge`
(`records/merge.py`), when an editor says two events are one. Both combine
through `combine_events`, so this stays at the records layer (it knows
records, not languages); the ingester's own policy of when to combine is in
`ingest/incidents.py`.

Rules:

- **Hand edits win.** A non-empty field keeps its value; a reviewed event
  only gets sources and their claims (anything else a new source says is
  left as a `review` entry for an editor). Fatalities are derived from the
  claims (best = the lowest claim, the conservative figure; low = lowest;
  high = highest) unless an editor set `best` (it differs from what the
  claims implied before): then `best` stays and only low/high widen.
- **Order does not matter** for draft events: every combination is a sorted
  union or a choice by a fixed rule (sources by (published date, id), people
  and actors by id, the most precise and then earliest date, the most
  specific place, event types by `TYPE_PRECEDENCE`), so A+B+C gives the same
  record as C+A+B. Disagreements (tolls, dates, types) become `review`
  entries regenerated from all values seen, so they do not depend on order
  either.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping
from typing import Any

from . import vocab
from .model import ActorRef, Event, Fatalities, Organization, PersonRef, Place, Review, SourceClaim

# Event types whose reports may describe one incident (symmetric; a type is
# always compatible with itself). Clashes are often reported with the
# shelling that went with them; shelling that kills civilians is reported as
# an attack on civilians by one outlet and as shelling by another; a protest
# turns into a riot. Nothing else crosses: an arrest is not a clash.
COMPATIBLE_TYPES: frozenset[frozenset[str]] = frozenset({
    frozenset({"battles", "explosions_remote_violence"}),
    frozenset({"violence_against_civilians", "explosions_remote_violence"}),
    frozenset({"protests", "riots"}),
    # ACLED codes force used on protesters as a protest event and an outlet
    # calls it an attack on civilians; an attack that kills guards as a
    # battle or as violence against civilians, by who the dead were.
    frozenset({"protests", "violence_against_civilians"}),
    frozenset({"battles", "violence_against_civilians"}),
})
# When reports of one incident give different types, the draft takes the
# first of this list (ACLED codes a clash with shelling as a battle, and
# shelling that hits civilians as explosions/remote violence).
TYPE_PRECEDENCE: tuple[str, ...] = (
    "battles", "explosions_remote_violence", "violence_against_civilians", "riots", "protests",
    "strategic_developments",
)
# Review reasons this module writes and rewrites (found again by these prefixes).
DISAGREE_FATALITIES = "sources disagree: "
DISAGREE_INJURED = "sources disagree on the injured: "
DISAGREE_DATES = "reports give different dates: "
DISAGREE_TYPES = "reports give different types: "
DISAGREE_PLACES = "reports name places that do not contain each other: "
OWN_PREFIXES = (DISAGREE_FATALITIES, DISAGREE_INJURED, DISAGREE_DATES, DISAGREE_TYPES, DISAGREE_PLACES)
_SOURCE_ID_DATE = re.compile(r"-(\d{4}-\d{2}-\d{2})-[0-9a-f]{8}$")


def compatible_types(a: str, b: str) -> bool:
    return a == b or frozenset({a, b}) in COMPATIBLE_TYPES


# ---- fatalities ------------------------------------------------------------------

def implied_fatalities(claims: Iterable[SourceClaim]) -> Fatalities:
    """What the claims say: best = lowest (conservative), low = lowest, high = highest."""
    numbers = [c.fatalities for c in claims if c.fatalities is not None]
    if not numbers:
        return Fatalities()
    return Fatalities(best=min(numbers), low=min(numbers), high=max(numbers))


def implied_injured(claims: Iterable[SourceClaim]) -> int | None:
    numbers = [c.injured for c in claims if c.injured is not None]
    return min(numbers) if numbers else None


def disagreement(claims: Iterable[SourceClaim], attribute: str = "fatalities") -> str | None:
    """`3 (src-a), 17 (src-b), 20 (src-c)` when the claims give more than one number."""
    by_value: dict[int, list[str]] = {}
    for claim in claims:
        value = getattr(claim, attribute)
        if value is not None:
            by_value.setdefault(value, []).append(claim.source)
    if len(by_value) < 2:
        return None
    return ", ".join(f"{value} ({', '.join(sorted(ids))})" for value, ids in sorted(by_value.items()))


def fatalities_review(claims: Iterable[SourceClaim]) -> list[Review]:
    claims = list(claims)
    out = []
    if listed := disagreement(claims, "fatalities"):
        out.append(Review(field="fatalities", reason=DISAGREE_FATALITIES + listed))
    if listed := disagreement(claims, "injured"):
        out.append(Review(field="injured", reason=DISAGREE_INJURED + listed))
    return out


# ---- places ----------------------------------------------------------------------

def ancestors(place_id: str, places: Mapping[str, Place | Organization]) -> list[str]:
    """The parent chain of a place (or an organization), nearest first (a loop is cut where it closes)."""
    chain: list[str] = []
    seen = {place_id}
    place = places.get(place_id)
    while place is not None and place.parent and place.parent not in seen:
        chain.append(place.parent)
        seen.add(place.parent)
        place = places.get(place.parent)
    return chain


def place_relation(a: str | None, b: str | None, places: Mapping[str, Place]) -> int | None:
    """0 when a == b; +n when b lies n levels inside a; -n when a lies inside b; None otherwise."""
    if a is None or b is None:
        return None
    if a == b:
        return 0
    up_b = ancestors(b, places)
    if a in up_b:
        return up_b.index(a) + 1
    up_a = ancestors(a, places)
    if b in up_a:
        return -(up_a.index(b) + 1)
    return None


# ---- combining events ------------------------------------------------------------

def _published(source_id: str, published: Mapping[str, dt.date | None] | None) -> dt.date:
    day = (published or {}).get(source_id)
    if isinstance(day, dt.datetime):
        day = day.date()
    if day is None:
        match = _SOURCE_ID_DATE.search(source_id)
        if match:
            try:
                day = dt.date.fromisoformat(match.group(1))
            except ValueError:
                day = None
    return day or dt.date.max


def sort_claims(claims: Iterable[SourceClaim], published: Mapping[str, dt.date | None] | None = None) -> list[SourceClaim]:
    """Claims by (published date, source id); one claim per source (the first seen wins)."""
    unique: dict[str, SourceClaim] = {}
    for claim in claims:
        unique.setdefault(claim.source, claim)
    return sorted(unique.values(), key=lambda c: (_published(c.source, published), c.source))


def union_people(people: Iterable[PersonRef]) -> list[PersonRef]:
    """Sorted (id, role) pairs; `mentioned` dropped where the person has a real role."""
    pairs = {(p.id, p.role) for p in people}
    specific = {pid for pid, role in pairs if role != "mentioned"}
    pairs = {(pid, role) for pid, role in pairs if role != "mentioned" or pid not in specific}
    return [PersonRef(id=pid, role=role) for pid, role in sorted(pairs)]


_SWAP = {"a": "b", "b": "a", "associated_a": "associated_b", "associated_b": "associated_a"}


def union_actors(existing: list[ActorRef], incoming: list[ActorRef]) -> tuple[list[ActorRef], list[str]]:
    """Actors of both, sorted by id; the incoming sides are swapped first when that agrees
    better with the existing ones (one outlet's side a is another's side b). Returns the
    actors and the ids whose sides still disagree (the existing side is kept)."""
    sides = {a.id: a.side for a in existing}
    shared = [a for a in incoming if a.id in sides]
    same = sum(sides[a.id] == a.side for a in shared)
    swapped = sum(sides[a.id] == _SWAP[a.side] for a in shared)
    if swapped > same:
        incoming = [ActorRef(id=a.id, side=_SWAP[a.side]) for a in incoming]
    conflicts = sorted(a.id for a in incoming if a.id in sides and sides[a.id] != a.side)
    merged = dict(sides)
    for actor in incoming:
        merged.setdefault(actor.id, actor.side)
    return [ActorRef(id=i, side=s) for i, s in sorted(merged.items())], conflicts


def _seen_values(reviews: list[Review], field_name: str, prefix: str) -> list[str]:
    for review in reviews:
        if review.field == field_name and review.reason.startswith(prefix):
            return [v.strip() for v in review.reason[len(prefix):].split(",") if v.strip()]
    return []


def _own(review: Review) -> bool:
    return any(review.reason.startswith(p) for p in OWN_PREFIXES)


def sorted_reviews(reviews: Iterable[Review]) -> list[Review]:
    unique = {(r.field, r.reason, tuple(r.candidates)): r for r in reviews}
    return [unique[k] for k in sorted(unique)]


def _date_key(event: Event) -> tuple[int, dt.date, dt.date]:
    precision = vocab.DATE_PRECISIONS.index(event.date_precision)  # the most precise first
    return (precision, event.date or dt.date.max, event.date_end or event.date or dt.date.max)


def _type_key(type_: str, sub_type: str) -> tuple[int, int]:
    rank = TYPE_PRECEDENCE.index(type_) if type_ in TYPE_PRECEDENCE else len(TYPE_PRECEDENCE)
    return (rank, vocab.EVENT_TYPES[type_].index(sub_type))


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or (hasattr(value, "en") and hasattr(value, "ar")
                                                          and not (value.en or value.ar))


def _counts(f: Fatalities) -> str:
    return "/".join("?" if v is None else str(v) for v in (f.best, f.low, f.high))


def combine_events(existing: Event, incoming: Event, *, reviewed: bool,
                   places: Mapping[str, Place] | None = None,
                   published: Mapping[str, dt.date | None] | None = None,
                   new_sources_only: bool = True) -> tuple[Event, list[str]]:
    """`existing` with what `incoming` adds, and the changes in words (see the module's rules).

    `reviewed`: the existing record was reviewed by hand (only sources and
    claims are added). `places`: place records by id, for containment.
    `published`: source id → publication date, for ordering sources (else
    the date in the source id). With `new_sources_only` (the ingester), an
    incoming event whose sources are all known changes nothing.
    """
    places = places or {}
    known = {c.source for c in existing.sources}
    new_claims = [c for c in sort_claims(incoming.sources, published) if c.source not in known]
    if new_sources_only and not new_claims:
        return existing, []
    changes = [f"added source {c.source}" + (f" (fatalities {c.fatalities})" if c.fatalities is not None else "")
               for c in new_claims]
    claims = existing.sources + new_claims
    update: dict[str, Any] = {}
    reviews = list(existing.review)

    if reviewed:
        update["sources"] = existing.sources + new_claims   # appended, the editor's order kept
        suggestions = []
        new_people = [p for p in incoming.people if (p.id, p.role) not in {(q.id, q.role) for q in existing.people}]
        if new_people:
            names = ", ".join(f"{p.id} ({p.role})" for p in union_people(new_people))
            suggestions.append(Review(field="people", reason=f"a new source names {names}: add if right",
                                      candidates=sorted({p.id for p in new_people})))
        new_actors = [a for a in incoming.actors if a.id not in {b.id for b in existing.actors}]
        if new_actors:
            suggestions.append(Review(field="actors", reason="a new source names " +
                                      ", ".join(sorted(a.id for a in new_actors)) + ": add if right",
                                      candidates=sorted(a.id for a in new_actors)))
        f = existing.fatalities
        outside = [c for c in new_claims if c.fatalities is not None and
                   ((f.low is not None and c.fatalities < f.low) or (f.high is not None and c.fatalities > f.high)
                    or f.best is None)]
        if outside:
            listed = disagreement(claims, "fatalities") or ", ".join(f"{c.fatalities} ({c.source})" for c in outside)
            suggestions.append(Review(field="fatalities", reason=DISAGREE_FATALITIES + listed))
        if suggestions:
            update["review"] = sorted_reviews([r for r in reviews if not (_own(r) and r.field == "fatalities"
                                                                          and outside)] + suggestions)
            changes += [f"review: {r.field}: {r.reason}" for r in suggestions]
        changes.append("reviewed record: only sources and claims added")
        return existing.model_copy(update=update), changes

    # -- a draft: every field by a rule that does not depend on order
    claims = sort_claims(claims, published)
    update["sources"] = claims

    people = union_people(existing.people + incoming.people)
    if people != existing.people:
        added = [f"{p.id} ({p.role})" for p in people if p not in existing.people]
        if added:
            changes.append("people: added " + ", ".join(added))
        update["people"] = people
    actors, conflicts = union_actors(existing.actors, incoming.actors)
    if actors != existing.actors:
        added = [a.id for a in actors if a.id not in {b.id for b in existing.actors}]
        if added:
            changes.append("actors: added " + ", ".join(added))
        update["actors"] = actors
    if conflicts:
        reviews.append(Review(field="actors", reason="sources put " + ", ".join(conflicts) +
                              " on different sides: the record's sides are kept", candidates=conflicts))

    # fatalities and injured follow the claims unless an editor set them
    before = implied_fatalities(existing.sources)
    after = implied_fatalities(claims)
    current = existing.fatalities
    editor_best = current.best is not None and current.best != before.best
    if editor_best:
        lows = [v for v in (current.low, current.best, after.low) if v is not None]
        highs = [v for v in (current.high, current.best, after.high) if v is not None]
        fatalities = Fatalities(best=current.best, low=min(lows), high=max(highs))
    else:
        fatalities = after if after.best is not None else current
    if fatalities != current:
        note = " (an editor's best kept)" if editor_best else ""
        changes.append(f"fatalities: best/low/high {_counts(current)} → {_counts(fatalities)}{note}")
        update["fatalities"] = fatalities
    injured_before = implied_injured(existing.sources)
    if existing.injured is None or existing.injured == injured_before:
        injured = implied_injured(claims)
        if injured is not None and injured != existing.injured:
            changes.append(f"injured: {existing.injured} → {injured}")
            update["injured"] = injured

    # date: the most precise report, then the earliest day
    seen_dates = set(_seen_values(reviews, "date", DISAGREE_DATES))
    for event in (existing, incoming):
        if event.date is not None:
            seen_dates.add(event.date.isoformat())
    if existing.date is None or (incoming.date is not None and _date_key(incoming) < _date_key(existing)):
        if incoming.date is not None:
            update.update(date=incoming.date, date_end=incoming.date_end, date_precision=incoming.date_precision)
            changes.append(f"date: {existing.date} → {incoming.date}")
    if len(seen_dates) > 1:
        reviews.append(Review(field="date", reason=DISAGREE_DATES + ", ".join(sorted(seen_dates))))

    # type: by precedence
    seen_types = set(_seen_values(reviews, "type", DISAGREE_TYPES))
    seen_types |= {f"{existing.type}/{existing.sub_type}", f"{incoming.type}/{incoming.sub_type}"}
    if _type_key(incoming.type, incoming.sub_type) < _type_key(existing.type, existing.sub_type):
        update.update(type=incoming.type, sub_type=incoming.sub_type)
        changes.append(f"type: {existing.type}/{existing.sub_type} → {incoming.type}/{incoming.sub_type}")
    if len(seen_types) > 1:
        reviews.append(Review(field="type", reason=DISAGREE_TYPES + ", ".join(sorted(seen_types))))

    # place: the most specific one
    relation = place_relation(existing.place, incoming.place, places)
    if existing.place is None and incoming.place is not None or (relation is not None and relation > 0):
        update.update(place=incoming.place, geo_precision=incoming.geo_precision)
        changes.append(f"place: {existing.place} → {incoming.place}" + (" (more specific)" if relation else ""))
    elif relation == 0 and incoming.geo_precision is not None and (
            existing.geo_precision is None or incoming.geo_precision < existing.geo_precision):
        update["geo_precision"] = incoming.geo_precision
    elif relation is None and existing.place and incoming.place:
        seen_places = set(_seen_values(reviews, "place", DISAGREE_PLACES)) | {existing.place, incoming.place}
        reviews.append(Review(field="place", reason=DISAGREE_PLACES + ", ".join(sorted(seen_places)),
                              candidates=sorted(seen_places)))

    # text fields: filled when empty, never replaced
    for name in ("title", "summary", "place_detail", "notes"):
        if is_empty(getattr(existing, name)) and not is_empty(getattr(incoming, name)):
            update[name] = getattr(incoming, name)
            changes.append(f"{name}: filled")
    if incoming.civilian_targeting and not existing.civilian_targeting:
        update["civilian_targeting"] = True
        changes.append("civilian_targeting: true")
    tags = sorted(set(existing.tags) | set(incoming.tags))
    if tags != existing.tags:
        update["tags"] = tags

    # review entries: the incoming ones, plus this module's regenerated from every value seen
    regenerated = fatalities_review(claims)
    kept = [r for r in reviews + list(incoming.review) if not _own(r) or r.field in ("date", "type", "place")]
    # only the latest list of dates / types / places survives
    for field_name, prefix in (("date", DISAGREE_DATES), ("type", DISAGREE_TYPES), ("place", DISAGREE_PLACES)):
        own = [r for r in kept if r.field == field_name and r.reason.startswith(prefix)]
        if own:
            longest = max(own, key=lambda r: (len(r.reason.split(",")), r.reason))
            kept = [r for r in kept if r not in own] + [longest]
    new_reviews = sorted_reviews(kept + regenerated)
    if new_reviews != existing.review:
        for review in new_reviews:
            if review not in existing.review:
                changes.append(f"review: {review.field}: {review.reason}")
        update["review"] = new_reviews
    return existing.model_copy(update=update), changes


# ---- kb merge ----------------------------------------------------------------------
