"""Protests that a killing set off (generator/ingest/extract/clauses.py `has_protest`, same_incident.py `retells`).

Each test's article is written for the rule it tests."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def events_of(text: str, language: str = "ar"):
    return extract(Article(text=text, archived=text, language=language, origin="test", published=dt.date(2023, 3, 14)))


def test_protests_a_killing_sparked_do_not_make_it_a_protest() -> None:
    [event] = events_of("قُتل شابان برصاص مسلحين مجهولين في بلدة طفس، أمس الاثنين، ما أثار موجة احتجاجات في البلدة.")
    assert (event.type, event.fatalities) == ("violence_against_civilians", 2)
    [event] = events_of("Gunmen shot dead two young men in Tafas on Monday, sparking a wave of protests.", "en")
    assert (event.type, event.fatalities) == ("violence_against_civilians", 2)


def test_protesters_killed_at_a_protest_stay_a_protest() -> None:
    [event] = events_of("قُتل متظاهر برصاص قوات الأمن خلال مظاهرة في بلدة طفس، أمس الاثنين.")
    assert event.sub_type == "excessive_force_against_protesters"
    [event] = events_of("Security forces shot dead a protester during a demonstration in Tafas on Monday.", "en")
    assert event.sub_type == "excessive_force_against_protesters"


def test_a_protest_told_at_another_place_after_a_killing_is_an_incident_of_its_own() -> None:
    events = events_of("قُتل شابان برصاص مسلحين مجهولين في بلدة طفس، أمس الاثنين.\nوأكد المرصد أن الجريمة أثارت "
                       "غضباً، حيث قطع الأهالي الطرقات في مدينة جاسم وأشعلوا الإطارات، ودعت فعاليات إلى إضراب عام.")
    assert [(e.type, e.place.lexicon_id) for e in events] == [("violence_against_civilians", "tafas"),
                                                              ("protests", "jasim")]
    events = events_of("Gunmen shot dead two young men in Tafas on Monday.\nThe monitor said residents of Jasim set "
                       "tyres on fire and called a general strike.", "en")
    assert [(e.type, e.place.lexicon_id) for e in events] == [("violence_against_civilians", "tafas"),
                                                              ("protests", "jasim")]
