"""An index of the knowledge base's events, so that matching one incoming event looks at a few.

`incidents.find_match` applies the matching rules; this index only narrows
the events it is given to those that may pass them: the events whose dates
may agree (rule 1), and the events that name one of the incoming event's
dead (rule 6, which also joins undated reports).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, MutableMapping

from ..records.model import Event
from .incidents import Window, killed_ids, overlap, window

# An event whose window is longer than this many days (a month, a year) is kept in
# one list checked for every incoming event instead of under each of its days.
INDEX_MAX_DAYS = 45

Facts = tuple[Window | None, frozenset[str]]
"""What the index keeps of an event: its window and the person ids it names as killed."""


def event_facts(event: Event) -> Facts:
    return window(event), frozenset(killed_ids(event))


class EventIndex:
    """The knowledge base's events by day and by the people they name as killed.

    An event is filed under every day of its window (its span, a day either
    side for day precision) and under each person it names as killed; an
    incoming event looks up the days of its own window and its own dead. Two
    events whose dates agree (rule 1) always share a day, and two that name
    one dead (rule 6) share that person, so `candidates` never misses one;
    `find_match` still applies every rule. `add` again after an event
    changes: the latest version is the one used. `of_facts` makes the index
    from the facts alone (ingest/known.py): then an event is read only when
    it is a candidate.
    """

    def __init__(self, events: Iterable[Event] = ()) -> None:
        self.events: MutableMapping[str, Event] = {}
        self.windows: dict[str, Window | None] = {}
        self.by_day: dict[dt.date, set[str]] = {}
        self.by_dead: dict[str, set[str]] = {}
        self.wide: set[str] = set()
        for event in events:
            self.add(event)

    @classmethod
    def of_facts(cls, facts: Mapping[str, Facts], events: MutableMapping[str, Event]) -> EventIndex:
        """The index of events known by their facts; `events` gives each one, by id, when it is a candidate."""
        index = cls()
        index.events = events
        for event_id, found in facts.items():
            index._file(event_id, found)
        return index

    def add(self, event: Event) -> None:
        self.events[event.id] = event
        self._file(event.id, event_facts(event))

    def _file(self, event_id: str, facts: Facts) -> None:
        found, dead = facts
        for person in dead:
            self.by_dead.setdefault(person, set()).add(event_id)
        self.windows[event_id] = found
        if found is None:
            return
        days = (found[1] - found[0]).days + 1
        if days > INDEX_MAX_DAYS:
            self.wide.add(event_id)
            return
        for n in range(days):
            self.by_day.setdefault(found[0] + dt.timedelta(days=n), set()).add(event_id)

    def candidates(self, incoming: Event) -> list[Event]:
        """Events whose window shares a day with `incoming`'s or that name one of its dead, in id order."""
        ids: set[str] = set()
        for person in killed_ids(incoming):
            ids |= self.by_dead.get(person, set())
        found = window(incoming)
        if found is not None:
            ids |= self.wide
            days = (found[1] - found[0]).days + 1
            if days > INDEX_MAX_DAYS:
                ids |= {i for i, w in self.windows.items() if w and overlap(w, found)}
            else:
                for n in range(days):
                    ids |= self.by_day.get(found[0] + dt.timedelta(days=n), set())
        return [self.events[i] for i in sorted(ids)]
