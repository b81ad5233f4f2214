"""Checks that need more than one record, or the files around a record.

- **Parents**: a place or organization that is its own parent, and parent
  cycles (a -> b -> a), reported on every record of the cycle (errors).
- **People and incidents**: a person who died before an incident they take part
  in (any role but `mentioned`), or was born after it, counting the incident's
  whole span (its `date_precision`: a month, a year) (errors).
- **Incidents and sources**: an incident dated after every source that reports
  it was published (a warning).
- **Folders**: an incident or source filed under another year's folder than
  its date's (`events/<YYYY>/`, `events/undated/`) (a warning: nothing breaks,
  the file is only hard to find).
- **Archived texts**: a `text_file` outside the knowledge base (never read), a
  missing text, a text whose sha256 is not the record's (errors), and a text
  under `sources/` that no source names (a warning; not for the text beside a
  source file that cannot be read).
- **Places far from their governorate**: more than `GOVERNORATE_RADIUS_KM`
  from the first governorate up their parent chain, when both have
  coordinates (a warning; Homs governorate, the largest, reaches about 230 km
  from its capital).
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import math
import operator
import os
from collections.abc import Callable, Collection, Iterable, Iterator
from pathlib import Path

from typing import Any, TypeVar, cast

from . import folders
from .model import KINDS, Event, Organization, Person, Place, Record
from .plausible import FUTURE_GRACE, Finding, in_syria
from .entries import Entry
from .store import Store, year_folder

GOVERNORATE_RADIUS_KM = 250
EARTH_RADIUS_KM = 6371.0
# Roles a person must be alive to have (a dead person can still be `mentioned`).
LIVING_ROLES_EXCEPT = ("mentioned",)


R = TypeVar("R", bound=Record)


def _of(store: Store, kind: str, model: type[R]) -> dict[str, tuple[Entry, R]]:
    """The entries of one kind with their records typed as the kind's model."""
    return {record_id: (entry, cast(R, entry.record)) for record_id, entry in store.by_kind[kind].items()}


# (check, record file) -> (the entries of the records that record's findings were made from, in the order read,
# and the findings): see `Reused`.
Kept = dict[tuple[str, str], tuple[tuple[Entry | None, ...], list[Any]]]
F = TypeVar("F")  # what one check finds: a finding, or a finding with the person it is about


class Reused:
    """The findings of one record in one check, from the last check's when the store entry of every record they
    were made from (the record itself, the others it names) is the same object, or still missing: `kb
    generate`'s edit run keeps the entries of the files that did not move (a file read again is a new entry),
    so a check of 10,000 incidents after one edit makes again only the findings of the records near it
    (exactly those of a fresh check)."""

    def __init__(self, known: Kept | None):
        self.known = known if known is not None else {}
        self.kept: Kept = {}

    def findings(self, check: str, entry: Entry, reads: tuple[Entry | None, ...],
                 make: Callable[..., Iterable[F]], *args: Any) -> list[F]:
        """`make(*args)`'s findings, or the last check's (the arguments are passed through rather than bound
        with a partial, and compared with `operator.is_`: some 42,000 calls at 10,000 incidents)."""
        key = (check, entry.file)  # not the record's id: a record the check does not need is not read
        known = self.known.get(key)
        if known is None or len(known[0]) != len(reads) or not all(map(operator.is_, known[0], reads)):
            known = (reads, list(make(*args)))
        self.kept[key] = known
        return known[1]


def findings(store: Store, kept: Kept | None = None) -> Iterator[tuple[Entry, Finding]]:
    """Every cross-record and file problem of the store, with the entry it is reported on.

    `kept`: the findings of the last check that was given this dict (`Reused`), replaced by this one's once
    every finding has been taken."""
    reused = Reused(kept)
    yield from _parent_cycles(store, "place")
    yield from _parent_cycles(store, "organization")
    yield from _people_and_incidents(store, reused)
    yield from _incidents_and_sources(store, reused)
    yield from _year_folders(store, reused)
    yield from _far_from_governorate(store)
    if kept is not None:
        kept.clear()
        kept.update(reused.kept)


# ---- parents -----------------------------------------------------------------

def _parent_cycles(store: Store, kind: str) -> Iterator[tuple[Entry, Finding]]:
    model: type[Place | Organization] = Place if kind == "place" else Organization
    records = _of(store, kind, model)
    for record_id, (entry, record) in records.items():
        chain = [record_id]
        parent = record.parent
        while parent and parent in records and parent not in chain:
            chain.append(parent)
            parent = records[parent][1].parent
        if parent != record_id:
            continue  # no cycle, or one this record only leads into
        if len(chain) == 1:
            yield entry, Finding(("parent",), f"{record_id} is its own parent",
                                 f"name the {kind} it belongs to, or null")
        else:
            yield entry, Finding(("parent",), "parent cycle: " + " -> ".join(chain + [record_id]),
                                 f"one of these {kind}s must have a parent outside the cycle, or none")


