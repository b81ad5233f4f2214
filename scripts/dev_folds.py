"""The dev part of tests/realnews by collection, shared by the scripts that train on it and measure held out
(`train_event_filter.py`, `train_name_spans.py`): the collections' batches, and the dev articles of those
collections loaded with `kb eval`'s own corpus reader (imported as `scripts.dev_folds`, the repository
root on the path). Only dev articles are ever extracted: the test part
and batches of no listed collection are skipped before extraction."""

from __future__ import annotations

from pathlib import Path

from generator.ingest.evaluation.gold import GoldArticle
from generator.ingest.evaluation.run import CorpusItem, corpus_items

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "realnews"
COLLECTIONS: tuple[tuple[str, ...], ...] = (("s", "ne", "nw", "en"), ("c", "m"), ("d", "e"), ("f", "g"),
                                             ("h", "i"), ("j", "k"), ("l", "o"), ("p", "q"))
"""The dev collections by batch, in the order they were gathered (tests/realnews/README.md)."""


def collection_of(gold: GoldArticle) -> int | None:
    batch = gold.article.split("-", 1)[0]
    return next((i for i, batches in enumerate(COLLECTIONS) if batch in batches), None)


def dev_items(folder: Path = CORPUS) -> list[CorpusItem]:
    """Every dev article of the listed collections, extracted as `kb eval` does."""
    return corpus_items(folder, keep=lambda gold: gold.part == "dev" and collection_of(gold) is not None)
