"""Learn where each candidate clause of an article goes, and measure it held out (issue 10, session 11).

The extractor makes a candidate event of every clause with an event word and hands it to the rule cascade
of `extract/frames.py` (`merge_target`): it joins the last incident, joins an earlier one, or opens a new
one. This script labels that decision from the dev gold, fits a logistic regression on features every
article has (never a word of an article, person or place), and measures the extractor with the model
deciding, leave-one-collection-out, with `kb eval`'s scorer. Measured so, it did not hold out
(docs/extraction.md, "Session 11: a learned cut"): the extractor has no such model, and this script is the
measure, kept so that it can be run again when extraction or the corpus changes. One command, from the
repository root, after `pip install -e '.[test]'` (scikit-learn is a development extra, never imported by
the generator):

    .venv/bin/python scripts/train_incident_cuts.py

Labels: each candidate's own event (`frames.candidate`, before any merge) is compared with the article's
gold incidents (`compatible`: no known place or date disagrees, and two of place, date and type agree,
as the scorer needs to align them; a victim it names picks the incidents that have that victim). The gold
incident of each open draft is the one its opening candidate was given. Then: no compatible incident is
"none" (background, a tally, a retelling with nothing new); an incident of the last draft is "join last";
of an earlier draft "join earlier"; incidents no draft has yet are "open"; incidents of both kinds are
"ambiguous", left out of training. The model learns "open" against the rest; the article's first
candidate always opens and is left out.

Measure: the extractor is run on each held-out collection's dev articles with the model (trained on the
other collections) deciding, in each way of `MODES`, and scored against the rules alone; then the labels
themselves are followed (no model, in-sample), which says what a perfect model of these labels would be
worth. The decision is put in the extractor's place by replacing `merge_target` (and wrapping
`frames.by_place_and_date`, the cascade's fall-through) for the length of the run: the extractor has no
hook for a model it does not use.
"""

from __future__ import annotations

import math
import sys
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.ensemble import GradientBoostingClassifier  # noqa: E402
from sklearn.metrics import roc_auc_score  # noqa: E402

import generator.ingest.extract as extract  # noqa: E402
from generator.ingest.evaluation.align import matched  # noqa: E402
from generator.ingest.evaluation.gold import GoldArticle  # noqa: E402
from generator.ingest.evaluation.run import prediction  # noqa: E402
from generator.ingest.evaluation.scores import Scores, score_article  # noqa: E402
from generator.ingest.extract import frames  # noqa: E402
from generator.ingest.extract.clauses import has_own_day  # noqa: E402
from generator.ingest.extract.draft import Draft  # noqa: E402
from generator.ingest.extract.markers import opens_new_incident  # noqa: E402
from generator.ingest.extract.same_incident import retells  # noqa: E402
from generator.ingest.extract.model import Clause  # noqa: E402
from generator.ingest.extract.place import SPREAD_SUB_TYPES  # noqa: E402
from generator.ingest.extract.place_order import same_or_within  # noqa: E402
from generator.ingest.extract.place_lists import same_place_as  # noqa: E402
from generator.ingest.lang import common as C  # noqa: E402
from generator.ingest.lexicon import Lexicon  # noqa: E402
from generator.ingest.mentions import ExtractedEvent  # noqa: E402

from scripts.cut_labels import ArticleRecord, Recorder  # noqa: E402
from scripts.dev_folds import (  # noqa: E402
    COLLECTIONS,
    collection_of,
    corpus_argument,
    dev_items,
    logistic_fit,
    score_cell,
)

# Word lists of the language packs (the same names in both) whose presence in the candidate's clause is a feature.
CUE_WORDS = ("NEW_INCIDENT", "DETAIL", "DETAIL_SPEECH", "ROSE_TO", "TOLL_NOW", "ADDITIVE", "SUBSET", "OTHER_SOURCE",
             "ATTRIBUTION", "SAME_DAY", "RENEWED", "INCIDENT_AGAIN", "COVERING_INCIDENT")
# Cue patterns that must open the clause.
CUE_OPENINGS = ("SOURCE_OPENING", "TAKEN_AWAY_OPENING", "AFTER_INCIDENT_OPENING", "PRONOUN_SUBJECT_OPENING")

