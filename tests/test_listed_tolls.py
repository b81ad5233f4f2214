"""A monitor's daily toll that lists its incidents after one casualty verb (generator/ingest/extract/listed_tolls.py).

Each test's article is written for the rule it tests."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract

PUBLISHED = dt.date(2023, 3, 14)   # a Tuesday


def incidents(text: str, language: str = "ar") -> list[tuple[str | None, int | None, dt.date | None]]:
    events = extract(Article(text=text, archived=text, language=language, origin="test", published=PUBLISHED))
    return [(e.place.lexicon_id if e.place else None, e.fatalities, e.date) for e in events]


MONDAY = dt.date(2023, 3, 13)


def test_each_item_of_a_listed_toll_is_an_incident_with_its_own_count() -> None:
    assert incidents("ففي محافظة درعا قُتل 5 مدنيين أمس الاثنين، وهم 3 بينهم طفل جراء قصف مدفعي على مدينة طفس، "
                     "ورجل بقصف صاروخي على بلدة داعل، وامرأة برصاص مسلحين مجهولين في مدينة جاسم.") \
        == [("tafas", 3, MONDAY), ("da-el", 1, MONDAY), ("jasim", 1, MONDAY)]
    assert incidents("استشهد 4 مواطنين أمس الاثنين، هم: طفلان بقصف على مدينة طفس، وطفل بقصف على مدينة جاسم، "
                     "ورجل بقصف على مدينة نوى.") == [("tafas", 2, MONDAY), ("jasim", 1, MONDAY), ("nawa", 1, MONDAY)]
    assert incidents("Five civilians were killed on Monday: three in shelling on the town of Tafas, a man in a rocket "
                     "strike on Jasim and a woman in shelling on Nawa.", "en") \
        == [("tafas", 3, MONDAY), ("jasim", 1, MONDAY), ("nawa", 1, MONDAY)]


def test_who_the_dead_were_is_no_list_of_incidents() -> None:
    assert incidents("قُتل 5 مدنيين أمس الاثنين بقصف مدفعي على مدينة طفس، وهم 3 أطفال، وامرأتان.") == [("tafas", 5, MONDAY)]
    assert incidents("Five civilians were killed on Monday in shelling on Tafas: three children and two women.", "en") \
        == [("tafas", 5, MONDAY)]
