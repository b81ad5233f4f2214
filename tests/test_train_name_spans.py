"""scripts/train_name_spans.py: the gold labels of a chain decision, and the learned decision behind the
chain reader (on sentences written for the test)."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import default_options, extract
from script_loading import load_script

# Written for the test: a victim introduced by his age group, his name of three parts, then a place.
SENTENCE = "قتل الشاب أحمد خالد العلي في مدينة درعا يوم الاثنين برصاص مجهولين."

script = load_script("train_name_spans")


def names_read(decision=None) -> set[str]:
    article = Article(text=SENTENCE, archived=SENTENCE, language="ar", origin="test", published=dt.date(2024, 3, 5))
    if decision is None:
        events = extract(article, default_options())
    else:
        with script.reading_with(decision):
            events = extract(article, default_options())
    return {person.name for event in events for person in event.people}


def constant(bias: float):
    return script.NameEnds((0.0,) * len(script.FEATURES), bias)


def test_a_decision_is_labelled_by_whether_the_gold_name_goes_on() -> None:
    recorder = script.Recorder((0.0,) * len(script.FEATURES), 0.0, gold_keys={"احمد خالد العلي"})
    assert recorder.label(["أحمد", "خالد"]) is True
    assert recorder.label(["أحمد", "خالد", "العلي"]) is True
    assert recorder.label(["أحمد", "خالد", "العلي", "في"]) is False
    assert recorder.label(["سعيد", "علي"]) is None       # a chain that starts no gold name


def test_the_recorder_leaves_the_rules_names_as_they_are() -> None:
    assert names_read(script.Recorder((0.0,) * len(script.FEATURES), 0.0)) == names_read() == {"أحمد خالد العلي"}


def test_the_decision_ends_the_name_where_it_refuses_a_part() -> None:
    assert "أحمد خالد العلي" not in names_read(constant(-10.0))      # refuses every part after the first
    assert names_read(constant(10.0)) == {"أحمد خالد العلي في"}      # takes the word after the rules' name too
