"""The generation manifest and state: a run with nothing changed does nothing, an edit re-renders what it touches.

After a run, `<root>/.cache/kb/generate.marshal` records the stamps (path, size,
mtime) of every file in the record folders (YAML records and archived .txt
files), a key made of the package version, the settings and a hash of the
generator's code and templates, and the stamp of every file the run left in the
generated folders. The next run compares: when the key, every input stamp and
every output stamp match (and no file was added to the generated folders),
nothing can have changed and the run stops there.

Beside it, `state.pickle` keeps what the next run needs to re-render only what
an edit touches (pages/deps.py), with `state-journal.pickle` holding what each
edit run since changed (pages/statefile.py): the loaded records (each entry's path
as text, and its record pickled on its own: `statefile.KeptEntry`), which keys each
graph entry was derived from, per unit of pages what it read (graph keys by
number, `deps.KeyTable`), the pages it wrote and its rows of the page index,
and what the check keeps (records/validate.py:
archived texts and files with problems that did not move are not read again;
the problems of records that were not read again, from missing references,
plausibility and the cross-record checks, are reused while every record they
were made from is the same, records/consistency.py `Reused`). It is used only with a manifest of the same run (a random
token in both), the same key, and generated files exactly as that run left
them. An edit run stamps again only the generated files it wrote (`outputs_after`).

A missing, corrupt or foreign manifest or state means a full run, never a
failure (ARCHITECTURE.md: caches are keyed by input + settings + version; a
corrupt cache is a rebuild). The state is a pickle: like the rest of `.cache/`,
it is the tool's own file, never shared or committed.
"""

from __future__ import annotations

import json
import marshal
import os
import secrets
import stat
from collections.abc import Callable, Iterable
from dataclasses import fields
from pathlib import Path

from .. import buildkey
from ..errors import Problem
from ..records import history
from ..records.model import KINDS
from ..records.store import Store
from ..records.validate import Memo
from . import statefile
from .deps import KeyTable
from .rows import KeptRow, RowKey
from .statefile import STATE_FILE, State, UnitResult, write_atomic

__all__ = ["STATE_FILE", "State", "UnitResult"]  # pages/statefile.py's, used with the rest of this module

# In `marshal`'s format: the 70,000 stamps of the 10,000-incident benchmark took 0.09 s of CPU to read and
# write as JSON in every edit run, 0.03 s so. A manifest another Python cannot read means a full run.
CACHE_FILE = Path(".cache/kb/generate.marshal")
FORMAT = 9  # 9: hub rows kept in the state (pages/rows.py); the manifest in marshal's format


def new_state(store: Store, derived: dict[int, list[int]], results: dict, fresh: Iterable, keys: KeyTable,
              check_memo: Memo, rows: dict[RowKey, KeptRow]) -> State:
    """This run's state: `results` by unit, the reads of the `fresh` units (rendered in this run) as keys,
    the others' already numbered in `keys` (the last run's table, or a new one after a full run); `rows`
    as `rows.rows_after` gives them."""
    units = dict(results)
    for unit in fresh:
        result = units[unit]
        units[unit] = UnitResult(keys.number_all(result.reads), result.paths, result.rows)
    return State(store, derived, units, keys, check_memo=check_memo, rows=rows)


def cache_path(settings) -> Path:
    return Path(settings.root) / CACHE_FILE


def run_key(settings) -> str:
    """What the output depends on besides the record files: package version, settings, code, and the
    commit (the pages show when each record last changed, and the Data page the latest commits)."""
    values = {f.name: getattr(settings, f.name) for f in fields(settings)}
    values["root"] = str(Path(settings.root).resolve())
    return json.dumps({"format": FORMAT, "version": buildkey.version(), "settings": repr(sorted(values.items())),
                       "code": buildkey.code_hash(), "commit": history.head(settings.root)}, sort_keys=True)


def _walk_stamps(top: str, out: dict[str, list[int]]) -> None:
    """Stamps of `top` and every file beneath it (`top` may be a file; a missing one adds nothing).

    Each file is stamped by its name in its open folder (`dir_fd`), not by its whole path: the kernel
    does not walk the path again for each of the 67,000 files an edit run at 10,000 incidents stamps
    (0.16 -> 0.14 s of CPU for the 38,500 input files)."""
    try:
        folder = os.open(top, os.O_RDONLY | os.O_DIRECTORY)
    except NotADirectoryError:
        try:
            st = os.stat(top, follow_symlinks=False)
        except FileNotFoundError:
            return
        out[top] = [st.st_size, st.st_mtime_ns]
        return
    except FileNotFoundError:
        return
    try:
        prefix = top + os.sep
        for entry in os.scandir(folder):
            # Links are not followed (records/folders.py reports them): a link to a folder holding it
            # would make a loop, and a broken one has nothing to stamp but itself.
            if entry.is_dir(follow_symlinks=False):
                _walk_stamps(prefix + entry.name, out)
            else:
                st = os.stat(entry.name, dir_fd=folder, follow_symlinks=False)
                out[prefix + entry.name] = [st.st_size, st.st_mtime_ns]
    finally:
        os.close(folder)


def record_folders(settings) -> list[Path]:
    """The top folders that hold the records (`events`, `actors`, ...), whether or not they exist yet."""
    root = Path(settings.root)
    return [root / top for top in sorted({kind.folder.split("/")[0] for kind in KINDS.values()})]


def input_stamps(settings) -> dict[str, list[int]]:
    """(size, mtime_ns) of every file in the record folders and of kb.yaml, by path."""
    stamps: dict[str, list[int]] = {}
    for folder in record_folders(settings):
        _walk_stamps(str(folder), stamps)
    _stamp_config(settings, stamps)
    return stamps


