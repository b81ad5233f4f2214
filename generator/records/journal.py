"""All or nothing: the files one command writes, applied through a journal.

A batch (every record file and archived text one `kb ingest` run changes,
or the records one `kb merge` changes) is written in four steps:

1. each new text goes to a temporary file beside the file it replaces
   (`yamlio.write_temporary`); nothing anyone reads has changed yet;
2. the journal, `<root>/.kb/journal.json`, lists every (temporary file,
   file) pair; it is itself written to a temporary file and renamed into
   place, and that rename is the commit point;
3. each temporary file is renamed onto its file (one atomic rename each);
4. the journal is removed.

A process that dies before step 2 leaves temporary files only: the
knowledge base is as it was, and the next command that writes removes them
(`kb check` lists them until then). A process that dies after step 2 leaves
the journal: the next `kb` command that opens the knowledge base, or the
site build, finishes step 3 (a pair whose temporary file is gone was renamed
already) and removes the journal, so the batch ends exactly as if nothing had
happened. Either way every batch is seen whole or not at all.

No fsync: this protects against the process dying (kill -9, a crash, Ctrl-C,
a closed laptop lid); after a power cut the file system's own journal decides
what reached the disk.
"""

from __future__ import annotations

import json
import os
import signal
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from types import TracebackType

from ..errors import KbError
from . import yamlio
from .lock import WORK_FOLDER, lock_if_free
from .model import KINDS

JOURNAL_FILE = "journal.json"
JOURNAL_VERSION = 1
# Test hook, read when a batch starts: with KB_CRASH_AFTER_STEPS=N in the environment the process
# kills itself with SIGKILL right after the Nth step of its batch (a temporary file written, the
# journal committed, a file renamed into place, the journal removed), as `kill -9` would.
# tests/test_crash_safety.py aims its kills with it. Never set it outside tests.
CRASH_HOOK = "KB_CRASH_AFTER_STEPS"


class WriteFailed(KbError):
    """A batch of record files could not be written; nothing of it was applied."""

    hint = "fix the cause (permissions, disk space, the file named) and run the command again"


class BrokenJournal(KbError):
    """The journal of an interrupted write cannot be read or names files outside the knowledge base."""

    hint = ("the write it describes cannot be finished: move .kb/journal.json away, then see "
            "`git status` for what the interrupted command had written")


def journal_path(root: Path) -> Path:
    return Path(root) / WORK_FOLDER / JOURNAL_FILE


@dataclass
class Recovery:
    """What opening a knowledge base for writing cleaned up after an interrupted command."""

    finished: list[Path] = field(default_factory=list)   # files an interrupted batch had still to rename
    removed: list[Path] = field(default_factory=list)    # temporary files of batches that never committed

    def notes(self) -> list[str]:
        notes = []
        if self.finished:
            notes.append(f"finished the write of an interrupted command ({len(self.finished)} file(s))")
        if self.removed:
            notes.append(f"removed {len(self.removed)} temporary file(s) left by an interrupted command")
        return notes


