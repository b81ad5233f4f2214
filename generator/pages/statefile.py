"""`kb generate`'s state file (pages/cache.py): written whole after a full run, then one short delta per edit run.

The state holds the 26,500 loaded records of the 10,000-incident benchmark,
the check's memo (some 100,000 small tuples, records/validate.py `Memo`), the
reads, pages and page-index rows of 14,500 units and the numbered graph keys:
48 MB, whose pickling was a fifth of an edit run (0.39 of 2.2 s CPU), nearly
all of it for values the edit did not change. So `state.pickle` is written
whole only after a full run (or when the delta journal grew past an eighth of
it, or when the state is written for a process that kept it in memory); an
edit run that read the state from the file appends to `state-journal.pickle`
what it changed: the store entries read again, the units rendered, the
derived keys and memo entries that are other objects than before (the check
keeps the unchanged ones as the same objects), the keys numbered since. A
delta names the state it applies to (its token) and refers to the unchanged
store entries by kind and id. Reading the state applies the deltas in order;
a delta for another state (a journal left from before a full write) ends the
chain, and the state is used only when the chain ends at the manifest's token.

Each record is pickled on its own (`KeptEntry`) and unpickled only when a run
reads it: most runs read few of them.
"""

from __future__ import annotations

import copyreg
import io
import os
import pickle
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from ..records import folders
from ..records.entries import Entry, FileEntry
from ..records.model import Kind, Record, SourceFacts
from ..records.store import Store
from ..records.validate import Memo
from .deps import KeyTable
from .rows import KeptRow, RowKey

STATE_FILE = Path(".cache/kb/state.pickle")
JOURNAL_FILE = STATE_FILE.with_name("state-journal.pickle")
JOURNAL_SHARE = 8  # the journal is folded into a whole state file once it is an eighth of that file's size


@dataclass(frozen=True)
class UnitResult:
    """What one unit of pages read and wrote in the last run, by language."""

    reads: frozenset  # the graph keys read; in a `State`, their numbers in its `keys`
    paths: dict[str, list[str]]  # language -> page paths inside the language folder
    rows: dict[str, list[str]]   # language -> its rows of the page index (JSON text)


@dataclass
class State:
    """The last run, for the next one (see pages/cache.py)."""

    store: Store
    derived: dict[int, list[int]]  # graph key -> the derived keys computed from it, by number (pages/deps.py)
    units: dict    # unit key -> UnitResult
    keys: KeyTable = field(default_factory=KeyTable)  # the numbers of the graph keys in `derived` and `units`
    token: str = ""  # the manifest's "state" of the run that saved it
    # What the check keeps for the next one (records/validate.py).
    check_memo: Memo = field(default_factory=Memo)
    # Hub rows with the numbers of the keys each read (pages/rows.py).
    rows: dict[RowKey, KeptRow] = field(default_factory=dict)
    # What the state file holds of this state when it was read from it (None otherwise): a delta is made
    # against it. Not part of the file.
    on_disk: Snapshot | None = field(default=None, compare=False)

    def __getstate__(self) -> dict:
        return {**self.__dict__, "on_disk": None}


@dataclass
class Snapshot:
    """The values of a state as the state file holds them (the memo's dicts are copied: the next check
    updates them in place), and the sizes of the two files."""

    token: str
    entries: dict[str, dict[str, Entry]]
    derived: dict
    units: dict
    rows: dict
    keys: int
    memo: dict[str, Any]
    store_rest: tuple
    base: int
    journal: int

    @classmethod
    def of(cls, state: State, base: int, journal: int) -> Snapshot:
        memo = {f.name: _copy(getattr(state.check_memo, f.name)) for f in fields(Memo)}
        return cls(state.token, {kind: dict(entries) for kind, entries in state.store.by_kind.items()},
                   state.derived, state.units, state.rows, len(state.keys.keys), memo, _store_rest(state.store),
                   base, journal)


def _copy(value: Any) -> Any:
    return dict(value) if isinstance(value, dict) else value


def _store_rest(store: Store) -> tuple:
    """What a store holds besides its entries, as compared between runs."""
    return list(store.problems), set(store.unreadable), folders.names_of(store.texts)


