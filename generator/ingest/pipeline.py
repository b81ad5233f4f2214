"""The ingest run: read → extract (in worker processes) → resolve → match → draft → write (parent only).

Reading and extraction need nothing from the knowledge base, so with
`jobs > 1` they run in a pool of processes; the parent receives plain data
and is the only one that resolves names, matches incidents and writes files.

Order does not matter: the parent first collects the whole batch, then
drafts its articles in `incidents.canonical_order` (published date,
language, sha256), so any order of the inputs (and any `jobs`) gives the
same records; an article whose text was ingested before (same sha256) is
skipped, so a second run changes nothing.

Each bad input is reported with its path and reason and the run goes on;
the summary counts created and updated records, articles skipped, failures,
and says what ingest did to existing events and reviewed records.

Writing is safe against crashes and other writers: the batch is planned and
written while the knowledge base's writer lock is held (`records.lock`), as
one all-or-nothing batch (`records.journal`); a record file that does not
load is never touched (`unreadable.py`).
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .. import gcpause
from ..errors import KbError, Problem
from ..records.lock import DEFAULT_WAIT
from ..records.recordcache import RecordCache
from ..records.store import open_for_writing
from . import known
from .article import Article, Overrides
from .context import Context
from .drafts import plan_article, write_plan
from .extract import extract, lexicon_lookup, lexicon_record
from .incidents import canonical_order
from .mentions import ExtractedEvent
from .readers import STDIN, BadEntry, UnreadableInput, read_input

# Inputs handed to a worker at a time: large enough to keep the pipe busy.
CHUNK_SIZE = 8


@dataclass
class Failure:
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


@dataclass
class Worked:
    """What a worker made of one input: its articles with their events, and what failed."""

    name: str
    articles: list[tuple[Article, list[ExtractedEvent]]] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


@dataclass
class Summary:
    """The counts printed at the end of `kb ingest`."""

    articles: int = 0           # articles ingested now
    events: int = 0
    created: int = 0            # records created
    updated: int = 0            # existing records changed
    skipped: int = 0            # articles ingested before (same text)
    undated: int = 0            # articles ingested now with no publication date
    failures: list[Failure] = field(default_factory=list)
    unknown_files: list[Failure] = field(default_factory=list)   # files in folders no reader takes
    sources: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)         # existing events joined, reviewed records touched
    unreadable: list[Problem] = field(default_factory=list)   # record files ingest needed but could not load
    not_attached: list[str] = field(default_factory=list)     # what went to a new draft instead of such a record
    recovered: list[str] = field(default_factory=list)        # what was cleaned up after an interrupted run
    placed: dict[str, list[str]] = field(default_factory=dict)   # article origin -> event id per extracted event

    @property
    def failed(self) -> int:
        return len(self.failures)

    @property
    def ok(self) -> bool:
        """Whether everything named was ingested (or had been), with no record file in the way."""
        return not self.failures and not self.unreadable

    def line(self) -> str:
        line = (f"{self.articles} article(s) ingested, {self.events} event(s); records: {self.created} created, "
                f"{self.updated} updated; {self.skipped} skipped as already ingested; {self.failed} failed")
        if self.unreadable:
            line += f"; {len(self.unreadable)} record file(s) could not be read and were left untouched"
        if self.unknown_files:
            line += f"; {len(self.unknown_files)} file(s) of unknown type skipped"
        if self.undated:
            line += (f"\n{self.undated} article(s) had no publication date: their relative dates (today, "
                     "yesterday, on Sunday) stay unknown (give --published DATE, or put the date in the file "
                     "name as 2023-08-04-name.txt)")
        return line


def work(name: str, overrides: Overrides, stdin: bytes | None = None) -> Worked:
    """Read one input and extract the events of each of its articles (runs in a worker)."""
    done = Worked(name)
    try:
        items = read_input(name, overrides, stdin=stdin)
    except UnreadableInput as error:
        done.failures.append(Failure(name, str(error)))
        return done
    except OSError as error:
        done.failures.append(Failure(name, f"cannot be read ({error.strerror or error})"))
        return done
    for item in items:
        if isinstance(item, BadEntry):
            done.failures.append(Failure(item.origin, item.reason))
            continue
        try:
            done.articles.append((item, extract(item)))
        except KbError as error:
            done.failures.append(Failure(item.origin, str(error)))
    return done


def _work_star(args: tuple[str, Overrides]) -> Worked:
    return work(*args)


def worked_items(names: list[str], overrides: Overrides, jobs: int, stdin: bytes | None) -> Iterator[Worked]:
    """Worked inputs in input order, from this process or a pool of `jobs` processes."""
    if jobs <= 1 or len(names) <= 1:
        for name in names:
            yield work(name, overrides, stdin if name == STDIN else None)
        return
    local = [n for n in names if n == STDIN]
    for name in local:
        yield work(name, overrides, stdin)
    remote = [n for n in names if n != STDIN]
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(jobs) as pool:
        yield from pool.imap(_work_star, ((n, overrides) for n in remote), chunksize=CHUNK_SIZE)


@dataclass(frozen=True)
class Writing:
    """How a run writes: its clock (sources' `retrieved`) and how long it waits for another writer."""

    now: dt.datetime | None = None                 # None: the current time
    wait: float = DEFAULT_WAIT                     # seconds
    on_wait: Callable[[str], None] | None = None   # told who holds the lock, once, when it must wait


def ingest(names: Iterable[str], root: Path, overrides: Overrides = Overrides(), jobs: int = 1,
           stdin: bytes | None = None, on_item: Callable[[Worked], None] | None = None,
           writing: Writing = Writing(), unknown_files: Iterable[Failure] = ()) -> Summary:
    """Ingest every input into the knowledge base at `root`; never stops at a bad input.

    `unknown_files`: files the caller left out of `names` because no reader takes them (for the summary).
    """
    worked = []
    for done in worked_items(list(names), overrides, jobs, stdin):
        worked.append(done)
        if on_item:
            on_item(done)
    summary = ingest_worked(worked, root, writing)
    summary.unknown_files.extend(unknown_files)
    return summary


def ingest_worked(worked: Iterable[Worked], root: Path, writing: Writing = Writing()) -> Summary:
    """Resolve, match, draft and write the extracted articles of a batch, in canonical order, holding
    the writer lock; the batch is written all or nothing. The records are read through the record
    cache (ingest/known.py): only the files changed since the last run, and those drafting asks for.
    The garbage collector is paused meanwhile (gcpause.py): opening the store makes an object or more
    per record file, all kept to the end."""
    summary = Summary()
    batch: list[tuple[Article, list[ExtractedEvent]]] = []
    for done in worked:
        summary.failures.extend(done.failures)
        batch.extend(done.articles)
    batch.sort(key=lambda pair: canonical_order(pair[0].published, pair[0].language, pair[0].sha256))
    with gcpause.paused(), RecordCache(root, known.cache_key(), known.facts) as records, \
            open_for_writing(root, "kb ingest", writing.wait, writing.on_wait, load=records.open_store) as store:
        summary.recovered = store.recovery.notes()
        now = writing.now or dt.datetime.now(dt.timezone.utc)
        kept = known.name_index(records, store)
        ctx = Context.from_cache(records, store, kept.index, lexicon_record=lexicon_record,
                                 lexicon_lookup=lexicon_lookup, retrieved=now.replace(microsecond=0))
        _draft(batch, ctx, summary)
        written = store.flush()
        records.save(written, {known.NAME_INDEX: known.name_index_blob(records, store, ctx.index, kept, written)})
    summary.unreadable = sorted(ctx.unreadable.met.values())
    return summary


def _draft(batch: list[tuple[Article, list[ExtractedEvent]]], ctx: Context, summary: Summary) -> None:
    """Plan every article not ingested before and stage its records in the store."""
    store = ctx.store
    seen = ctx.ingested
    for article, events in batch:
        if article.sha256 in seen:
            summary.skipped += 1
            continue
        try:
            plan = plan_article(article, events, ctx)
            write_plan(plan, store)
        except (KbError, OSError, ValueError) as error:
            summary.failures.append(Failure(article.origin, f"cannot be written: {error}"))
            ctx.rebuild()
            continue
        ctx.pending.clear()
        seen.add(article.sha256)
        summary.articles += 1
        summary.undated += article.published is None
        summary.events += len(events)
        summary.created += plan.created
        summary.updated += plan.updated
        summary.sources.append(plan.source.id)
        summary.notes.extend(plan.notes)
        summary.not_attached.extend(plan.not_attached)
        summary.placed[article.origin] = list(plan.event_ids)


@contextmanager
def progress_bar(total: int, console) -> Iterator[Callable[[Worked], None]]:
    """A rich progress bar advanced once per input (hidden for a single input)."""
    if total <= 1:
        yield lambda done: None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    with Progress(TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("ingest", total=total)
        yield lambda done: progress.advance(task)