def _stamp_config(settings, stamps: dict[str, list[int]]) -> None:
    """kb.yaml's stamp in `stamps` (no entry when there is no such file)."""
    config = Path(settings.root) / "kb.yaml"
    stamps.pop(str(config), None)
    if config.exists():
        st = config.stat()
        stamps[str(config)] = [st.st_size, st.st_mtime_ns]


def restamped(settings, before: dict[str, list[int]], moved: Iterable[str]) -> dict[str, list[int]] | None:
    """The input stamps after the files at `moved` changed, and no other (a file watcher's word for it:
    stamping the 56,000 files of the 10,000-incident benchmark took 0.1 s of CPU at each edit); `before`
    as `input_stamps` gave them. None when a path is a folder: its files are unknown, `input_stamps` will do."""
    stamps = dict(before)
    for path in moved:
        try:
            st = os.stat(path, follow_symlinks=False)  # as `_walk_stamps` does: a link is stamped, not followed
        except FileNotFoundError:
            stamps.pop(path, None)
            continue
        if stat.S_ISDIR(st.st_mode):
            return None
        stamps[path] = [st.st_size, st.st_mtime_ns]
    _stamp_config(settings, stamps)  # no file watcher's: always stamped again, as input_stamps does
    return stamps


def output_stamps(tree) -> dict[str, list[int]]:
    """(size, mtime_ns) of every file now in the generated folders."""
    stamps: dict[str, list[int]] = {}
    for language in tree.languages:
        for name in tree.owned:
            _walk_stamps(str(tree.root / language / name), stamps)
    return stamps


def load(settings) -> dict | None:
    """The manifest of the last run, or None when there is none or it cannot be used."""
    try:
        data = marshal.loads(cache_path(settings).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        return None
    return data


def unchanged(manifest: dict | None, key: str, inputs: dict, tree) -> bool:
    """True when the last run had the same key, the same inputs, and its outputs are untouched."""
    if manifest is None or manifest.get("key") != key or manifest.get("inputs") != inputs:
        return False
    outputs = manifest.get("outputs")
    if not isinstance(outputs, dict):
        return False
    try:
        return output_stamps(tree) == outputs  # also catches a file added to or removed from a generated folder
    except OSError:
        return False


def load_state(settings, manifest: dict | None, key: str, tree, known: State | None = None) -> State | None:
    """The last run's state when it belongs to `manifest`, the key is the same and no generated file moved.

    `known`: a state this process kept from its last run (`mkdocs serve`), used instead of reading the file.
    """
    if manifest is None or manifest.get("key") != key or not isinstance(manifest.get("inputs"), dict):
        return None
    try:
        if output_stamps(tree) != manifest.get("outputs"):
            return None
        if known is not None and known.token == manifest.get("state"):
            return known
        state = statefile.read(Path(settings.root))
    except Exception:  # noqa: BLE001  (missing, truncated or foreign: a full run)
        return None
    if state is None or state.token != manifest.get("state"):
        return None
    return state


def outputs_after(before: dict[str, list[int]], report) -> dict[str, list[int]]:
    """The stamps of the generated files after a run that started with `before` and did what `report` says
    (a `WriteReport`): only the files it wrote are stamped again, instead of every generated file."""
    outputs = dict(before)
    for path in report.deleted:
        outputs.pop(str(path), None)
    for path in (*report.created, *report.updated):
        st = os.stat(path, follow_symlinks=False)
        outputs[str(path)] = [st.st_size, st.st_mtime_ns]
    return outputs


def save(settings, key: str, inputs: dict, tree, pages: int, problems: list[Problem], state: State,
         defer_state: bool = False, outputs: dict[str, list[int]] | None = None,
         last: State | None = None) -> Callable[[], None] | None:
    """Record this run; a manifest or state that cannot be written only costs the next run its shortcut.

    `outputs`: the generated files' stamps when the caller knows them (`outputs_after`); by default
    every generated file is stamped. `last`: the state this run started from, when it was read from the
    state file: then only what changed since is written (pages/statefile.py).

    `defer_state`: write only the manifest now and return what writes the state file (pickling tens
    of thousands of records takes seconds: `mkdocs serve` does it after the browsers reload, and
    keeps the state in memory meanwhile). A manifest whose state file is missing or older means a
    full run next time, never a wrong one.
    """
    state.token = secrets.token_hex(8)
    if outputs is None:
        outputs = output_stamps(tree)
    data = {"format": FORMAT, "key": key, "inputs": inputs, "outputs": outputs, "pages": pages,
            "state": state.token, "problems": [_problem_data(p) for p in problems]}

    def write_state() -> None:
        try:
            statefile.write(Path(settings.root), state, None if defer_state else last)
        except OSError:
            pass

    if not defer_state:
        write_state()
    try:
        write_atomic(cache_path(settings), marshal.dumps(data))
    except OSError:
        pass
    return write_state if defer_state else None


def clear(settings) -> None:
    """Remove the manifest: without it the state file is not used (and an edit run adds to it)."""
    try:
        cache_path(settings).unlink()
    except OSError:
        pass


_PROBLEM_FIELDS = tuple(f.name for f in fields(Problem))


def _problem_data(problem: Problem) -> dict:
    """A problem as the manifest holds it (field by field: `dataclasses.asdict` deep-copies each value, 0.2 of
    5.6 profiler seconds of an edit run at 2,000 incidents, 878 problems)."""
    return {**{name: getattr(problem, name) for name in _PROBLEM_FIELDS}, "path": str(problem.path)}


def cached_problems(manifest: dict) -> list[Problem]:
    problems = []
    for item in manifest.get("problems") or []:
        problems.append(Problem(Path(item["path"]), item["line"], item["field"], item["message"], item.get("hint", ""),
                                item.get("severity", "error")))
    return problems
