"""`kb init`: a new, empty knowledge base that the same generator can serve.

The site files (mkdocs.yml, site-overrides/, the hand-written pages of
content/) are copied from `generator/skeleton/`, whose entries are links to
this repository's own top-level files, so the template cannot drift from the
site this repository publishes. Folders the generator owns (listed in
content/.gitignore) are not copied: the generator makes them.
"""

from __future__ import annotations

import fnmatch
import shutil
from pathlib import Path

from .errors import KbError
from .records.model import KINDS
from .records.schema import write_schemas

SKELETON = Path(__file__).parent / "skeleton"
GITIGNORE = """\
.venv/
site/
__pycache__/
.cache/
.kb/
"""


class NotEmpty(KbError):
    """`kb init` was pointed at a folder that already has files."""

    hint = "choose a new or empty folder"


def init_knowledge_base(target: Path) -> list[Path]:
    """Create the folders and site files of an empty knowledge base in `target`."""
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise NotEmpty(f"{target} is not empty")
    created: list[Path] = []
    for kind in KINDS.values():
        folder = target / kind.folder
        folder.mkdir(parents=True, exist_ok=True)
        (folder / ".gitkeep").touch()
        created.append(folder)
    for item in sorted(SKELETON.iterdir()):
        destination = target / item.name
        if item.is_dir():
            _copy_tree(item.resolve(), destination)
        else:
            shutil.copyfile(item.resolve(), destination)
        created.append(destination)
    (target / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    write_schemas(target)
    return created


def _copy_tree(source: Path, destination: Path) -> None:
    ignored = _ignored_patterns(source)
    for path in sorted(source.rglob("*")):
        relative = path.relative_to(source)
        if any(fnmatch.fnmatch(part, pattern) for part in relative.parts for pattern in ignored):
            continue
        if path.is_file():
            (destination / relative).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, destination / relative)


def _ignored_patterns(source: Path) -> list[str]:
    """Patterns of a tree's .gitignore, read as plain names (the only form we write there)."""
    ignore = source / ".gitignore"
    if not ignore.exists():
        return []
    lines = ignore.read_text(encoding="utf-8").splitlines()
    return [line.strip().strip("/").split("/")[-1] for line in lines if line.strip() and not line.startswith("#")]
