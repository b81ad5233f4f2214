"""scripts/train_incident_cuts.py and cut_labels.py: the features of a candidate clause, its label from a gold incident, the
ways a model may decide, and training on a synthetic set."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from generator.ingest.article import Article
from generator.ingest.evaluation.gold import GoldArticle, IdIndex
from generator.ingest.extract import default_options, drafted
from generator.ingest.extract.draft import Draft
from script_loading import load_script

# Written for the test: a second incident at another town with its own toll, and a toll that rose.
SECOND_INCIDENT = ("A mortar shell killed two civilians in the town of Jasim on Monday.\n\n"
                   "Gunmen also shot dead three men in the town of Nawa on Monday.")
TOLL_ROSE = ("A mortar shell killed two civilians in the town of Jasim on Monday.\n\n"
             "The death toll rose to five, a local source said.")


script = load_script("train_incident_cuts")
from scripts import cut_labels  # noqa: E402


class RulesDecide:
    """A stand-in model that notes every feature row and says what the rules said."""

    def __init__(self) -> None:
        self.rows: list[dict[str, float]] = []

    def probability(self, row) -> float:
        values = dict(zip(script.FEATURES, row))
        self.rows.append(values)
        return values["rule_opens"]


def later_rows(text: str) -> tuple[list[dict[str, float]], list]:
    article = Article(text=text, archived=text, language="en", origin="test", published=dt.date(2024, 3, 5))
    model = RulesDecide()
    with script.deciding("replace", lambda: model, None):
        _, events = drafted(article, default_options())
    return model.rows, events


def test_a_second_incident_at_another_town_with_its_own_toll_opens() -> None:
    rows, events = later_rows(SECOND_INCIDENT)
    assert len(events) == 2 and len(rows) == 1
    row = rows[0]
    assert row["rule_opens"] == row["other_place"] == row["town_level"] == row["has_toll"] == row["other_toll"] == 1.0
    assert row["same_place"] == row["no_place"] == row["cue_rose_to"] == 0.0
    assert row["same_date"] == 1.0 and row["paragraph_break"] == 1.0


def test_a_toll_that_rose_joins() -> None:
    rows, events = later_rows(TOLL_ROSE)
    assert len(events) == 1 and events[0].fatalities == 5
    row = rows[0]
    assert row["rule_opens"] == 0.0 and row["rule_fell_through"] == 1.0
    assert row["cue_rose_to"] == row["no_place"] == row["has_toll"] == 1.0
    assert row["cue_source_opening"] == 0.0      # the source is named at the end, not as the opening
    assert row["other_place"] == row["dated"] == 0.0


def test_the_patched_decision_is_undone_after_the_run() -> None:
    import generator.ingest.extract as extract
    from generator.ingest.extract import frames
    before = (extract.merge_target, frames.by_place_and_date)
    later_rows(SECOND_INCIDENT)
    assert (extract.merge_target, frames.by_place_and_date) == before


def test_a_candidate_is_compatible_with_an_incident_when_two_of_place_date_and_type_agree() -> None:
    options = default_options()
    article = Article(text=SECOND_INCIDENT, archived=SECOND_INCIDENT, language="en", origin="test",
                      published=dt.date(2024, 3, 5))
    _, (jasim, nawa) = drafted(article, options)
    gold = {"place": "jasim", "date": dt.date(2024, 3, 4), "type": jasim.type, "governorate": "daraa-governorate"}
    index, lexicon = IdIndex(), options.lexicon
    assert cut_labels.compatible(jasim, gold, index, lexicon)
    assert not cut_labels.compatible(nawa, gold, index, lexicon)          # another town: the place disagrees
    assert cut_labels.compatible(jasim, {**gold, "place": "daraa-governorate"}, index, lexicon)   # a coarser gold place
    assert not cut_labels.compatible(jasim, {**gold, "date": dt.date(2024, 2, 20)}, index, lexicon)
    assert not cut_labels.compatible(jasim, {**gold, "place": None, "date": None}, index, lexicon)   # the type alone


class Fixed:
    def __init__(self, p: float) -> None:
        self.p = p

    def probability(self, row) -> float:
        return self.p


def test_each_mode_lets_the_model_decide_only_its_part() -> None:
    last, earlier = Draft(event=None), Draft(event=None)     # type: ignore[arg-type]
    drafts = [earlier, last]
    opens, joins = Fixed(0.9), Fixed(0.1)
    assert script.decide("replace", opens, drafts, earlier, False, ()) is None
    assert script.decide("replace", joins, drafts, None, False, ()) is last
    assert script.decide("replace", joins, drafts, earlier, False, ()) is earlier   # the rules' target kept
    assert script.decide("fall_through", opens, drafts, last, False, ()) is last    # the cues decided
    assert script.decide("fall_through", opens, drafts, last, True, ()) is None
    assert script.decide("veto_open", opens, drafts, last, False, ()) is last       # may not split
    assert script.decide("veto_open", joins, drafts, None, False, ()) is last
    assert script.decide("veto_join", joins, drafts, None, False, ()) is None       # may not join
    assert script.decide("veto_join", opens, drafts, last, False, ()) is None
    assert script.decide("replace", None, drafts, None, False, ()) is None          # no model: the rules


def test_training_on_a_synthetic_set_learns_the_feature_that_opens() -> None:
    rng = random.Random(0)
    records = []
    for n in range(60):
        record = cut_labels.ArticleRecord(GoldArticle(article=f"x-{n}", path=Path(f"x-{n}"), language="en",
                                                  published=None, events=[]), n % 3)
        for first in (True, False, False, False):
            label = "open" if first or rng.random() < 0.3 else rng.choice(["join_last", "none"])
            row = tuple([float(label == "open")] + [rng.random() for _ in script.FEATURES[1:]])
            record.candidates.append(cut_labels.Candidate(row, first, label == "open", label))
        records.append(record)
    model = script.fit(records)
    assert model.weights[0] > 0
    pairs = script.training_pairs(records)
    assert len(pairs) == 180 and all((model.probability(row) >= 0.5) == label for row, label in pairs)
