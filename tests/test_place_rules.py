"""How an incident's place is chosen among the places a sentence names (generator/ingest/extract/place.py).

Each test's sentence is written for the rule it tests; the villages تل الزنبق, أم الزيتون, Kafr Zeitoun and al-Barqouqa
are made up, so that the gazetteer does not know them."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract

PUBLISHED = dt.date(2023, 3, 14)


def place_of(text: str, language: str = "ar"):
    """The place of the article's first incident."""
    events = extract(Article(text=text, archived=text, language=language, origin="test", published=PUBLISHED))
    return events[0].place


def incidents(text: str, language: str) -> list[tuple[str | None, int | None]]:
    """(place, killed) of every incident of the article."""
    events = extract(Article(text=text, archived=text, language=language, origin="test", published=PUBLISHED))
    return [(e.place.lexicon_id if e.place else None, e.fatalities) for e in events]


def test_a_village_the_gazetteer_lacks_is_finer_than_the_governorate_named_with_it() -> None:
    place = place_of("قُتل شاب برصاص مسلحين مجهولين، أمس الاثنين، في قرية تل الزنبق بريف حماة الشمالي.")
    assert (place.name, place.lexicon_id, place.hint) == ("تل الزنبق", None, "village")
    place = place_of("Gunmen shot dead a man on Monday in the village of Kafr Zeitoun in the Hama countryside.",
                     language="en")
    assert (place.name, place.lexicon_id) == ("Kafr Zeitoun", None)


def test_a_village_named_before_a_town_it_lies_near_is_the_place() -> None:
    place = place_of("أصيب طفلان بقصف مدفعي استهدف قرية أم الزيتون شرقي مدينة القامشلي، أمس الاثنين.")
    assert (place.name, place.lexicon_id) == ("أم الزيتون", None)
    place = place_of("Two fighters were killed on Monday in the town of Kafr Zeitoun east of Qamishli.", language="en")
    assert (place.name, place.lexicon_id) == ("Kafr Zeitoun", None)


def test_the_village_victims_come_from_does_not_replace_the_scene() -> None:
    assert place_of("قُتل شاب برصاص مجهولين في مدينة جاسم، وهو من أبناء قرية تل الزنبق.").lexicon_id == "jasim"
    assert place_of("قُتل شاب ينحدر من قرية تل الزنبق برصاص مجهولين في ريف حماة.").lexicon_id == "hama-governorate"


def test_the_village_victims_live_in_does_not_replace_the_scene() -> None:
    assert place_of("قُتل شاب برصاص مجهولين في ريف درعا، وهو من سكان قرية تل الزنبق.").lexicon_id == "daraa-countryside"
    assert place_of("قُتل شاب برصاص مجهولين في ريف درعا، وكان مقيماً في قرية تل الزنبق.").lexicon_id == "daraa-countryside"


def test_the_place_the_displaced_fled_from_does_not_replace_the_scene() -> None:
    assert place_of("قُتل شاب برصاص مجهولين في ريف درعا، وهو نازحٌ من قرية تل الزنبق.").lexicon_id == "daraa-countryside"
    assert place_of("A young man displaced from the village of Tal al-Zanbaq was shot dead in the Daraa countryside.",
                    language="en").lexicon_id == "daraa-countryside"


def test_a_town_in_the_gazetteer_named_after_a_place_word_is_no_draft() -> None:
    assert place_of("قُتل شاب برصاص مجهولين في بلدة كفر شمس بريف درعا الشمالي.").lexicon_id == "kafr-shams"


def test_an_adjective_after_a_place_word_is_no_place() -> None:
    assert place_of("قُتل شاب برصاص مجهولين في قرية صغيرة بريف حماة.").lexicon_id == "hama-governorate"


def test_what_a_village_belongs_to_is_not_part_of_its_name() -> None:
    place = place_of("قُتل شاب برصاص مجهولين في قرية تل الزنبق التابعة لمنطقة مصياف بريف حماة.")
    assert (place.name, place.lexicon_id) == ("تل الزنبق", None)
    assert place_of("أصيب طفلان بانفجار لغم في قرية أم الزيتون الحدودية أمس.").name == "أم الزيتون"


def test_a_city_that_names_a_government_or_its_forces_is_not_the_place() -> None:
    assert place_of("استهدف مسلحون مجهولون دورية لقوات دمشق في مدينة دوما، ما أدى إلى مقتل عنصر.").lexicon_id == "duma"
    place = place_of("Gunmen killed a member of a Damascus government patrol in Duma on Monday.", language="en")
    assert place.lexicon_id == "duma"


def test_the_hospital_the_wounded_were_taken_to_is_not_the_scene() -> None:
    place = place_of("وصل ثلاثة قتلى إلى مشفى صلخد، إثر إطلاق نار على حاجز جنوب محافظة السويداء.")
    assert place.lexicon_id == "suwayda-governorate"
    place = place_of("Three wounded civilians were taken to a hospital in Qamishli after shelling in Hasakah province.",
                     language="en")
    assert place.lexicon_id == "hasakah-governorate"


def test_a_roundabout_named_like_a_village_stays_inside_its_town() -> None:
    events = extract(Article(text="انفجرت عبوة ناسفة عند دوار الروضة في مدينة جاسم، ما أدى إلى إصابة شخصين.",
                             archived="", language="ar", origin="test", published=PUBLISHED))
    assert events[0].place.lexicon_id == "jasim" and events[0].place_detail == "دوار الروضة"


def test_a_school_named_after_its_town_is_in_that_town() -> None:
    assert place_of("انفجرت قنبلة قرب مدرسة بلدة جلين، ما أدى إلى إصابة طفلين.").lexicon_id == "jillin"


def test_a_place_name_that_opens_a_persons_name_is_no_place() -> None:
    place = place_of("Gunmen killed Qusay al-Halqi, a former official, in the town of Tafas on Monday.", language="en")
    assert place.lexicon_id == "tafas"


def test_a_dateline_city_gives_way_to_the_place_the_report_names() -> None:
    place = place_of("DEIR EZ-ZOR, Syria (North Press) – Gunmen killed a fighter in Raqqa province on Friday.",
                     language="en")
    assert place.lexicon_id == "raqqa-governorate"
    assert place_of("الحسكة ـ نورث برس: قُتل شاب برصاص مجهولين في ريف الرقة.").lexicon_id == "raqqa-governorate"
    place = place_of("ERBIL, Kurdistan Region - Two fighters were killed by a drone in Raqqa province on Friday.",
                     language="en")
    assert place.lexicon_id == "raqqa-governorate"


