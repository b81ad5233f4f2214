"""Dates read in session 15; each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def dates(text: str, language: str) -> list[dt.date | None]:
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 3, 14))
    return [e.date for e in extract(article)]


def test_a_later_sentence_saying_when_the_incident_happened_dates_an_undated_lead() -> None:
    text = ("ارتفعت حصيلة قتلى الهجوم الذي استهدف سوقاً شعبياً في مدينة إعزاز إلى 12 شخصاً.\n"
            "وقد وقع الهجوم مساء أمس أثناء ازدحام السوق بالمتسوقين.")
    assert dates(text, "ar") == [dt.date(2023, 3, 13)]


def test_a_later_sentence_about_something_else_does_not_date_the_lead() -> None:
    text = ("ارتفعت حصيلة قتلى الهجوم الذي استهدف سوقاً شعبياً في مدينة إعزاز إلى 12 شخصاً.\n"
            "وشيّع الأهالي الضحايا مساء أمس في مقبرة المدينة.")
    assert dates(text, "ar") == [dt.date(2023, 3, 14)]
