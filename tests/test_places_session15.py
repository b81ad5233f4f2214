"""Places read in session 15; each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def places(text: str, language: str) -> list[str | None]:
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 3, 14))
    return [e.place.name if e.place else None for e in extract(article)]


def test_a_capitalised_security_body_named_after_a_place_is_no_scene() -> None:
    # "Road" is read as an alias of a coastal town by its transliteration key; "X Security" names a force
    text = "Gunmen killed a member of the Road Security forces near Saraqib in the Idlib countryside on Monday."
    assert places(text, "en") == ["Saraqib"]
