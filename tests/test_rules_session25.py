"""Rules of session 25 (4 December 2026); each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from test_probes_session23 import summary  # (place, dead, hurt) of each incident

from generator.ingest.article import Article
from generator.ingest.extract import extract

LEAD = "اغتال مسلحون مجهولون شاباً في بلدة اليادودة بريف درعا الغربي، مساء أمس. "


def test_the_seat_of_the_governorate_holding_the_incident_tells_more_of_it() -> None:
    # "the people of Daraa": the governorate, named by its seat, in a sentence with no toll of its own
    text = LEAD + "ويتهم ناشطون خلايا تابعة للأجهزة الأمنية بالوقوف وراء عمليات الاغتيال التي تطال أبناء درعا."
    assert summary(text) == [("اليادودة", 1, None)]
    text = ("Gunmen shot dead a former rebel commander in the town of Jasim in western Daraa countryside on Monday. "
            "Activists accuse security cells of the wave of assassinations in Daraa.")
    assert summary(text, "en") == [("Jasim", 1, None)]


def test_the_seat_named_as_a_city_or_with_also_is_another_incident() -> None:
    shelled = "قصفت قوات النظام بلدة الحراك بريف درعا، ما أدى لمقتل طفل. "
    assert summary(shelled + "وسقطت قذائف على أطراف مدينة درعا.") == [("الحراك", 1, None), ("درعا", None, None)]
    assert summary(shelled + "كما سقطت قذائف هاون على درعا.") == [("الحراك", 1, None), ("درعا", None, None)]
    # a toll of its own at the seat is another incident too
    assert len(summary(LEAD + "وقُتل شاب آخر برصاص مجهولين في درعا.")) == 2


def test_one_person_at_the_end_of_the_sentence_is_a_toll_of_one() -> None:
    assert summary("قصفت قوات النظام بلدة الحراك بريف درعا، ما أدى لمقتل طفل.") == [("الحراك", 1, None)]


def test_the_day_a_source_spoke_before_its_verb_is_not_the_incidents() -> None:
    text = "The monitor on Thursday said a Turkish drone strike yesterday killed one fighter in Hasakah."
    article = Article(text=text, archived=text, language="en", origin="t", published=dt.date(2023, 3, 16))
    assert [e.date for e in extract(article)] == [dt.date(2023, 3, 15)]   # published on Thursday 16 March


def test_the_dead_of_the_past_period_leave_an_injured_only_incident_at_zero_dead() -> None:
    lead = "أصيب طفلان بانفجار لغم من مخلفات الحرب في قرية الطيبة شرقي حماة صباح اليوم. "
    text = lead + "وكان العديد من المدنيين سقطوا بين قتيل وجريح بالفترة الماضية جراء انفجار الألغام في المنطقة."
    assert summary(text) == [("الطيبة", 0, 2)]
