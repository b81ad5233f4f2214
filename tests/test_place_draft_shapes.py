"""More shapes in which an article names a place the gazetteer lacks, and a gazetteer name that is only part of
another place's name (generator/ingest/extract/english.py, arabic.py, place.py; session 10).

Every sentence is written for its test; Kafr Zeitoun, تل الورد and أم الزيتون are made up, so that the gazetteer
does not know them, and Jillin (جلين) is a gazetteer village."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract

PUBLISHED = dt.date(2023, 3, 14)


def place_of(text: str, language: str = "ar"):
    """The place of the article's first incident."""
    events = extract(Article(text=text, archived=text, language=language, origin="test", published=PUBLISHED))
    return events[0].place


def test_english_a_name_before_village_after_of_is_a_draft_place() -> None:
    place = place_of("Gunmen opened fire outside the home of the mukhtar of Kafr Zeitoun village on Monday, killing "
                     "two men.", language="en")
    assert (place.name, place.lexicon_id, place.hint) == ("Kafr Zeitoun", None, "village")
    # an adjective of a people or a faith before "village" names no place
    place = place_of("Gunmen opened fire on Monday near the outskirts of the Druze village, killing two men in the "
                     "Suwayda countryside.", language="en")
    assert place.lexicon_id == "suwayda-governorate"


def test_english_a_capitalised_village_after_a_name_is_a_draft_place() -> None:
    place = place_of("Security forces detained five men in Kafr Zeitoun Village on Monday.", language="en")
    assert (place.name, place.lexicon_id, place.hint) == ("Kafr Zeitoun", None, "village")


def test_english_a_village_name_after_the_head_of_a_compound_name_is_not_that_village() -> None:
    # "Wadi Jillin" is a valley the gazetteer lacks, not the village Jillin
    place = place_of("Gunmen killed a shepherd in Wadi Jillin, in the Daraa countryside, on Monday.", language="en")
    assert place.lexicon_id == "daraa-countryside"
    assert place_of("Gunmen killed a shepherd in Jillin, in the Daraa countryside, on Monday.",
                    language="en").lexicon_id == "jillin"


def test_arabic_a_name_in_brackets_after_a_place_word_is_a_draft_place() -> None:
    place = place_of("هاجم مسلحون مجهولون دورية في قرية (أم الزيتون) شمالي بلدة (عين عيسى) بريف الرقة الشمالي.")
    assert (place.name, place.lexicon_id, place.hint) == ("أم الزيتون", None, "village")
    place = place_of("قُتل شاب برصاص مجهولين في قرية (تل الورد) بريف حماة.")
    assert (place.name, place.hint) == ("تل الورد", "village")


def test_arabic_the_kind_of_land_after_a_place_word_is_no_place() -> None:
    # "منطقة جبلية" is "a mountainous area": no draft place that would replace the governorate
    assert place_of("قُتل عنصران في اشتباك مع خلية مسلحة في محافظة حماة، في موقع يتميز بكونه منطقة جبلية مليئة "
                    "بالأحراش.").lexicon_id == "hama-governorate"
    assert place_of("قُتل شاب بانفجار لغم في منطقة زراعية بريف حماة.").lexicon_id == "hama-governorate"
    # a name after the place word is still a draft place
    assert place_of("قُتل شاب بانفجار لغم في قرية تل الورد بريف حماة.").name == "تل الورد"


def test_a_later_sentence_dated_to_the_incidents_day_gives_its_town() -> None:
    # "وقع الهجوم أمس الاثنين في بلدة X": the day said again is the incident's, so the town is its place
    place = place_of("قُتل شابان برصاص مجهولين في ريف دير الزور الشرقي، أمس الاثنين.\n"
                     "وأضافت المصادر أن الهجوم وقع يوم أمس الاثنين في بلدة تل الورد.")
    assert (place.name, place.lexicon_id) == ("تل الورد", None)
    # in a report whose publication date is unknown, the day cannot be resolved: the town is still the place
    text = ("قُتل شابان برصاص مجهولين في ريف دير الزور الشرقي.\n"
            "وأضافت المصادر أن الهجوم وقع يوم أمس الأحد في بلدة تل الورد.")
    events = extract(Article(text=text, archived=text, language="ar", origin="test", published=None))
    assert events[0].place.name == "تل الورد"
    # a sentence dated to another day tells of another occasion: the countryside stays the place
    place = place_of("قُتل شابان برصاص مجهولين في ريف دير الزور الشرقي، أمس الاثنين.\n"
                     "وكان هجوم مماثل وقع في الخامس من آذار في بلدة تل الورد.")
    assert place.lexicon_id == "deir-ez-zor-governorate"