# ---- records pickled one by one -------------------------------------------------------------------

class KeptEntry(FileEntry):
    """A store entry read back from the state file, its file kept as text (`FileEntry`) and its record
    as the bytes it is unpickled from when first asked for (unpickling every record was a third of an
    edit run at 10,000 incidents, most of them never read). A source's entry also keeps its
    `SourceFacts`, which the check and the graph read of every source."""

    def __init__(self, blob: bytes, file: str, kind: Kind, facts: SourceFacts | None = None):
        super().__init__(file, kind)
        self.blob: bytes | None = blob
        self._record: Record | None = None
        self._facts = facts

    @property
    def record(self) -> Record:
        if self._record is None:
            assert self.blob is not None  # a record is set, or kept as bytes
            self._record = pickle.loads(self.blob)
        return self._record

    @record.setter
    def record(self, value: Record) -> None:
        self._record, self.blob, self._facts = value, None, None

    @property
    def loaded(self) -> bool:
        """Whether the record was unpickled (or set)."""
        return self._record is not None

    def source_facts(self) -> SourceFacts:
        if self._facts is None:
            self._facts = super().source_facts()
        return self._facts

    def __reduce__(self):
        return _kept(self)


def _kept(entry: Entry) -> tuple:
    """How the state file holds a store entry: as a `KeptEntry`, its record pickled on its own (the bytes
    a `KeptEntry` was read with, while it holds that record), with a source's facts."""
    blob = entry.blob if isinstance(entry, KeptEntry) else None
    if blob is None:
        blob = pickle.dumps(entry.record, protocol=5)
    facts = entry.source_facts() if entry.kind.name == "source" else None
    return KeptEntry, (blob, entry.file, entry.kind, facts)


class _Pickler(pickle.Pickler):
    """Every store entry as a `KeptEntry` (the memo refers to the store's entries, not their records: pickled
    once, each such reference reads back as that entry)."""

    def __init__(self, out: io.BytesIO):
        super().__init__(out, protocol=5)
        self.dispatch_table = {**copyreg.dispatch_table, Entry: _kept, KeptEntry: _kept}


class _DeltaPickler(_Pickler):
    """A delta: the entries of the state it applies to by kind and id (`known`: by `id()` of each entry)."""

    def __init__(self, out: io.BytesIO, known: dict[int, tuple[str, str]]):
        self.known = known
        super().__init__(out)

    def persistent_id(self, value: Any) -> tuple[str, str] | None:
        return self.known.get(id(value))


class _Unpickler(pickle.Unpickler):
    def __init__(self, file, store: Store | None = None):
        super().__init__(file)
        self.store = store

    def persistent_load(self, pid: tuple[str, str]) -> Entry:
        assert self.store is not None  # only deltas hold references
        kind, record_id = pid
        return self.store.by_kind[kind][record_id]


def _dumps(value: Any, known: dict[int, tuple[str, str]] | None = None) -> bytes:
    out = io.BytesIO()
    (_Pickler(out) if known is None else _DeltaPickler(out, known)).dump(value)
    return out.getvalue()


# ---- reading and writing --------------------------------------------------------------------------

def read(root: Path) -> State | None:
    """The state of the last write, with the journal's deltas applied (raises when a file is unreadable)."""
    with open(root / STATE_FILE, "rb") as f:
        state = _Unpickler(f).load()
        base = f.tell()
    if not isinstance(state, State):
        return None
    journal = 0
    try:
        f = open(root / JOURNAL_FILE, "rb")
    except FileNotFoundError:
        pass
    else:
        with f:
            journal = _replay(state, f)
    state.on_disk = Snapshot.of(state, base, journal)
    return state


def _replay(state: State, f) -> int:
    """Apply the journal's deltas that follow on from `state`; the bytes of the journal they take."""
    taken = 0
    while True:
        try:
            delta = _Unpickler(f, state.store).load()
        except EOFError:
            return taken
        if not isinstance(delta, dict) or delta.get("after") != state.token:
            return taken  # a delta of an older state: ignored, as are those after it
        _apply(state, delta)
        taken = f.tell()


