"""Train a learned event filter on the dev part of tests/realnews and measure it held out (issue 10).

Is a drafted event a real, separate incident? A logistic regression over a few features every article has
(never a name of an article, person or place) was fitted on the dev gold to answer it, as an alternative to
more hand-written rules. Measured leave-one-collection-out it did not hold out (docs/extraction.md,
"Session 8: a learned filter"): the extractor has no such filter, and this script is the measure, kept so
that it can be run again when extraction or the corpus changes. One command, from the repository root,
after `pip install -e '.[test]'` (scikit-learn is a development extra, never imported by the generator):

    .venv/bin/python scripts/train_event_filter.py

Labels: every event the extractor drafts on a dev article is labelled by the scorer of `kb eval`: aligned
one to one with a gold incident (`evaluation.align.matched`) or not. The article's first draft is always
kept (an article tells at least its lead's incident); the model learns on, and decides, the later ones.
Features: `FEATURES`, computed from the drafts (`extract.drafted`) by `feature_rows`.

Model: a logistic regression on standardised features (L2, C = `REGULARISATION`), its weights turned back
to the raw features. The threshold below which a later draft is dropped is chosen on the training articles
only, leave-one-collection-out among them: the highest that drops at most `RECALL_BUDGET` of their gold
incidents' matched drafts.

Measure: leave-one-collection-out over the dev collections (`dev_folds.COLLECTIONS`) (tests/realnews/README.md): train (and
choose the threshold) on the others, then score the held-out one's dev articles with `kb eval`'s scorer, before and
after dropping; then the same at fixed thresholds. Only the dev part is ever extracted: the test part and
batches outside the collections are skipped before extraction.
"""

from __future__ import annotations

import dataclasses
import math
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


from generator.ingest.article import Article  # noqa: E402
from generator.ingest.evaluation.align import matched  # noqa: E402
from generator.ingest.evaluation.gold import GoldArticle  # noqa: E402
from generator.ingest.evaluation.run import prediction  # noqa: E402
from generator.ingest.evaluation.scores import Scores, score_article  # noqa: E402
from generator.ingest.extract import default_options, drafted  # noqa: E402
from generator.ingest.extract.clauses import has_own_day  # noqa: E402
from generator.ingest.extract.draft import Draft  # noqa: E402
from generator.ingest.extract.options import ExtractOptions  # noqa: E402
from generator.ingest.extract.place_seats import is_governorate_seat  # noqa: E402
from generator.ingest.lang import common as C  # noqa: E402
from generator.ingest.mentions import ExtractedEvent  # noqa: E402
from scripts.dev_folds import (  # noqa: E402
    COLLECTIONS,
    collection_of,
    corpus_argument,
    dev_items,
    logistic_fit,
    weights_line,
)

# Word lists of the language packs whose presence in a draft's sentences is a feature.
CUE_LISTS = {"new_incident_cue": ("NEW_INCIDENT",), "attribution_cue": ("ATTRIBUTION",)}

FEATURES = (
    "place_town",              # the place level: a town or finer (neither: a district or no place)
    "place_governorate",       # a governorate, region or the country
    "seat_city",               # a city that gives its name to its governorate (its name may stand for it)
    "own_day",                 # one of its sentences gives a day of its own
    "same_day_as_first",       # dated, and the article's first draft has the same date
    "type_explosions",         # explosions and remote violence (shelling lists many places)
    "casualty_word",           # a word of killing or wounding in its sentences
    "has_toll",                # fatalities or injured stated
    "toll_as_other",           # its fatalities equal another draft's
    "has_people",              # it names a person
    *CUE_LISTS,                # "in a separate incident"; "according to", "said"
    "article_dated",
)

# Place kinds by level (`place_context.PLACE_SPECIFICITY`); a draft place of unknown kind counts as a town.
TOWN_KINDS = frozenset({"site", "neighbourhood", "village", "town", "city"})
DISTRICT_KINDS = frozenset({"subdistrict", "district"})

REGULARISATION = 1.0
RECALL_BUDGET = 0.01
"""Share of the training articles' gold incidents whose matched draft the threshold may drop."""
THRESHOLDS = tuple(round(0.02 * i, 2) for i in range(1, 40))
SWEEP = (0.0, 0.2, 0.3, 0.4, 0.5, 0.6)
"""Fixed thresholds the measure also reports (0: the filter off)."""


