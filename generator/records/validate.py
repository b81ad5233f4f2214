"""`kb check`: every problem of a knowledge base, each with its file and line.

Problems of files and of single records' syntax, fields, types and
vocabularies are found while the store loads (those records are left out);
this module adds what the loaded records still get wrong: references to
missing records and merge chains (here), implausible values
(`plausible.py`) and what only several records or the files around them show
(`consistency.py`). These records stay in: pages show them as written.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
import datetime as dt
import difflib
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Problem
from . import consistency, folders, plausible, yamlio
from .model import KINDS, REFERENCES
from .plausible import Finding
from .entries import Entry
from .store import Store


@dataclass
class Memo:
    """What a check keeps for the next one (`kb generate`'s state), each value with its file's stamp:
    a file that did not move is not read again."""

    digests: consistency.Digests = field(default_factory=dict)  # see `consistency.archive_findings`
    beside: consistency.Beside = field(default_factory=dict)  # the same
    # path of a record file with problems -> (its stamp, the line of each location a problem names)
    lines: dict[str, tuple[tuple[int, int, int, int], dict[tuple[Any, ...], int]]] = field(default_factory=dict)
    # (kind, id) -> (the store entry, the day, the problems of its record's `plausible.findings`): kept while
    # the entry is the same object (an edit run keeps the entries of files that did not move, and makes a new
    # one for each file read again, pages/generate.py, so their problems' lines have not moved either; an
    # entry, not its record: the state pickles each entry once, and a reference to one is cheap to read back)
    plausible: dict[tuple[str, str], tuple[Entry, dt.date, list[Problem]]] = field(default_factory=dict)
    # (kind, id) -> (the store entry, the problems of its references to missing records), kept while the entry
    # is the same object and the ids of the knowledge base are `ids` (those found to be missing, and the
    # hints naming close ids, depend on them alone)
    references: dict[tuple[str, str], tuple[Entry, list[Problem]]] = field(default_factory=dict)
    ids: tuple[frozenset, ...] = ()
    # The cross-record checks' findings by record (`consistency.Reused`), and the problem each was reported
    # as: (the record's file, the finding) -> (the entry, the problem), kept while the entry is the same object.
    cross: consistency.Kept = field(default_factory=dict)
    cross_problems: dict[tuple[str, Finding], tuple[Entry, Problem]] = field(default_factory=dict)


def check(store: Store, today: dt.date | None = None, memo: Memo | None = None,
          moved: Collection[str] | None = None) -> list[Problem]:
    """Every problem in the knowledge base, errors and warnings, sorted by file and line.

    `today` is the last day a date may be (with a day's grace); by default, the system's date.
    `memo`: what the last check kept (brought up to date here).
    `moved`: with `memo`, every file (absolute path) of the record folders added, removed or changed since the
    check that kept it, when the caller knows them (`kb generate` does, from the files' stamps): the archived
    texts of the others are not stamped again.
    """
    today = today or dt.date.today()
    lines = _Lines(store, memo)
    kept: dict[tuple[str, str], tuple[Entry, dt.date, list[Problem]]] = {}
    ids = _ids(store) if memo is not None else ()
    known_references = memo.references if memo is not None and memo.ids == ids else {}
    references_kept: dict[tuple[str, str], tuple[Entry, list[Problem]]] = {}
    problems = list(store.problems)
    for kind, references in REFERENCES.items():
        mergeable = "merged_into" in KINDS[kind].model.model_fields
        for record_id, entry in store.by_kind[kind].items():  # an entry's record is read only when needed
            key = (kind, record_id)
            known = known_references.get(key)
            if known is None or known[0] is not entry:
                known = (entry, [lines.problem(entry, finding)
                                        for finding in _missing_references(store, entry, references)])
            references_kept[key] = known
            problems.extend(known[1])
            if mergeable and getattr(entry.record, "merged_into", None):
                problems.extend(_merge_chain_problems(store, entry, lines))
            problems.extend(_implausible(key, entry, today, memo, kept, lines))
    problems.extend(_cross_problems(store, lines, memo))
    archives = (consistency.archive_findings(store) if memo is None
                else consistency.archive_findings(store, memo.digests, memo.beside, moved))
    problems.extend(lines.problem(where, finding) for where, finding in archives)
    if memo is not None:
        memo.lines, memo.plausible, memo.references, memo.ids = lines.kept, kept, references_kept, ids
    return sorted(problems)


def _cross_problems(store: Store, lines: _Lines, memo: Memo | None) -> list[Problem]:
    """The problems of `consistency.findings`; with a memo, a finding of an entry that is the same object as in
    the last check is the same problem (its file did not move, nor did its lines)."""
    if memo is None:
        return [lines.problem(entry, finding) for entry, finding in consistency.findings(store)]
    kept: dict[tuple[str, Finding], tuple[Entry, Problem]] = {}
    out = []
    for entry, finding in consistency.findings(store, memo.cross):
        key = (entry.file, finding)
        known = memo.cross_problems.get(key)
        if known is None or known[0] is not entry:
            known = (entry, lines.problem(entry, finding))
        kept[key] = known
        out.append(known[1])
    memo.cross_problems = kept
    return out


def _ids(store: Store) -> tuple[frozenset, ...]:
    """The ids of every kind, and the records that could not be read: what references are checked against."""
    return (*(frozenset(store.by_kind[kind]) for kind in sorted(store.by_kind)), frozenset(store.unreadable))


def _implausible(key: tuple[str, str], entry: Entry, today: dt.date, memo: Memo | None,
                 kept: dict[tuple[str, str], tuple[Entry, dt.date, list[Problem]]], lines: _Lines) -> list[Problem]:
    """The problems of `plausible.findings` of the entry's record, from `memo` when it holds them for this
    very entry and day."""
    if memo is None:
        return [lines.problem(entry, finding) for finding in plausible.findings(entry.record, today)]
    known = memo.plausible.get(key)
    if known is None or known[0] is not entry or known[1] != today:
        known = (entry, today, [lines.problem(entry, finding) for finding in plausible.findings(entry.record, today)])
    kept[key] = known
    return known[2]


def _values_at(data: Any, path: str, trail: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], Any]]:
    """Walk a dotted path such as `actors[].id`, yielding (location, value) pairs."""
    head, _, rest = path.partition(".")
    is_list = head.endswith("[]")
    key = head.removesuffix("[]")
    if not isinstance(data, dict) or data.get(key) is None:
        return
    value = data[key]
    items = list(enumerate(value)) if is_list else [(None, value)]
    for index, item in items:
        location = trail + ((key, index) if is_list else (key,))
        if rest:
            yield from _values_at(item, rest, location)
        else:
            yield location, item


def _missing_references(store: Store, entry: Entry, references: tuple[tuple[str, str], ...]) -> Iterator[Finding]:
    data = entry.record.model_dump(by_alias=True)
    for path, target_kind in references:
        if path == "merged_into":
            continue  # reported with the chain check, which knows more
        for location, value in _values_at(data, path):
            if value and (target_kind, value) not in store and (target_kind, value) not in store.unreadable:
                yield Finding(location, f"no {target_kind} has the id {value!r}", _reference_hint(store, target_kind, value))


def _merge_chain_problems(store: Store, entry: Entry, lines: _Lines) -> Iterator[Problem]:
    record = entry.record
    target = getattr(record, "merged_into", None)
    if not target:
        return
    kind = entry.kind.name
    if (kind, target) in store.unreadable:
        return
    if (kind, target) not in store:
        yield lines.problem(entry, Finding(("merged_into",), f"merged_into names {target!r}, which does not exist",
                                           _reference_hint(store, kind, target)))
        return
    seen = [record.id]
    while target:
        if target in seen:
            chain = " -> ".join(seen + [target])
            yield lines.problem(entry, Finding(("merged_into",), f"merge cycle: {chain}",
                                               "one of these records must be the survivor, with status other than merged"))
            return
        seen.append(target)
        nxt = store.by_kind[kind].get(target)
        target = getattr(nxt.record, "merged_into", None) if nxt else None


def _reference_hint(store: Store, kind: str, value: str) -> str:
    close = difflib.get_close_matches(value, list(store.by_kind[kind]), n=1, cutoff=0.6)
    if close:
        return f"did you mean {close[0]}?"
    return f"create the {kind} record or correct the id"


class _Lines:
    """Problems with their lines, found by re-reading each file once (only files with problems are re-read,
    and with a `Memo`, only those that moved since)."""

    def __init__(self, store: Store, memo: Memo | None = None):
        self.store = store
        self.files: dict[Path, tuple[Any, yamlio.LineIndex] | None] = {}
        self.known = memo.lines if memo is not None else None
        self.kept: dict[str, tuple[tuple[int, int, int, int], dict[tuple[Any, ...], int]]] = {}

    def problem(self, where: Entry | Path, finding: Finding) -> Problem:
        path = where.path if isinstance(where, Entry) else where
        field = ".".join(str(p) for p in finding.location)
        return Problem(self.store.relative(path), self.line(path, finding.location), field,
                       finding.message, finding.hint, finding.severity)

    def line(self, path: Path, location: tuple[Any, ...]) -> int:
        if not location:
            return 1
        if self.known is None:
            return self._read_line(path, location)
        name = str(path)
        kept = self.kept.get(name)
        if kept is None:
            try:
                stamp = folders.stamp(os.stat(path, follow_symlinks=False))
            except OSError:
                return self._read_line(path, location)
            known = self.known.get(name)
            kept = self.kept[name] = (stamp, dict(known[1]) if known and known[0] == stamp else {})
        found = kept[1].get(location)
        if found is None:
            found = kept[1][location] = self._read_line(path, location)
        return found

    def _read_line(self, path: Path, location: tuple[Any, ...]) -> int:
        if path not in self.files:
            try:
                self.files[path] = yamlio.load_file(path)
            except yamlio.FileProblem:
                self.files[path] = None
        loaded = self.files[path]
        return loaded[1].line_of(loaded[0], location) if loaded else 1
