"""Tallies read in session 15 on the eleventh collection's dev part; each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def events(text: str, language: str) -> list[tuple[int | None, int | None]]:
    """(fatalities, injured) of each event."""
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2024, 5, 9))
    return [(e.fatalities, e.injured) for e in extract(article)]


def test_a_toll_counted_over_several_days_is_a_tally() -> None:
    assert events("قُتل 212 شخصاً في محافظة حماة خلال 5 أيام من المعارك بين الطرفين.", "ar") == []
    assert events("At least 212 people were killed in Hama province over five days of fighting.", "en") == []


def test_the_number_a_tally_counted_goes_on_with_it() -> None:
    text = ("ووثق فريق الرصد عدد الضحايا المدنيين في محافظة حماة خلال شهر آذار الماضي.\n"
            "وبلغ عدد القتلى المدنيين في المحافظة 87 قتيلاً بينهم 20 طفلاً.")
    assert events(text, "ar") == []


def test_the_number_of_one_incident_after_a_documented_list_is_its_toll() -> None:
    text = ("ووثق الدفاع المدني أسماء 9 أشخاص قضوا في التفجير الذي ضرب سوق مدينة الباب أمس.\n"
            "وبلغ عدد المصابين جراء التفجير أكثر من 30 شخصاً.")
    assert [injured for _, injured in events(text, "ar")] == [30]


def test_a_headline_repeating_a_toll_counted_since_an_earlier_day_is_no_toll() -> None:
    text = ("412 قتيلاً في اشتباكات ريف حماة\n"
            "بلغت حصيلة الضحايا في ريف حماة 412 قتيلاً منذ صباح السبت 4 أيار، جراء الاشتباكات الدائرة.\n"
            "وتجددت الاشتباكات اليوم في محيط بلدة اللطامنة دون معلومات عن قتلى.")
    assert 412 not in [fatalities for fatalities, _ in events(text, "ar")]


def test_a_count_that_rose_to_a_sum_of_incidents_named_in_the_plural_is_no_toll() -> None:
    text = ("قُتل عنصران من الشرطة برصاص مسلحين مجهولين في بلدة الشحيل اليوم، وبذلك يرتفع إلى 96 شخصاً عدد الذين "
            "لقوا حتفهم نتيجة هذه الاغتيالات.")
    assert [fatalities for fatalities, _ in events(text, "ar")] == [2]


def test_the_wounded_the_counter_also_recorded_go_on_with_its_tally() -> None:
    text = ("قُتل شاب برصاص مسلحين مجهولين في بلدة نصيب بريف درعا الشرقي اليوم.\n"
            "وثّقت الشبكة مقتل 64 شخصاً في محافظة درعا خلال شهر نيسان الماضي، بينهم 12 مدنياً.\n"
            "وسجّلت الشبكة إصابة 19 شخصاً، بينهم 5 مدنيين في درعا، و8 جرحى نتيجة قصف بطائرة مسيّرة.")
    assert events(text, "ar") == [(1, None)]
