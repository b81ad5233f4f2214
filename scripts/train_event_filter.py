"""Train the learned event filter on the dev part of tests/realnews, measure it, write its weights.

One command, from the repository root, after `pip install -e '.[test]'` (scikit-learn is a development
extra, never imported by the generator):

    .venv/bin/python scripts/train_event_filter.py            # measure, then write generator/data/event_filter.json
    .venv/bin/python scripts/train_event_filter.py --no-write # measure only

Labels: every event the extractor drafts on a dev article (the filter off) is labelled by the scorer of
`kb eval`: aligned one to one with a gold incident (`evaluation.align.matched`) or not. Features:
`generator/ingest/extract/filter_weights.FEATURES`, computed by `event_filter.feature_rows`.

Model: a logistic regression on standardised features (L2, C = `REGULARISATION`), its weights turned back
to the raw features so that inference is one dot product. The threshold below which a draft is dropped is
chosen on the training articles only, leave-one-collection-out among them: the highest that drops at most
`RECALL_BUDGET` of their gold incidents' matched drafts.

Measure: leave-one-collection-out over the six dev collections (tests/realnews/README.md): train (and
choose the threshold) on five, then score the sixth's dev articles with `kb eval`'s scorer, before and
after dropping. Only the dev part is ever extracted; the test part and batches outside the six
collections are skipped before extraction.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from generator.ingest.evaluation.align import matched  # noqa: E402
from generator.ingest.evaluation.gold import GoldArticle  # noqa: E402
from generator.ingest.evaluation.run import corpus_items, prediction  # noqa: E402
from generator.ingest.evaluation.scores import Scores, score_article  # noqa: E402
from generator.ingest.extract import default_options, drafted  # noqa: E402
from generator.ingest.extract.event_filter import feature_rows  # noqa: E402
from generator.ingest.extract.filter_weights import FEATURES, WEIGHTS_FILE, FilterWeights  # noqa: E402

COLLECTIONS: tuple[tuple[str, ...], ...] = (("s", "ne", "nw", "en"), ("c", "m"), ("d", "e"), ("f", "g"),
                                             ("h", "i"), ("j", "k"))
"""The dev collections by batch, in the order they were gathered (tests/realnews/README.md)."""

REGULARISATION = 1.0
RECALL_BUDGET = 0.01
"""Share of the training articles' gold incidents whose matched draft the threshold may drop."""
THRESHOLDS = tuple(round(0.02 * i, 2) for i in range(1, 40))
SWEEP = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
"""Fixed thresholds the measure also reports (0: the filter off)."""


@dataclass
class ArticleSample:
    """One dev article: its gold, its collection, and per drafted event the features, label, prediction."""

    gold: GoldArticle
    collection: int
    rows: list[tuple[float, ...]]
    labels: list[bool]
    predicted: list[dict]


def collection_of(gold: GoldArticle) -> int | None:
    batch = gold.article.split("-", 1)[0]
    return next((i for i, batches in enumerate(COLLECTIONS) if batch in batches), None)


def collect(folder: Path) -> list[ArticleSample]:
    """Every dev article of the six collections, its drafts labelled by the scorer."""
    options = dataclasses.replace(default_options(), event_filter=None)
    samples = []
    for item in corpus_items(folder, keep=lambda gold: gold.part == "dev" and collection_of(gold) is not None):
        rows: list[tuple[float, ...]] = []
        predicted: list[dict] = []
        for article, _ in item.articles:
            drafts, events = drafted(article, options)
            rows += feature_rows(drafts, events, article, options)
            predicted += [prediction(e) for e in events]
        collection = collection_of(item.gold)
        assert collection is not None
        samples.append(ArticleSample(item.gold, collection, rows,
                                     matched(item.gold.events, predicted, item.gold.index), predicted))
    return samples


def fit(samples: Sequence[ArticleSample]) -> FilterWeights:
    """A logistic regression on the drafts of `samples`, with a threshold chosen on them."""
    weights = _fit_weights(samples)
    return dataclasses.replace(weights, threshold=choose_threshold(samples))


def later_drafts(samples: Sequence[ArticleSample]) -> list[tuple[tuple[float, ...], bool]]:
    """(features, label) of every draft but each article's first: the first is always kept, so the model
    learns on the drafts it decides."""
    return [pair for s in samples for pair in list(zip(s.rows, s.labels))[1:]]


def _fit_weights(samples: Sequence[ArticleSample]) -> FilterWeights:
    drafts = later_drafts(samples)
    x = np.array([row for row, _ in drafts], dtype=float)
    y = np.array([label for _, label in drafts], dtype=int)
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=REGULARISATION, max_iter=2000).fit(scaler.transform(x), y)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    raw = model.coef_[0] / scale
    bias = float(model.intercept_[0] - np.sum(raw * scaler.mean_))
    return FilterWeights(tuple(float(w) for w in raw), bias, 0.0)