def incidents(text: str, language: str = "ar") -> list[tuple[str | None, str | None]]:
    """(place id, place name) of every incident of the article."""
    events = extract(Article(text=text, archived=text, language=language, origin="test", published=PUBLISHED))
    return [(e.place.lexicon_id, e.place.name) if e.place else (None, None) for e in events]


def test_a_neighbourhood_the_gazetteer_lacks_is_in_the_city_named_last_before_it() -> None:
    # the article names a city and its countryside, then a town of that countryside: the neighbourhood told
    # before the town is the city's, and a "similar incident" after it is another incident
    found = incidents("شهدت مدينة حمص وريفها مساء أمس حوادث إطلاق نار أسفرت عن مقتل شابين وإصابة آخر.\n"
                      "وقُتل الشاب سامر الخليل إثر إطلاق نار من مسلحين مجهولين داخل محله في حي الورد القديمة.\n"
                      "وفي حادثة مماثلة، قُتل الشاب ماهر العلي برصاص مسلحين مجهولين في حي الزيتون.\n"
                      "كما أُصيب الشاب نادر الحسن بجروح جراء إطلاق نار في مدينة تلكلخ بريف حمص الغربي.")
    assert found == [("homs", "حمص"), ("homs", "حمص"), ("tallkalakh", "تلكلخ")]
    # no city named before it: the neighbourhood stays a draft place
    assert incidents("قُتل الشاب سامر الخليل برصاص مسلحين مجهولين في حي الورد القديمة.") == [(None, "الورد")]


def test_english_a_similar_incident_is_another_incident() -> None:
    found = incidents("Gunmen shot dead a shopkeeper in the town of Tafas on Monday. In a similar incident, gunmen "
                      "shot dead a teacher in the town of Tafas.", language="en")
    assert len(found) == 2


def test_a_village_where_a_force_is_stationed_gives_way_to_the_village_it_shelled() -> None:
    place = place_of("قالت مصادر إن قوات النظام المتمركزة في معسكر الورد وبلدة تل الورد، استهدفت بقذائف المدفعية "
                     "بلدة أم الزيتون بريف إدلب الجنوبي، ما تسبب في إصابة مدنيين.")
    assert place.name == "أم الزيتون"
    place = place_of("قالت مصادر إن قوات النظام المتمركزة في بلدة تل الورد استهدفت بقذائف المدفعية بلدة أم الزيتون "
                     "بريف إدلب الجنوبي، ما تسبب في إصابة مدنيين.")
    assert place.name == "أم الزيتون"
    # alone, it stays the place: the checkpoint attacked is there
    assert place_of("هاجم مسلحون حاجزاً لقوات النظام المتمركزة في بلدة تل الورد، ما أدى إلى مقتل عنصر.").name == "تل الورد"


def test_english_a_city_a_source_is_based_in_is_no_place_of_the_event() -> None:
    # "a Damascus-based official" tells where the official works: the toll he gives is the ambush's, and the
    # cameraman wounded while covering the clashes is a victim of the ambush too
    text = ("Gunmen ambushed a patrol near Jableh on Thursday. A Damascus-based security official confirmed that 13 "
            "officers were killed in the attack. Meanwhile, the network reported that its cameraman, Riad Zeitoun, "
            "was wounded while covering the clashes.")
    events = extract(Article(text=text, archived=text, language="en", origin="test", published=PUBLISHED))
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("jablah", 13)]
    assert [(p.name, p.role) for p in events[0].people] == [("Riad Zeitoun", "injured")]