def test_the_countryside_of_a_town_that_is_not_a_governorate_seat_is_its_district() -> None:
    assert place_of("قُتل شاب برصاص مجهولين في ريف جبلة، أمس الاثنين.").lexicon_id == "jableh-district"
    assert place_of("قُتل شاب برصاص مجهولين في ريف حلب، أمس الاثنين.").lexicon_id == "aleppo-governorate"


def test_a_town_near_a_junction_on_a_highway_in_quotes_is_the_place() -> None:
    place = place_of('عُثر على جثة شاب مقتول على أوتوستراد "دمشق - درعا" بالقرب من مفرق بلدة خربة غزالة.')
    assert place.lexicon_id == "khirbet-ghazaleh"


def test_a_city_at_the_end_of_a_headline_is_the_city() -> None:
    assert place_of("مقتل شاب برصاص مجهولين في درعا").lexicon_id == "daraa"


def test_a_village_named_against_the_leads_town_is_the_same_incidents_finer_place() -> None:
    events = extract(Article(text="قُتل عنصر وأصيب اثنان آخران، اليوم الثلاثاء، بقصف مسيرة على مدينة القامشلي.\n\n"
                                  "وأفاد مصدر بأن المسيرة استهدفت سيارة قرب قرية أم الزيتون شرقي القامشلي.",
                             archived="", language="ar", origin="test", published=PUBLISHED))
    assert [(e.place.name, e.place.lexicon_id, e.fatalities, e.injured) for e in events] == [
        ("أم الزيتون", None, 1, 2)]


def test_between_two_places_places_the_incident_at_the_first() -> None:
    place = place_of('عُثر على جثة شاب مقتول على الطريق الواصل بين محافظتي "دمشق - درعا" صباح اليوم.')
    assert place.lexicon_id == "damascus-governorate"
    place = place_of("A body was found on Monday on the road between the Damascus countryside and Daraa.", language="en")
    assert place.lexicon_id == "rif-dimashq-governorate"


def test_where_a_source_or_a_victim_is_from_is_not_the_scene() -> None:
    place = place_of("A source from Daraa said that Ahmed al-Salem, from Jasim, was shot dead in the town of Tafas.",
                     language="en")
    assert place.lexicon_id == "tafas"
    assert place_of("وقال مراسلنا في درعا إن شاباً قُتل برصاص مجهولين قرب بلدة طفس.").lexicon_id == "tafas"


def test_a_subdistrict_the_gazetteer_lacks_is_finer_than_its_governorate() -> None:
    place = place_of("استهدف انتحاري رتلاً عسكرياً في ناحية تل الزنبق بمحافظة الحسكة، ما أدى إلى إصابة جندي.")
    assert (place.name, place.lexicon_id, place.hint) == ("تل الزنبق", None, "subdistrict")


def test_an_area_named_south_of_a_city_is_the_place() -> None:
    place = place_of("قُتل خمسة أشخاص بانفجار عبوة ناسفة في منطقة أم الزيتون جنوب دمشق اليوم.")
    assert (place.name, place.lexicon_id) == ("أم الزيتون", None)
    assert place_of("قُتل خمسة أشخاص بانفجار عبوة ناسفة في منطقة صناعية في دمشق اليوم.").lexicon_id == "damascus"


def test_same_named_villages_are_told_apart_by_the_places_the_article_names() -> None:
    assert place_of("قُتل شاب برصاص مجهولين في بلدة قباسين قرب مدينة منبج.").lexicon_id == "qabbasin"
    assert place_of("قُتل شاب برصاص مجهولين في بلدة قباسين قرب مدينة الباب.").lexicon_id == "kabbasin"
    place = place_of("Gunmen killed a man in Dhiban in the Deir ez-Zor countryside on Monday.", language="en")
    assert place.lexicon_id == "dhiban"
    place = place_of("Gunmen killed a man in Dhiban in the Suwayda countryside on Monday.", language="en")
    assert place.lexicon_id == "dhibbin"


def test_a_same_named_village_the_article_does_not_place_is_a_guess_for_review() -> None:
    [event] = extract(Article(text="قُتل شاب برصاص مجهولين في بلدة قباسين، أمس الاثنين.", archived="",
                              language="ar", origin="test", published=PUBLISHED))
    assert event.place.lexicon_id == "kabbasin"
    assert ("place", "قباسين is the name of 2 places of the gazetteer (kabbasin, qabbasin) and the article "
                     "does not say which: kabbasin is a guess") in event.review
    [event] = extract(Article(text="قُتل شاب برصاص مجهولين في بلدة قباسين قرب مدينة منبج، أمس الاثنين.", archived="",
                              language="ar", origin="test", published=PUBLISHED))
    assert event.place.lexicon_id == "qabbasin" and not [r for r in event.review if r[0] == "place"]


def test_a_draft_place_named_in_no_area_carries_the_governorate_of_the_articles_other_places() -> None:
    place = place_of("Gunmen shot dead a man on Monday in the village of Kafr Zeitoun.\n"
                     "Last week a similar attack hit the town of Jasim.", language="en")
    assert (place.name, place.within, place.context_area) == ("Kafr Zeitoun", None, "daraa-governorate")
    place = place_of("Gunmen shot dead a man on Monday in the village of Kafr Zeitoun.\n"
                     "Similar attacks hit Jasim and Homs last week.", language="en")
    assert place.context_area is None      # two governorates: no guess


def places_of_events(text: str, language: str = "ar") -> list:
    events = extract(Article(text=text, archived=text, language=language, origin="test", published=PUBLISHED))
    return [e.place.lexicon_id if e.place else None for e in events]


def test_a_sentence_that_refers_back_to_the_town_is_placed_in_the_town_named_before() -> None:
    text = ("قُتل شاب برصاص مسلحين مجهولين في مدينة إنخل، أمس الاثنين.\n"
            "وفي حادثة منفصلة يوم الأحد، انفجرت عبوة ناسفة وسط المدينة ما أدى إلى إصابة طفلين.")
    assert places_of_events(text) == ["inkhil", "inkhil"]
    text = ("Gunmen killed a man in the city of Inkhil on Monday.\n"
            "On Sunday, a roadside bomb wounded two children in the city centre.")
    assert places_of_events(text, "en") == ["inkhil", "inkhil"]