def choose_threshold(samples: Sequence[ArticleSample]) -> float:
    """The highest threshold that, leave-one-collection-out on `samples`, drops at most `RECALL_BUDGET` of
    their gold incidents' matched drafts."""
    out_of_fold: list[tuple[float, bool]] = []      # (probability, label) of every draft but the first
    for held in sorted({s.collection for s in samples}):
        train = [s for s in samples if s.collection != held]
        if train:
            weights = _fit_weights(train)
            out_of_fold += [(weights.probability(row), label)
                            for row, label in later_drafts([s for s in samples if s.collection == held])]
    budget = RECALL_BUDGET * sum(len(s.gold.events) for s in samples)
    best = 0.0
    for threshold in THRESHOLDS:
        if sum(label for p, label in out_of_fold if p < threshold) <= budget:
            best = threshold
    return best


def filtered(sample: ArticleSample, weights: FilterWeights | None) -> list[dict]:
    """The article's predictions the filter keeps (the rule of `event_filter.kept`)."""
    if weights is None:
        return sample.predicted
    return sample.predicted[:1] + [p for p, row in zip(sample.predicted[1:], sample.rows[1:])
                                   if weights.probability(row) >= weights.threshold]


def scored(samples: Sequence[ArticleSample], weights: FilterWeights | None) -> Scores:
    scores = Scores()
    for s in samples:
        score_article(s.gold, filtered(s, weights), scores)
    return scores


def _cell(s: Scores) -> str:
    e = s.events
    fatal = s.accuracy("fatalities")
    return f"{e.precision:.3f} ({e.tp}/{e.n_pred})  {e.recall:.3f} ({e.tp}/{e.n_gold})  {fatal:.3f}"


def leave_one_collection_out(samples: Sequence[ArticleSample]) -> list[str]:
    """The table of the measure: per held-out collection, precision, recall, fatalities, before and after."""
    lines = ["| held out | articles | drafts | threshold | before: precision, recall, fatalities | after |",
             "|---|---|---|---|---|---|"]
    before_all, after_all = Scores(), Scores()
    for held, batches in enumerate(COLLECTIONS):
        test = [s for s in samples if s.collection == held]
        weights = fit([s for s in samples if s.collection != held])
        before, after = scored(test, None), scored(test, weights)
        for s in test:
            score_article(s.gold, filtered(s, None), before_all)
            score_article(s.gold, filtered(s, weights), after_all)
        lines.append(f"| {' '.join(batches)} | {len(test)} | {sum(len(s.rows) for s in test)} | "
                     f"{weights.threshold:.2f} | {_cell(before)} | {_cell(after)} |")
    lines.append(f"| sum | {len(samples)} | {sum(len(s.rows) for s in samples)} | | "
                 f"{_cell(before_all)} | {_cell(after_all)} |")
    return lines


def sweep(samples: Sequence[ArticleSample], thresholds: Sequence[float] = SWEEP) -> list[str]:
    """Leave-one-collection-out sums at fixed thresholds: what dropping more would trade."""
    folds = {held: _fit_weights([s for s in samples if s.collection != held]) for held in range(len(COLLECTIONS))}
    lines = ["| threshold | precision | recall | fatalities (matched) |", "|---|---|---|---|"]
    for threshold in thresholds:
        total = Scores()
        for s in samples:
            score_article(s.gold, filtered(s, dataclasses.replace(folds[s.collection], threshold=threshold)), total)
        e = total.events
        lines.append(f"| {threshold:.2f} | {e.precision:.3f} ({e.tp}/{e.n_pred}) | {e.recall:.3f} ({e.tp}/{e.n_gold}) "
                     f"| {total.accuracy('fatalities'):.3f} |")
    return lines


def weights_json(weights: FilterWeights, samples: Sequence[ArticleSample]) -> dict:
    commit = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    return {"features": list(FEATURES), "weights": dict(zip(FEATURES, (round(w, 6) for w in weights.weights))),
            "bias": round(weights.bias, 6), "threshold": weights.threshold,
            "trained_on": {"commit": commit or None, "articles": len(samples),
                           "drafts": sum(len(s.rows) for s in samples),
                           "matched": sum(sum(s.labels) for s in samples)}}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "tests" / "realnews")
    parser.add_argument("--out", type=Path, default=WEIGHTS_FILE)
    parser.add_argument("--no-write", action="store_true", help="measure only")
    args = parser.parse_args(argv)
    samples = collect(args.corpus)
    print("\n".join(leave_one_collection_out(samples)))
    print("\n".join(sweep(samples)))
    weights = fit(samples)
    print("trained on all dev:", ", ".join(f"{n} {w:+.2f}" for n, w in zip(FEATURES, weights.weights)),
          f"bias {weights.bias:+.2f}, threshold {weights.threshold:.2f}")
    if not args.no_write:
        args.out.write_text(json.dumps(weights_json(weights, samples), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
