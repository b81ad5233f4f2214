"""A store's entries: each loaded record with its file, and the records of one kind read as their model.

Kept apart from the store (records/store.py), which loads, queries and writes
them: `kb generate`'s state (pages/cache.py) and the record cache
(records/recordcache.py) make entries of their own that read their record or
their file on demand.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar, cast

from .model import Kind, Record, Source, SourceFacts

R = TypeVar("R", bound=Record)


@dataclass
class Entry:
    """A loaded record and the file it came from."""

    record: Record
    path: Path
    kind: Kind

    @property
    def file(self) -> str:
        """The path as text (checks over every record use it: an entry may keep it without a `Path`)."""
        return str(self.path)

    def source_facts(self) -> SourceFacts:
        """What the check and the page graph read of a source (this entry's record must be one)."""
        return SourceFacts.of(cast(Source, self.record))


class FileEntry(Entry):
    """An entry that keeps its file as text and makes its `Path` only when asked for: entries made in bulk
    (read back from `kb generate`'s state, or from the record cache) would otherwise make a `Path` each, which
    was half of reading the state in a profile at 2,000 incidents."""

    def __init__(self, file: str, kind: Kind) -> None:
        self.kind = kind
        self._file = file
        self._path: Path | None = None

    @property
    def path(self) -> Path:
        if self._path is None:
            self._path = Path(self._file)
        return self._path

    @path.setter
    def path(self, value: Path) -> None:
        self._path, self._file = value, str(value)

    @property
    def file(self) -> str:
        return self._file


class KindRecords(Mapping[str, R]):
    """The records of one kind by id, as their model: each was loaded or staged as its kind's model."""

    def __init__(self, entries: dict[str, Entry]) -> None:
        self._entries = entries

    def __getitem__(self, record_id: str) -> R:
        return cast(R, self._entries[record_id].record)

    def __iter__(self) -> Iterator[str]:
        return iter(self._entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._entries  # without reading the record (the record cache's are read on demand)