def test_the_village_refers_back_to_a_village_not_to_a_city() -> None:
    text = ("قُتل شاب برصاص مسلحين مجهولين في مدينة إنخل، أمس الاثنين.\n"
            "وفي حادثة منفصلة يوم الأحد، انفجرت عبوة ناسفة في القرية ما أدى إلى إصابة طفلين.")
    assert places_of_events(text)[1] is None


def test_a_neighbourhood_the_gazetteer_lacks_is_coded_at_the_one_town_the_article_names() -> None:
    text = ("تشهد مدينة إنخل توتراً أمنياً منذ أسابيع.\n"
            "وقُتل شاب برصاص مسلحين مجهولين في حي الورود، مساء أمس الاثنين.")
    events = extract(Article(text=text, archived=text, language="ar", origin="test", published=PUBLISHED))
    assert (events[0].place.lexicon_id, events[0].place_detail) == ("inkhil", "حي الورود")


def test_a_place_in_an_outlets_name_is_not_the_scene() -> None:
    place = place_of('وأفاد موقع "إنخل-24" بمقتل شاب برصاص مجهولين على طريق "دمشق - درعا" بالقرب من مفرق بلدة الشيخ مسكين.')
    assert place.lexicon_id == "sheikh-miskin"
    place = place_of("The Inkhil 24 network reported that gunmen killed a man near Sheikh Miskin on Monday.", language="en")
    assert place.lexicon_id == "sheikh-miskin"


def test_a_village_introduced_with_its_place_word_is_known_bare_later_in_the_article() -> None:
    text = ("تقع قرية تل الزنبق على أطراف ريف حماة الشمالي.\n"
            "وقُتل شاب برصاص مسلحين مجهولين في تل الزنبق بريف حماة، أمس الاثنين.")
    place = place_of(text)
    assert (place.name, place.lexicon_id, place.within) == ("تل الزنبق", None, "hama-governorate")
    text = ("The village of Kafr Zeitoun lies in the Hama countryside.\n"
            "Gunmen shot dead a man in Kafr Zeitoun on Monday.")
    assert place_of(text, language="en").name == "Kafr Zeitoun"
    # where the victims come from stays no scene, bare or not
    text = ("قُتل شاب من أبناء قرية تل الزنبق برصاص مسلحين مجهولين في ريف حماة، أمس الاثنين.\n"
            "وأصيب شاب آخر من تل الزنبق بجروح في الهجوم ذاته.")
    assert place_of(text).lexicon_id == "hama-governorate"


def test_the_town_referred_back_to_is_not_one_named_as_a_reference_point() -> None:
    text = ("قُتل عنصران باشتباك في مدينة إنخل المجاورة لجاسم، أمس الاثنين.\n"
            "وفي حادثة منفصلة يوم الأحد، انفجرت عبوة ناسفة عند أطراف المدينة ما أدى إلى إصابة طفلين.")
    assert places_of_events(text)[-1] == "inkhil"
    text = ("Two fighters were killed on Monday in the city of Inkhil, next to Jasim.\n"
            "On Sunday, a roadside bomb wounded two children in the city centre.")
    assert places_of_events(text, "en")[-1] == "inkhil"


def test_the_town_a_source_speaks_from_does_not_outrank_a_village_the_gazetteer_lacks() -> None:
    place = place_of("وأفادت مصادر محلية من مدينة حماة بأن طفلين أصيبا بانفجار قذيفة في قرية تل الزنبق بريف حماة.")
    assert (place.name, place.lexicon_id, place.within) == ("تل الزنبق", None, "hama-governorate")
    place = place_of("Local sources in the city of Hama said two children were wounded when a shell exploded in "
                     "the village of Kafr Zeitoun in the Hama countryside.", language="en")
    assert (place.name, place.lexicon_id, place.within) == ("Kafr Zeitoun", None, "hama-governorate")


def test_the_town_victims_come_from_does_not_outrank_a_village_the_gazetteer_lacks() -> None:
    place = place_of("قُتل شابان من أبناء مدينة جاسم بانفجار لغم في قرية تل الزنبق بريف درعا الغربي.")
    assert (place.name, place.lexicon_id) == ("تل الزنبق", None)


def test_a_two_word_village_name_ends_at_a_comma_or_its_closing_quote() -> None:
    place = place_of("قُتل مسؤولان بقصف مسيّرة استهدف سيارتهما في قرية زيتا لكي، بريف القامشلي الشرقي.")
    assert (place.name, place.lexicon_id, place.within) == ("زيتا لكي", None, "al-qamishli-district")
    place = place_of("قُتل شاب برصاص مجهولين في قرية “زيتا لكي” بريف حمص الغربي.")
    assert (place.name, place.lexicon_id) == ("زيتا لكي", None)


def test_a_word_saying_when_or_a_preposition_after_a_village_is_not_part_of_its_name() -> None:
    assert place_of("قُتل شاب برصاص مجهولين في قرية تل الزنبق صباحاً، بريف حماة.").name == "تل الزنبق"
    assert place_of("قُتل شاب برصاص مجهولين في قرية الزيتونة شرقاً، بريف حماة.").name == "الزيتونة"
    assert place_of("قُتل شاب برصاص مجهولين في قرية الزيتونة بحماة، أمس.").name == "الزيتونة"


def test_a_town_in_a_military_councils_name_is_not_the_place() -> None:
    place = place_of("هاجم مسلحون من مجلس منبج العسكري حاجزاً في قرية تل الزنبق بريف حلب الشرقي.")
    assert (place.name, place.lexicon_id, place.within) == ("تل الزنبق", None, "aleppo-governorate")
    place = place_of("Fighters of the Manbij Military Council attacked a checkpoint in the Aleppo countryside on Sunday.",
                     language="en")
    assert place.lexicon_id == "aleppo-governorate"


def test_an_english_village_named_before_its_place_word_is_a_draft_place() -> None:
    place = place_of("Two fighters were killed in a drone strike in Hasaka province's Kafr Zeitoun village near "
                     "al-Hol camp on Friday.", language="en")
    assert (place.name, place.lexicon_id, place.within) == ("Kafr Zeitoun", None, "al-hawl")
    place = place_of("Gunmen killed a shepherd in the al-Barqouqa village in the Hama countryside.", language="en")
    assert (place.name, place.lexicon_id) == ("al-Barqouqa", None)
    assert place_of("Gunmen killed a shepherd in the Syrian town of Jasim.", language="en").lexicon_id == "jasim"


