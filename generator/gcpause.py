"""Python's cyclic garbage collector paused while a command builds many long-lived objects.

Loading tens of thousands of records (pydantic models, from YAML or a pickle) and building the
graph allocate millions of objects that all stay alive; each time allocations pass the
collector's threshold it walks them again, finding nothing to free. Measured on the 2,000-incident
benchmark (docs/benchmarks.md), that was a quarter of `kb generate`'s CPU time. Reference counting
still frees everything else at once; cycles made meanwhile wait for the collection that follows.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused() -> Iterator[None]:
    """No cyclic collection inside the block (nested blocks and a collector already off are left as they are)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
