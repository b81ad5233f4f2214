"""The dev part of tests/realnews by collection, shared by the scripts that train on it and measure held out
(`train_event_filter.py`, `train_name_spans.py`, `train_incident_cuts.py`): the collections' batches, and the dev articles of those
collections loaded with `kb eval`'s own corpus reader (imported as `scripts.dev_folds`, the repository
root on the path). Only dev articles are ever extracted: the test part
and batches of no listed collection are skipped before extraction."""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Protocol, TypeVar

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from generator.ingest.evaluation.gold import GoldArticle
from generator.ingest.evaluation.run import CorpusItem, corpus_items
from generator.ingest.evaluation.scores import Scores, score_article

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "realnews"
COLLECTIONS: tuple[tuple[str, ...], ...] = (("s", "ne", "nw", "en"), ("c", "m"), ("d", "e"), ("f", "g"),
                                             ("h", "i"), ("j", "k"), ("l", "o"), ("p", "q"))
"""The dev collections by batch, in the order they were gathered (tests/realnews/README.md)."""


def collection_of(gold: GoldArticle) -> int | None:
    batch = gold.article.split("-", 1)[0]
    return next((i for i, batches in enumerate(COLLECTIONS) if batch in batches), None)


def dev_items(folder: Path = CORPUS, before: Callable[[GoldArticle], None] | None = None) -> list[CorpusItem]:
    """Every dev article of the listed collections, extracted as `kb eval` does; `before(gold)` is called right
    before its article is extracted (a recorder of what extraction decides learns which gold it is reading)."""
    def keep(gold: GoldArticle) -> bool:
        if gold.part != "dev" or collection_of(gold) is None:
            return False
        if before is not None:
            before(gold)
        return True
    return corpus_items(folder, keep=keep)


def corpus_argument(description: str, argv: Sequence[str] | None) -> Path:
    """The corpus folder a training script is run on (`--corpus`, tests/realnews by default)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    return parser.parse_args(argv).corpus


def weights_line(features: Sequence[str], weights: Sequence[float], bias: float) -> str:
    """A model trained on all dev, for the script's output: each feature's raw weight, the intercept."""
    return "trained on all dev: " + ", ".join(f"{n} {w:+.2f}" for n, w in zip(features, weights)) + f", bias {bias:+.2f}"


def score_cell(s: Scores) -> str:
    """Event precision and recall (with counts), event F1, fatalities and named victims' recall."""
    e = s.events
    return (f"{e.precision:.3f} ({e.tp}/{e.n_pred}) | {e.recall:.3f} ({e.tp}/{e.n_gold}) | {e.f1:.3f} | "
            f"{s.accuracy('fatalities'):.3f} | {s.victims.recall:.3f}")


def persons_cell(s: Scores) -> str:
    """Persons in the article (precision / recall, counts, F1) and named victims linked, for a table cell."""
    p, v = s.persons, s.victims
    return (f"{p.precision:.3f} / {p.recall:.3f} ({p.tp}/{p.n_pred}, {p.tp}/{p.n_gold}) F1 {p.f1:.3f}; "
            f"victims {v.recall:.3f} ({v.tp}/{v.n_gold}) p {v.precision:.3f}")


def logistic_fit(rows: Sequence[Sequence[float]], labels: Sequence[bool],
                 regularisation: float) -> tuple[tuple[float, ...], float]:
    """A logistic regression (L2) fitted on standardised features, its weights and intercept turned back to
    the raw features (so that a script or the generator can apply it in pure Python)."""
    x = np.array(rows, dtype=float)
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=regularisation, max_iter=2000).fit(scaler.transform(x), np.array(labels, dtype=int))
    raw = model.coef_[0] / np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    return tuple(float(w) for w in raw), float(model.intercept_[0] - np.sum(raw * scaler.mean_))


class PersonSample(Protocol):
    """A dev article as the persons measures hold it."""

    item: CorpusItem
    collection: int
    predicted: list[dict]
    labels: list[bool]


S = TypeVar("S", bound=PersonSample)


def persons_held_out(samples: Sequence[S], fit: Callable[[Sequence[S]], Any], changed: Callable[[S, Any], list[dict]],
                     header: str) -> list[str]:
    """Leave-one-collection-out: fit on all collections but one, change the held-out one's predictions with
    the model, and score persons in the article and named victims before and after, per collection and
    summed (a markdown table; `header` names the labels' column, the before and the after)."""
    lines = [f"| held out | articles | {header} |", "|---|---|---|---|---|"]
    before_all, after_all = Scores(), Scores()
    for held, batches in enumerate(COLLECTIONS):
        test = [s for s in samples if s.collection == held]
        model = fit([s for s in samples if s.collection != held])
        before, after = Scores(), Scores()
        for s in test:
            new = changed(s, model)
            for scores, preds in ((before, s.predicted), (before_all, s.predicted), (after, new), (after_all, new)):
                score_article(s.item.gold, preds, scores)
        labels = [label for s in test for label in s.labels]
        lines.append(f"| {' '.join(batches)} | {len(test)} | {len(labels)} ({sum(labels)}) | {persons_cell(before)} "
                     f"| {persons_cell(after)} |")
    lines.append(f"| sum | {len(samples)} | | {persons_cell(before_all)} | {persons_cell(after_all)} |")
    return lines