def test_a_direction_from_a_governorate_seat_is_its_countryside() -> None:
    assert places_of_events("اغتال مسلحون مجهولون شاباً غرب درعا، اليوم الثلاثاء.") == ["daraa-governorate"]
    assert places_of_events("Gunmen shot dead a young man east of Aleppo on Tuesday.", "en") == ["aleppo-governorate"]
    # the countryside of Damascus is a governorate of its own
    assert places_of_events("انفجرت عبوة ناسفة بسيارة جنوب دمشق، اليوم الثلاثاء، ما أدى لإصابة شخصين.") == \
        ["rif-dimashq-governorate"]


def test_the_lead_placed_by_a_direction_makes_no_copy_of_the_town_incident() -> None:
    text = ("اغتال مسلحون مجهولون، اليوم الثلاثاء، عنصراً سابقاً في فصائل المعارضة غرب درعا.\n"
            "وقال مراسلنا إن مسلحين اغتالوا الشاب بإطلاق النار عليه على طريق بلدة اليادودة غرب درعا.")
    assert places_of_events(text) == ["al-yadudah"]


def test_a_direction_from_another_town_or_inside_a_city_is_that_place() -> None:
    assert places_of_events("A landmine killed a shepherd on Tuesday in farmland west of al-Muzayrib.", "en") == \
        ["al-muzayrib"]
    assert places_of_events("A bomb exploded on Tuesday in the east of Damascus, wounding two people.", "en") == \
        ["damascus"]


def test_a_site_outside_any_town_is_the_place_and_a_town_named_with_it_a_reference() -> None:
    assert place_of("استهدفت مسيرة تركية رتلاً عسكرياً عند سد تشرين جنوب شرقي مدينة منبج، ما أدى إلى مقتل عنصرين."
                    ).lexicon_id == "tishreen-dam"
    place = place_of("Two fighters were killed on Monday when a drone struck a convoy near the Tishreen Dam, "
                     "south-east of Manbij.", language="en")
    assert place.lexicon_id == "tishreen-dam"
    # a site inside a town is still coded at the town, the site kept as the detail
    events = extract(Article(text="أصيب شخصان بانفجار عبوة ناسفة قرب معبر نصيب الحدودي في بلدة نصيب أمس.",
                             archived="", language="ar", origin="test", published=PUBLISHED))
    assert events[0].place.lexicon_id == "nasib" and events[0].place_detail == "معبر نصيب الحدودي"


def test_a_dateline_in_capitals_after_a_date_stamp_is_never_the_scene() -> None:
    place = place_of("2023-02-22 ERBIL (Kurdistan 24) – A drone strike on Wednesday killed a civilian near a village.",
                     language="en")
    assert place is None
    assert place_of("Gunmen killed a man in Irbin on Monday.", language="en").lexicon_id == "irbin"


def test_an_english_name_before_village_after_a_place_preposition_is_a_draft_place() -> None:
    place = place_of("A drone struck a car in the Kafr Zeitoun village on the Qamishli road on Monday.", language="en")
    assert (place.name, place.lexicon_id) == ("Kafr Zeitoun", None)
    place = place_of("Two children were killed by shelling in Umm Wared village on Monday.", language="en")
    assert (place.name, place.lexicon_id) == ("Umm Wared", None)
    # an adjective of people or faith before "village" names no place
    for adjective in ("Kurdish", "Druze", "Alawite", "Syrian"):
        place = place_of(f"Gunmen killed a man on Monday in the {adjective} village in Hama province.", language="en")
        assert place.lexicon_id == "hama-governorate", adjective


def test_an_english_draft_name_keeps_its_al_second_word() -> None:
    place = place_of("Security forces raided the area around the village of Kafr al-Zeitoun on Monday, killing two.",
                     language="en")
    assert (place.name, place.lexicon_id) == ("Kafr al-Zeitoun", None)


def test_the_countryside_of_the_city_of_x_is_the_countryside_of_x() -> None:
    assert place_of("قُتل شاب برصاص مجهولين في ريف مدينة جبلة، أمس الاثنين.").lexicon_id == "jableh-district"
    assert place_of("قُتل شاب برصاص مجهولين في ريف مدينة حلب، أمس الاثنين.").lexicon_id == "aleppo-governorate"
    assert place_of("قُتل شاب برصاص مجهولين في ريف بلدة طفس، أمس الاثنين.").lexicon_id == "daraa-district"
    # so a village the gazetteer lacks, named after it, is finer
    place = place_of("استهدفت مسيرة سيارة في ريف مدينة القامشلي بالقرب من قرية أم الزيتون، أمس الاثنين.")
    assert (place.name, place.lexicon_id) == ("أم الزيتون", None)
    # the city itself stays the city
    assert place_of("قُتل شاب برصاص مجهولين في مدينة جبلة، أمس الاثنين.").lexicon_id == "jablah"


def test_a_time_word_after_a_draft_place_is_no_part_of_its_name() -> None:
    place = place_of("استهدفت مسيرة سيارة قرب قرية تل الزنبق اليوم.")
    assert (place.name, place.lexicon_id) == ("تل الزنبق", None)
    place = place_of("استهدفت مسيرة سيارة قرب قرية الوردية اليوم.")
    assert (place.name, place.lexicon_id) == ("الوردية", None)


def test_an_area_named_south_of_the_capital_is_finer_than_the_capital() -> None:
    place = place_of("انفجرت دراجة نارية مفخخة في منطقة تل الزنبق جنوبي العاصمة السورية دمشق، ما أدى إلى مقتل شخص.")
    assert (place.name, place.lexicon_id) == ("تل الزنبق", None)
    # the capital named as the scene stays the scene
    assert place_of("انفجرت دراجة نارية مفخخة في العاصمة دمشق، ما أدى إلى مقتل شخص.").lexicon_id == "damascus"


def test_where_travellers_set_out_from_is_not_the_scene() -> None:
    place = place_of("استهدفت مسيرة تركية قافلة مدنيين متجهةً من مدينة كوباني إلى سد تشرين، ما أدى إلى مقتل مدنيين.")
    assert place.lexicon_id == "tishreen-dam"
    place = place_of("A Turkish drone struck a convoy of civilians heading from Kobani to the Tishreen Dam on Wednesday, "
                     "killing two.", language="en")
    assert place.lexicon_id == "tishreen-dam"


def test_the_town_victims_come_from_gives_way_to_any_other_town_or_site_of_the_sentence() -> None:
    assert place_of("قُتل شاب من أبناء بلدة طفس برصاص مجهولين عند سد تشرين، أمس الاثنين.").lexicon_id == "tishreen-dam"
    # not to an area, and it stays the place when the sentence names no other
    assert place_of("قُتل شاب من أبناء بلدة طفس برصاص مجهولين في ريف درعا الغربي، أمس الاثنين.").lexicon_id == "tafas"
    assert place_of("قُتل شاب من أبناء بلدة طفس برصاص مجهولين، أمس الاثنين.").lexicon_id == "tafas"


