"""One writer at a time: an operating-system lock on the knowledge base.

Every command that writes records holds `writer_lock` while it loads the
records, decides what to write and writes it, so that two runs never give
one id twice or overwrite each other's files: the second one loads the
records only once the first has finished writing them.

The lock is `flock` on `<root>/.kb/lock` (the folder is git-ignored). The
operating system releases it when the process ends however it ends, so a
killed run never leaves a stale lock behind. While the lock is held, the
file says who holds it (process id, command, start time), for the message a
waiting command prints; it is emptied when the lock is released (a killed
writer's words stay until the next writer replaces them).
"""

from __future__ import annotations

import datetime as dt
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import KbError

# The knowledge base's working folder: the lock and the journal of a write in progress.
WORK_FOLDER = ".kb"
LOCK_FILE = "lock"
# How long a second writer waits by default before it gives up, in seconds.
DEFAULT_WAIT = 30.0
# How often a waiting writer tries again, in seconds.
POLL_INTERVAL = 0.1


class KnowledgeBaseBusy(KbError):
    """Another command is writing records into the knowledge base."""

    hint = "wait for it to finish and run the command again, or let it wait longer with --wait SECONDS"


def lock_path(root: Path) -> Path:
    return Path(root) / WORK_FOLDER / LOCK_FILE


@contextmanager
def writer_lock(root: Path, purpose: str, wait: float = DEFAULT_WAIT,
                on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the knowledge base's writer lock while the block runs.

    When another process holds it, `on_wait` is called once with who holds it, then the lock is
    tried again until `wait` seconds have passed; after that `KnowledgeBaseBusy` is raised.
    `purpose` (e.g. "kb ingest") is recorded for the messages of other writers.
    """
    fd = _open(root)
    try:
        if not _try_lock(fd):
            holder = _holder(fd)
            if on_wait is not None:
                on_wait(holder)
            deadline = time.monotonic() + wait
            while not _try_lock(fd):
                if time.monotonic() >= deadline:
                    raise KnowledgeBaseBusy(f"another command is writing to {root} ({holder}); "
                                            f"gave up after waiting {wait:g} s")
                time.sleep(POLL_INTERVAL)
        started = dt.datetime.now().astimezone().replace(microsecond=0).isoformat()
        _say(fd, f"pid {os.getpid()}, {purpose}, since {started}")
        try:
            yield
        finally:
            _say(fd, "")
    finally:
        os.close(fd)  # closing the file releases the lock


@contextmanager
def lock_if_free(root: Path, purpose: str) -> Iterator[bool]:
    """Take the writer lock only if nobody holds it; yields whether it was taken (for readers that
    finish an interrupted write, which a writer that holds the lock finishes itself)."""
    try:
        fd = _open(root)
    except OSError:
        yield False  # a knowledge base this process may not write to: only read it
        return
    try:
        if not _try_lock(fd):
            yield False
            return
        _say(fd, f"pid {os.getpid()}, {purpose}")
        try:
            yield True
        finally:
            _say(fd, "")
    finally:
        os.close(fd)


def _open(root: Path) -> int:
    path = lock_path(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    return os.open(path, os.O_RDWR | os.O_CREAT, 0o666)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _say(fd: int, holder: str) -> None:
    """Write who holds the lock into the lock file (empty: nobody)."""
    os.ftruncate(fd, 0)
    if holder:
        os.pwrite(fd, f"{holder}\n".encode(), 0)


def _holder(fd: int) -> str:
    text = os.pread(fd, 200, 0).decode("utf-8", "replace").strip()
    return text or "a process that has not said who it is yet"
