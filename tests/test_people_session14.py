"""Names read in session 14 (generator/ingest/extract/arabic_names.py); each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def people(text: str) -> list[tuple[str, str]]:
    article = Article(text=text, archived=text, language="ar", origin="test", published=dt.date(2023, 3, 14))
    return [(p.name, p.role) for e in extract(article) for p in e.people]


def test_names_of_a_list_separated_by_dashes_share_its_role() -> None:
    text = ("اعتقلت دورية أمنية اليوم الثلاثاء ثلاثة أشخاص في بلدة تلبيسة بريف حمص.\n"
            "ورصد المراسل أسماء المعتقلين وهم: علي مصطفى جنيدي - إبراهيم العلاوي – عمر الشعبان.")
    assert people(text) == [("علي مصطفى جنيدي", "detained"), ("إبراهيم العلاوي", "detained"),
                            ("عمر الشعبان", "detained")]
