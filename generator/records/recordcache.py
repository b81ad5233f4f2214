"""The record cache: each record file's loaded record, kept with the file's stamp, so that opening a large
knowledge base reads only the record files that changed since the last run.

`<root>/.cache/kb/records.sqlite` (git-ignored, like the rest of `.cache/`) holds, for each record
file that loaded, a row of `files`: its stamp (size, modification and change times, inode), kind
and id and the caller's `facts` about it (a few fields a run needs of every record, such as a
source's sha256, without reading the record itself); and a row of `records`: the record, pickled,
read only when asked for. `RecordCache.open_store` scans the record
folders as `Store.load` does; a file whose stamp is the row's gets an entry that reads its record
from the cache when first asked for, and any other file is read and checked at once, as
`Store.load` would. The callers' other derived data (ingest's name index) is kept beside the rows
(`blob`) and saved in the same transaction (`save`).

A row is derived data: it is used only for a file with the same stamp, by the same code (`key`); a
missing, corrupt or foreign cache is an empty one (every file is read, and the cache is written
anew). A file that does not load is never cached: it is read again each time, so its problems are
reported as `Store.load` reports them. Two record files of one kind with the same name make the
store load as `Store.load` does (which one wins depends on every file).
"""

from __future__ import annotations

import os
import pickle
import sqlite3
from collections.abc import Callable, Hashable, Iterable, Mapping
from pathlib import Path
from types import TracebackType

from . import folders, journal
from .model import Kind, Record
from .entries import FileEntry
from .store import Store, require_knowledge_base

CACHE_FILE = Path(".cache/kb/records.sqlite")
SCHEMA = 3

Stamp = folders.Stamp
Key = tuple[str, str]  # (kind, id)


def stamp_of(path: Path | str) -> Stamp | None:
    """(size, mtime, ctime, inode) of a file, None when it is gone: a rename or an edit moves one of them."""
    try:
        return folders.stamp(os.stat(path, follow_symlinks=False))
    except OSError:
        return None


class LazyEntry(FileEntry):
    """A store entry whose record is read from the cache (the row of its file, `name`) when first asked
    for; its file is kept as text (`FileEntry`)."""

    def __init__(self, name: str, kind: Kind, cache: RecordCache) -> None:
        super().__init__(name, kind)
        self.name = name
        self._cache = cache
        self._record: Record | None = None

    @property
    def record(self) -> Record:
        if self._record is None:
            self._record = self._cache.cached_record(self.name)
        return self._record

    @record.setter
    def record(self, value: Record) -> None:
        self._record = value


