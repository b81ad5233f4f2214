"""What the record folders hold: record files to load, archived texts, and files that do not belong.

Every entry of a record folder is looked at once, without following symbolic
links: a link is reported, never read (a link may point out of the knowledge
base, or at a folder that holds it, which would make a loop). Only regular
files are opened, so a pipe or a device named `x.yaml` cannot hang a run.

- `*.yaml`: a record, loaded;
- `*.txt` under `sources/`: an archived article text (checked against its source record);
- `*.yml` and other spellings of `.yaml`: an error, as the file is not read;
- a temporary file of the atomic writer (`.<name>.<random>.tmp`, see
  `yamlio.is_temporary`): a warning, as it means a write was interrupted (the
  next command that writes records removes it, `journal.py`);
- other hidden files (`.gitkeep`, editors' swap files) and hidden folders: left alone;
- anything else: a warning, as it is not read.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import Problem
from .model import KINDS, Kind
from .yamlio import is_temporary_name

RECORD_SUFFIX = ".yaml"
TEXT_SUFFIX = ".txt"

Stamp = tuple[int, int, int, int]


class Paths(Sequence[Path]):
    """Files kept as text, each made a `Path` only when asked for: a run that opens the knowledge base
    without looking at its 12,000 archived texts (ingest at 10,000 incidents) made a `Path` of each,
    a quarter of its scan."""

    def __init__(self, names: Sequence[str] = ()) -> None:
        self.names = list(names)

    def append(self, name: str) -> None:
        self.names.append(name)

    def __getitem__(self, index):  # an index or a slice, as a list's
        found = self.names[index]
        return [Path(name) for name in found] if isinstance(index, slice) else Path(found)

    def __len__(self) -> int:
        return len(self.names)

    def __iter__(self) -> Iterator[Path]:
        return map(Path, self.names)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"Paths({self.names!r})"


def names_of(paths: Sequence[Path]) -> list[str]:
    """The files of `paths` as text, without making a `Path` of each when it is a `Paths`."""
    return list(paths.names) if isinstance(paths, Paths) else [str(path) for path in paths]


@dataclass
class FolderScan:
    """The files of every record folder of a knowledge base, sorted by path."""

    records: list[tuple[Kind, Path]] = field(default_factory=list)
    # With `scan(root, stamped=True)`: the record files as text instead (a `Path` each costs, at 26,000
    # files), each with its `stamp` (None when it went away while the folder was read).
    record_names: list[tuple[Kind, str, Stamp | None]] = field(default_factory=list)
    texts: Paths = field(default_factory=Paths)  # archived texts under sources/
    problems: list[Problem] = field(default_factory=list)


def scan(root: Path, stamped: bool = False) -> FolderScan:
    """Look at every entry of every record folder under `root` (the folders themselves may be links).

    `stamped`: list the record files in `record_names`, as text with the `stamp` of each, instead of
    in `records` (records/recordcache.py).
    """
    found = FolderScan()
    for kind in KINDS.values():
        folder = root / kind.folder
        if folder.is_dir():
            _scan_folder(root, folder, kind, found, stamped)
    return found


def stamp(st: os.stat_result) -> Stamp:
    """What tells one version of a file from another: size, modification and change times, inode."""
    return st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino


def _scan_folder(root: Path, folder: Path, kind: Kind, found: FolderScan, stamped: bool) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        found.problems.append(Problem(_shown(root, folder), 1, "", f"folder cannot be read ({error.strerror})",
                                      "check its permissions"))
        return
    # The common cases first, kept cheap (a knowledge base of 10,000 incidents has 26,000 records and
    # 12,000 archived texts): a record, and an archived text (no link, no folder, not hidden).
    texts = kind.name == "source"
    for entry in entries:
        name = entry.name
        if name.endswith(RECORD_SUFFIX) and not name.startswith(".") and entry.is_file(follow_symlinks=False):
            if not stamped:
                found.records.append((kind, Path(entry.path)))
                continue
            try:
                found.record_names.append((kind, entry.path, stamp(entry.stat(follow_symlinks=False))))
            except OSError:  # gone since it was listed: read (and reported) as any other
                found.record_names.append((kind, entry.path, None))
            continue
        if texts and name.endswith(TEXT_SUFFIX) and not name.startswith(".") and entry.is_file(follow_symlinks=False):
            found.texts.append(entry.path)
            continue
        path = Path(entry.path)
        if entry.is_symlink():
            found.problems.append(_link_problem(root, path))
        elif entry.name.startswith("."):
            if is_temporary_name(name) and entry.is_file(follow_symlinks=False):
                target = entry.name[1:].rsplit(".", 2)[0]  # `.<name>.<random>.tmp`
                found.problems.append(Problem(
                    _shown(root, path), 1, "", f"temporary file left by an interrupted write of {target}",
                    f"delete it, or let the next kb ingest or kb merge do so: {target} is whole without it",
                    severity="warning"))
        elif entry.is_dir(follow_symlinks=False):
            _scan_folder(root, path, kind, found, stamped)
        elif not entry.is_file(follow_symlinks=False):
            found.problems.append(Problem(_shown(root, path), 1, "", "not a regular file (a pipe, socket or device): not read",
                                          "remove it from the record folder"))
        else:
            _classify(root, path, kind, found)


def _classify(root: Path, path: Path, kind: Kind, found: FolderScan) -> None:
    """A regular file that is neither a record nor an archived text (both taken in `_scan_folder`)."""
    suffix = path.suffix
    if suffix.lower() in (".yml", ".yaml"):
        found.problems.append(Problem(_shown(root, path), 1, "", f"record files end in {RECORD_SUFFIX}: this file is not read",
                                      f"rename it to {path.stem}{RECORD_SUFFIX}"))
    else:
        where = f"{kind.folder}/"
        found.problems.append(Problem(_shown(root, path), 1, "", f"not a record file: {where} holds .yaml records"
                                      + (" and their .txt texts" if kind.name == "source" else "") + "; this file is not read",
                                      f"move it out of {where}", severity="warning"))


def _link_problem(root: Path, path: Path) -> Problem:
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    if not path.exists():
        return Problem(_shown(root, path), 1, "", f"broken symbolic link to {target}",
                       "delete it, or put the file itself here")
    return Problem(_shown(root, path), 1, "", f"symbolic link to {target}: links in record folders are not followed",
                   "put the file or folder itself here instead of a link")


def lexical(path: Path) -> Path:
    """`path` made absolute and without `.` and `..` parts, symbolic links left as they are."""
    return Path(os.path.normpath(os.path.abspath(path)))


def archive_path(root: Path, record_path: Path, text_file: str) -> Path | None:
    """Where a source's archived text is (`text_file` is relative to its record's folder), or None
    when that is outside the knowledge base, as written or once symbolic links are followed:
    such a path is reported and never read."""
    name = archive_name(root, record_path, text_file)
    return None if name is None else Path(name)


def beside(record_file: str, text_file: str | None) -> tuple[str, os.stat_result | None]:
    """The archived text named by a bare file name, beside its record, and its stat when it is a regular
    file (no link): then it is inside the knowledge base as `archive_name` requires (the folder scan
    reached the record through folders that are no links), found with one `lstat` instead of that function's
    path walk and `isfile`. (path, None) in every other case, which `archive_name` decides."""
    if not text_file or os.sep in text_file or (os.altsep and os.altsep in text_file) or text_file in (".", ".."):
        return "", None
    path = os.path.join(os.path.dirname(os.path.abspath(record_file)), text_file)  # normalised, as archive_name's
    try:
        st = os.lstat(path)
    except OSError:
        return path, None
    return path, st if stat.S_ISREG(st.st_mode) else None


def archive_name(root: Path | str, record_path: Path | str, text_file: str,
                 resolved: dict[str, str] | None = None) -> str | None:
    """`archive_path` as text (absolute and normalised).

    `resolved`: folders' real paths (links followed) found by earlier calls of one pass over the
    sources, for the next ones: a text that is no link itself is then checked with one `lstat`
    instead of one per folder of its path."""
    # Strings and os.path, not Path objects: this runs for every source in every check and build.
    if not text_file or os.path.isabs(text_file):
        return None
    base = os.path.abspath(root)
    path = os.path.abspath(os.path.join(os.path.dirname(record_path), text_file))
    if not _inside(path, base) or not _inside(_real(path, resolved), _real(base, resolved, folder=True)):
        return None
    return path


def _real(path: str, resolved: dict[str, str] | None, folder: bool = False) -> str:
    """`os.path.realpath` of a normalised absolute path; with `resolved`, each folder on it is
    resolved once (and kept there): a part that is no link adds its name to its folder's real path."""
    if resolved is None:
        return os.path.realpath(path)
    found = resolved.get(path) if folder else None
    if found is not None:
        return found
    parent, name = os.path.split(path)
    if not name or os.path.islink(path):
        found = os.path.realpath(path)
    else:
        found = os.path.join(_real(parent, resolved, folder=True), name)
    if folder:
        resolved[path] = found
    return found


def _inside(path: str, folder: str) -> bool:
    """Whether the normalised absolute `path` is `folder` or beneath it (`PurePath.is_relative_to`)."""
    return path == folder or path.startswith(folder.rstrip(os.sep) + os.sep)


def _shown(root: Path, path: Path) -> Path:
    try:
        return path.relative_to(root)
    except ValueError:
        return path
