"""Arrests read in session 14 (generator/ingest/extract/clauses.py `event_hits`, the arrest words and cues of
lang/ar/events.py and lang/en/events.py); each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def kinds(text: str, language: str = "ar") -> list[tuple[str, str]]:
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 3, 14))
    return [(e.type, e.sub_type) for e in extract(article)]


ARREST = ("strategic_developments", "arrests")


def test_the_everyday_words_for_an_arrest_make_one() -> None:
    assert kinds("ألقت دورية للأمن الداخلي القبض على شاب في بلدة طفس بريف درعا اليوم الثلاثاء.") == [ARREST]
    assert kinds("تم القبض عليه في بلدة طفس بريف درعا اليوم الثلاثاء بعد مطاردة قصيرة.") == [ARREST]
    assert kinds("أعلنت الشرطة توقيف شخصين في بلدة طفس بريف درعا اليوم الثلاثاء.") == [ARREST]


def test_a_grip_is_no_arrest() -> None:
    assert kinds("تعيش بلدة طفس بريف درعا تحت قبضة أمنية مشددة منذ أشهر، ويشكو الأهالي من القبضة الأمنية.") == []


def test_a_weapon_someone_holds_is_not_the_means_of_the_event() -> None:
    assert kinds("اعتقلت دورية للأمن الداخلي شاباً في بلدة طفس اليوم الثلاثاء وبحوزته قنبلة يدوية.") == [ARREST]
    assert kinds("Police arrested a young man in Tafas on Tuesday who was carrying a hand grenade.", "en") == [ARREST]


def test_an_arrest_sought_is_none_made() -> None:
    assert kinds("بدأت الأجهزة الأمنية في بلدة طفس اليوم الثلاثاء عمليات ملاحقة لتعقب المطلوبين واعتقالهم.") == []
    assert kinds("Police in Tafas launched a campaign on Tuesday aimed at arresting wanted men.", "en") == []
