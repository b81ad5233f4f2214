"""The record store: every record of a knowledge base, indexed by kind and id.

Loading never stops at the first bad file: each problem is collected with its
file, line and field, and the good records are still indexed, so `kb check`
reports everything in one run and a site still builds around one broken file.

Writing: a command that writes records opens the store with `open_for_writing`
(the writer lock, then the records), stages what it changes and flushes it
once, as one all-or-nothing batch (`records.journal`).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..errors import NotAKnowledgeBase, Problem, RecordNotFound
from . import folders, journal, yamlio
from .messages import validation_problems
from .lock import DEFAULT_WAIT, writer_lock
from .entries import Entry, KindRecords, R
from .model import KINDS, KIND_OF_MODEL, Kind, Record, Source

SCHEMA_FOLDER = "schemas"


@dataclass
class Store:
    """All records of one knowledge base."""

    root: Path
    by_kind: dict[str, dict[str, Entry]] = field(default_factory=lambda: {k: {} for k in KINDS})
    problems: list[Problem] = field(default_factory=list)
    # (kind, file stem) of files that failed to load: references to them are
    # not reported again as missing, the file's own problem says it all.
    unreadable: set[tuple[str, str]] = field(default_factory=set)
    # Records put in the store by `stage` and not yet written (see `flush`).
    staged: dict[tuple[str, str], Record] = field(default_factory=dict)
    # The archived texts (.txt) found under sources/, whether or not a source names them.
    texts: Sequence[Path] = field(default_factory=list)
    # Other files written with them (the archived texts of sources), by path.
    staged_files: dict[Path, str] = field(default_factory=dict)
    # What opening the store for writing cleaned up after an interrupted command.
    recovery: journal.Recovery = field(default_factory=journal.Recovery)

    # ---- loading -----------------------------------------------------------

    @classmethod
    def load(cls, root: Path) -> Store:
        """Every record under `root`, after finishing the write of a command that died half-way."""
        root = require_knowledge_base(root)
        store = cls(root)
        store.recovery.finished = journal.finish_interrupted(root)
        found = folders.scan(root)
        store.problems.extend(found.problems)
        store.texts = found.texts
        for kind, path in found.records:
            store._load_file(path, kind)
        return store

    def _load_file(self, path: Path, kind: Kind) -> None:
        problems_before = len(self.problems)
        self._read_record(path, kind)
        if len(self.problems) > problems_before:
            self.unreadable.add((kind.name, path.stem))

    def _read_record(self, path: Path, kind: Kind) -> None:
        # The file as problems name it, made only for a problem (a `Path` each for 26,500 records otherwise).
        try:
            data, lines = yamlio.load_file(path)
        except yamlio.FileProblem as err:
            self.problems.append(Problem(self.relative(path), err.problem.line, "", err.problem.message,
                                         err.problem.hint))
            return
        if not isinstance(data, dict):
            self.problems.append(Problem(self.relative(path), 1, "", f"a record is a mapping of fields, not a {type(data).__name__}",
                                         "start each line with `field: value`"))
            return
        try:
            record = kind.model.model_validate(data)
        except ValidationError as err:
            self.problems.extend(validation_problems(self.relative(path), err, data, lines))
            return
        if record.id != path.stem:
            self.problems.append(Problem(self.relative(path), lines.line_of(data, ("id",)), "id",
                                         f"id {record.id!r} does not match the file name {path.name!r}",
                                         f"rename the file to {record.id}.yaml or set id: {path.stem}"))
            return
        existing = self.by_kind[kind.name].get(record.id)
        if existing is not None:
            self.problems.append(Problem(self.relative(path), lines.line_of(data, ("id",)), "id",
                                         f"two {kind.name} records have the id {record.id!r} (the other is {self.relative(existing.path)})",
                                         "ids are unique: merge the two or rename one"))
            return
        self.by_kind[kind.name][record.id] = Entry(record, path, kind)

    def reload(self, paths: list[Path]) -> bool:
        """Read these record files again, in place of what they held; False when only a full load is exact.

        A full load reads files in folder order and the first of two files with one id wins, so a
        file whose id appears or disappears, or that shares its name with another, needs `load`.
        The store is unchanged when False is returned.
        """
        plans = []
        for path in paths:
            kind = kind_of_path(self.root, path)
            if kind is None or not path.is_file():
                return False
            entry = self.by_kind[kind.name].get(path.stem)
            if (entry is None) != ((kind.name, path.stem) in self.unreadable) or (entry and entry.path != path):
                return False  # loaded by another file of the same name, or neither loaded nor broken
            plans.append((path, kind, entry))
        for path, kind, entry in plans:
            records = self.by_kind[kind.name]
            order = list(records)
            shown = self.relative(path)
            self.problems = [p for p in self.problems if p.path != shown]
            self.unreadable.discard((kind.name, path.stem))
            records.pop(path.stem, None)
            self._load_file(path, kind)
            if entry is None and path.stem in records:  # a broken file mended: it takes its place in folder order
                fresh = Store.load(self.root)
                self.by_kind, self.problems, self.unreadable = fresh.by_kind, fresh.problems, fresh.unreadable
                return True
            if path.stem in records:
                self.by_kind[kind.name] = {key: records[key] for key in order if key in records}
        return True

    # ---- queries -----------------------------------------------------------

    def get(self, kind: str, record_id: str) -> Record:
        try:
            return self.by_kind[kind][record_id].record
        except KeyError:
            raise RecordNotFound(f"no {kind} record has the id {record_id!r}") from None

    def find(self, record_id: str) -> Entry:
        """The record with this id, whatever its kind."""
        for entries in self.by_kind.values():
            if record_id in entries:
                return entries[record_id]
        raise RecordNotFound(f"no record has the id {record_id!r}")

    def entries(self, kind: str) -> Iterator[Entry]:
        return iter(self.by_kind[kind].values())

    def records(self, kind: str) -> Iterator[Any]:
        return (e.record for e in self.by_kind[kind].values())

    def typed(self, kind: str, model: type[R]) -> KindRecords[R]:
        """The records of one kind by id, typed as `model`: the kind's model or one it extends
        (`Curated` for any kind but sources). A live view: nothing is copied."""
        if not issubclass(KINDS[kind].model, model):
            raise TypeError(f"{kind} records are {KINDS[kind].model.__name__}, not {model.__name__}")
        return KindRecords(self.by_kind[kind])

    def __contains__(self, key: tuple[str, str]) -> bool:
        kind, record_id = key
        return record_id in self.by_kind[kind]

    def archive_file(self, source_id: str) -> Path | None:
        """The archived article text of a source (a file inside the knowledge base), or None when it has none."""
        entry = self.by_kind["source"].get(source_id)
        if entry is None or not isinstance(entry.record, Source):
            return None
        beside, st = folders.beside(entry.file, entry.record.text_file)
        if st is not None:  # the usual case, found with one `lstat` (pages ask for 12,000 at 10,000 incidents)
            return Path(beside)
        path = folders.archive_path(self.root, entry.path, entry.record.text_file)
        return path if path is not None and path.is_file() else None

    def archive_files(self) -> dict[str, Path]:
        """Source id -> its archived text file, for every source that has one."""
        found = {}
        for source_id in self.by_kind["source"]:
            path = self.archive_file(source_id)
            if path is not None:
                found[source_id] = path
        return found

    def relative(self, path: Path) -> Path:
        try:
            return path.relative_to(self.root)
        except ValueError:
            return path

    def load_problem(self, kind: str, record_id: str) -> Problem | None:
        """Why the file of record `record_id` could not be loaded (None when it loaded, or has no file)."""
        if (kind, record_id) not in self.unreadable:
            return None
        folder = Path(KINDS[kind].folder)
        return next((p for p in self.problems if p.path.stem == record_id and folder in p.path.parents), None)

    # ---- writing -----------------------------------------------------------

    def path_for(self, record: Record) -> Path:
        """Where a record lives: its existing file, or the contract's place for a new one."""
        kind = KIND_OF_MODEL[type(record)]
        existing = self.by_kind[kind.name].get(record.id)
        if existing is not None:
            return existing.path
        folder = self.root / kind.folder
        if kind.by_year:
            folder /= year_folder(record)
        return folder / f"{record.id}.yaml"

    def stage(self, record: Record) -> None:
        """Put a record in the store now and write it at the next `flush`, once however often staged.

        A batch that changes one record many times (an incident reported by many
        articles) then rewrites its file once instead of once per change.
        """
        kind = KIND_OF_MODEL[type(record)]
        self.by_kind[kind.name][record.id] = Entry(record, self.path_for(record), kind)
        self.staged[(kind.name, record.id)] = record

    def stage_file(self, path: Path, text: str) -> None:
        """Write another file (an archived text) with the staged records at the next `flush`."""
        self.staged_files[path] = text

    def flush(self) -> list[Path]:
        """Write every staged record and file as one all-or-nothing batch; the files that changed.

        Raises `journal.WriteFailed` when one of them cannot be written: then none is.
        """
        staged, files = list(self.staged.values()), dict(self.staged_files)
        self.staged.clear()
        self.staged_files.clear()
        with journal.Transaction(self.root) as batch:
            path = self.root
            try:
                for path, text in files.items():
                    batch.write(path, text)
                for record in staged:
                    path = self.path_for(record)
                    rendered = self._render(record, path)
                    if rendered is not None:
                        batch.write(path, rendered)
            except OSError as error:
                raise journal.WriteFailed(f"{self.relative(path)}: cannot be written ({error.strerror or error}); "
                                          "nothing was written") from None
            except yamlio.FileProblem as error:
                raise journal.WriteFailed(f"{error.problem}; nothing was written") from None
            return batch.commit()

    def save(self, record: Record) -> bool:
        """Write one record at once (keeping comments of an existing file); True if the file changed."""
        path = self.path_for(record)
        text = self._render(record, path)
        return text is not None and yamlio.write_if_changed(path, text)

    def _render(self, record: Record, path: Path) -> str | None:
        """The text of `record`'s file (its existing file updated in place); None when it holds it already."""
        kind = KIND_OF_MODEL[type(record)]
        data = record_data(record)
        self.by_kind[kind.name][record.id] = Entry(record, path, kind)
        try:
            existing = yamlio.read_text(path) if path.exists() else None
            if existing is not None and yamlio.holds(existing, data):
                return None
            return yamlio.render(data, schema_header(self.root, path, kind), existing)
        except yamlio.YamlProblem as error:
            raise yamlio.FileProblem(Problem(self.relative(path), error.line, "", error.message, error.hint)) from None


