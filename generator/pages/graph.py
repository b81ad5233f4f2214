"""The resolved graph of a knowledge base: everything a page needs, built before any page is rendered.

Links (with merged ids resolved to their survivor), backlinks (who appears in
which incident, with role, side and date), hierarchies (places, organizations)
and counts. Pages only read this object; they never query the store.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problem
from ..records.history import History
from ..records.model import Event, Place
from ..records.store import Store
from ..records.validate import check



@dataclass
class Graph:
    """Records plus every cross-link between them, resolved once."""

    store: Store
    problems: list[Problem] = field(default_factory=list)
    # (kind, id) of a merged record -> the id of its survivor (chains followed).
    survivor: dict[tuple[str, str], str] = field(default_factory=dict)
    person_events: dict[str, list[tuple[Event, str]]] = field(default_factory=lambda: defaultdict(list))
    org_events: dict[str, list[tuple[Event, str]]] = field(default_factory=lambda: defaultdict(list))
    place_events: dict[str, list[Event]] = field(default_factory=lambda: defaultdict(list))
    source_events: dict[str, list[Event]] = field(default_factory=lambda: defaultdict(list))
    place_children: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    org_children: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    org_people: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    outlet_sources: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    events_newest_first: list[Event] = field(default_factory=list)
    # Rendered snippets shared by pages of one language and depth (links, dates, table rows): see View.
    cache: dict = field(default_factory=dict)
    # When each record file last changed, and the dataset's latest changes (records/history.py).
    history: History = field(default_factory=History)

    # ---- lookups used by pages ---------------------------------------------

    def record(self, kind: str, record_id: str | None):
        """The record a reference points at, following merges; None when missing."""
        target = self.resolve(kind, record_id)
        if target is None:
            return None
        entry = self.store.by_kind[kind].get(target)
        return entry.record if entry else None

    def resolve(self, kind: str, record_id: str | None) -> str | None:
        """The id a link to `record_id` should point at: its survivor when merged, None when missing."""
        if not record_id:
            return None
        record_id = self.survivor.get((kind, record_id), record_id)
        return record_id if record_id in self.store.by_kind[kind] else None

    def source_home(self, source_id: str | None) -> str | None:
        """The incident whose page a link to a source points at: the oldest citing it (None when none does).

        A source is shown in full on every incident page citing it, so a source needs no page of
        its own; the oldest incident is the one least likely to change as reports come in.
        """
        events = self.source_events.get(source_id or "")
        return events[-1].id if events else None  # source_events are newest first

    def path_of(self, kind: str, record_id: str) -> Path:
        return self.store.relative(self.store.by_kind[kind][record_id].path)

    def live(self, kind: str):
        """Records of a kind that have a page of their own (merged ones only redirect)."""
        return (r for r in self.store.records(kind) if getattr(r, "status", None) != "merged")

    def admin_chain(self, place_id: str | None) -> list[Place]:
        """The place and its parents up to the country, nearest first (cycles cut)."""
        chain: list[Place] = []
        seen: set[str] = set()
        place = self.record("place", place_id)
        while place is not None and place.id not in seen:
            chain.append(place)
            seen.add(place.id)
            place = self.record("place", place.parent)
        return chain

    def governorate(self, place_id: str | None) -> Place | None:
        """The governorate a place is in (or is), from its admin chain; None when it has none."""
        return next((p for p in self.admin_chain(place_id) if p.kind == "governorate"), None)

    def place_descendants(self, place_id: str) -> list[str]:
        out, stack, seen = [], list(self.place_children.get(place_id, ())), {place_id}
        while stack:
            child = stack.pop()
            if child in seen:
                continue
            seen.add(child)
            out.append(child)
            stack.extend(self.place_children.get(child, ()))
        return out


def event_sort_key(event: Event) -> tuple:
    return (event.date or dt.date.min, event.id)


def build_graph(store: Store) -> Graph:
    """Validate cross-references and resolve every link of the store."""
    graph = Graph(store, problems=check(store))
    for kind in ("event", "person", "organization", "place"):
        for record in store.records(kind):
            if record.merged_into:
                graph.survivor[(kind, record.id)] = _follow(store, kind, record.id)

    events = [e for e in store.records("event") if e.status != "merged"]
    events.sort(key=event_sort_key, reverse=True)
    graph.events_newest_first = events
    for event in events:  # newest first, so backlink lists come out sorted
        for ref in event.people:
            target = graph.resolve("person", ref.id)
            if target:
                graph.person_events[target].append((event, ref.role))
        for ref in event.actors:
            target = graph.resolve("organization", ref.id)
            if target:
                graph.org_events[target].append((event, ref.side))
        place = graph.resolve("place", event.place)
        if place:
            graph.place_events[place].append(event)
        for claim in event.sources:
            if claim.source in store.by_kind["source"]:
                graph.source_events[claim.source].append(event)

    for place in graph.live("place"):
        parent = graph.resolve("place", place.parent)
        if parent and parent != place.id:
            graph.place_children[parent].append(place.id)
    for org in graph.live("organization"):
        parent = graph.resolve("organization", org.parent)
        if parent and parent != org.id:
            graph.org_children[parent].append(org.id)
    for person in graph.live("person"):
        for affiliation in person.affiliations:
            org = graph.resolve("organization", affiliation.org)
            if org and person.id not in graph.org_people[org]:
                graph.org_people[org].append(person.id)
    sources = sorted(store.records("source"), key=lambda s: (s.published_date or dt.date.min, s.id), reverse=True)
    for source in sources:
        org = graph.resolve("organization", source.outlet.org)
        if org:
            graph.outlet_sources[org].append(source.id)
    for table in (graph.place_children, graph.org_children, graph.org_people):
        for children in table.values():
            children.sort()
    return graph


def _follow(store: Store, kind: str, record_id: str) -> str:
    """The end of a merge chain (a cycle ends where it closes)."""
    seen = {record_id}
    current = store.by_kind[kind][record_id].record
    while current.merged_into and current.merged_into not in seen:
        seen.add(current.merged_into)
        nxt = store.by_kind[kind].get(current.merged_into)
        if nxt is None:
            return current.merged_into
        current = nxt.record
    return current.id


def counts_by_year(events: list[Event]) -> list[tuple[int | None, int, int]]:
    """(year, incidents, best fatalities) rows, oldest first; None is the undated row at the end."""
    counts: Counter = Counter()
    deaths: Counter = Counter()
    for event in events:
        year = event.date.year if event.date else None
        counts[year] += 1
        deaths[year] += event.fatalities.best or 0
    years = sorted(y for y in counts if y is not None)
    rows = [(y, counts[y], deaths[y]) for y in years]
    if None in counts:
        rows.append((None, counts[None], deaths[None]))
    return rows
