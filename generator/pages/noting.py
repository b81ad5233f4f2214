"""The graph's tables and store as pages read them: each read is noted as a key (pages/graph.py, pages/deps.py).

A read of one entry is `(table, key)`; a read of a whole table or kind (iterating
it, its length) is `(table, ALL)`. Reads go to the `reads` set of the object
listening (the graph while a unit renders; None: nobody listens).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from pathlib import Path
from typing import Protocol

from ..records.store import Store

ALL = "*"  # the key of a read of a whole table or kind (ids are slugs, never "*")

Key = tuple[str, Hashable]


class Listening(Protocol):
    """What the tables note their reads in: the graph, whose `reads` is set while a unit renders."""

    reads: set[Key] | None


class Index(dict):
    """A table of the graph whose reads are noted in the graph's current `reads` (when it has one)."""

    __slots__ = ("name", "graph")

    def __init__(self, name: str, graph: Listening, data: Iterable = ()):
        super().__init__(data)
        self.name = name
        self.graph = graph

    def _note(self, key: Hashable) -> None:
        reads = self.graph.reads
        if reads is not None:
            reads.add((self.name, key))

    def get(self, key, default=None):
        self._note(key)
        return dict.get(self, key, default)

    def __getitem__(self, key):
        self._note(key)
        return dict.__getitem__(self, key)

    def __contains__(self, key) -> bool:
        self._note(key)
        return dict.__contains__(self, key)

    def __iter__(self):
        self._note(ALL)
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._note(ALL)
        return dict.__len__(self)

    def keys(self):
        self._note(ALL)
        return dict.keys(self)

    def values(self):
        self._note(ALL)
        return dict.values(self)

    def items(self):
        self._note(ALL)
        return dict.items(self)

    def __reduce__(self):  # pickled as a plain dict
        return dict, (dict(dict.items(self)),)


class IndexList(list):
    """A list-valued table of the graph (one entry, `(name, ALL)`), noted like `Index` when read."""

    __slots__ = ("name", "graph")

    def __init__(self, name: str, graph: Listening, data: Iterable = ()):
        super().__init__(data)
        self.name = name
        self.graph = graph

    def _note(self) -> None:
        reads = self.graph.reads
        if reads is not None:
            reads.add((self.name, ALL))

    def __iter__(self):
        self._note()
        return list.__iter__(self)

    def __getitem__(self, index):
        self._note()
        return list.__getitem__(self, index)

    def __len__(self) -> int:
        self._note()
        return list.__len__(self)

    def __reduce__(self):
        return list, (list(list.__iter__(self)),)


class StoreView:
    """The store as pages see it: the same queries, each read noted as a record key."""

    def __init__(self, store: Store, graph: Listening):
        self.real = store
        self.root = store.root
        self.by_kind = {kind: Index(kind, graph, entries) for kind, entries in store.by_kind.items()}

    def records(self, kind: str):
        return (e.record for e in self.by_kind[kind].values())

    def entries(self, kind: str):
        return iter(self.by_kind[kind].values())

    def get(self, kind: str, record_id: str):
        entry = self.by_kind[kind].get(record_id)
        return self.real.get(kind, record_id) if entry is None else entry.record

    def __contains__(self, key: tuple[str, str]) -> bool:
        kind, record_id = key
        return record_id in self.by_kind[kind]

    def relative(self, path: Path) -> Path:
        return self.real.relative(path)

    def archive_file(self, source_id: str) -> Path | None:
        self.by_kind["source"].get(source_id)  # noted: the text is the source's (pages/deps.py)
        return self.real.archive_file(source_id)