# Chosen before any per-feature figure was looked at (the brief's list); not changed after.
FEATURES = (
    # the rule cascade's answer
    "rule_opens", "rule_joins_earlier", "rule_fell_through", "rule_retells", "rule_new_incident",
    # date against the last draft
    "dated", "own_day", "last_undated", "same_date", "within_last_span", "other_date",
    # place against the last draft
    "no_place", "same_place", "within_last", "holds_last", "other_place", "town_level", "governorate_level",
    "earlier_draft_same_place",
    # toll and victims against the last draft
    "has_toll", "same_toll", "other_toll", "new_victim", "names_last_victim", "casualty_word",
    # type against the last draft
    "same_type", "same_sub_type", "spread_sub_type",
    # where the clause stands
    "sentences_between", "paragraph_break", "position", "drafts_open",
    *(f"cue_{name.lower()}" for name in CUE_WORDS + CUE_OPENINGS),
)

TOWN_KINDS = frozenset({"site", "neighbourhood", "village", "town", "city"})
AREA_KINDS = frozenset({"governorate", "region", "country"})
REGULARISATION = 1.0
THRESHOLD = 0.5
MODES = ("replace", "fall_through", "veto_open", "veto_join")
"""How the model is used: it decides every candidate; only where the cascade falls through to its place and
date defaults; it may only turn an opening into a join (of the last draft); it may only turn a join into an
opening."""
SWEEP = {"veto_open": (0.05, 0.1, 0.2, 0.3), "veto_join": (0.6, 0.7, 0.8, 0.9), "fall_through": (0.2, 0.3)}
"""Thresholds the measure also reports, as sums (chosen after the table at `THRESHOLD` was seen)."""


def cut_features(drafts: Sequence[Draft], event: ExtractedEvent, clause: Clause, rule: Draft | None,
                 fell_through: bool, lexicon: Lexicon) -> tuple[float, ...]:
    """The values of `FEATURES` for a candidate that finds `drafts` open, the rules' answer `rule`."""
    last = drafts[-1]
    known = last.event
    text = clause.a.text
    between = text[last.clauses[-1].end:clause.start]
    key = clause.pack.match_key
    kind = event.place.hint or "village" if event.place is not None else None
    both_placed = event.place is not None and known.place is not None
    same_place = known.place is not None and event.place is not None and same_place_as(known.place, event.place)
    within = both_placed and not same_place and same_or_within(known.place, event.place, lexicon) \
        and not same_or_within(event.place, known.place, lexicon)
    holds = both_placed and not same_place and not within and same_or_within(known.place, event.place, lexicon)
    tolls = [(event.fatalities, known.fatalities), (event.injured, known.injured)]
    victim_words = {key(p.name) for p in known.people if p.role in C.ROLE_OF_CLASS.values()}
    values = {
        "rule_opens": rule is None, "rule_joins_earlier": rule is not None and rule is not last,
        "rule_fell_through": fell_through, "rule_retells": retells(clause, event, last),
        "rule_new_incident": opens_new_incident(clause),
        "dated": event.date is not None, "own_day": has_own_day(clause), "last_undated": known.date is None,
        "same_date": event.date is not None and event.date == known.date,
        "within_last_span": event.date is not None and known.date is not None and known.date_end is not None
                            and known.date <= event.date <= known.date_end,
        "other_date": event.date is not None and known.date is not None and event.date != known.date
                      and not (known.date_end is not None and known.date <= event.date <= known.date_end),
        "no_place": event.place is None, "same_place": same_place, "within_last": within, "holds_last": holds,
        "other_place": both_placed and not same_place and not within and not holds,
        "town_level": kind in TOWN_KINDS, "governorate_level": kind in AREA_KINDS,
        "earlier_draft_same_place": event.place is not None and any(
            d.event.place is not None and same_place_as(d.event.place, event.place) for d in drafts[:-1]),
        "has_toll": event.fatalities is not None or event.injured is not None,
        "same_toll": any(new is not None and new == old for new, old in tolls),
        "other_toll": any(new is not None and old is not None and new != old for new, old in tolls),
        "new_victim": bool(victim_words) and any(p.role in C.ROLE_OF_CLASS.values() and key(p.name) not in victim_words
                                                 for p in event.people),
        "names_last_victim": any(v in key(clause.text) for v in last.victims),
        "casualty_word": any(h.klass in (C.KILL, C.INJURE) for h in clause.hits),
        "same_type": event.type == known.type, "same_sub_type": event.sub_type == known.sub_type,
        "spread_sub_type": event.sub_type in SPREAD_SUB_TYPES,
        "sentences_between": min(sum(between.count(mark) for mark in ".!?؟"), 3) / 3,
        "paragraph_break": "\n" in between, "position": clause.start / max(len(text), 1),
        "drafts_open": min(len(drafts), 4) / 4,
        **{f"cue_{name.lower()}": clause.has(name) for name in CUE_WORDS},
        **{f"cue_{name.lower()}": bool(clause.pack.cue(name).match(clause.text)) for name in CUE_OPENINGS},
    }
    return tuple(float(values[name]) for name in FEATURES)


