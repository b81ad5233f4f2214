"""The exported view of an incident: an event with its references resolved.

Every export (ACLED CSV, UCDP CSV, GeoJSON, Atom) reads events
through `EventFacts`, so they agree on what is exported, in which order, and
where an incident sits on the map.

Which events are exported: every event whose status is `draft` or `reviewed`.
`merged` records (duplicates kept only so their old URL redirects) and
`retracted` ones are left out of every export, the map, the feed and the
statistics. Order: by date (undated last), then id, so every export is
deterministic.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..records.model import Event, Organization, Place, Source, Text
from ..records.store import Store
from ..records.vocab import is_exported
from ..urls import language_prefix, page_url

# The place kinds that hold an admin level, as ACLED's admin1..3 and UCDP's adm_1..2.
ADMIN_LEVELS = {"governorate": 1, "district": 2, "subdistrict": 3}

# Where an event's page lives: (kind, id, language) -> URL relative to the site root.
UrlFor = Callable[[str, str, str], str]


def url_for_site(default_language: str) -> UrlFor:
    """Record page URLs of a site whose default language is at the root (generator/urls.py)."""
    def url_for(kind: str, record_id: str, language: str) -> str:
        return language_prefix(language, default_language) + page_url(kind, record_id)
    return url_for


default_url_for = url_for_site("en")


@dataclass(frozen=True)
class Point:
    lat: float
    lon: float
    # True when the event's own place has no coordinates and a larger place's were used.
    borrowed: bool = False


@dataclass
class EventFacts:
    event: Event
    place: Place | None = None
    chain: list[Place] = field(default_factory=list)  # the place, then its parents up to the country
    actors: dict[str, list[Organization]] = field(default_factory=dict)  # side -> organizations
    sources: list[Source] = field(default_factory=list)
    point: Point | None = None

    @property
    def id(self) -> str:
        return self.event.id

    def admin(self, level: int) -> Place | None:
        for place in self.chain:
            if ADMIN_LEVELS.get(place.kind) == level:
                return place
        return None

    @property
    def country(self) -> Place | None:
        return next((p for p in self.chain if p.kind == "country"), None)

    def side(self, side: str) -> list[Organization]:
        return self.actors.get(side, [])

    @property
    def geo_precision(self) -> int | None:
        if self.point is None:
            return self.event.geo_precision
        if self.point.borrowed:
            return 3
        return self.event.geo_precision or 1

    @property
    def last_retrieved(self) -> dt.datetime | None:
        stamps = [s.retrieved for s in self.sources if s.retrieved is not None]
        return max(stamps) if stamps else None

    def title(self, language: str) -> str:
        """The event's title in `language` (falling back to the other one), or one made from its fields."""
        if self.event.title is not None and self.event.title.any(language):
            return self.event.title.any(language)
        kind = self.event.sub_type.replace("_", " ")
        place = self.place.name.any(language) if self.place else ""
        day = self.event.date.isoformat() if self.event.date else ""
        return " ".join(part for part in (kind, place, day) if part)


def exported_events(store: Store) -> list[EventFacts]:
    """The events every export contains, resolved and in export order."""
    events = [e for e in store.typed("event", Event).values() if is_exported(e)]
    events.sort(key=lambda e: (e.date is None, e.date or dt.date.min, e.id))
    return [resolve(store, event) for event in events]


def resolve(store: Store, event: Event) -> EventFacts:
    facts = EventFacts(event)
    places = store.typed("place", Place)
    if event.place and event.place in places:
        facts.place = places[event.place]
        seen: set[str] = set()
        current: Place | None = facts.place
        while current is not None and current.id not in seen:
            seen.add(current.id)
            facts.chain.append(current)
            current = places.get(current.parent) if current.parent else None
        facts.point = _point(facts.chain)
    orgs = store.typed("organization", Organization)
    for ref in event.actors:
        if ref.id in orgs:
            facts.actors.setdefault(ref.side, []).append(orgs[ref.id])
    sources = store.typed("source", Source)
    facts.sources = [sources[c.source] for c in event.sources if c.source in sources]
    return facts


def _point(chain: list[Place]) -> Point | None:
    """The place's coordinates, else the nearest larger place's below the country (ACLED's geo_precision 3)."""
    for index, place in enumerate(chain):
        if place.kind == "country":
            return None
        if place.coordinates is not None:
            return Point(place.coordinates.lat, place.coordinates.lon, borrowed=index > 0)
    return None


def name(record: Organization | Place | None, language: str = "en") -> str:
    return record.name.any(language) if record is not None else ""


def names(records: Iterable[Organization | Place], language: str = "en", sep: str = "; ") -> str:
    return sep.join(name(r, language) for r in records)


def text(value: Text | None, language: str = "en") -> str:
    return value.any(language) if value is not None else ""


def json_document(data: dict[str, Any]) -> str:
    """JSON with each item of a top-level list on a line of its own.

    Compact (the site ships these files: about half the size of indented JSON) and still
    readable and diffable line by line.
    """
    parts = []
    for key, value in data.items():
        if isinstance(value, list):
            items = ",\n".join(json.dumps(item, ensure_ascii=False, separators=(",", ":")) for item in value)
            parts.append(f"{json.dumps(key)}:[\n{items}\n]")
        else:
            parts.append(f"{json.dumps(key)}:{json.dumps(value, ensure_ascii=False)}")
    return "{" + ",\n".join(parts) + "}\n"
