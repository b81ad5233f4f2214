"""What ingest knows of the knowledge base before it drafts, kept in the record cache between runs.

Drafting needs, of every record: the names of the people, organizations and places (`NameIndex`),
each event's dates and dead (`EventIndex`), each source's sha256 (an article ingested before is skipped)
and publication date. Reading every record file to learn them took most of a run at 10,000
incidents (about 1 ms a file). The record cache (records/recordcache.py) keeps, per record file,
these facts (`facts`) and the record itself, so a run reads only the files that changed since the
last one, and the records drafting asks for (an event an article may report, a person who gets
an alias) when it asks.

The name index is kept whole beside the rows (`NAME_INDEX`). Its entries only grow with a record's
names (`NameIndex.add`: keys and sets are unions, tiers minima), so the last run's index plus the
records that gained names since is the index of the records as they are, as long as no record lost
a name, changed status or survivor, stopped loading or went away, and no new record is a merged
one; otherwise the index is built again from every record. tests/test_ingest_cache.py compares the
kept index with one built afresh. (The romaniser's batch mode, `romanisation.warm`, which a build from
every record uses, may spell a name's second or third candidate otherwise than one name at a time: a
kept index holds the spellings of the run that first indexed the name, as the index a run adds its
new records to always did.)
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from collections.abc import Hashable, Iterator, Mapping, MutableMapping
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar, cast

from .. import buildkey
from ..records.model import Curated, Event, Record, Source
from ..records.recordcache import RecordCache
from ..records.store import Store, kind_of_path
from .event_index import EventIndex, Facts, event_facts
from .names import NAMED_KINDS, NameIndex, record_names

NAME_INDEX = "name-index"
FACTS_VERSION = 2  # what `facts` keeps: change it when `facts` changes meaning
# Libraries whose versions change what the cache holds: the pickled records, the name index's keys.
LIBRARIES = ("pydantic", "arabic-name-romanizer", "rapidfuzz", "python-slugify")

R = TypeVar("R", bound=Record)


def cache_key() -> str:
    """What the cache's rows depend on besides the record files: the code, and the libraries' versions."""
    versions: dict[str, str | None] = {}
    for name in LIBRARIES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return json.dumps({"facts": FACTS_VERSION, "version": buildkey.version(), "code": buildkey.code_hash(),
                       "libraries": versions}, sort_keys=True)


def facts(kind: str, record: Record) -> Hashable:
    """What a run needs to know of every record of `kind` (see the module's docstring)."""
    if isinstance(record, Source):
        return record.sha256, record.published_date
    if isinstance(record, Event):
        return event_facts(record)
    if kind in NAMED_KINDS and isinstance(record, Curated):  # status, survivor, (language, name) pairs
        return record.status, record.merged_into, frozenset(record_names(record))
    return None


class RecordsById(MutableMapping[str, R]):
    """Records of one kind by id (`stored`: the store's, read when first asked for), the run's own versions first."""

    def __init__(self, stored: Mapping[str, R]) -> None:
        self._stored = stored
        self._latest: dict[str, R] = {}

    def __getitem__(self, record_id: str) -> R:
        found = self._latest.get(record_id)
        if found is None:
            found = self._latest[record_id] = self._stored[record_id]
        return found

    def __setitem__(self, record_id: str, record: R) -> None:
        self._latest[record_id] = record

    def __delitem__(self, record_id: str) -> None:
        del self._latest[record_id]

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self._stored, *self._latest]))

    def __len__(self) -> int:
        return len(self._stored) + sum(1 for record_id in self._latest if record_id not in self._stored)


def _grew(before: Any, now: Any) -> bool:
    """Whether a named record only gained names since the index was made (or is new and not merged)."""
    if now is None:
        return False  # gone, or no longer loads
    status, survivor, names = now
    if before is None:
        return status != "merged"  # a new merged record moves the names of records merged into it
    return before[0] == status and before[1] == survivor and before[2] <= names


@dataclass(frozen=True)
class KeptIndex:
    """The name index a run starts from, and the cache's blob when it is that blob as it was."""

    index: NameIndex
    blob: bytes | None = None


def name_index(cache: RecordCache, store: Store) -> KeptIndex:
    """The index of every name of the store's people, organizations and places (see the module's docstring)."""
    blob = cache.blob(NAME_INDEX)
    changes = {key: change for key, change in cache.changed.items() if key[0] in NAMED_KINDS}
    if blob is None or cache.reloaded or not all(_grew(*change) for change in changes.values()):
        return KeptIndex(NameIndex.build(store))
    try:
        index = pickle.loads(blob)
    except Exception:  # noqa: BLE001  (a blob this code cannot read: built again)
        index = None
    if not isinstance(index, NameIndex):
        return KeptIndex(NameIndex.build(store))
    for kind, record_id in sorted(changes):
        index.add(store.by_kind[kind][record_id].record, kind)
    return KeptIndex(index, None if changes else blob)


def name_index_blob(cache: RecordCache, store: Store, index: NameIndex, kept: KeptIndex,
                    written: list[Path]) -> bytes | None:
    """The run's name index `index` for the next run; None when a record written changed other than by
    gaining names (the next run builds it again)."""
    named = [(kind.name, path.stem) for path in written
             if (kind := kind_of_path(store.root, path)) is not None and kind.name in NAMED_KINDS]
    if not named and index is kept.index and kept.blob is not None:
        return kept.blob  # unchanged: the cache stays as it is
    for kind_name, record_id in named:
        entry = store.by_kind[kind_name].get(record_id)
        if entry is None or not _grew(cache.facts.get((kind_name, record_id)), facts(kind_name, entry.record)):
            return None
    return pickle.dumps(index, protocol=5)


def sources(cache: RecordCache) -> tuple[dict[str, dt.date | None], set[str]]:
    """Publication date by source id, and the sha256 of every source's article."""
    published, ingested = {}, set()
    for (kind, record_id), found in cache.facts.items():
        if kind == "source" and isinstance(found, tuple):
            sha256, day = found
            published[record_id] = day
            ingested.add(sha256)
    return published, ingested


def event_index(cache: RecordCache, store: Store) -> EventIndex:
    """The store's events by day and dead, from their cached facts; an event itself is read when it is a candidate."""
    found = {record_id: cast(Facts, facts) for (kind, record_id), facts in cache.facts.items() if kind == "event"}
    return EventIndex.of_facts(found, RecordsById(store.typed("event", Event)))