# ---------------------------------------------------------------------------------------------------------
# The decision in the extractor's place


@dataclass(frozen=True)
class Model:
    weights: tuple[float, ...]
    bias: float

    def probability(self, row: Sequence[float]) -> float:
        """The probability that the candidate opens a new incident."""
        z = self.bias + sum(w * x for w, x in zip(self.weights, row))
        return 1.0 / (1.0 + math.exp(-z)) if z > -60 else 0.0


def decide(mode: str, model: Model | None, drafts: Sequence[Draft], rule: Draft | None, fell_through: bool,
           row: tuple[float, ...], threshold: float = THRESHOLD) -> Draft | None:
    """Where the candidate goes: the rules' answer, or the model's in the way `mode` lets it decide."""
    if model is None or mode == "fall_through" and not fell_through:
        return rule
    opens = model.probability(row) >= threshold
    if mode in ("replace", "fall_through") or mode == "veto_open" and rule is None \
            or mode == "veto_join" and rule is not None:
        return None if opens else rule or drafts[-1]
    return rule


@contextmanager
def deciding(mode: str, model_of: Callable[[], Model | None], recorder: Recorder | None,
             threshold: float = THRESHOLD) -> Iterator[None]:
    """For the length of the block, the extractor's candidates go where `decide` says (and `recorder` notes
    them), with the model `model_of()` gives at the time: `merge_target` as the extractor's loop calls it is
    replaced, the cascade's fall-through wrapped."""
    rules, fall_through = frames.merge_target, frames.by_place_and_date
    fell = [False]

    def noted_fall_through(drafts: list[Draft], event: ExtractedEvent, clause: Clause) -> Draft | None:
        fell[0] = True
        return fall_through(drafts, event, clause)

    def target(drafts: list[Draft], event: ExtractedEvent, clause: Clause) -> Draft | None:
        fell[0] = False
        rule = rules(drafts, event, clause)
        if not drafts:
            chosen, row = rule, None
        else:
            row = cut_features(drafts, event, clause, rule, fell[0], clause.a.options.lexicon)
            chosen = recorder.oracle(drafts, event, rule, mode == "oracle_splits") \
                if mode in ("oracle", "oracle_splits") and recorder is not None \
                else decide(mode, model_of(), drafts, rule, fell[0], row, threshold)
        if recorder is not None:
            recorder.note(drafts, event, chosen, row, rule is None)
        return chosen

    frames.by_place_and_date, extract.merge_target = noted_fall_through, target
    try:
        yield
    finally:
        frames.by_place_and_date, extract.merge_target = fall_through, rules


# ---------------------------------------------------------------------------------------------------------
# Training and the measure


def training_pairs(records: Sequence[ArticleRecord]) -> list[tuple[tuple[float, ...], bool]]:
    return [(c.row, c.label == "open") for r in records for c in r.candidates
            if not c.first and c.label != "ambiguous"]


def fit(records: Sequence[ArticleRecord]) -> Model:
    """A logistic regression (L2, standardised features) of "open" against the rest, turned back to raw weights."""
    pairs = training_pairs(records)
    return Model(*logistic_fit([row for row, _ in pairs], [label for _, label in pairs], REGULARISATION))


Predicted = list[tuple[int, GoldArticle, list[Mapping]]]
"""(collection, gold, predicted events) of every dev article."""


def run(folder: Path, mode: str, models: Mapping[int, Model] | None, recorder: Recorder | None = None,
        threshold: float = THRESHOLD) -> Predicted:
    """The extractor on every dev article, each collection's with its fold's model deciding (none: the rules)."""
    current: list[Model | None] = [None]

    def before(gold: GoldArticle) -> None:
        collection = collection_of(gold)
        current[0] = None if models is None or collection is None else models[collection]
        if recorder is not None:
            recorder.start(gold)

    with deciding(mode, lambda: current[0], recorder, threshold):
        items = dev_items(folder, before)
    out: Predicted = []
    for item in items:
        collection = collection_of(item.gold)
        assert collection is not None
        out.append((collection, item.gold, [prediction(e) for _, evs in item.articles for e in evs]))
    return out


def scores_of(predicted: Predicted, collection: int | None = None) -> Scores:
    """`kb eval`'s scores of one collection's articles (None: all)."""
    scores = Scores()
    for held, gold, events in predicted:
        if collection is None or held == collection:
            score_article(gold, events, scores)
    return scores