@dataclass(frozen=True)
class Weights:
    """A fitted logistic regression: one weight per feature of `FEATURES`, the intercept, the threshold."""

    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, row: Sequence[float]) -> float:
        """The probability that a draft with these feature values is a real, separate incident."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, row))
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def feature_rows(drafts: Sequence[Draft], events: Sequence[ExtractedEvent], article: Article,
                 options: ExtractOptions) -> list[tuple[float, ...]]:
    """The values of `FEATURES` for each finished draft of one article, in order."""
    first = events[0] if events else None
    rows = []
    for draft, event in zip(drafts, events):
        others = [e for e in events if e is not event]
        level = _level(event)
        place = event.place
        values = {
            "place_town": level == "town", "place_governorate": level == "governorate",
            "seat_city": place is not None and place.lexicon_id is not None
                         and is_governorate_seat(place.lexicon_id, options.lexicon),
            "own_day": any(has_own_day(clause) for clause in draft.clauses),
            "same_day_as_first": first is not None and first is not event and event.date is not None
                                 and event.date == first.date,
            "type_explosions": event.type == "explosions_remote_violence",
            "casualty_word": any(h.klass in (C.KILL, C.INJURE) for clause in draft.clauses for h in clause.hits),
            "has_toll": event.fatalities is not None or event.injured is not None,
            "toll_as_other": bool(event.fatalities) and any(o.fatalities == event.fatalities for o in others),
            "has_people": bool(event.people),
            **{name: any(clause.has(words) for clause in draft.clauses for words in lists)
               for name, lists in CUE_LISTS.items()},
            "article_dated": article.published_date is not None,
        }
        rows.append(tuple(float(values[name]) for name in FEATURES))
    return rows


def _level(event: ExtractedEvent) -> str | None:
    if event.place is None:
        return None
    kind = event.place.hint or "village"
    return "town" if kind in TOWN_KINDS else "district" if kind in DISTRICT_KINDS else "governorate"


@dataclass
class ArticleSample:
    """One dev article: its gold, its collection, and per drafted event the features, label, prediction."""

    gold: GoldArticle
    collection: int
    rows: list[tuple[float, ...]]
    labels: list[bool]
    predicted: list[dict]


def collect(folder: Path) -> list[ArticleSample]:
    """Every dev article of the collections, its drafts labelled by the scorer."""
    options = default_options()
    samples = []
    for item in dev_items(folder):
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


def fit(samples: Sequence[ArticleSample]) -> Weights:
    """A logistic regression on the drafts of `samples`, with a threshold chosen on them."""
    weights = _fit_weights(samples)
    return dataclasses.replace(weights, threshold=choose_threshold(samples))


def later_drafts(samples: Sequence[ArticleSample]) -> list[tuple[tuple[float, ...], bool]]:
    """(features, label) of every draft but each article's first: the first is always kept, so the model
    learns on the drafts it decides."""
    return [pair for s in samples for pair in list(zip(s.rows, s.labels))[1:]]


def _fit_weights(samples: Sequence[ArticleSample]) -> Weights:
    drafts = later_drafts(samples)
    weights, bias = logistic_fit([row for row, _ in drafts], [label for _, label in drafts], REGULARISATION)
    return Weights(weights, bias, 0.0)


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


def filtered(sample: ArticleSample, weights: Weights | None) -> list[dict]:
    """The article's predictions the filter keeps (the rule of `event_filter.kept`)."""
    if weights is None:
        return sample.predicted
    return sample.predicted[:1] + [p for p, row in zip(sample.predicted[1:], sample.rows[1:])
                                   if weights.probability(row) >= weights.threshold]


def scored(samples: Sequence[ArticleSample], weights: Weights | None) -> Scores:
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


def main(argv: Sequence[str] | None = None) -> int:
    samples = collect(corpus_argument(__doc__.split("\n", 1)[0], argv))
    print("\n".join(leave_one_collection_out(samples)))
    print("\n".join(sweep(samples)))
    weights = fit(samples)
    print(weights_line(FEATURES, weights.weights, weights.bias), f"threshold {weights.threshold:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