def test_kurdish_names_of_the_north_easts_towns_are_known() -> None:
    assert place_of("A Turkish drone struck a car near Qamishlo on Monday, killing two.", language="en"
                    ).lexicon_id == "al-qamishli"
    assert place_of("قُتل مدنيان بقصف مدفعي تركي على مدينة كوباني، أمس الاثنين.").lexicon_id == "ayn-al-arab"
    assert place_of("Two fighters were killed in a Turkish drone strike in Serêkaniyê on Monday.", language="en"
                    ).lexicon_id == "ras-al-ayn"


def test_a_village_of_a_pair_keeps_its_side_in_its_name() -> None:
    place = place_of("قُتل شاب برصاص مجهولين في قرية الوردية الغربية بريف حمص، أمس الاثنين.")
    assert (place.name, place.lexicon_id) == ("الوردية الغربية", None)
    # a side after a name without the article, or what a village lies by, is no part of the name
    assert place_of("قُتل شاب برصاص مجهولين في قرية وردة الغربية بريف حمص، أمس الاثنين.").name == "وردة"
    assert place_of("أصيب طفلان بانفجار لغم في قرية الوردية الحدودية أمس.").name == "الوردية"


def test_a_village_in_the_countryside_of_a_district_seat_is_finer() -> None:
    place = place_of("قُتل أربعة مدنيين بانفجار سيارة مفخخة ببلدة تل الزنبق في ريف رأس العين شمالي الحسكة.")
    assert (place.name, place.lexicon_id) == ("تل الزنبق", None)


# --- session 6

def test_a_victims_home_after_their_name_gives_way_to_the_scene() -> None:
    place = place_of("قُتل الشاب أحمد محمد العلي من قرية تل الزنبق أثناء تواجده في مدينة الحراك.")
    assert (place.name, place.lexicon_id) == ("الحراك", "al-harak")
    place = place_of("اختطف مسلحون المواطن خالد الحسن من دمشق أثناء تواجده في مدينة السويداء.")
    assert place.lexicon_id == "as-suwayda"


def test_a_victims_home_stays_the_place_when_the_sentence_names_no_other_town() -> None:
    place = place_of("اعتقلت دورية الشاب أحمد محمد من بلدة تل الزنبق بريف حماة.")
    assert (place.name, place.lexicon_id) == ("تل الزنبق", None)
    assert place_of("اعتقلت دورية الشاب أحمد العلي من مدينة جاسم.").lexicon_id == "jasim"
    # a town the victim was taken from, with no name before "من", is the scene
    assert place_of("اختطف مسلحون شاباً من مدينة جاسم بعد اشتباك في بلدة تل الزنبق.").lexicon_id == "jasim"


def test_where_a_victim_comes_from_with_the_subject_before_it_is_no_scene() -> None:
    place = place_of("اختطف مسلحون شاباً في مدينة السويداء، وينحدر الشاب من ريف دمشق.")
    assert place.lexicon_id == "as-suwayda"


def test_a_village_named_before_the_outskirts_of_a_city_is_the_place() -> None:
    place = place_of("قُتل عنصر من الأمن إثر تعرض دورية لإطلاق نار في منطقة تل الزنبق على أطراف مدينة حمص.")
    assert (place.name, place.lexicon_id, place.within) == ("تل الزنبق", None, "homs")
    place = place_of("A soldier was killed when gunmen attacked a patrol in the village of Kafr Zeitoun "
                     "on the outskirts of Homs.", language="en")
    assert (place.name, place.lexicon_id) == ("Kafr Zeitoun", None)
    # the outskirts of a city named with no other place stay the city's
    assert place_of("قُتل عنصر من الأمن إثر تعرض دورية لإطلاق نار على أطراف مدينة حمص.").lexicon_id == "homs"


def test_a_two_word_village_name_before_the_area_it_lies_in_is_kept_whole() -> None:
    place = place_of("قُتل ستة مدنيين في هجوم على قرية تلال ورد بريف مدينة بانياس.")
    assert place.name == "تلال ورد"
    place = place_of("قُتل مدني بقصف استهدف بلدة تلال وأطرافها بريف إدلب.")
    assert place.name == "تلال"
    place = place_of("قُتل مدني بقصف استهدف بلدة تلال اليوم بريف إدلب.")
    assert place.name == "تلال"


def test_a_masculine_side_after_a_feminine_place_word_is_part_of_the_name() -> None:
    place = place_of("قُتل ثلاثة مدنيين بقصف استهدف بلدة الورد الشرقي بريف إدلب.")
    assert (place.name, place.lexicon_id) == ("الورد الشرقي", None)
    # a masculine side after a name without the article, or after a masculine place word, is no part of it
    assert place_of("قُتل شاب في بلدة تل الزنبق الشرقي بريف حماة").name == "تل الزنبق"
    assert place_of("قُتل شاب بقصف على حي الورد الشرقي في مدينة حماة").lexicon_id != "الورد الشرقي"


def test_a_governorate_seat_named_bare_is_refined_by_a_town_in_its_countryside() -> None:
    place = place_of("قُتل عنصر من قوات سوريا الديمقراطية اليوم الجمعة في دير الزور بعد أن فتح مسلحان النار "
                     "على سيارته. وقال المرصد إن مسلحين فتحا النار على سيارة عسكرية في بلدة تل الزنبق بريف دير الزور الشرقي.")
    assert (place.name, place.lexicon_id, place.within) == ("تل الزنبق", None, "deir-ez-zor-governorate")
    # a village of another governorate does not replace the city
    place = place_of("قُتل عنصر من قوات سوريا الديمقراطية اليوم الجمعة في مدينة دير الزور. وقال المرصد إن "
                     "مسلحين فتحا النار على سيارة عسكرية في بلدة تل الزنبق بريف حماة.")
    assert place.lexicon_id == "deir-ez-zor"


def test_a_front_line_named_after_a_village_is_that_village() -> None:
    place = place_of("استهدفت مسيرة محور تلال بريف اللاذقية الشمالي ما أسفر عن مقتل عنصرين.")
    assert (place.name, place.lexicon_id, place.within) == ("تلال", None, "latakia-governorate")
    # an alliance called an axis is no place
    place = place_of("قال محور المقاومة إن الغارة على ريف دمشق قتلت عنصرين.")
    assert place.lexicon_id == "rif-dimashq-governorate"


