"""Which pages an edit touches: the records that changed, then every key derived from them, then the units reading any.

A unit is what one producer renders in every language: a record's page, a hub
(with all its pages, such as the timeline's years) or the page index's source
rows. While a unit renders, the graph notes what it reads (pages/graph.py); a
later run renders a unit again when one of those keys is dirty:

- a record key `(kind, id)` of a record whose file changed (and `(kind, ALL)`);
- a derived key, such as `("person_events", id)`, computed from a dirty key in
  the last run's graph or in this one (so both a backlink that appears and one
  that goes away count), and `(table, ALL)` with it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path

from ..records import folders
from ..records.model import Source
from ..records.store import Store, kind_of_path
from .noting import ALL, Key

UnitKey = tuple[str, str]


class KeyTable:
    """Graph keys numbered, so that the state keeps what each unit read and what each derived key comes
    from as numbers (with the keys as tuples, making equal ones one object before pickling them was a
    tenth of an edit run at 10,000 incidents in a profile, and unpickling them rebuilt every one).
    Numbers are only ever added (a full run starts a new table), so those of units not rendered
    again stay valid."""

    def __init__(self, keys: Iterable[Key] = ()):
        self.keys: list[Key] = list(keys)
        self._numbers: dict[Key, int] | None = None

    def numbers(self) -> dict[Key, int]:
        """Key -> its number."""
        if self._numbers is None:
            self._numbers = {key: number for number, key in enumerate(self.keys)}
        return self._numbers

    def number(self, key: Key) -> int:
        """The key's number, a new one when it has none yet."""
        numbers = self.numbers()
        found = numbers.get(key)
        if found is None:
            found = numbers[key] = len(self.keys)
            self.keys.append(key)
        return found

    def number_all(self, keys: Collection[Key]) -> frozenset[int]:
        """The keys' numbers, new ones for keys that have none (in the order `keys` gives them). A loop
        without a call per key: a full run numbers the reads of every unit (3% of a cold run at 10,000 incidents)."""
        numbers, table = self.numbers(), self.keys
        for key in keys:
            if key not in numbers:
                numbers[key] = len(table)
                table.append(key)
        return frozenset(map(numbers.__getitem__, keys))

    def reverse(self, derived_from: Mapping[Key, Iterable[Key]]) -> dict[int, list[int]]:
        """Source key -> the derived keys computed from it, all by number."""
        number, known = self.number, self.numbers().get  # `known` first: some 120,000 keys at 10,000 incidents
        out: dict[int, list[int]] = defaultdict(list)
        for derived, sources in derived_from.items():
            derived_number = number(derived)
            for source in sources:
                found = known(source)
                out[number(source) if found is None else found].append(derived_number)
        return dict(out)

    def __reduce__(self):  # the key list only: the numbers are made again when first needed
        return KeyTable, (self.keys,)


class Numbered(Mapping[Key, list[Key]]):
    """A map of numbers (`KeyTable.reverse`) read as a map of keys, for `dirty_keys`."""

    def __init__(self, by_number: Mapping[int, list[int]], table: KeyTable):
        self.by_number = by_number
        self.table = table

    def __getitem__(self, key: Key) -> list[Key]:
        found = self.table.numbers().get(key)
        if found is None or found not in self.by_number:
            raise KeyError(key)
        keys = self.table.keys
        return [keys[number] for number in self.by_number[found]]

    def __iter__(self):
        keys = self.table.keys
        return (keys[number] for number in self.by_number)

    def __len__(self) -> int:
        return len(self.by_number)


def dirty_keys(changed: set[Key], *derived_by_source: Mapping[Key, list[Key]]) -> set[Key]:
    """The changed record keys, every key derived from them (transitively) in any of the maps, and their ALLs."""
    dirty = set(changed)
    queue = list(changed)
    while queue:
        key = queue.pop()
        for table in derived_by_source:
            for derived in table.get(key, ()):
                if derived not in dirty:
                    dirty.add(derived)
                    queue.append(derived)
    dirty |= {(name, ALL) for name, _ in dirty}
    return dirty


def changed_records(old: Store, new: Store, touched: Iterable[Path], new_day: Collection[Path] = ()) -> set[Key]:
    """Record keys whose record, file or loading problem differs between the two stores.

    `touched`: files whose stamps moved, added or removed. A YAML file counts when its record differs,
    or when it is in `new_day` (modified on another day: a page dates an uncommitted record by its
    file, records/history.py); an archived text counts for every source pointing at it.
    """
    keys: set[Key] = set()
    texts = set()
    for path in touched:
        kind = kind_of_path(new.root, path)
        if kind is None:
            texts.add(folders.lexical(path))
            continue
        before, after = old.by_kind[kind.name].get(path.stem), new.by_kind[kind.name].get(path.stem)
        if (before is None or after is None or before.path != after.path or before.record != after.record
                or path in new_day):
            keys.add((kind.name, path.stem))
    if texts:
        for store in (old, new):
            for source_id, source in store.typed("source", Source).items():
                entry = store.by_kind["source"][source_id]
                text = source.text_file and folders.archive_path(store.root, entry.path, source.text_file)
                if text and text in texts:
                    keys.add(("source", source_id))
    return keys