class RecordCache:
    """The cache of one knowledge base, open for one command (see the module's docstring).

    `key`: what the rows were made by (code and the meaning of `facts`); `facts(kind, record)`: what
    the caller keeps of every record (picklable). Use as a context manager, under the writer lock.
    """

    def __init__(self, root: Path, key: str, facts: Callable[[str, Record], Hashable]) -> None:
        self.root = Path(root)
        self.key = key
        self._facts = facts
        self.path = self.root / CACHE_FILE
        self._db: sqlite3.Connection | None = None
        self._ours = False  # whether the database holds rows of this key
        # (kind, id) -> facts, of every record the store loaded
        self.facts: dict[Key, Hashable] = {}
        # (kind, id) -> (facts before, facts now) of records read again, new or gone since the cache
        self.changed: dict[Key, tuple[Hashable | None, Hashable | None]] = {}
        self._rows: set[str] = set()  # paths of the files read from their rows
        self._fresh: set[str] = set()  # paths read and parsed this time (their rows are written on save)
        self._stale: set[str] = set()  # paths whose rows no longer hold (the file is gone or does not load)
        # True when every file was read (two files of one kind with one name): `changed` then says nothing.
        self.reloaded = False
        self.store: Store | None = None

    def __enter__(self) -> RecordCache:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    # ---- the database ----------------------------------------------------------------------------

    def _connect(self, create: bool = False) -> sqlite3.Connection | None:
        """The cache's database; None when there is none yet or it holds another key's rows (it is made
        and reset by `save` only, so a run that writes nothing leaves the folder as it was)."""
        if self._db is None:
            if not create and not self.path.is_file():
                return None
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, isolation_level=None)
            try:
                found = self._db.execute("SELECT value FROM meta WHERE name = 'key'").fetchall()
                self._ours = found == [(f"{SCHEMA}:{self.key}",)]
            except sqlite3.DatabaseError:  # no table yet, or not a database
                self._ours = False
        if not self._ours:
            if not create:
                return None
            for table in ("files", "records", "meta"):
                self._db.execute(f"DROP TABLE IF EXISTS {table}")
            self._db.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value BLOB)")
            self._db.execute("CREATE TABLE files (path TEXT PRIMARY KEY, size INTEGER, mtime INTEGER, "
                             "ctime INTEGER, inode INTEGER, kind TEXT, id TEXT, facts BLOB)")
            self._db.execute("CREATE TABLE records (path TEXT PRIMARY KEY, record BLOB)")
            self._db.execute("INSERT INTO meta VALUES ('key', ?)", (f"{SCHEMA}:{self.key}",))
            self._ours = True
        return self._db

    def _discard(self) -> None:
        """Close and delete a cache that cannot be read or written (corrupt): the next save starts anew."""
        if self._db is not None:
            self._db.close()
            self._db = None
        self._ours = False
        self.path.unlink(missing_ok=True)

    def blob(self, name: str) -> bytes | None:
        """The caller's derived data saved under `name` (None when there is none)."""
        return self._meta(f"blob:{name}")

    def _meta(self, name: str) -> bytes | None:
        db = self._connect()
        if db is None:
            return None
        try:
            found = db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchall()
        except sqlite3.DatabaseError:
            return None
        return found[0][0] if found else None

    # ---- loading -----------------------------------------------------------------------------------

    def open_store(self, root: Path | None = None) -> Store:
        """Every record under the root, as `Store.load` gives them; unchanged files read from the cache on demand."""
        root = require_knowledge_base(root or self.root)
        found = folders.scan(root, stamped=True)
        # (kind, path as text, stamp, id): a record's id is its file's name without `.yaml`
        cut = -len(folders.RECORD_SUFFIX)
        files = [(kind, name, stamp, name[name.rfind(os.sep) + 1:cut]) for kind, name, stamp in found.record_names]
        if len({(kind.name, stem) for kind, _, _, stem in files}) < len(files):
            return self._load_all(root)  # two files of one kind with one name
        cached: dict[str, tuple] = {}  # path -> its row (path, size, mtime, ctime, inode, kind, id, facts)
        db = self._connect()
        if db is not None:
            try:
                cached = {row[0]: row for row in db.execute(
                    "SELECT path, size, mtime, ctime, inode, kind, id, facts FROM files").fetchall()}
            except sqlite3.DatabaseError:
                cached = {}
        store = Store(root)
        store.recovery.finished = journal.finish_interrupted(root)
        store.problems.extend(found.problems)
        store.texts = found.texts
        by_kind, facts, rows = store.by_kind, self.facts, self._rows
        for kind, name, stamp, stem in files:
            row = cached.pop(name, None)
            key = (kind.name, stem)
            if row is not None and stamp is not None and row[1:5] == stamp and row[5] == kind.name and row[6] == stem:
                by_kind[kind.name][stem] = LazyEntry(name, kind, self)
                facts[key] = pickle.loads(row[7])
                rows.add(name)
                continue
            store._load_file(Path(name), kind)
            entry = store.by_kind[kind.name].get(stem)
            before = pickle.loads(row[7]) if row is not None and row[6] == stem else None
            if entry is None or stamp is None:
                if row is not None:
                    self._stale.add(name)
                if before is not None:
                    self.changed[key] = (before, None)
                continue
            now = self._facts(kind.name, entry.record)
            self.facts[key] = now
            self._fresh.add(name)
            if before != now:
                self.changed[key] = (before, now)
        for name, (_path, _size, _mtime, _ctime, _inode, kind_name, record_id, gone) in cached.items():  # files gone since
            self._stale.add(name)
            self.changed.setdefault((kind_name, record_id), (pickle.loads(gone), None))
        self.store = store
        return store

    def _load_all(self, root: Path) -> Store:
        """The store as `Store.load` gives it, every record file read (and cached on `save`)."""
        store = Store.load(root)
        self.reloaded = True
        db = self._connect()
        if db is not None:
            try:
                self._stale = {path for (path,) in db.execute("SELECT path FROM files").fetchall()}
            except sqlite3.DatabaseError:
                pass
        for kind_name, entries in store.by_kind.items():
            for record_id, entry in entries.items():
                self._fresh.add(str(entry.path))
                self.facts[(kind_name, record_id)] = self._facts(kind_name, entry.record)
        self.store = store
        return store

    def cached_record(self, path: str) -> Record:
        """The record kept for the file at `path` (a row `open_store` found)."""
        db = self._connect()
        found = db.execute("SELECT record FROM records WHERE path = ?", (path,)).fetchall() if db else []
        if not found:
            raise LookupError(f"{path}: its record left the cache while the store was open")
        return pickle.loads(found[0][0])

    # ---- saving ------------------------------------------------------------------------------------

    def save(self, written: Iterable[Path], blobs: Mapping[str, bytes | None]) -> None:
        """Keep, after a batch: the records read from their files this time and those just written
        (`written`: files the batch wrote), the rows of files gone, and the callers' `blobs` (None
        removes one). A cache that cannot be written only costs the next run its shortcut."""
        store = self.store
        written = list(written)
        if store is None or not written:
            return  # a run that wrote nothing leaves the knowledge base's folder as it was
        paths = {str(p) for p in written} | self._fresh
        by_path = {entry.name if isinstance(entry, LazyEntry) else str(entry.path): (kind, record_id, entry)
                   for kind, entries in store.by_kind.items() for record_id, entry in entries.items()}
        rows, records = [], []
        for name in sorted(paths):
            found = by_path.get(name)
            stamp = stamp_of(name)
            if found is None or stamp is None:
                continue
            kind, record_id, entry = found
            rows.append((name, *stamp, kind, record_id, pickle.dumps(self._facts(kind, entry.record), protocol=5)))
            records.append((name, pickle.dumps(entry.record, protocol=5)))
        stale = [(name,) for name in self._stale | (self._rows - by_path.keys())]
        for _attempt in range(2):
            try:
                self._write(rows, records, stale, blobs)
                return
            except sqlite3.DatabaseError:
                self._discard()  # corrupt: written again from scratch (rows of this run only)
            except OSError:
                return

    def _write(self, rows: list[tuple], records: list[tuple[str, bytes]], stale: list[tuple[str]],
               blobs: Mapping[str, bytes | None]) -> None:
        db = self._connect(create=True)
        assert db is not None
        db.execute("BEGIN")
        try:
            for table in ("files", "records"):
                db.executemany(f"DELETE FROM {table} WHERE path = ?", stale)
            db.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
            db.executemany("INSERT OR REPLACE INTO records VALUES (?, ?)", records)
            for name, value in blobs.items():
                if value is None:
                    db.execute("DELETE FROM meta WHERE name = ?", (f"blob:{name}",))
                else:
                    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (f"blob:{name}", value))
        except BaseException:
            db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")
