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


def test_a_numbered_list_with_underscores_names_each_line() -> None:
    text = ("اعتقلت الشرطة العسكرية في مدينة عفرين يوم الإثنين ثلاثة مواطنين من أهالي قرية كفرجنة :\n"
            "1 _ حسن خليل بكر 45 عاماً\n"
            "2 _ محمود عارف حمو 38 عاماً\n")
    assert people(text) == [("حسن خليل بكر", "detained"), ("محمود عارف حمو", "detained")]
