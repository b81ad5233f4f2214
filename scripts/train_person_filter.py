"""Is a name the extractor found a person at all? A learned filter on the dev golds' `persons` lists, measured
held out (issue 11, second decision).

One command, from the repository root, after `pip install -e '.[test]'`:

    .venv/bin/python scripts/train_person_filter.py

Labels: every person the extractor attaches to an event of a dev article is labelled by the scorer's own
name keys (`name_keys`): it is one of the gold's `persons` when its keys meet one of theirs. Articles
whose gold lists no persons are left out.

Model: a logistic regression on standardised features of the name as found (`FEATURES`, fixed before any
figure was seen: its words against the shipped name index, its shape, its role, whether the text
repeats it; never a word of an article or person), L2, C = 1, threshold 0.5: a name below it is dropped
from every event of its article.

Measure: leave-one-collection-out over the dev collections (`dev_folds.COLLECTIONS`), persons in the
article and named victims with `kb eval`'s scorer, against keeping every name. Measured, it did not hold
out (docs/extraction.md, "Session 11: learned name spans"): the extractor has no such filter.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402
from sklearn.preprocessing import StandardScaler  # noqa: E402

from generator.ingest.evaluation.gold import name_keys  # noqa: E402
from generator.ingest.evaluation.run import CorpusItem, predictions  # noqa: E402
from generator.ingest.extract import default_options  # noqa: E402
from generator.ingest.normalise import fold  # noqa: E402
from scripts.dev_folds import COLLECTIONS, collection_of, dev_items, persons_held_out, weights_line  # noqa: E402

FEATURES = (
    "words",               # how many words the name has
    "first_given",         # its first word is an attested given name (Arabic common, or a Latin spelling)
    "first_given_rare",    # ... a rarer Arabic one only
    "last_family",         # its last word is an attested Arabic family-name word
    "last_article",        # its last word has the article (ال, al-, el-)
    "every_word_attested", # every word is in the name index, of any kind
    "kunya",               # it starts with أبو / Abu
    "role_victim", "role_spokesperson", "role_mentioned",
    "has_alias",
    "repeated",            # the text has it twice or more
    "arabic",
)
VICTIM_ROLES = frozenset({"killed", "injured", "detained", "abducted"})


@dataclass
class Sample:
    item: CorpusItem
    collection: int
    predicted: list[dict]
    names: list[str]                        # each person found in the article, once
    rows: list[tuple[float, ...]]
    labels: list[bool]


def feature_row(person: Mapping, text: str) -> tuple[float, ...]:
    index = default_options().names
    name = str(person["name"])
    arabic = any("\u0600" <= c <= "\u06ff" for c in name)
    words = [fold(w) for w in name.split()] if arabic else [w.lower().strip("'’‘") for w in name.split()]
    given, rare = (index.get("ar-given"), index.get("ar-given-rare")) if arabic else (index.get("en-given"), frozenset())
    family = index.get("ar-family")
    every = given | rare | family
    last = words[-1] if words else ""
    values = {
        "words": len(words), "first_given": bool(words) and words[0] in given,
        "first_given_rare": bool(words) and words[0] in rare and words[0] not in given,
        "last_family": last in family,
        "last_article": last.startswith("ال") or last.startswith(("al-", "el-")) or len(words) > 1 and words[-2] == "al",
        "every_word_attested": bool(words) and all(w in every for w in words),
        "kunya": bool(words) and words[0] in (fold("أبو"), fold("ابو"), "abu", "abou"),
        "role_victim": person.get("role") in VICTIM_ROLES, "role_spokesperson": person.get("role") == "spokesperson",
        "role_mentioned": person.get("role") == "mentioned", "has_alias": bool(person.get("aliases")),
        "repeated": text.count(name) > 1, "arabic": arabic,
    }
    return tuple(float(values[f]) for f in FEATURES)


def collect() -> list[Sample]:
    samples = []
    items = [item for item in dev_items() if item.gold.persons is not None]
    for item, (gold, preds) in zip(items, predictions(items)):
        gold_keys = [name_keys(p.get("name"), p.get("aliases") or ()) for p in gold.persons or ()]
        text = item.articles[0][0].text if item.articles else ""
        seen: dict[str, dict] = {}
        for event in preds:
            for person in event["people"]:
                seen.setdefault(str(person["name"]), person)
        names = list(seen)
        rows = [feature_row(seen[n], text) for n in names]
        labels = [any(name_keys(seen[n]["name"], seen[n].get("aliases") or ()) & keys for keys in gold_keys)
                  for n in names]
        collection = collection_of(gold)
        assert collection is not None
        samples.append(Sample(item, collection, preds, names, rows, labels))
    return samples


def fit(samples: Sequence[Sample]) -> tuple[StandardScaler, LogisticRegression]:
    x = np.array([r for s in samples for r in s.rows], dtype=float)
    y = np.array([label for s in samples for label in s.labels], dtype=int)
    scaler = StandardScaler().fit(x)
    return scaler, LogisticRegression(C=1.0, max_iter=2000).fit(scaler.transform(x), y)


def filtered(sample: Sample, model: tuple[StandardScaler, LogisticRegression]) -> list[dict]:
    if not sample.rows:
        return sample.predicted
    scaler, lr = model
    keep = lr.predict_proba(scaler.transform(np.array(sample.rows)))[:, 1] >= 0.5
    dropped = {n for n, k in zip(sample.names, keep) if not k}
    return [{**e, "people": [p for p in e["people"] if str(p["name"]) not in dropped]} for e in sample.predicted]


def out_of_fold_auc(samples: Sequence[Sample]) -> float:
    """How well the held-out probabilities rank gold persons above the rest (0.5: no better than chance)."""
    scores, labels = [], []
    for held in range(len(COLLECTIONS)):
        scaler, lr = fit([s for s in samples if s.collection != held])
        rows = [r for s in samples if s.collection == held for r in s.rows]
        if rows:
            scores += list(lr.predict_proba(scaler.transform(np.array(rows)))[:, 1])
            labels += [label for s in samples if s.collection == held for label in s.labels]
    return float(roc_auc_score(labels, scores))


def main() -> int:
    samples = collect()
    print(f"persons found: {sum(len(s.labels) for s in samples)}, in the gold: {sum(sum(s.labels) for s in samples)}")
    lines = persons_held_out(samples, fit, filtered, "names (gold persons) | keeping every name | filtered")
    print("\n".join(lines))
    print(f"out-of-fold ROC AUC of the names' probabilities: {out_of_fold_auc(samples):.3f}")
    scaler, lr = fit(samples)
    raw = lr.coef_[0] / np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    print(weights_line(FEATURES, raw, float(lr.intercept_[0])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
