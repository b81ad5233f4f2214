"""Writing generated pages: only changed files, never outside the output folder, stale pages removed."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from ..errors import KbError, UnsafePath
from ..records.yamlio import write_if_changed


class DuplicatePage(KbError):
    """Two pages would be written to the same path."""

    hint = "two records produce the same page path; rename one of them"


@dataclass
class WriteReport:
    """What a run did to the files it owns."""

    created: list[Path] = field(default_factory=list)
    updated: list[Path] = field(default_factory=list)
    deleted: list[Path] = field(default_factory=list)
    unchanged: int = 0
    # True when the run found nothing changed since the last one and skipped loading and rendering.
    nothing_changed: bool = False

    @property
    def written(self) -> int:
        return len(self.created) + len(self.updated)

    def merge(self, other: WriteReport) -> None:
        self.created += other.created
        self.updated += other.updated
        self.deleted += other.deleted
        self.unchanged += other.unchanged

    def summary(self) -> str:
        counts = (f"{len(self.created)} created, {len(self.updated)} updated, "
                  f"{len(self.deleted)} deleted, {self.unchanged} unchanged")
        return f"nothing changed ({counts})" if self.nothing_changed else counts


class OutputTree:
    """The generated part of the content folder: `owned` top-level names inside each language folder.

    Pages are first collected (`add`), then written together (`commit`), so a
    duplicate path or an unsafe path fails before anything is touched.
    """

    def __init__(self, root: Path, languages: tuple[str, ...], owned: tuple[str, ...]):
        self.root = Path(root).resolve()
        self.languages = languages
        self.owned = owned
        self.pages: dict[Path, str] = {}
        self._checked: set[tuple[str, str]] = set()

    def target(self, language: str, relative: str) -> Path:
        """The absolute path of a generated file, refusing anything outside an owned folder."""
        rel = PurePosixPath(relative)
        if rel.is_absolute() or not rel.parts or any(p in ("..", ".", "") for p in rel.parts) \
                or "\\" in relative or language not in self.languages:
            raise UnsafePath(f"refusing to write {language}/{relative}: outside the generated folders")
        if rel.parts[0] not in self.owned:
            raise UnsafePath(f"refusing to write {language}/{relative}: {rel.parts[0]} is not a generated folder")
        top = (language, rel.parts[0])
        if top not in self._checked:  # a symlinked folder could lead outside: resolve once per folder
            real = (self.root / language / rel.parts[0]).resolve()
            if not real.is_relative_to(self.root):
                raise UnsafePath(f"refusing to write into {real}: outside {self.root}")
            self._checked.add(top)
        return self.root.joinpath(language, *rel.parts)

    def add(self, language: str, relative: str, text: str) -> None:
        path = self.target(language, relative)
        if path in self.pages:
            raise DuplicatePage(f"two pages would be written to {path}")
        self.pages[path] = text

    def commit(self, remove: list[tuple[str, str]] | None = None) -> WriteReport:
        """Write the pages added; then delete every other file of the generated folders, or, when
        `remove` is given (a run that rendered only some pages), only these (language, path) files."""
        report = WriteReport()
        for path in sorted(self.pages):
            existed = path.exists()
            if write_if_changed(path, self.pages[path]):
                (report.updated if existed else report.created).append(path)
            else:
                report.unchanged += 1
        if remove is None:
            doomed = self.stale()
        else:
            doomed = sorted({self.target(language, relative) for language, relative in remove} - self.pages.keys())
        for path in doomed:
            if path.exists():
                path.unlink()
                report.deleted.append(path)
        self._remove_empty_folders()
        return report

    def owned_paths(self):
        for language in self.languages:
            for name in self.owned:
                top = self.root / language / name
                if top.is_file():
                    yield top
                elif top.is_dir():
                    for dirpath, _, filenames in os.walk(top):
                        for filename in filenames:
                            yield Path(dirpath) / filename

    def stale(self) -> list[Path]:
        """Files in the generated folders that this run did not produce."""
        return sorted(p for p in self.owned_paths() if p not in self.pages)

    def _remove_empty_folders(self) -> None:
        for language in self.languages:
            for name in self.owned:
                top = self.root / language / name
                if not top.is_dir():
                    continue
                for dirpath, _, _ in sorted(os.walk(top), key=lambda w: -len(w[0])):
                    if not os.listdir(dirpath):
                        os.rmdir(dirpath)