def test_a_village_named_after_a_city_beside_the_city_is_the_place() -> None:
    # "east of the city", "in the city's countryside": the village lies outside the city named before
    place = place_of("وفي دير الزور، قُتل شخصان برصاص مسلحين مجهولين قرب سوق الخضار في بلدة تل الزنبق شرقي المدينة.")
    assert (place.name, place.lexicon_id, place.within) == ("تل الزنبق", None, "deir-ez-zor")
    place = place_of("قُتل شخصان برصاص مسلحين مجهولين في مدينة دير الزور أمس، وذلك في قرية تل الزنبق بريف المدينة.")
    assert (place.name, place.lexicon_id) == ("تل الزنبق", None)
    place = place_of("In Deir ez-Zor, two men were shot dead by gunmen in the village of Kafr Zeitoun, east of the city.",
                     language="en")
    assert (place.name, place.lexicon_id) == ("Kafr Zeitoun", None)


def test_a_neighbourhood_or_another_city_after_the_city_leaves_the_city_the_place() -> None:
    # a neighbourhood in the city's centre is inside it; "the industrial city" and "the city of X" name another place
    assert place_of("قُتل شخصان برصاص مسلحين مجهولين في مدينة دير الزور أمس، في حي تل الزنبق وسط المدينة.") \
        .lexicon_id == "deir-ez-zor"
    assert place_of("قُتل شخصان برصاص مسلحين مجهولين في مدينة دير الزور أمس، في بلدة تل الزنبق شرقي المدينة "
                    "الصناعية.").lexicon_id == "deir-ez-zor"
    assert place_of("Two men were shot dead in Deir ez-Zor on Monday, in the village of Kafr Zeitoun, east of the city "
                    "of Raqqa.", language="en").lexicon_id == "deir-ez-zor"


def test_where_a_force_operates_gives_way_to_the_scene_the_clause_names() -> None:
    place = place_of("قصفت فصائل معارضة عاملة في إدلب بالمدفعية تجمعات قوات النظام في محيط مدينة سراقب أمس الاثنين.")
    assert place.lexicon_id == "saraqib"
    place = place_of("Opposition factions operating in Idlib shelled regime positions around the town of Saraqib on "
                     "Monday, killing two soldiers.", language="en")
    assert place.lexicon_id == "saraqib"
    # with no other place, where the force operates is all the clause says of the scene
    assert place_of("قُتل عنصر من فصائل معارضة عاملة في إدلب بقصف مدفعي أمس الاثنين.").lexicon_id == "idlib"


def test_a_wire_dateline_with_its_date_or_agency_is_never_the_scene() -> None:
    place = place_of("DAMASCUS, March 12 (Reuters) - Gunmen killed two soldiers in Raqqa province on Sunday.", language="en")
    assert place.lexicon_id == "raqqa-governorate"
    place = place_of("DAMASCUS, March 12, 2023 (AFP) - Gunmen killed two soldiers in Raqqa province on Sunday.",
                     language="en")
    assert place.lexicon_id == "raqqa-governorate"
    assert place_of("Hasaka, SANA- Gunmen killed two soldiers in Raqqa province on Sunday.",
                    language="en").lexicon_id == "raqqa-governorate"


def test_a_city_in_the_sentence_before_a_date_and_a_dash_stays_the_scene() -> None:
    place = place_of("Gunmen killed two soldiers in Tafas, March 12 - the third attack there this month.", language="en")
    assert place.lexicon_id == "tafas"
    place = place_of("TAFAS, March 12, gunmen killed two soldiers - the third attack there this month.", language="en")
    assert place.lexicon_id == "tafas"


def test_a_city_named_for_its_suburbs_is_not_the_scene_of_the_suburb_named_after_it() -> None:
    assert incidents("Four fighters were killed on Tuesday in clashes with security forces who stormed a Damascus "
                     "suburb. Heavy clashes erupted in Jaramana after security forces stormed the suburb.", "en") \
        == [("jaramana", 4)]
    assert incidents("قُتل أربعة مقاتلين، اليوم الثلاثاء، في اشتباكات مع قوات الأمن في إحدى ضواحي دمشق. "
                     "واندلعت الاشتباكات في مدينة جرمانا بعد اقتحام قوات الأمن للمدينة.", "ar") == [("jaramana", 4)]
    # the city itself, and a place whose name begins with "suburb", stay the scene
    assert incidents("Four fighters were killed on Tuesday in clashes in Damascus.", "en") == [("damascus", 4)]
    assert incidents("قُتل عنصران، اليوم الثلاثاء، بانفجار عبوة في ضاحية قدسيا.", "ar") == [("qadsayya", 2)]


def test_where_the_fire_came_from_is_not_the_scene() -> None:
    assert incidents("قُتل ثلاثة مدنيين، اليوم الثلاثاء، بقصف مدفعي على بلدة طفس.\nوقال المرصد إن القصف أطلقته قوات "
                     "النظام من مواقعها في مدينة داعل.", "ar") == [("tafas", 3)]
    assert incidents("Shelling killed three civilians in Tafas on Tuesday.\nThe monitor said the shells were fired "
                     "from army positions in Dael.", "en") == [("tafas", 3)]
    # shelling on a town's positions is at that town
    assert incidents("قُتل ثلاثة عناصر، اليوم الثلاثاء، بقصف على مواقع قوات النظام في مدينة داعل.", "ar") \
        == [("da-el", 3)]


def test_who_holds_a_village_is_not_part_of_its_name() -> None:
    place = place_of("قُتلت مواطنة بقصف صاروخي على قرية تل الزنبق الخاضعة لسيطرة قوات النظام في ريف حماة.")
    assert (place.name, place.lexicon_id) == ("تل الزنبق", None)


def test_an_english_name_with_a_village_in_apposition_is_a_draft_place() -> None:
    place = place_of("Gunmen opened fire in Kafr Zeitoun, a village in the Baniyas countryside, killing four people on "
                     "Monday.", language="en")
    assert (place.name, place.lexicon_id) == ("Kafr Zeitoun", None)
    place = place_of("Gunmen opened fire in Kafr Zeitoun, a small Alawite village near Baniyas, killing four people on "
                     "Monday.", language="en")
    assert (place.name, place.lexicon_id) == ("Kafr Zeitoun", None)
    # a town the gazetteer knows stays itself, and no apposition makes no draft
    assert place_of("Gunmen killed four people in Baniyas, a coastal town in Tartus, on Monday.",
                    language="en").lexicon_id == "baniyas"
    assert place_of("Gunmen killed four people in Baniyas, a day after the attack, on Monday.",
                    language="en").lexicon_id == "baniyas"