def label_table(records: Sequence[ArticleRecord], predicted: Predicted) -> list[str]:
    """Candidates by label and by the rules' answer; of those the rules open, how many end as an incident the
    scorer aligns with a gold one (the drafts are the opened candidates, in order)."""
    counts = Counter((c.label, c.rule_opens) for r in records for c in r.candidates if not c.first)
    firsts = Counter(c.label for r in records for c in r.candidates if c.first)
    ended_matched: Counter[str] = Counter()
    for record, (_, gold, events) in zip(records, predicted):
        opened = [c for c in record.candidates if c.rule_opens and not c.first]
        ended_matched.update(c.label for c, hit in zip(opened, matched(gold.events, events, gold.index)[1:]) if hit)
    lines = ["| label | rules open | of which matched in the end | rules join | first candidates |",
             "|---|---:|---:|---:|---:|"]
    for label in ("open", "join_last", "join_earlier", "none", "ambiguous"):
        lines.append(f"| {label} | {counts[label, True]} | {ended_matched[label]} | {counts[label, False]} | "
                     f"{firsts[label]} |")
    return lines


def auc_by_fold(records: Sequence[ArticleRecord]) -> list[str]:
    """Held-out AUC of the model, of small gradient-boosted trees on the same features, and of the rules'
    answer alone, on the labelled later candidates."""
    truth: list[bool] = []
    found: dict[str, list[float]] = {"logistic regression": [], "trees (depth 2, 100)": [], "rules alone": []}
    for held in range(len(COLLECTIONS)):
        train = training_pairs([r for r in records if r.collection != held])
        test = training_pairs([r for r in records if r.collection == held])
        model = fit([r for r in records if r.collection != held])
        trees = GradientBoostingClassifier(max_depth=2, n_estimators=100, random_state=0).fit(
            np.array([row for row, _ in train]), np.array([label for _, label in train]))
        truth += [label for _, label in test]
        found["logistic regression"] += [model.probability(row) for row, _ in test]
        found["trees (depth 2, 100)"] += list(trees.predict_proba(np.array([row for row, _ in test]))[:, 1])
        found["rules alone"] += [row[FEATURES.index("rule_opens")] for row, _ in test]
    return [f"held-out AUC, open against the rest ({len(truth)} candidates, {sum(truth)} open): "
            + ", ".join(f"{name} {roc_auc_score(truth, scores):.3f}" for name, scores in found.items())]


def measure(folder: Path) -> list[str]:
    recorder = Recorder(folder, extract.default_options().lexicon)
    before = run(folder, "rules", None, recorder)
    records = recorder.articles
    lines = label_table(records, before) + [f"unlabelled (a feed's later entries): {recorder.unlabelled}"] \
        + auc_by_fold(records)
    models = {held: fit([r for r in records if r.collection != held]) for held in range(len(COLLECTIONS))}
    header = "precision | recall | F1 | fatalities | named victims"
    for mode in MODES:
        after = run(folder, mode, models)
        lines += ["", f"mode {mode}", f"| held out | articles | rules: {header} | rules + model: {header} |",
                  "|---|---:|" + "---|" * 10]
        for held, batches in enumerate(COLLECTIONS):
            old, new = scores_of(before, held), scores_of(after, held)
            lines.append(f"| {' '.join(batches)} | {old.articles} | {score_cell(old)} | {score_cell(new)} |")
        old, new = scores_of(before), scores_of(after)
        lines.append(f"| sum | {old.articles} | {score_cell(old)} | {score_cell(new)} |")
    lines += [""] + [f"the labels followed{what} (no model, in-sample: what the labels are worth): "
                     f"{score_cell(scores_of(run(folder, mode, None, Recorder(folder, recorder.lexicon))))}"
                     for mode, what in (("oracle", ""), ("oracle_splits", ", only to split what the rules join"))]
    lines += ["", "sums at other thresholds", "| mode | threshold | precision | recall | F1 | fatalities | named victims |",
              "|---|---|---|---|---|---|---|"]
    for mode, thresholds in SWEEP.items():
        for threshold in thresholds:
            lines.append(f"| {mode} | {threshold:.2f} | {score_cell(scores_of(run(folder, mode, models, None, threshold)))} |")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    corpus = corpus_argument(__doc__.split("\n", 1)[0], argv)
    print("\n".join(measure(corpus)))
    recorder = Recorder(corpus, extract.default_options().lexicon)
    run(corpus, "rules", None, recorder)
    model = fit(recorder.articles)
    print("trained on all dev, the largest weights:", ", ".join(
        f"{name} {weight:+.2f}" for weight, name in sorted(zip(model.weights, FEATURES), key=lambda p: -abs(p[0]))[:15]),
        f"bias {model.bias:+.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
