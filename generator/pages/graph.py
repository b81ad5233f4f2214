"""The resolved graph of a knowledge base: everything a page needs, built before any page is rendered.

Links (with merged ids resolved to their survivor), backlinks (who appears in
which incident, with role, side and date), hierarchies (places, organizations)
and counts. Pages only read this object; they never query the store.

Every read is noted, so that `kb generate` can re-render only the pages an edit
touches (pages/deps.py). A page reads two sorts of keys:

- a record, `(kind, id)`, or every record of a kind, `(kind, ALL)`, through
  `record`, `resolve` or `graph.store` (a noting view of the store);
- an entry of a derived table, `(table, key)` (`person_events`, `survivor`, ...),
  or the whole table, `(table, ALL)`. `build_graph` notes, for each entry, the
  records it was derived from (`Graph.derived_from`): an entry changes only
  when one of them does.
"""

from __future__ import annotations

import datetime as dt
import os
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Hashable, Iterable
from dataclasses import dataclass, field
from typing import Any, TypeVar, cast

from ..errors import Problem
from ..records.history import History
from ..records.model import Event, Place
from ..records.entries import Entry
from ..records.store import Store
from ..records.validate import Memo, check
from .noting import ALL, Index, IndexList, Key, StoreView
from .rows import Rows

T = TypeVar("T")

@dataclass
class Graph:
    """Records plus every cross-link between them, resolved once."""

    store: StoreView
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
    # Values shared by pages (links, dates, table rows: see View) with the keys making them read (`memo`).
    cache: dict = field(default_factory=dict)
    # When each record file last changed, and the dataset's latest changes (records/history.py).
    history: History = field(default_factory=History)
    # The keys read since `reads` was set (None: nobody is listening), see the module's docstring.
    reads: set[Key] | None = None
    # Derived entry -> the record keys it was computed from; filled by `build_graph`.
    derived_from: dict[Key, set[Key]] = field(default_factory=lambda: defaultdict(set))
    # Hub rows kept from the last run and made in this one (pages/rows.py); set by `kb generate`.
    rows: Rows = field(default_factory=Rows)

    # ---- dependency notes -----------------------------------------------------

    def note(self, keys: Iterable[Key]) -> None:
        if self.reads is not None:
            self.reads.update(keys)

    def reading(self, make: Callable[..., T], *args: Any) -> tuple[T, set[Key]]:
        """`make(*args)` and the keys it read (also noted as reads of the caller, if it listens). The
        arguments are passed through rather than bound with a partial: `build_graph` asks this some 60,000
        times at 10,000 incidents."""
        outer = self.reads
        mine: set[Key] = set()
        self.reads = mine
        try:
            value = make(*args)
        finally:
            self.reads = outer
        if outer is not None:
            outer.update(mine)
        return value, mine

    def memo(self, key: Hashable, make: Callable[[], Any]) -> Any:
        """A value shared by pages, made once; each page using it reads what making it read."""
        hit = self.cache.get(key)
        if hit is None:
            hit = self.cache[key] = self.reading(make)
        else:
            self.note(hit[1])
        return hit[0]

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
        target, reads = self.resolution(kind, record_id)
        if self.reads is not None:
            self.reads.update(reads)
        return target

    def resolution(self, kind: str, record_id: str | None) -> tuple[str | None, tuple[Key, ...]]:
        """What `resolve` gives and the keys it reads (its survivor entry, the record it lands on, and the
        merged record when it is one), noted by neither: `build_graph` asks some 85,000 times at 10,000
        incidents, and noting each lookup through the tables' `Index` was a sixth of an edit run's graph."""
        if not record_id:
            return None, ()
        target = dict.get(self.survivor, (kind, record_id), record_id)
        found = target if dict.__contains__(self.store.by_kind[kind], target) else None
        if target == record_id:
            return found, (("survivor", (kind, record_id)), (kind, target))
        return found, (("survivor", (kind, record_id)), (kind, record_id), (kind, target))

    def source_home(self, source_id: str | None) -> str | None:
        """The incident whose page a link to a source points at: the oldest citing it (None when none does).

        A source is shown in full on every incident page citing it, so a source needs no page of
        its own; the oldest incident is the one least likely to change as reports come in.
        """
        events = self.source_events.get(source_id or "")
        return events[-1].id if events else None  # source_events are newest first

    def path_of(self, kind: str, record_id: str) -> str:
        """The record's file relative to the knowledge base, in POSIX form (text: the data hub asks for every
        record's, and a `Path` each adds up over tens of thousands of records)."""
        return self._relative_file(self.store.by_kind[kind][record_id])

    def record_paths(self) -> list[str]:
        """Every record's file as `path_of` gives it; a read of every kind (each record's own key would be
        26,500 reads at 10,000 incidents, and say no more: a changed record makes its kind's whole read dirty)."""
        out = []
        for kind, index in self.store.by_kind.items():
            self.note([(kind, ALL)])
            out += [self._relative_file(entry) for entry in dict.values(index)]
        return out

    def _relative_file(self, entry: Entry) -> str:
        name, root = entry.file, str(self.store.root) + os.sep
        if name.startswith(root):
            return name[len(root):].replace(os.sep, "/")
        return self.store.relative(entry.path).as_posix()

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