@contextmanager
def open_for_writing(root: Path, purpose: str, wait: float = DEFAULT_WAIT,
                     on_wait: Callable[[str], None] | None = None,
                     load: Callable[[Path], Store] | None = None) -> Iterator[Store]:
    """The records of `root`, loaded once this process holds the writer lock (held until the block ends).

    An interrupted command's batch is finished and its temporary files removed first (`store.recovery`
    says what was done). `wait` and `on_wait` are as in `lock.writer_lock`; `load` loads the records
    (default `Store.load`; ingest reads them through the record cache, records/recordcache.py).
    """
    root = require_knowledge_base(root)
    with writer_lock(root, purpose, wait, on_wait):
        recovery = journal.recover(root)
        store = (load or Store.load)(root)
        store.recovery = recovery
        yield store


def require_knowledge_base(root: Path) -> Path:
    root = Path(root)
    if not any((root / kind.folder).is_dir() for kind in KINDS.values()):
        raise NotAKnowledgeBase(f"{root} holds none of the record folders (events/, actors/, places/, sources/)")
    return root


def year_folder(record: Record) -> str:
    """The folder under its kind's folder where an incident or source lives: its year, or `undated`."""
    day = getattr(record, "date", None) or getattr(record, "published_date", None)
    return str(day.year) if day else "undated"