def test_a_place_in_the_outlet_name_after_a_correspondent_is_no_place_of_the_event() -> None:
    for quotes in ('""', "“”"):
        text = (f"وأفاد مراسل {quotes[0]}حمص اليوم{quotes[1]} بريف حمص، أن قوات النظام استهدفت بالصواريخ محيط مدينة "
                "تلبيسة، ما أدى لمقتل مدني.")
        assert place_of(text).lexicon_id == "tallbisah", quotes
    # a city named with no outlet before it is still the place
    assert place_of("استهدفت قوات النظام بالصواريخ مدينة حمص، ما أدى لمقتل مدني.").lexicon_id == "homs"


def test_a_place_word_with_a_case_ending_still_opens_a_draft_place() -> None:
    # outlets that vowel their text write the case ending on the place word: "بلدةَ X"، "قريةِ X"
    place = place_of("استهدفت قواتُ النظام بلدةَ تل الزنبق بريف حماة الشمالي، ما أدّى إلى إصابة مدنيين.")
    assert (place.name, place.lexicon_id, place.hint) == ("تل الزنبق", None, "town")
    place = place_of("قُتل شاب بقصف مدفعي على قريةِ الزيتونة بريف حماة.")
    assert (place.name, place.hint) == ("الزيتونة", "village")
    # an adjective after a vowelled place word is still no name
    assert place_of("قُتل شاب في قريةٍ صغيرة بريف حماة.").lexicon_id == "hama-governorate"


def test_the_countryside_named_by_its_side_before_the_city_is_the_governorate() -> None:
    # "بالريف الشرقي لحماة" says "بريف حماة الشرقي": the countryside, not the city
    assert place_of("قُتل راعٍ بانفجار لغم بالريف الشرقي لحماة، أمس الاثنين.").lexicon_id == "hama-governorate"
    assert place_of("قُتل شاب برصاص مجهولين في الريف الشمالي الشرقي لمدينة حلب.").lexicon_id == "aleppo-governorate"
    assert place_of("قُتل شاب برصاص مجهولين في الريف الشمالي لجبلة.").lexicon_id == "jableh-district"
    # a village named in that countryside stays the place; the city itself and its neighbourhood stay the city
    assert place_of("قُتل شاب في قرية تل الزنبق بالريف الغربي لحماة.").name == "تل الزنبق"
    assert place_of("قُتل شاب برصاص مجهولين في مدينة حماة، أمس الاثنين.").lexicon_id == "hamah"
    assert place_of("قُتل شاب برصاص مجهولين في الحي الشرقي لحماة.").lexicon_id == "hamah"


def test_a_place_word_with_the_preposition_li_opens_a_draft_place() -> None:
    # "التابعة لقرية X": a farm of the village X; the village is the place, not the city named as a reference
    place = place_of("قُتل طفلان بانفجار لغم في مزرعة تابعة لقرية تل الزنبق شمالي مدينة الرقة.")
    assert (place.name, place.lexicon_id, place.hint) == ("تل الزنبق", None, "village")
    place = place_of("قُتل شاب برصاص مجهولين قرب الطريق المؤدي لبلدة أم الزيتون بريف حماة.")
    assert (place.name, place.hint) == ("أم الزيتون", "town")
    # "لقريته" ("to his village") is no place word before a name
    assert place_of("قُتل شاب برصاص مجهولين أثناء عودته لقريته مساء أمس في ريف حماة.").lexicon_id == "hama-governorate"


def test_descended_from_in_its_other_form_is_where_the_victim_comes_from() -> None:
    # "يتحدّر من" (with or without its shadda) and "المتحدرة من" say what "ينحدر من" says: the village the dead
    # fighter came from makes no second incident
    for said in ("ويتحدّر من قرية تل الزنبق", "ويتحدر من قرية تل الزنبق", "المتحدر من قرية تل الزنبق"):
        text = ("أفادت المصادر بمقتل أحد المقاتلين، الجمعة، جراء استهداف مسيّرة سيارته بمدينة جاسم. وكشفت المصادر أن "
                f"المقاتل الذي قُتِل في الضربة الجوية يدعى \"باران\"، {said}.")
        events = extract(Article(text=text, archived=text, language="ar", origin="test", published=PUBLISHED))
        assert [e.place.lexicon_id or e.place.name for e in events if e.place] == ["jasim"], said


def test_quotation_marks_around_a_place_name_are_no_part_of_it() -> None:
    place = place_of("قُتل شاب برصاص مجهولين بالقرب من بلدة “المزيريب” بريف درعا الغربي.")
    assert (place.name, place.lexicon_id) == ("المزيريب", "al-muzayrib")


def test_a_town_named_like_a_given_name_inside_a_persons_name_is_no_place() -> None:
    # جاسم is a town of Daraa and a given name: inside a chain of name words it is the person's
    assert incidents("قُتل جاسم محمد العلي برصاص مسلحين في مدينة نوى اليوم.", "ar") == [("nawa", 1)]
    assert incidents("قُتل عبد العزيز جاسم الناصر برصاص مسلحين في مدينة الرقة اليوم.", "ar") == [("al-raqqah", 1)]
    # after a place word or a preposition it is the town
    assert incidents("قُتل شاب برصاص مسلحين في مدينة جاسم اليوم.", "ar") == [("jasim", 1)]


def _places(text: str, language: str) -> list[str]:
    events = extract(Article(text=text, archived=text, language=language, origin="test", published=PUBLISHED))
    return [e.place.name for e in events if e.place is not None]


def test_a_shelled_list_goes_on_past_its_first_groups_area_when_a_second_opener_follows() -> None:
    assert _places("قصفت قوات النظام قرى تل الزنبق وأم الزيتون بجبل الزاوية جنوبي إدلب، وبلدتي كفر الزيتون والبرقوقة "
                   "غربي حلب.", "ar") == ["تل الزنبق", "أم الزيتون", "كفر الزيتون", "البرقوقة"]
    assert _places("Regime forces shelled the villages of Tal Zanbaq and Umm Zeitoun in southern Idlib, and the "
                   "towns of Kafr Zeitoun and al-Barqouqa in western Aleppo.", "en") \
        == ["Tal Zanbaq", "Umm Zeitoun", "Kafr Zeitoun", "al-Barqouqa"]
    # a verb after the area ends the list: what follows is told of its own
    assert _places("قصفت قوات النظام قرى تل الزنبق وأم الزيتون جنوبي إدلب، وقصفت الفصائل مواقع للنظام.", "ar")[:2] \
        == ["تل الزنبق", "أم الزيتون"]