TABLES = ("survivor", "person_events", "org_events", "place_events", "source_events", "place_children",
          "org_children", "org_people", "outlet_sources")


def build_graph(store: Store, check_memo: Memo | None = None, moved: Collection[str] | None = None) -> Graph:
    """Validate cross-references and resolve every link of the store, noting what each entry comes from.

    `check_memo`: what the last run's check kept (`records.validate.Memo`); `moved`: the files that moved
    since (see `records.validate.check`)."""
    # the view needs the graph: set just below
    graph = Graph(cast(StoreView, None), problems=check(store, memo=check_memo, moved=moved))
    graph.store = StoreView(store, graph)
    tables: dict[str, dict] = {name: defaultdict(list) for name in TABLES}
    tables["survivor"] = {}
    for name in TABLES:  # plain dicts while building, noting tables once built
        setattr(graph, name, tables[name])
    derived = graph.derived_from

    def contribute(kind: str, record_id: str, entries: Iterable[tuple[Key, Iterable[Key]]]) -> None:
        """The entries one record filled: each is derived from the record and what filling it read."""
        for key, reads in entries:
            derived[key].update(reads)
            derived[key].add((kind, record_id))

    for kind in ("event", "person", "organization", "place"):
        for record in store.records(kind):
            if record.merged_into:
                target, reads = graph.reading(_follow, graph, kind, record.id)
                tables["survivor"][(kind, record.id)] = target
                contribute(kind, record.id, [(("survivor", (kind, record.id)), reads)])
    graph.survivor = Index("survivor", graph, tables["survivor"])

    events = [e for e in store.records("event") if e.status != "merged"]
    events.sort(key=event_sort_key, reverse=True)
    for event in events:  # newest first, so backlink lists come out sorted
        contribute("event", event.id, _event_entries(graph, tables, event))
    for event in store.records("event"):  # a merged event leaves the list: an entry of it all the same
        derived[("events_newest_first", ALL)].add(("event", event.id))
    graph.events_newest_first = IndexList("events_newest_first", graph, events)

    for place in store.records("place"):
        if place.status != "merged":
            contribute("place", place.id, _entry(
                graph, tables, "place_children", "place", place.parent, place.id, child=True))
    for org in store.records("organization"):
        if org.status != "merged":
            contribute("organization", org.id, _entry(
                graph, tables, "org_children", "organization", org.parent, org.id, child=True))
    for person in store.records("person"):
        if person.status != "merged":
            contribute("person", person.id, [
                entry for a in person.affiliations
                for entry in _entry(graph, tables, "org_people", "organization", a.org, person.id, once=True)])
    # The sources' facts, not their records: an edit run reads no source it does not show (pages/cache.py).
    facts = {source_id: entry.source_facts() for source_id, entry in store.by_kind["source"].items()}
    for source_id in sorted(facts, key=lambda s: (facts[s].published_date or dt.date.min, s), reverse=True):
        contribute("source", source_id, _entry(
            graph, tables, "outlet_sources", "organization", facts[source_id].outlet_org, source_id))
    for name in ("place_children", "org_children", "org_people"):
        for children in tables[name].values():
            children.sort()
    for name in TABLES[1:]:
        setattr(graph, name, Index(name, graph, tables[name]))
    return graph


def _entry(graph: Graph, tables: dict[str, dict], name: str, kind: str, reference: str | None, value: str,
           child: bool = False, once: bool = False) -> list[tuple[Key, tuple[Key, ...]]]:
    """`value` listed in table `name` under the record `reference` resolves to (a `child` never under
    itself; `once`: not twice under one record)."""
    target, reads = graph.resolution(kind, reference)
    if not target or (child and target == value) or (once and value in tables[name][target]):
        return []
    tables[name][target].append(value)
    return [((name, target), reads)]


def _event_entries(graph: Graph, tables: dict[str, dict], event: Event) -> list[tuple[Key, tuple[Key, ...]]]:
    """An incident in the backlinks of its people, organizations, place and sources."""
    written: list[tuple[Key, tuple[Key, ...]]] = []
    for table, kind, refs in (("person_events", "person", [(r.id, (event, r.role)) for r in event.people]),
                              ("org_events", "organization", [(r.id, (event, r.side)) for r in event.actors]),
                              ("place_events", "place", [(event.place, event)])):
        for ref, value in refs:
            target, reads = graph.resolution(kind, ref)
            if target:
                tables[table][target].append(value)
                written.append(((table, target), reads))
    sources = graph.store.by_kind["source"]
    for claim in event.sources:
        if dict.__contains__(sources, claim.source):  # the one key read: the source's
            tables["source_events"][claim.source].append(event)
            written.append((("source_events", claim.source), (("source", claim.source),)))
    return written


def _follow(graph: Graph, kind: str, record_id: str) -> str:
    """The end of a merge chain (a cycle ends where it closes); every record on it is read."""
    records = graph.store.by_kind[kind]
    seen = {record_id}
    current = records[record_id].record
    while current.merged_into and current.merged_into not in seen:
        seen.add(current.merged_into)
        nxt = records.get(current.merged_into)
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