def kind_of_path(root: Path, path: Path) -> Kind | None:
    """The kind whose folder holds this record file; None for anything else (an archived .txt, a file
    in a hidden folder or hidden itself, which `folders.scan` leaves alone)."""
    if path.suffix != folders.RECORD_SUFFIX:
        return None
    try:
        relative = path.relative_to(root)
    except ValueError:
        return None
    if any(part.startswith(".") for part in relative.parts):
        return None
    posix = relative.as_posix()
    return next((kind for kind in KINDS.values() if posix.startswith(kind.folder + "/")), None)


def record_data(record: Record) -> dict[str, Any]:
    """A record as the plain data written to YAML, in the contract's order.

    Fields at their default are left out, except the kind's `always_written`
    ones, which an editor expects to see and fill; `review` notes come last.
    """
    full = record.model_dump(mode="python", by_alias=True)
    given = record.model_dump(mode="python", by_alias=True, exclude_defaults=True)
    data = {k: given.get(k, v) for k, v in full.items()
            if (k in given or k in record.always_written) and k != "review"}
    if given.get("review"):
        data["review"] = given["review"]
    return data


def schema_header(root: Path, path: Path, kind: Kind) -> str:
    """The editor hint that points VS Code's YAML extension at the kind's JSON Schema."""
    return _schema_header(str(root), str(path.parent), kind.name)


@lru_cache(maxsize=1024)
def _schema_header(root: str, folder: str, kind_name: str) -> str:
    """`schema_header` by folder (a batch writes hundreds of records into a few folders)."""
    schema = Path(os.path.relpath(os.path.join(root, SCHEMA_FOLDER, f"{kind_name}.schema.json"), folder))
    return f"# yaml-language-server: $schema={schema.as_posix()}\n"