class Transaction:
    """One all-or-nothing batch of file writes (see the module's text); use it as a context manager
    and call `commit`: leaving the block without committing removes the temporary files."""

    def __init__(self, root: Path):
        self.root = Path(root)
        self.pending: list[tuple[Path, Path]] = []   # (temporary file, the file it replaces)
        self.committed = False                       # past step 2: the temporary files belong to the journal
        self._steps = 0
        hook = os.environ.get(CRASH_HOOK, "")
        self._crash_after = int(hook) if hook.isdigit() else None

    def __enter__(self) -> Transaction:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if not self.committed:
            for temporary, _ in self.pending:
                temporary.unlink(missing_ok=True)
        self.pending.clear()

    def write(self, path: Path, text: str) -> bool:
        """Stage `text` for `path` (step 1); False when the file already holds it."""
        temporary = yamlio.write_temporary(path, text)
        if temporary is None:
            return False
        self.pending.append((temporary, path))
        self._step()
        return True

    def commit(self) -> list[Path]:
        """Steps 2 to 4: the batch is applied (and survives this process dying); the files changed."""
        if not self.pending:
            return []
        entries = [[self._relative(t), self._relative(p)] for t, p in self.pending]
        journal = journal_path(self.root)
        try:
            yamlio.write_if_changed(journal, json.dumps({"version": JOURNAL_VERSION, "renames": entries}) + "\n")
        except OSError as error:
            raise WriteFailed(f"{self._relative(journal)}: cannot be written ({error.strerror or error}); "
                              "nothing was written") from None
        self.committed = True
        self._step()
        changed = [path for _, path in self.pending]
        for temporary, path in self.pending:
            try:
                os.replace(temporary, path)
            except OSError as error:
                raise WriteFailed(f"{self._relative(path)}: cannot be written ({error.strerror or error}); "
                                  "the next command will try to finish the write") from None
            self._step()
        self.pending.clear()
        journal.unlink()
        self._step()
        return changed

    def _relative(self, path: Path) -> str:
        # A batch's paths are built under the root: cut the root off (relpath's two getcwd calls a path
        # cost more than the rest of the commit), unless a `..` would need resolving.
        text, root = str(path), str(self.root)
        if text.startswith(root + os.sep) and ".." not in text[len(root):].split(os.sep):
            return text[len(root) + 1:].replace(os.sep, "/")
        return Path(os.path.relpath(path, self.root)).as_posix()

    def _step(self) -> None:
        self._steps += 1
        if self._crash_after is not None and self._steps >= self._crash_after:
            os.kill(os.getpid(), signal.SIGKILL)


def finish_interrupted(root: Path) -> list[Path]:
    """Finish the batch of a command that died after committing it, unless a live writer holds the
    lock (it finishes the batch itself); for readers. The files renamed now."""
    if not journal_path(root).exists():
        return []
    with lock_if_free(root, "finishing an interrupted write") as locked:
        return _replay(Path(root)) if locked else []


def recover(root: Path) -> Recovery:
    """For a writer that holds the lock: finish a committed batch, then remove the temporary files
    of batches that never committed."""
    root = Path(root)
    return Recovery(finished=_replay(root), removed=_remove_leftovers(root))


def _replay(root: Path) -> list[Path]:
    journal = journal_path(root)
    try:
        data = json.loads(journal.read_text(encoding="utf-8"))
        renames = data["renames"]
        pairs = [(_inside(root, temporary), _inside(root, path)) for temporary, path in renames]
        strays = [str(t) for t, _ in pairs if not yamlio.is_temporary(t)]
        if strays:
            raise ValueError(f"{strays[0]} is not a temporary file")
    except FileNotFoundError:
        return []
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise BrokenJournal(f"{journal}: {error}") from None
    finished = []
    for temporary, path in pairs:
        if temporary.exists():  # gone: it was renamed before the command died
            try:
                os.replace(temporary, path)
            except OSError as error:
                raise BrokenJournal(f"{journal}: cannot finish the interrupted write of {path} "
                                    f"({error.strerror or error})") from None
            finished.append(path)
    journal.unlink()
    return finished


def _inside(root: Path, name: str) -> Path:
    """A path of the journal, refused unless it is relative and stays inside the knowledge base."""
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts or not relative.parts:
        raise ValueError(f"{name!r} is not a path inside the knowledge base")
    return root / relative


def _remove_leftovers(root: Path) -> list[Path]:
    removed: list[Path] = []
    for folder in [root / kind.folder for kind in KINDS.values()] + [root / WORK_FOLDER]:
        _remove_temporary_files(str(folder), removed)
    return removed


def _remove_temporary_files(folder: str, removed: list[Path]) -> None:
    """Remove the writer's temporary files under `folder`, in `os.walk`'s order (symbolic links to
    folders not followed). Every writing command walks all the record folders, 40,000 entries at
    10,000 incidents: this is `os.walk` without its lists of names, a third of the time."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    below: list[str] = []
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            below.append(entry.path)
        elif yamlio.is_temporary_name(entry.name) and not entry.is_dir():
            path = Path(entry.path)
            path.unlink(missing_ok=True)
            removed.append(path)
    for subfolder in below:
        _remove_temporary_files(subfolder, removed)
