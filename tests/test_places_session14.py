"""Places read in session 14 (the words of lang/ar/places.py that name no place); each sentence written for its
test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract


def places(text: str) -> list[str | None]:
    article = Article(text=text, archived=text, language="ar", origin="test", published=dt.date(2023, 3, 14))
    return [e.place.name if e.place else None for e in extract(article)]


def test_the_places_named_before_and_their_surroundings_are_no_new_places() -> None:
    text = ("قصفت القوات التركية بقذائف المدفعية بلدتي طفس وإنخل اليوم الثلاثاء.\n"
            "وسقطت نحو عشر قذائف على القرى المذكورة ومحيطها، متسببة بموجة نزوح.")
    assert not {"المذكورة", "محيطها"} & set(places(text))


def test_a_nisba_in_a_list_of_the_dead_is_no_village() -> None:
    text = ("قُتل أربعة عناصر بغارة جوية قرب مدينة البوكمال اليوم الثلاثاء.\n"
            "ووفق بيانات النعي فإن القتلى هم حسن أكرم الموسوي وعباس محمد العجمي.")
    assert places(text) == ["البوكمال"]


def test_where_a_correspondent_of_a_named_outlet_is_is_no_scene() -> None:
    text = ("قُتل عنصران بهجوم لمجهولين بريف الرقة الشمالي اليوم الثلاثاء.\n"
            "وقال مراسل بلدي نيوز في الرقة إن مجهولين هاجموا دورية في قرية (أبو خرزة) بريف الرقة الشمالي.")
    assert places(text) == ["أبو خرزة"]


def test_the_city_that_names_an_authority_is_no_scene() -> None:
    text = "قُتل عنصران في جهاز الأمن العام التابع لسلطة دمشق برصاص مسلحين مجهولين في بلدة طفس اليوم الثلاثاء."
    assert places(text) == ["طفس"]


def test_a_place_after_a_possessive_and_before_an_apposition_is_no_person() -> None:
    article = Article(text="Six security force members were killed in a suicide attack on Monday in Syria's Raqqa, "
                      "the chief of the SDF wrote.", archived="", language="en", origin="test",
                      published=dt.date(2023, 3, 14))
    assert [e.place.name if e.place else None for e in extract(article)] == ["Raqqa"]
