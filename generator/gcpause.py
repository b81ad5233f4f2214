"""Python's cyclic garbage collector paused while a command builds many long-lived objects.

Loading tens of thousands of records (pydantic models, from YAML or a pickle) and building the
graph allocate millions of objects that all stay alive; each time allocations pass the
collector's threshold it walks them again, finding nothing to free. Measured on the 2,000-incident
benchmark (docs/benchmarks.md), that was a quarter of `kb generate`'s CPU time. Reference counting
still frees everything else at once; cycles made meanwhile wait for the collection that follows.

When the block ends, what it built is frozen (`gc.freeze`): the collector leaves those objects
out of its counts and walks, where it would otherwise walk all of them soon after the block ends
(in a profile of `kb generate` after one edit at 10,000 incidents, that first collection was 5 %
of the run, and found almost nothing). A one-shot command ends without that walk; in a
long-lived process, the next block unfreezes them and collects once before it starts, so the
cycles of one run's objects are still freed once they are garbage. That collection walks the whole
heap: in `mkdocs serve` at 10,000 incidents it was a second or more of every edit before its page
showed, so the live preview asks for none (`collect_first=False`) and collects with
`collect_frozen` once the browsers have reloaded.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


_frozen = False  # whether a block froze what it built (counting the frozen objects is a walk)


@contextmanager
def paused(collect_first: bool = True) -> Iterator[None]:
    """No cyclic collection inside the block (nested blocks and a collector already off are left as they are).

    `collect_first`: free, before the block, what earlier blocks froze and is garbage now (`collect_frozen`).
    """
    global _frozen
    was_enabled = gc.isenabled()
    if was_enabled and collect_first:
        collect_frozen()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            _frozen = True
            gc.enable()


def collect_frozen() -> None:
    """Unfreeze what earlier blocks froze and collect once, freeing their cycles that are garbage now; what is
    left is frozen again (in `mkdocs serve`, the downloads written after an edit allocate enough to set off
    full collections, each a walk of the whole heap while the next edit waits for the interpreter)."""
    if _frozen:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
