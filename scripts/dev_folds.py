"""What the learning scripts share (`train_event_filter.py`, `train_incident_cuts.py`): the dev collections
that leave-one-collection-out holds out one at a time, the dev articles of a corpus (the test part and
batches outside the collections are never extracted), and one table cell of `kb eval`'s scores."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from generator.ingest.evaluation.gold import GoldArticle
from generator.ingest.evaluation.run import CorpusItem, corpus_items
from generator.ingest.evaluation.scores import Scores

COLLECTIONS: tuple[tuple[str, ...], ...] = (("s", "ne", "nw", "en"), ("c", "m"), ("d", "e"), ("f", "g"),
                                             ("h", "i"), ("j", "k"), ("l", "o"), ("p", "q"))
"""The dev collections by batch, in the order they were gathered (tests/realnews/README.md)."""


def collection_of(gold: GoldArticle) -> int | None:
    batch = gold.article.split("-", 1)[0]
    return next((i for i, batches in enumerate(COLLECTIONS) if batch in batches), None)


def dev_items(folder: Path, before: Callable[[GoldArticle], None] | None = None) -> list[CorpusItem]:
    """Every dev article of the collections, extracted; `before(gold)` is called right before its article
    is extracted (a recorder of what extraction decides learns which gold it is reading)."""
    def keep(gold: GoldArticle) -> bool:
        if gold.part != "dev" or collection_of(gold) is None:
            return False
        if before is not None:
            before(gold)
        return True
    return corpus_items(folder, keep=keep)


def score_cell(s: Scores) -> str:
    """Event precision and recall (with counts), event F1, fatalities and named victims' recall."""
    e = s.events
    return (f"{e.precision:.3f} ({e.tp}/{e.n_pred}) | {e.recall:.3f} ({e.tp}/{e.n_gold}) | {e.f1:.3f} | "
            f"{s.accuracy('fatalities'):.3f} | {s.victims.recall:.3f}")
