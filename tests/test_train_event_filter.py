"""scripts/train_event_filter.py: the features of an article's drafts, and training on a synthetic set."""

from __future__ import annotations

import datetime as dt
import math
import random
from pathlib import Path

import pytest

from generator.ingest.article import Article
from generator.ingest.evaluation.gold import GoldArticle
from generator.ingest.extract import default_options, drafted
from generator.ingest.extract.place_seats import is_governorate_seat
from script_loading import load_script

# Written for the test: a town's incident, then a separate one placed only at the governorate.
TWO_INCIDENTS = ("A mortar shell killed two civilians in the town of Jasim on Monday, local sources said.\n\n"
                 "Separately, gunmen shot dead a man in Daraa province on Sunday.")


script = load_script("train_event_filter")


def test_features_describe_each_draft_of_an_article() -> None:
    article = Article(text=TWO_INCIDENTS, archived=TWO_INCIDENTS, language="en", origin="test",
                      published=dt.date(2024, 3, 5))
    options = default_options()
    drafts, events = drafted(article, options)
    town, governorate = (dict(zip(script.FEATURES, row))
                         for row in script.feature_rows(drafts, events, article, options))
    assert (town["place_town"], town["place_governorate"], town["attribution_cue"], town["has_toll"]) \
        == (1.0, 0.0, 1.0, 1.0)
    assert (governorate["place_town"], governorate["place_governorate"], governorate["new_incident_cue"]) \
        == (0.0, 1.0, 1.0)
    assert governorate["same_day_as_first"] == 0.0 and governorate["article_dated"] == 1.0


def test_a_city_named_like_its_governorate_is_a_seat() -> None:
    lexicon = default_options().lexicon
    assert is_governorate_seat("daraa", lexicon)
    assert not is_governorate_seat("jasim", lexicon) and not is_governorate_seat("daraa-governorate", lexicon)


def test_probability_is_the_logistic_of_the_weighted_sum() -> None:
    weights = script.Weights((2.0, -1.0), -0.5, 0.5)
    assert weights.probability((1.0, 0.5)) == pytest.approx(1 / (1 + math.exp(-1.0)))


def test_training_on_a_synthetic_set_drops_the_spurious_later_drafts_only() -> None:
    rng = random.Random(0)
    samples = []
    for n in range(60):          # spurious later drafts have the first feature on, real ones off
        labels = [True] + [rng.random() < 0.7 for _ in range(3)]
        rows = [tuple([float(not label)] + [rng.random() for _ in script.FEATURES[1:]]) for label in labels]
        gold = GoldArticle(article=f"x-{n}", path=Path(f"x-{n}"), language="en", published=None,
                           events=[{}] * sum(labels))
        samples.append(script.ArticleSample(gold, n % 3, rows, labels, [{"n": i} for i in range(len(rows))]))
    weights = script.fit(samples)
    assert weights.weights[0] < 0 < weights.threshold
    kept = [s.labels[p["n"]] for s in samples for p in script.filtered(s, weights)]
    assert all(kept) and len(kept) == sum(sum(s.labels) for s in samples)