def write(root: Path, state: State, last: State | None) -> None:
    """Write `state`: as a delta of `last` when the files hold `last` and the delta is small, else whole."""
    disk = last.on_disk if last is not None else None
    if last is not None:
        last.on_disk = None  # the files will hold `state`, or nothing usable
    delta = _delta(last, state, disk) if last is not None and disk is not None else None
    if delta is not None and disk is not None and (disk.journal + len(delta)) * JOURNAL_SHARE <= disk.base:
        if disk.journal == 0:
            write_atomic(root / JOURNAL_FILE, delta)  # (replacing deltas of an older state, if any)
        else:  # a half-written delta is never read: the run then leaves no manifest, the next one is full
            with open(root / JOURNAL_FILE, "r+b") as f:
                f.truncate(disk.journal)
                f.seek(disk.journal)
                f.write(delta)
        return
    write_atomic(root / STATE_FILE, _dumps(state))
    try:
        (root / JOURNAL_FILE).unlink()
    except FileNotFoundError:
        pass


def _delta(last: State, state: State, disk: Snapshot) -> bytes | None:
    """What `state` changed since `last` (as `disk` holds it), pickled; None when the store's records
    are not the same ids in the same order (a record added or removed: the run loaded every file)."""
    if last.token != disk.token or state.store.root != last.store.root:
        return None
    entries = {}
    for kind, now in state.store.by_kind.items():
        before = disk.entries.get(kind)
        if before is None or len(before) != len(now) or list(before) != list(now):
            return None
        entries[kind] = {record_id: entry for record_id, entry in now.items() if before[record_id] is not entry}
    rest = _store_rest(state.store)
    memo = {}
    for name, value in ((f.name, getattr(state.check_memo, f.name)) for f in fields(Memo)):
        if isinstance(value, dict):
            memo[name] = _changes(disk.memo[name], value, same=False)
        elif value != disk.memo[name]:
            memo[name] = value
    delta = {"after": disk.token, "token": state.token, "entries": entries,
             "store_rest": None if rest == disk.store_rest else rest,
             "derived": _changes(disk.derived, state.derived, same=True),
             "units": _changes(disk.units, state.units, same=False),
             "rows": _changes(disk.rows, state.rows, same=False),
             "keys": state.keys.keys[disk.keys:], "memo": memo}
    known = {id(entry): (kind, record_id) for kind, entries_of in disk.entries.items()
             for record_id, entry in entries_of.items()}
    return _dumps(delta, known)


def _changes(before: dict, after: dict, same: bool) -> tuple[dict, list]:
    """The items of `after` that are not those of `before` (other objects; with `same`, unequal ones),
    and the keys gone."""
    missing = object()
    if same:
        changed = {key: value for key, value in after.items() if before.get(key, missing) != value}
    else:
        changed = {key: value for key, value in after.items() if before.get(key, missing) is not value}
    return changed, list(before.keys() - after.keys())


def _apply(state: State, delta: dict) -> None:
    for kind, changed in delta["entries"].items():
        state.store.by_kind[kind].update(changed)  # the same ids: each keeps its place
    if delta["store_rest"] is not None:
        problems, unreadable, texts = delta["store_rest"]
        state.store.problems, state.store.unreadable, state.store.texts = problems, unreadable, folders.Paths(texts)
    state.derived = _patched(state.derived, delta["derived"])
    state.units = _patched(state.units, delta["units"])
    state.rows = _patched(state.rows, delta["rows"])
    state.keys = KeyTable([*state.keys.keys, *delta["keys"]])
    for name, value in delta["memo"].items():
        old = getattr(state.check_memo, name)
        setattr(state.check_memo, name, _patched(old, value) if isinstance(old, dict) else value)
    state.token = delta["token"]


def _patched(values: dict, changes: tuple[dict, list]) -> dict:
    """`values` (just read from the file: no one else holds them) with a delta's changes."""
    changed, gone = changes
    values.update(changed)
    for key in gone:
        del values[key]
    return values


def write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)
