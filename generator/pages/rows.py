"""Rows of long hub tables kept from one `kb generate` run to the next, each with the graph keys it read.

The people hub lists every person, sorted by name, so an edit of any person renders it again (the sort
reads every person): 3,000 rows in each language at 10,000 incidents, the largest part of an edit
run's rendering, though the edit changes one row. Each such row is kept in the state (pages/statefile.py)
with the numbers of the keys it read (pages/deps.py `KeyTable`); the next run takes it as it is when
none of those keys is dirty (a record whose file changed, or a key derived from one), as it renders a
whole unit again or not, and notes the keys it read as reads of the page, as making it would.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING

from markupsafe import Markup

from .deps import KeyTable, UnitKey
from .noting import Key

if TYPE_CHECKING:
    from .graph import Graph

RowKey = tuple  # (unit, what the row is of: its language, page, kind of row, record and values)
KeptRow = tuple[Markup, frozenset[int]]  # a row and the numbers of the keys it read


class Rows:
    """The rows one run takes from the last run (`kept`, valid unless they read a `dirty` key number) and
    those it makes, for the unit being rendered (`unit`; None: no row is kept, as outside `kb generate`)."""

    def __init__(self, kept: dict[RowKey, KeptRow] | None = None, keys: KeyTable | None = None,
                 dirty: Collection[int] = ()):
        self.kept = kept if kept is not None else {}
        self.keys = keys  # the numbers of `kept`'s reads (None when nothing is kept: a full run)
        self.dirty = dirty
        self.unit: UnitKey | None = None
        self.taken: dict[RowKey, KeptRow] = {}
        self.made: dict[RowKey, tuple[Markup, set[Key]]] = {}

    def row(self, graph: Graph, key: tuple, make: Callable[[], Markup]) -> Markup:
        """The row `key` of the unit being rendered: the last run's when none of its reads is dirty, else
        `make()`'s; its reads are noted either way."""
        if self.unit is None:
            return make()
        full = (self.unit, *key)
        known = self.kept.get(full)
        if known is not None and self.keys is not None and known[1].isdisjoint(self.dirty):
            names = self.keys.keys
            graph.note([names[number] for number in known[1]])
            self.taken[full] = known
            return known[0]
        value, reads = graph.reading(make)
        self.made[full] = (value, reads)
        return value


def rows_after(last: dict[RowKey, KeptRow], rendered: Collection[UnitKey] | None, parts: Iterable[Rows],
               keys: KeyTable) -> dict[RowKey, KeptRow]:
    """The rows for the next run: those this run's units took or made (`parts`: one per process rendering;
    the made ones' reads numbered in `keys`), and the last run's of the units not rendered again
    (`rendered`; None: a full run, which renders every unit)."""
    fresh = set(rendered) if rendered is not None else None
    out = {} if fresh is None else {key: row for key, row in last.items() if key[0] not in fresh}
    for part in parts:
        out.update(part.taken)
        for key, (value, reads) in part.made.items():
            out[key] = (value, keys.number_all(reads))
    return out
