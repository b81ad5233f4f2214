"""Names read in session 15 on the eleventh collection's dev part; each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def people(text: str) -> list[tuple[str, str]]:
    article = Article(text=text, archived=text, language="ar", origin="test", published=dt.date(2024, 5, 9))
    return [(p.name, p.role) for e in extract(article) for p in e.people]


def test_names_after_the_victims_noun_are_victims_not_the_source_credited_before() -> None:
    text = ("قُتل ثلاثة رعاة بانفجار لغم أرضي في بادية تدمر اليوم.\n"
            "وبحسب مصادر محلية فالضحايا هم خالد العمر وأحمد الحسين.")
    assert people(text) == [("خالد العمر", "killed"), ("أحمد الحسين", "killed")]