# ---- people and incidents -------------------------------------------------------

def span(event: Event) -> tuple[dt.date, dt.date] | None:
    """The first and last day an incident may have happened on, given its date precision."""
    if event.date is None:
        return None
    start, end = event.date, event.date_end or event.date
    if event.date_precision == "week":
        return start - dt.timedelta(days=6), end + dt.timedelta(days=6)
    if event.date_precision == "month":
        return start.replace(day=1), end.replace(day=calendar.monthrange(end.year, end.month)[1])
    if event.date_precision == "year":
        return start.replace(month=1, day=1), end.replace(month=12, day=31)
    return start, end


def _people_and_incidents(store: Store, reused: Reused) -> Iterator[tuple[Entry, Finding]]:
    people = store.by_kind["person"]  # entries: a person's record is read only for findings made again
    for event_entry, event in sorted(_of(store, "event", Event).values(), key=lambda pair: pair[1].id):
        named = tuple(people.get(ref.id) for ref in event.people)
        found = reused.findings("people", event_entry, (event_entry, *named), _people_of_incident, event, named)
        for index, finding in found:
            entry = named[index]
            assert entry is not None  # only people found have findings
            yield entry, finding


def _people_of_incident(event: Event, named: tuple[Entry | None, ...]) -> Iterator[tuple[int, Finding]]:
    """(index of the person among the incident's, finding): the people `named` (their entries, None
    when missing) who died before it or were born after it."""
    days = span(event)
    if days is None:
        return
    for index, (ref, entry) in enumerate(zip(event.people, named)):
        if entry is None:
            continue
        person = cast(Person, entry.record)
        where = f"incident {event.id} of {event.date} where their role is {ref.role}"
        if person.died and person.died < days[0] and ref.role not in LIVING_ROLES_EXCEPT:
            yield index, Finding(("died",), f"died {person.died}, before {where}",
                                 "correct died, or the incident's date or the person's role")
        if person.born and person.born > days[1]:
            yield index, Finding(("born",), f"born {person.born}, after {where}",
                                 "correct born, or the incident's date")


def _incidents_and_sources(store: Store, reused: Reused) -> Iterator[tuple[Entry, Finding]]:
    sources = store.by_kind["source"]
    for entry in store.entries("event"):
        event = cast(Event, entry.record)
        cited = tuple(sources.get(c.source) for c in event.sources)
        for finding in reused.findings("sources", entry, (entry, *cited), _after_sources, event, cited):
            yield entry, finding


def _after_sources(event: Event, cited: tuple[Entry | None, ...]) -> Iterator[Finding]:
    days = span(event)
    dates = (entry.source_facts().published_date for entry in cited if entry is not None)
    known = [day for day in dates if day is not None]
    if days is None or not known:
        return
    latest = max(known)
    if days[0] > latest + FUTURE_GRACE:
        yield Finding(("date",), f"{event.date} is after its sources were published (the latest on {latest})",
                      "check the date: an article reports what happened before it", "warning")


# ---- folders -------------------------------------------------------------------

def _year_folders(store: Store, reused: Reused) -> Iterator[tuple[Entry, Finding]]:
    for kind, field in (("event", "date"), ("source", "published")):
        folder = os.path.join(store.root, KINDS[kind].folder)
        for entry in store.entries(kind):
            # The file is the record's: a file moved elsewhere is read again, as another record object.
            for finding in reused.findings("folder", entry, (entry,), _year_folder, entry, folder, field):
                yield entry, finding


def _year_folder(entry: Entry, folder: str, field: str) -> Iterator[Finding]:
    expected = year_folder(entry.record)
    if os.path.dirname(entry.file) == os.path.join(folder, expected):  # the common case, without Paths
        return
    actual = entry.path.parent.relative_to(folder).as_posix()
    if actual == expected:
        return
    shown = f"{entry.kind.folder}/{actual}/" if actual != "." else f"{entry.kind.folder}/"
    value = getattr(entry.record, field)
    said = f"{field} is {value.isoformat()}" if value else f"{field} is empty"
    yield Finding((field,), f"filed under {shown} but {said}", f"move the file to {entry.kind.folder}/{expected}/",
                  "warning")


# ---- archived texts --------------------------------------------------------------

# Path of an archived text -> (its file's stamp, its sha256) when last hashed: see `archive_findings`.
Digests = dict[str, tuple[tuple[int, int, int, int], str]]
# Source record file -> (its entry, its archived text beside it, the findings about that text): see `archive_findings`.
Beside = dict[str, tuple[Entry, str, list[Finding]]]


