"""How the sentences of one article become its incidents (generator/ingest/extract/frames.py, place.py).

Each test's article is written for the rule it tests."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract

PUBLISHED = dt.date(2023, 3, 14)   # a Tuesday


def events_of(text: str, language: str = "ar", published: dt.date | None = PUBLISHED):
    return extract(Article(text=text, archived=text, language=language, origin="test", published=published))


def test_a_town_named_after_the_lead_region_is_the_incidents_place() -> None:
    [event] = events_of("قُتل شاب برصاص مسلحين مجهولين، مساء أمس الاثنين، في ريف درعا الغربي.\n\n"
                        "واستهدف المسلحون الشاب قرب مدخل مدينة طفس، ما أدى إلى مقتله على الفور.")
    assert event.place.lexicon_id == "tafas" and event.date == dt.date(2023, 3, 13)
    assert event.fatalities == 1


def test_a_town_named_after_a_lead_in_the_country_is_the_incidents_place() -> None:
    [event] = events_of("Gunmen killed two people in southern Syria on Monday, a war monitor said.\n\n"
                        "The attack targeted a car at the entrance of the town of Tafas.", language="en")
    assert event.place.lexicon_id == "tafas" and event.fatalities == 2


def test_the_governorate_named_after_the_town_makes_no_copy() -> None:
    [event] = events_of("قُتل عنصر من قوات النظام، اليوم الثلاثاء، بانفجار عبوة ناسفة في بلدة داعل.\n\n"
                        "وتشهد محافظة درعا انفجار عبوات ناسفة بشكل شبه يومي.")
    assert event.place.lexicon_id == "da-el"


def test_a_dated_sentence_after_an_undated_lead_dates_the_incident() -> None:
    [event] = events_of("قُتل شابان بقصف طائرة مسيّرة على مدينة طفس.\n\n"
                        "وقال مراسلنا إن القصف وقع أمس الاثنين في مدينة طفس وأسفر عن مقتل الشابين.")
    assert event.date == dt.date(2023, 3, 13) and event.place.lexicon_id == "tafas"


def test_a_region_of_the_same_governorate_is_another_place() -> None:
    events = events_of("Regime rockets hit a camp near the town of Tafas on Monday, killing three people.\n\n"
                       "Rebels responded later on Monday by shelling regime positions in the Hauran plain.",
                       language="en")
    assert [e.place.lexicon_id for e in events] == ["tafas", "hauran"]


def test_an_incident_that_only_injured_people_has_no_fatalities() -> None:
    [event] = events_of("أصيب ثلاثة مدنيين بجروح، اليوم الثلاثاء، جراء انفجار عبوة ناسفة في مدينة طفس.")
    assert (event.fatalities, event.injured) == (0, 3)
    [event] = events_of("Three civilians were wounded on Tuesday by an explosive device in Tafas.", language="en")
    assert (event.fatalities, event.injured) == (0, 3)


def test_wounded_and_killed_keeps_the_killed_count_unknown_when_not_given() -> None:
    [event] = events_of("قُتل وأصيب عدد من عناصر قوات النظام، اليوم الثلاثاء، بانفجار عبوة ناسفة في مدينة طفس.")
    assert event.fatalities is None
