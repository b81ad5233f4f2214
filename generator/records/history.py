"""When each record last changed, and the dataset's changes, from git when the knowledge base is in one.

One `git log` over the record folders gives, for every record file, the date
of the last commit that touched it, and for the Data page the latest commits
with how many records of each kind they added, changed or removed. A file with
changes not yet committed (or not in git at all, or no git repository) is
dated by its modification time. The dataset's version is the date of its
newest change, with the commit it was built from when every record is committed.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from .model import KINDS

CHANGELOG_ENTRIES = 20
# Record folder (as the YAML contract names it) -> record kind; the longest folder first.
FOLDER_KINDS = sorted(((kind.folder, kind.name) for kind in KINDS.values()), key=lambda fk: -len(fk[0]))
STATUS_WORDS = {"A": "added", "M": "changed", "D": "removed", "R": "changed", "C": "added", "T": "changed"}


@dataclass(frozen=True)
class Change:
    """One commit that touched records: its day, short hash, subject, and (kind, added|changed|removed) counts."""

    day: dt.date
    commit: str
    subject: str
    counts: dict[tuple[str, str], int]


@dataclass
class History:
    last_changed: dict[str, dt.date] = field(default_factory=dict)  # path relative to the root -> day
    changes: list[Change] = field(default_factory=list)  # newest first
    commit: str | None = None  # HEAD's short hash when every record file is committed
    # Modification times (ns) of record files by relative path, when the caller has stamped them
    # already (`kb generate` stamps every input before loading): no stat per record then.
    mtimes: dict[str, int] = field(default_factory=dict)

    def day_of(self, root: Path, relative: str) -> dt.date:
        """When a record file (its path relative to the root) last changed: its last commit, else its modification time."""
        found = self.last_changed.get(relative)
        if found is None:
            ns = self.mtimes.get(relative)
            found = _mtime_day(Path(root) / relative) if ns is None else _day(_seconds(ns))
            self.last_changed[relative] = found  # asked once per language
        return found

    def version(self, root: Path, relatives: list[str]) -> str:
        """The dataset's version: the day of its newest change, and the commit when all is committed."""
        # The newest of the committed days, and the day of the newest modification time of the others (one
        # date made instead of one per file: the day of a time only grows with it).
        committed, latest_ns, unstamped = [], None, []
        for relative in relatives:
            day = self.last_changed.get(relative)
            if day is not None:
                committed.append(day)
                continue
            ns = self.mtimes.get(relative)
            if ns is None:
                unstamped.append(relative)
            elif latest_ns is None or ns > latest_ns:
                latest_ns = ns
        days = [self.day_of(root, p) for p in unstamped] + ([max(committed)] if committed else [])
        if latest_ns is not None:
            days.append(_day(_seconds(latest_ns)))
        if not days:
            return ""
        newest = max(days)
        return f"{newest.isoformat()} ({self.commit})" if self.commit else newest.isoformat()


def kind_of(path: str) -> str | None:
    for folder, kind in FOLDER_KINDS:
        if path.startswith(folder + "/") and path.endswith(".yaml"):
            return kind
    return None


def read_history(root: Path) -> History:
    """The history of the record files under `root` (empty when it is no git working tree or git is missing)."""
    folders = sorted({folder.split("/")[0] for folder, _ in FOLDER_KINDS})
    log = _git(root, "log", "--format=%x00%h%x09%cs%x09%s", "--name-status", "--relative", "--", *folders)
    if log is None:
        return History()
    history = History()
    for block in log.split("\0")[1:]:
        head, _, files = block.partition("\n")
        commit, day, subject = (head.split("\t", 2) + ["", ""])[:3]
        counts: Counter = Counter()
        for line in files.splitlines():
            parts = line.split("\t")
            if len(parts) < 2:
                continue
            path = parts[-1]
            history.last_changed.setdefault(path, dt.date.fromisoformat(day))
            kind = kind_of(path)
            if kind is not None:
                counts[(kind, STATUS_WORDS.get(parts[0][:1], "changed"))] += 1
        if counts and len(history.changes) < CHANGELOG_ENTRIES:
            history.changes.append(Change(dt.date.fromisoformat(day), commit, subject, dict(counts)))
    status = _git(root, "status", "--porcelain", "-z", "--untracked-files=all", "--", *folders)
    prefix = (_git(root, "rev-parse", "--show-prefix") or "").strip()  # status paths start at the repository's top
    uncommitted = [entry[3:].removeprefix(prefix) for entry in (status or "").split("\0") if len(entry) > 3]
    for path in uncommitted:
        history.last_changed.pop(path, None)  # dated by its modification time
    if not uncommitted:
        history.commit = (_git(root, "rev-parse", "--short", "HEAD") or "").strip() or None
    return history


def head(root: Path) -> str:
    """HEAD's commit, or "" outside git: what the pages' dates and changelog depend on besides the files."""
    return (_git(root, "rev-parse", "HEAD") or "").strip()


def _git(root: Path, *args: str) -> str | None:
    """Output of a git command run in `root`, or None when git is missing or `root` is not in a working tree."""
    try:
        run = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True, timeout=300,
                             env={**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"})
    except (OSError, subprocess.TimeoutExpired):
        return None
    return run.stdout if run.returncode == 0 else None


def _mtime_day(path: Path) -> dt.date:
    return _day(Path(path).stat().st_mtime)


def _seconds(ns: int) -> float:
    """`st_mtime` from `st_mtime_ns`, computed as `os.stat` computes it (so the day is the same to the last bit)."""
    seconds, nanoseconds = divmod(ns, 1_000_000_000)
    return seconds + nanoseconds * 1e-9


def _day(seconds: float) -> dt.date:
    return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc).date()