def archive_findings(store: Store, digests: Digests | None = None, beside: Beside | None = None,
                     moved: Collection[str] | None = None) -> Iterator[tuple[Entry | Path, Finding]]:
    """Problems of the archived texts: each source's own, then texts no source names (reported on the file).

    `digests`: the sha256 of each text as last hashed, kept by the caller between runs (`kb generate`'s
    state) and brought up to date here: a text whose file has the same stamp (size, times, inode) is
    not read again.
    `beside`: the findings of each source whose text is a file beside it, kept by the caller between runs
    and brought up to date here; with `moved`, every file (absolute path) added, removed or changed since
    the run that kept them, a source whose store entry is the same object and whose text is not among them
    has the same findings: its text is not even stamped (an `lstat` per source, a fifth of the check after
    one edit at 10,000 incidents).
    """
    named: set[str] = set()
    hashed: set[str] = set()
    resolved: dict[str, str] = {}  # folders' real paths, found once in this pass
    known, moved = (beside, moved) if beside is not None and moved is not None else ({}, ())
    kept: Beside = {}
    for source_id, entry in store.by_kind["source"].items():
        same = known.get(entry.file)
        if same is not None and same[0] is entry and same[1] not in moved:
            path = same[1]
            kept[entry.file] = same
            named.add(os.path.normcase(path))
            hashed.add(path)
            for finding in same[2]:
                yield entry, finding
            continue
        source = entry.source_facts()  # not the record: an edit run reads no source it does not show
        path, st = folders.beside(entry.file, source.text_file)
        if st is None:  # not a regular file beside its record: the general case
            general = folders.archive_name(store.root, entry.file, source.text_file, resolved)  # text: no Path per source
            if general is None:
                yield entry, Finding(("text_file",), f"{source.text_file!r} is outside the knowledge base: not read",
                                     f"keep the archived text beside its source record: text_file: {source_id}.txt")
                continue
            path = general
        named.add(os.path.normcase(path))
        if st is None and not os.path.isfile(path):
            yield entry, Finding(("text_file",), f"the archived text {store.relative(Path(path))} is missing",
                                 "restore it from git, or ingest the article again")
            continue
        actual = _sha256(path, digests, st)
        hashed.add(path)
        found = []
        if actual != source.sha256:
            shown = store.relative(Path(path))
            found.append(Finding(("sha256",), f"does not match the archived text {shown}",
                                 f"the text changed after ingest: restore it from git, or set sha256: {actual} "
                                 "if the change is meant"))
        if st is not None:
            kept[entry.file] = (entry, path, found)
        for finding in found:
            yield entry, finding
    if digests is not None:
        for gone in digests.keys() - hashed:
            del digests[gone]
    for text in folders.names_of(store.texts):  # as text: a `Path` only for a text reported
        if text in hashed:
            continue  # named as it is written (absolute and normalised): the common case, without normalising it
        if ("source", os.path.splitext(os.path.basename(text))[0]) in store.unreadable:
            continue  # the text of a source file that cannot be read: that file's problem says enough
        if os.path.normcase(os.path.abspath(text)) not in named:  # `folders.lexical`, as text
            yield Path(text), Finding((), "archived text that no source record names",
                                      "delete it, or ingest its article again to make its source record", "warning")
    if beside is not None:
        beside.clear()
        beside.update(kept)


def _sha256(path: str, digests: Digests | None, st: os.stat_result | None = None) -> str:
    if digests is None:
        return _hash_file(path)
    stamp = folders.stamp(st or os.stat(path))
    known = digests.get(path)
    if known is not None and known[0] == stamp:
        return known[1]
    actual = _hash_file(path)
    digests[path] = (stamp, actual)
    return actual


def _hash_file(path: str) -> str:
    with open(path, "rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


# ---- places far from their governorate ---------------------------------------------

def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance between two (lat, lon) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def _governorate(places: dict[str, tuple[Entry, Place]], place: Place) -> Place | None:
    seen = {place.id}
    parent = place.parent
    while parent and parent in places and parent not in seen:
        seen.add(parent)
        current = places[parent][1]
        if current.kind == "governorate":
            return current
        parent = current.parent
    return None


def _far_from_governorate(store: Store) -> Iterator[tuple[Entry, Finding]]:
    places = _of(store, "place", Place)
    for entry, place in places.values():
        if place.coordinates is None or not in_syria(place.coordinates.lat, place.coordinates.lon):
            continue  # no point to check, or already reported as outside Syria
        governorate = _governorate(places, place)
        if governorate is None or governorate.coordinates is None:
            continue
        km = distance_km((place.coordinates.lat, place.coordinates.lon),
                         (governorate.coordinates.lat, governorate.coordinates.lon))
        if km > GOVERNORATE_RADIUS_KM:
            yield entry, Finding(("coordinates",), f"{km:.0f} km from {governorate.id}, the governorate it lies in",
                                 "check the coordinates and the parent", "warning")
