"""Places read in session 16 (on half A of the dev part); each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def places(text: str, language: str = "en") -> list[str | None]:
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 3, 14))
    return [e.place.name if e.place else None for e in extract(article)]


def test_a_dateline_with_the_outlet_in_brackets_after_a_comma_and_an_underscore_for_a_dash_is_no_scene() -> None:
    text = "HOMS, (XN)_A shepherd was shot dead by unknown gunmen near Kafr Laha in the Homs countryside."
    assert places(text) == ["Kafr Laha"]


def test_the_source_of_the_gunfire_is_no_scene() -> None:
    text = ("Two children were injured by gunfire in the town of Saraqib on Monday. "
            "Local reports said the source of the gunfire was government-held Ariha, to the west.")
    assert places(text) == ["Saraqib"]
