"""Place shapes read on the dev part in session 13, second round (generator/ingest/extract/arabic.py,
lang/ar/places.py).

Every sentence is written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract

PUBLISHED = dt.date(2023, 3, 14)


def place_of(text: str, language: str = "ar"):
    """The place of the article's first incident."""
    return extract(Article(text=text, archived=text, language=language, origin="test", published=PUBLISHED))[0].place


def test_arabic_an_ashrafiya_before_a_town_names_its_own_place() -> None:
    # أشرفية X is a suburb of its own beside the town X (the suburb is a village of OCHA's community list, which
    # is no place looked for in text: the draft named after منطقة is that village once the incident is cut)
    place = place_of("قُتل شابان بإطلاق نار في منطقة أشرفية صحنايا بريف دمشق، مساء أمس.")
    assert (place.name, place.lexicon_id) == ("أشرفية صحنايا", "ashrafiet-sahnaya")


def test_arabic_a_department_s_name_is_no_place() -> None:
    # "قسم الإشارة" is the signals department; the gazetteer holds a village spelled الأشارة
    place = place_of("قُتل رئيس قسم الإشارة في الشرطة العسكرية بانفجار عبوة ناسفة في مدينة الباب، أمس.")
    assert place.lexicon_id == "al-bab"


def test_arabic_the_two_villages_followed_by_a_dual_adjective_are_no_town() -> None:
    # "القريتين الواقعتين" is "the two villages lying ...", not the town al-Qaryatayn
    place = place_of("قُتل ثلاثة مدنيين بقصف مدفعي استهدف منازل المدنيين في القريتين الواقعتين بريف دير الزور "
                     "الشرقي، أمس.")
    assert place.lexicon_id == "deir-ez-zor-governorate"
    # the town named alone stays the town
    assert place_of("قُتل ثلاثة مدنيين بقصف مدفعي على مدينة القريتين، أمس.").lexicon_id == "al-qaryatayn"



def test_arabic_a_city_in_a_media_centre_s_name_is_no_place() -> None:
    # "مركز إدلب الإعلامي" is an outlet named after its city, not the scene
    place = place_of('وقال "مركز إدلب الإعلامي" إن ثلاثة مدنيين قُتلوا بقصف مدفعي على بلدة الوردة، أمس.')
    assert (place.name, place.lexicon_id) == ("الوردة", None)


def test_a_village_in_the_countryside_of_a_district_seat_refines_the_seat_named_before() -> None:
    # the city named first stood for its district: a later sentence's village in "the Baniyas countryside" is finer
    text = ("Gunmen killed four civilians in Baniyas on Monday. "
            "The attack took place in Wardiya, a village in the Baniyas countryside.")
    events = extract(Article(text=text, archived=text, language="en", origin="test", published=PUBLISHED))
    assert (events[0].place.name, events[0].place.within) == ("Wardiya", "baniyas-district")