def test_a_gazetteer_place_at_a_later_word_of_a_listed_name_is_part_of_that_name() -> None:
    # "Tal" and "Nasij" stand for gazetteer places named like one word of villages the gazetteer lacks
    assert _places("Regime forces shelled the towns of Kafr Nasij and Tal Zanbaq.", "en") == ["Kafr Nasij", "Tal Zanbaq"]


def test_of_two_place_words_before_a_name_the_second_says_what_it_is() -> None:
    place = place_of("استهدفت الفصائل دبابة للقوات الحكومية على محور بلدة تل الزنبق جنوب إدلب.")
    assert (place.name, place.hint) == ("تل الزنبق", "town")


def test_a_place_of_a_list_told_again_after_in_is_that_places_incident() -> None:
    events = extract(Article(text="قصفت قوات النظام قرى تل الزنبق وأم الزيتون والبرقوقة في جبل الزاوية.\n\n"
                                  "وفي \"أم الزيتون\"، استشهد طفلان وجرح رجل وامرأة.\n\nوفي البرقوقة أصيب ثلاثة مدنيين.",
                             archived="", language="ar", origin="test", published=PUBLISHED))
    assert [(e.place.name, e.fatalities, e.injured) for e in events] == [
        ("تل الزنبق", None, None), ("أم الزيتون", 2, 2), ("البرقوقة", 0, 3)]
    events = extract(Article(text="Regime forces shelled the villages of Tal Zanbaq, Umm Zeitoun and al-Barqouqa.\n\n"
                                  "In Umm Zeitoun, two children were killed.", archived="", language="en", origin="test",
                             published=PUBLISHED))
    assert [(e.place.name, e.fatalities) for e in events] == [("Tal Zanbaq", None), ("Umm Zeitoun", 2), ("al-Barqouqa", None)]


def test_a_word_of_a_list_told_again_without_in_is_no_place() -> None:
    # "أصيب" closes no list of its own here, but stands where a name would: told again, it is the verb
    events = extract(Article(text="قصفت قوات النظام قرى تل الزنبق والبرقوقة، أصيب فيها مدنيان.\n\n"
                                  "وأصيب شاب بجروح في حادث منفصل.", archived="", language="ar", origin="test",
                             published=PUBLISHED))
    assert all(e.place is None or e.place.name != "أصيب" for e in events)


def test_a_plural_place_word_after_each_of_opens_the_list_it_names() -> None:
    assert _places("استهدفت قوات النظام براجمات الصواريخ كلاً من بلدات “تل الزنبق، البرقوقة، أم الزيتون” غربي إدلب.",
                   "ar") == ["تل الزنبق", "البرقوقة", "أم الزيتون"]


def test_a_name_of_a_place_list_is_no_persons_name() -> None:
    events = extract(Article(text="قصفت قوات النظام بلدات “البرقوقة، أم الزيتون” غربي إدلب.", archived="", language="ar",
                             origin="test", published=PUBLISHED))
    assert [(e.place.name, e.people) for e in events] == [("البرقوقة", []), ("أم الزيتون", [])]


def test_an_arrest_campaign_across_a_list_of_towns_is_an_incident_per_town() -> None:
    text = "شنت قوات الأمن حملة اعتقالات في كل من مدينة تل الزنبق، والبرقوقة، وأم الزيتون."
    assert _places(text, "ar") == ["تل الزنبق", "البرقوقة", "أم الزيتون"]
    text = "Security forces launched an arrest campaign in the villages of Tal Zanbaq, al-Barqouqa and Umm Zeitoun."
    assert _places(text, "en") == ["Tal Zanbaq", "al-Barqouqa", "Umm Zeitoun"]
    # arrests in one sentence without a campaign stay one incident ("arrested three men from X, Y and Z")
    assert len(incidents("اعتقلت قوات الأمن ثلاثة شبان من أبناء بلدات تل الزنبق والبرقوقة وأم الزيتون.", "ar")) == 1


def test_a_list_opener_after_between_gives_way_to_the_next_opener_of_the_sentence() -> None:
    # (after a first sentence: a page's first line alone is its title, which is read as a whole)
    text = ("قصفت قوات النظام ريف إدلب اليوم.\n\nوامتد القصف المدفعي إلى طرقات تربط بين بلدات وقرى المنطقة، مستهدفاً "
            "أطراف مدن مثل تل الزنبق، البرقوقة، وأم الزيتون.")
    assert _places(text, "ar") == ["تل الزنبق", "البرقوقة", "أم الزيتون"]


def test_a_toll_told_at_one_place_of_a_shelled_list_is_that_places() -> None:
    events = extract(Article(text="قصف أول.\n\nاستهدفت قوات النظام بقذائف المدفعية بلدتي تل الزنبق والبرقوقة، ما أسفر عن مقتل "
                                  "مدني في البرقوقة.", archived="", language="ar", origin="test", published=PUBLISHED))
    assert [(e.place.name, e.fatalities) for e in events if e.place] == [("تل الزنبق", None), ("البرقوقة", 1)]
    # told for the whole list, it is no place's own
    events = extract(Article(text="قصف أول.\n\nاستهدفت قوات النظام بقذائف المدفعية بلدتي تل الزنبق والبرقوقة، ما أسفر عن "
                                  "مقتل مدنيين اثنين.", archived="", language="ar", origin="test", published=PUBLISHED))
    assert [(e.place.name, e.fatalities) for e in events if e.place] == [("تل الزنبق", None), ("البرقوقة", None)]


def test_a_governorates_seat_named_bare_gives_way_to_a_town_of_its_governorate() -> None:
    # "في درعا" in a monitor's name stands for the governorate; the town is the scene
    place = place_of("وثق مكتب التوثيق في درعا مقتل الشاب سامر خالد العلي برصاص مجهولين في بلدة المسيفرة.")
    assert place.name == "المسيفرة"
    # named as the city, it is a place of its own: the first of the sentence
    place = place_of("قُتل شاب برصاص مجهولين في مدينة درعا، وأصيب آخر في بلدة المسيفرة.")
    assert place.name == "درعا"
    place = place_of("A young man was shot dead in Daraa city, and another was wounded in the town of Musayfirah.",
                     language="en")
    assert place.name == "Daraa city"
