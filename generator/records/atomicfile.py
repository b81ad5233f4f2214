"""Writing files all or nothing: a temporary file beside the target, renamed onto it, skipped when
the target already holds the same bytes.

Used for record files (records/yamlio.py renders their text), generated pages and the site's
downloads. A reader never sees half a file, and a file whose content would not change is not
touched (its stamp stays, so the caches keyed by stamps stay valid).
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path


def write_if_changed(path: Path, text: str) -> bool:
    """Atomically write `text` (UTF-8) to `path` unless it already holds exactly that; True if written.

    Temporary file, then rename: a reader never sees half a file. No fsync: the rename alone makes
    the write all-or-nothing for readers and for crashes of this process, and an fsync a file cost
    more than writing a record (or a generated page).
    """
    return write_bytes_if_changed(path, text.encode("utf-8"))


def write_temporary(path: Path, text: str) -> Path | None:
    """Write `text` (UTF-8) to a new temporary file beside `path`, to be renamed onto it; None when
    `path` already holds exactly that.

    The temporary file gets the mode `path` has, or for a new file the one `open` would give it
    (0666 less the umask): published files (the site's downloads) must stay readable. Its name is
    `temporary_name(path)`'s pattern, so that a file left by a process that died can be recognised
    (`is_temporary`) and removed.
    """
    made: list[str] = []
    try:
        if not _write_new_if_changed(path, text.encode("utf-8"), made):
            return None
    except BaseException:
        _remove(made)
        raise
    return Path(made[0])


def copy_if_changed(source: Path, target: Path) -> bool:
    """Copy a file's bytes to `target` the way `write_if_changed` writes; True if written."""
    return write_bytes_if_changed(target, source.read_bytes())


def write_bytes_if_changed(path: Path, data: bytes) -> bool:
    """`write_if_changed` for bytes: a temporary file renamed onto `path`; True if written.

    Whatever ends the write, an exception or a signal its handler turns into one (a live preview's
    background job is ended so, `background.py`), the temporary file goes: its name is noted before
    the file is made, and removed unless the rename has happened (a job ended between writing and
    renaming once left one behind).
    """
    made: list[str] = []
    try:
        if not _write_new_if_changed(path, data, made):
            return False
        os.replace(made[0], path)
        made.clear()
    finally:
        _remove(made)
    return True


def _write_new_if_changed(path: Path, data: bytes, made: list[str]) -> bool:
    """Unless `path` already holds exactly `data`, write it to a new temporary file beside `path` with the mode
    `path` has (a new file's: 0666 less the umask, which `os.open` applies), its name added to `made` before it
    exists; whether it was written."""
    mode = None
    try:
        existing = os.stat(path)
        if existing.st_size == len(data) and path.read_bytes() == data:
            return False
        mode = existing.st_mode & 0o7777
    except FileNotFoundError:
        pass
    try:
        fd = _create_temporary(path, made)
    except FileNotFoundError:  # a new folder (made only then: most writes go to folders that exist)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = _create_temporary(path, made)
    try:
        if mode is not None:
            os.fchmod(fd, mode)
        written = 0
        while written < len(data):  # a regular file takes it in one write, save on a full disk's edge
            written += os.write(fd, data[written:])
    finally:
        os.close(fd)
    return True


def _remove(names: list[str]) -> None:
    for name in names:
        with suppress(OSError):
            os.unlink(name)


def _create_temporary(path: Path, made: list[str]) -> int:
    """A new file named `.<name>.<random>.tmp` beside `path`, open for writing, with the mode a new file gets;
    its name is added to `made` before it is created, so that nothing can end the write between the file's
    making and its name being known.

    `tempfile.mkstemp` makes such files, but 0600, so each needed an `fchmod`; without it and its file
    object, writing a page takes half the time in Python (45 -> 21 microseconds on a memory file system;
    a full `kb generate` at 10,000 incidents writes 29,000).
    """
    prefix, suffix = _temporary_affixes(path)
    for _ in range(100):
        name = os.path.join(path.parent, f"{prefix}{os.urandom(4).hex()}{suffix}")
        made.append(name)
        try:
            return os.open(name, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
        except OSError as err:
            made.pop()   # not made (no folder yet), or another's file: not ours to remove
            if not isinstance(err, FileExistsError):
                raise
    raise FileExistsError(f"no free temporary name beside {path}")


# A temporary file is `.<name>.<random>.tmp` beside the file it will replace: hidden, so that
# nothing that lists records or pages reads it, and recognisable after a crash.
TEMPORARY_SUFFIX = ".tmp"


def _temporary_affixes(path: Path) -> tuple[str, str]:
    return f".{path.name}.", TEMPORARY_SUFFIX


def is_temporary(path: Path) -> bool:
    """Whether `path` is named like the temporary files `write_temporary` makes (`.<name>.<random>.tmp`).

    Such a file outside a running write was left by a process that died before renaming it; the
    next command that writes records removes the ones in the record folders (`records.journal`).
    """
    return is_temporary_name(path.name)


def is_temporary_name(name: str) -> bool:
    """`is_temporary` for a file name (walking many files costs no `Path` each)."""
    return name.startswith(".") and name.endswith(TEMPORARY_SUFFIX) and name.count(".") >= 3
