"""The generation manifest: lets a run with nothing changed skip loading and rendering.

After a run, `<root>/.cache/kb/generate.json` records the stamps (path, size,
mtime) of every file in the record folders (YAML records and archived .txt
files), a key made of the package version, the settings and a hash of the
generator's code and templates, and the stamp of every file the run left in the
generated folders. The next run compares: when the key, every input stamp and
every output stamp match (and no file was added to the generated folders),
nothing can have changed and the run stops there.

A missing, corrupt or foreign manifest means a full run, never a failure
(ARCHITECTURE.md: caches are keyed by input + settings + version; a corrupt
cache is a rebuild).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, fields
from importlib import metadata
from pathlib import Path

from ..errors import Problem
from ..records import history
from ..records.model import KINDS

CACHE_FILE = Path(".cache/kb/generate.json")
FORMAT = 1
CODE = Path(__file__).resolve().parent.parent  # the generator package: its code and templates


def cache_path(settings) -> Path:
    return Path(settings.root) / CACHE_FILE


def _version() -> str:
    try:
        return metadata.version("syria-incident-kb")
    except metadata.PackageNotFoundError:
        return "unknown"


def code_hash() -> str:
    """A hash of every .py and .j2 file of the generator package (a code or template change is a change)."""
    digest = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(CODE):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith((".py", ".j2")):
                path = os.path.join(dirpath, name)
                digest.update(os.path.relpath(path, CODE).encode())
                with open(path, "rb") as f:
                    digest.update(f.read())
    return digest.hexdigest()


def run_key(settings) -> str:
    """What the output depends on besides the record files: package version, settings, code, and the
    commit (the pages show when each record last changed, and the Data page the latest commits)."""
    values = {f.name: getattr(settings, f.name) for f in fields(settings)}
    values["root"] = str(Path(settings.root).resolve())
    return json.dumps({"format": FORMAT, "version": _version(), "settings": repr(sorted(values.items())),
                       "code": code_hash(), "commit": history.head(settings.root)}, sort_keys=True)


def _walk_stamps(top: str, out: dict[str, list[int]]) -> None:
    try:
        entries = list(os.scandir(top))
    except (FileNotFoundError, NotADirectoryError):
        return
    for entry in entries:
        # Links are not followed (records/folders.py reports them): a link to a folder holding it
        # would make a loop, and a broken one has nothing to stamp but itself.
        if entry.is_dir(follow_symlinks=False):
            _walk_stamps(entry.path, out)
        else:
            st = entry.stat(follow_symlinks=False)
            out[entry.path] = [st.st_size, st.st_mtime_ns]


def input_stamps(settings) -> dict[str, list[int]]:
    """(size, mtime_ns) of every file in the record folders and of kb.yaml, by path."""
    root = Path(settings.root)
    stamps: dict[str, list[int]] = {}
    for folder in sorted({kind.folder.split("/")[0] for kind in KINDS.values()}):
        _walk_stamps(str(root / folder), stamps)
    config = root / "kb.yaml"
    if config.exists():
        st = config.stat()
        stamps[str(config)] = [st.st_size, st.st_mtime_ns]
    return stamps


def output_stamps(tree) -> dict[str, list[int]]:
    """(size, mtime_ns) of every file now in the generated folders."""
    stamps = {}
    for path in tree.owned_paths():
        st = path.stat()
        stamps[str(path)] = [st.st_size, st.st_mtime_ns]
    return stamps


def load(settings) -> dict | None:
    """The manifest of the last run, or None when there is none or it cannot be used."""
    try:
        data = json.loads(cache_path(settings).read_text(encoding="utf-8"))
    except (OSError, ValueError):
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


def save(settings, key: str, inputs: dict, tree, pages: int, problems: list[Problem]) -> None:
    """Record this run; a manifest that cannot be written only costs the next run its shortcut."""
    data = {"format": FORMAT, "key": key, "inputs": inputs, "outputs": output_stamps(tree), "pages": pages,
            "problems": [{**asdict(p), "path": str(p.path)} for p in problems]}
    path = cache_path(settings)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass


def clear(settings) -> None:
    try:
        cache_path(settings).unlink()
    except OSError:
        pass


def cached_problems(manifest: dict) -> list[Problem]:
    problems = []
    for item in manifest.get("problems") or []:
        problems.append(Problem(Path(item["path"]), item["line"], item["field"], item["message"], item.get("hint", ""),
                                item.get("severity", "error")))
    return problems
