"""The collector pause of `kb generate` and ingest (generator/gcpause.py): what a block built is frozen
when it ends, and freed again by the collector once it is garbage and a later block has begun."""

from __future__ import annotations

import gc
import weakref

from generator import gcpause


class Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_a_block_leaves_the_collector_on_and_its_objects_frozen():
    assert gc.isenabled()
    with gcpause.paused():
        assert not gc.isenabled()
        kept = [Node() for _ in range(100)]
    assert gc.isenabled() and gc.get_freeze_count() >= len(kept)


def test_cycles_of_one_block_are_freed_after_the_next_begins():
    with gcpause.paused():
        node = Node()
    gone = weakref.ref(node)
    del node
    gc.collect()
    assert gone() is not None  # frozen: the collector does not look at it
    with gcpause.paused():
        pass
    gc.collect()
    assert gone() is None


def test_a_collector_turned_off_stays_off():
    gc.disable()
    try:
        with gcpause.paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_block_asked_not_to_collect_first_leaves_that_to_collect_frozen():
    with gcpause.paused():
        node = Node()
    gone = weakref.ref(node)
    del node
    with gcpause.paused(collect_first=False):  # the live preview's edit runs
        pass
    gc.collect()
    assert gone() is not None  # still frozen: the edit run did not walk the heap
    gcpause.collect_frozen()
    assert gone() is None
