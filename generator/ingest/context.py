"""What drafting one batch works with: the plan of one article (`Plan`), what the run knows of the
knowledge base and the lexicon (`Context`), and the helpers that add a record to both.

`Context.from_store` learns everything from the loaded records; `Context.from_cache` from the
record cache (ingest/known.py), reading a record only when drafting asks for it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from ..records import vocab
from ..records.model import Event, Place, Record, Source
from ..records.recordcache import RecordCache
from ..records.store import Store
from . import incidents, known
from .article import Article
from .event_index import EventIndex
from .names import NameIndex
from .unreadable import Unreadable

UNKNOWN = "unknown"  # the id word of what a name or date does not say

R = TypeVar("R", bound=Record)


@dataclass
class Plan:
    """What one article writes: the archived text and the records, in write order."""

    article: Article
    source: Source
    text_path: Path
    records: dict[tuple[str, str], Record] = field(default_factory=dict)   # new records and changed ones
    new: set[tuple[str, str]] = field(default_factory=set)                  # keys of the new ones
    event_ids: list[str] = field(default_factory=list)    # per extracted event: the event record it is in
    notes: list[str] = field(default_factory=list)        # what happened to existing events and reviewed records
    not_attached: list[str] = field(default_factory=list)  # what could not go into a record whose file is broken

    @property
    def created(self) -> int:
        return len(self.new)

    @property
    def updated(self) -> int:
        return len(self.records) - len(self.new)


@dataclass
class Context:
    """What drafting needs to know about the knowledge base and the lexicon (kept current during a run)."""

    store: Store
    index: NameIndex
    events: EventIndex
    places: MutableMapping[str, Place]
    published: dict[str, dt.date | None]                    # source id -> publication date
    lexicon_record: Callable[[str, str], Record | None]     # (kind, lexicon id) -> record, or None
    lexicon_lookup: Callable[[str, str], str | None]         # (kind, exact name) -> lexicon id, or None
    retrieved: dt.datetime
    unreadable: Unreadable
    pending: dict[tuple[str, str], Record] = field(default_factory=dict)
    ingested: set[str] = field(default_factory=set)  # sha256 of every article a source records

    @classmethod
    def from_store(cls, store: Store, **kwargs: Any) -> Context:
        """What the loaded records say (every record is read)."""
        sources = list(store.records("source"))
        return cls(store=store, index=NameIndex.build(store), events=EventIndex(store.records("event")),
                   places=incidents.place_map(store), unreadable=kwargs.pop("unreadable", None) or Unreadable(store),
                   published={s.id: s.published_date for s in sources}, ingested={s.sha256 for s in sources},
                   **kwargs)

    @classmethod
    def from_cache(cls, cache: RecordCache, store: Store, index: NameIndex, **kwargs: Any) -> Context:
        """What the record cache says (ingest/known.py): a record is read when drafting asks for it.
        `index`: the name index, `known.name_index`."""
        published, ingested = known.sources(cache)
        return cls(store=store, index=index, events=known.event_index(cache, store),
                   places=known.RecordsById(store.typed("place", Place)), unreadable=Unreadable(store), published=published,
                   ingested=ingested, **kwargs)

    def rebuild(self) -> None:
        """Forget what was not written (after a failed article): indexes from the store again."""
        self.pending.clear()
        fresh = Context.from_store(self.store, lexicon_record=self.lexicon_record,
                                   lexicon_lookup=self.lexicon_lookup, retrieved=self.retrieved,
                                   unreadable=self.unreadable)
        self.index, self.events, self.places, self.published = fresh.index, fresh.events, fresh.places, fresh.published


def record_of(ctx: Context, kind: str, record_id: str) -> Record | None:
    if (kind, record_id) in ctx.pending:
        return ctx.pending[(kind, record_id)]
    entry = ctx.store.by_kind[kind].get(record_id)
    return entry.record if entry else None


def free_id(ctx: Context, kind: str, base: str) -> str:
    """`base`, or `base-2`, `base-3` ...: the first id no record has, nor a record file that did not load.
    A file that did not load under another spelling of the same name (abd-al-rahman-... and
    abdul-rahman-...) is passed over too: the new record may be that one."""
    base = (base or UNKNOWN)[: vocab.ID_MAX_LENGTH - 3].strip("-")
    candidate, n, passed = base, 1, []
    while (kind, candidate) in ctx.store or (kind, candidate) in ctx.pending or ctx.unreadable.taken(kind, candidate):
        if ctx.unreadable.taken(kind, candidate):
            passed.append(candidate)
        n += 1
        candidate = f"{base}-{n}"
    passed += [other for other in ctx.unreadable.same_spelling(kind, base) if other not in passed]
    ctx.unreadable.note_passed(kind, candidate, passed)
    return candidate


def with_twin_reviews(plan: Plan, ctx: Context, kind: str, record: R) -> R:
    """A new record whose id went past records whose files cannot be read, with a review entry per such
    record (it may be the same thing); the plan lists what could not be attached to them."""
    reviews, lines = ctx.unreadable.twins(kind, record.id)
    if not reviews:
        return record
    plan.not_attached.extend(lines)
    return record.model_copy(update={"review": record.review + reviews})


def add_record(plan: Plan, ctx: Context, kind: str, record: Record, created: bool) -> None:
    """Record a new or changed record in the plan and in every index of the run."""
    key = (kind, record.id)
    ctx.pending[key] = record
    plan.records[key] = record
    if created:
        plan.new.add(key)
    if kind in ("place", "organization", "person"):
        ctx.index.add(record, kind)
    if isinstance(record, Place):
        ctx.places[record.id] = record
    elif isinstance(record, Event):
        ctx.events.add(record)
    elif isinstance(record, Source):
        ctx.published[record.id] = record.published_date

