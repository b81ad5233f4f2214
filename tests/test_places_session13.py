"""Place shapes read on the dev part in session 13 (generator/ingest/extract/place.py, arabic.py,
lang/*/places.py).

Every sentence is written for its test; وادي الورد, جبال الوردة, الورد, تل الزنبق, تل الزيتون and al-Wardiya are made
up, so that the gazetteer does not know them."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract

PUBLISHED = dt.date(2023, 3, 14)


def events_of(text: str, language: str = "ar"):
    return extract(Article(text=text, archived=text, language=language, origin="test", published=PUBLISHED))


def place_of(text: str, language: str = "ar"):
    """The place of the article's first incident."""
    return events_of(text, language)[0].place


def test_an_area_named_in_the_countryside_that_holds_it_is_the_place() -> None:
    place = place_of("قُتل ثلاثة مدنيين بانفجار لغم أرضي في منطقة جبال الوردة بريف اللاذقية الشرقي يوم أمس.")
    assert (place.name, place.lexicon_id, place.hint, place.within) == (
        "جبال الوردة", None, "region", "latakia-governorate")
    place = place_of("انفجر لغم أرضي في منطقة “وادي الورد” بالريف الشرقي لحماة، ما أدى إلى مقتل راعٍ.")
    assert (place.name, place.within) == ("وادي الورد", "hama-governorate")


def test_an_area_named_beside_a_city_or_alone_with_a_governorate_does_not_replace_it() -> None:
    # the city, not its countryside: the area may be a part of the city, and the city is known
    assert place_of("قُتل راعٍ بانفجار لغم في منطقة الورد بحماة، أمس.").lexicon_id == "hamah"
    # an area and a governorate with no countryside between them: the area may be as large as the governorate
    assert place_of("قُتل راعٍ بانفجار لغم في منطقة الورد، في محافظة حماة، أمس.").lexicon_id == "hama-governorate"


def test_a_town_of_the_sentence_is_finer_than_an_area_in_the_countryside() -> None:
    place = place_of("تشهد منطقة وادي الورد في ريف محافظة حمص توتراً عقب مقتل ثلاثة شبان بإطلاق نار في بلدة "
                     "تل الزيتون، أمس.")
    assert (place.name, place.hint) == ("تل الزيتون", "town")


def test_a_place_word_after_a_place_word_says_what_the_name_is() -> None:
    place = place_of("قُتل 14 مدنياً بانفجار لغم أرضي في بادية منطقة الورد بريف الرقة الغربي، أمس.")
    assert (place.name, place.hint, place.within) == ("الورد", "region", "raqqa-governorate")


def test_a_city_in_a_governors_title_is_no_place_of_the_event() -> None:
    assert place_of("قال محافظ حمص إن شاباً قُتل بانفجار لغم أرضي في ريف حماة الشرقي، أمس.").lexicon_id == \
        "hama-governorate"
    # the city named as the scene after the title stays the place
    assert place_of("قال محافظ حمص إن شاباً قُتل بانفجار لغم أرضي في مدينة حمص، أمس.").lexicon_id == "homs"


def test_english_a_draft_read_with_the_article_of_a_gazetteer_name_is_that_place() -> None:
    # the gazetteer spells the town "Mzerib" among others; "al-Mzerib town" is the same town, with its map point
    place = place_of("Unknown gunmen shot dead a young man on Monday in al-Mzerib town, west of Daraa.", language="en")
    assert place.lexicon_id == "al-muzayrib"
    # a town the gazetteer lacks, read the same way, stays a draft (al-Wardiya is made up)
    place = place_of("Unknown gunmen shot dead a young man on Monday in al-Wardiya town, west of Daraa.", language="en")
    assert (place.name, place.lexicon_id) == ("al-Wardiya", None)


def test_the_city_of_the_media_or_activists_who_report_it_is_no_scene() -> None:
    place = place_of("وبحسب وسائل إعلام ناشطة في حمص، شيّع أهالي قرية “تل الزنبق” بريف حمص الغربي شاباً قُتل برصاص "
                     "عناصر حاجز عسكري أمس.")
    assert (place.name, place.lexicon_id) == ("تل الزنبق", None)
    # named alone, the activists' city stays the place: the sentence names no other
    assert place_of("قال ناشطون في حمص إن شاباً قُتل برصاص مجهولين أمس.").lexicon_id == "homs"


def test_arabic_the_first_of_two_villages_between_which_it_happened_is_the_place() -> None:
    place = place_of("أصيب شابان بجروح جراء إطلاق نار من مسلحين مجهولين، على الطريق الواصل بين قريتي الوردة والزيتونة "
                     "في ريف السويداء الغربي، أمس.")
    assert (place.name, place.lexicon_id, place.hint) == ("الوردة", None, "village")
    # a compound name keeps its head; the second village ("وY") is no part of it
    place = place_of("قُتل شاب برصاص مجهولين على الطريق بين بلدتي تل الزنبق والزيتونة بريف درعا، أمس.")
    assert (place.name, place.hint) == ("تل الزنبق", "town")
    # two villages in the dual without "between" are a list, not a scene and its reference
    assert place_of("قُتل شاب برصاص مجهولين في ريف درعا، أمس، وهو من أبناء قريتي الوردة والزيتونة.").lexicon_id == \
        "daraa-countryside"


def test_a_gazetteer_neighbourhood_named_without_its_town_is_coded_at_the_town() -> None:
    # the gazetteer puts درعا البلد (a neighbourhood, no map point of its own) in the city of Daraa
    event = events_of("قُتل شاب برصاص قناص في حي درعا البلد، أمس.")[0]
    assert (event.place.lexicon_id, event.place.hint, event.place_detail) == ("daraa", "city", "حي درعا البلد")
    place = place_of("A young man was killed by sniper fire in Daraa al-Balad on Monday.", language="en")
    assert (place.name, place.lexicon_id) == ("Daraa", "daraa")


def test_english_a_draft_spelled_like_a_town_of_its_governorate_but_for_its_vowels_is_that_town() -> None:
    # the gazetteer's al-Qurayya (Suwayda governorate), written with other short vowels
    place = place_of("Gunmen kidnapped two young men on Monday in Al-Qirayya town in the western Suwayda countryside.",
                     language="en")
    assert (place.name.removeprefix("Al-"), place.lexicon_id) == ("Qirayya", "al-qurayya")
    # in another governorate the same spelling is another place: it stays a draft
    place = place_of("Gunmen kidnapped two young men on Monday in Al-Qirayya town in the Idlib countryside.",
                     language="en")
    assert (place.name, place.lexicon_id, place.within) == ("Al-Qirayya", None, "idlib-governorate")


def test_a_town_the_gazetteer_lacks_in_the_countryside_of_a_smaller_place_is_the_place() -> None:
    # the gazetteer holds جلين as a village: a town "in its countryside" lies around it, so is finer than it
    place = place_of("قُتل شاب برصاص مجهولين في بلدة تل الزنبق بريف جلين الغربي، أمس.")
    assert (place.name, place.hint, place.within) == ("تل الزنبق", "town", "jillin")
    # named "in" it, the gazetteer's place stays
    assert place_of("قُتل شاب برصاص مجهولين في بلدة تل الزنبق في جلين، أمس.").lexicon_id == "jillin"


def test_english_a_two_word_name_with_the_article_before_village_is_the_draft_place() -> None:
    place = place_of("Gunmen killed six men on Tuesday in al-Wardiya al-Sharqiya Village, in the Homs countryside.",
                     language="en")
    assert (place.name, place.hint) == ("al-Wardiya al-Sharqiya", "village")
    # a people's adjective after the article still names no place
    place = place_of("Gunmen killed two men on Monday in the Druze village in the Suwayda countryside.", language="en")
    assert place.lexicon_id == "suwayda-governorate"


def test_arabic_a_tower_names_a_compound_place() -> None:
    # "برج X" (a tower) heads a place name as تل، كفر، عين do: in a list, and after a place word
    found = [e.place.name for e in events_of("استُشهد 3 مدنيين جرّاء قصف مدفعي استهدف مدينة دارة عزة وقريتي كباشين "
                                             "وبرج الوردة بريف حلب الغربي اليوم.")]
    assert "برج الوردة" in found
    assert place_of("قُتل شاب برصاص مجهولين في قرية برج حمدون بريف حماة أمس.").name == "برج حمدون"


def test_arabic_a_populated_area_or_the_area_of_the_blast_names_no_place() -> None:
    assert place_of("انفجرت عبوة ناسفة في منطقة مأهولة بريف إدلب وقتل شاب، أمس.").lexicon_id == "idlib-governorate"
    events = events_of("قُتل ثلاثة أشخاص بانفجار سيارة مفخخة في مدينة اعزاز، أمس. وهرعت سيارات الإسعاف إلى منطقة "
                       "التفجير وأصيب آخرون بانفجار ثانٍ في منطقة التفجير.")
    assert [e.place.lexicon_id for e in events] == ["izaz"]


def test_arabic_a_cliff_heads_a_compound_place_name() -> None:
    # "حرف X" (a cliff edge) heads village names as تل and عين do
    assert place_of("قُتل ستة مدنيين في هجوم مسلح على قرية حرف بنزهرة والتي يقطنها مزارعون، أمس.").name == "حرف بنزهرة"


def test_english_the_town_a_road_leads_to_places_the_incident() -> None:
    place = place_of("A drone targeted a man on a motorcycle on the road to al-Wardiya in the Idlib countryside on Monday, "
                     "killing him.", language="en")
    assert (place.name, place.lexicon_id, place.within) == ("al-Wardiya", None, "idlib-governorate")
    # a road to a gazetteer town is that town, as before
    place = place_of("Gunmen shot dead a man on the road to Jillin on Monday.", language="en")
    assert place.lexicon_id == "jillin"


def test_a_village_on_a_road_named_by_its_two_ends_is_the_place() -> None:
    place = place_of("قُتل أربعة عمال بانفجار عبوة استهدفت حافلتهم على طريق دير الزور-الميادين في قرية الوردة، أمس.")
    assert (place.name, place.lexicon_id, place.hint) == ("الوردة", None, "village")
    # with no village named, the road's first town stays the place
    assert place_of("قُتل أربعة عمال بانفجار عبوة استهدفت حافلتهم على طريق دير الزور-الميادين، أمس.").lexicon_id \
        in ("deir-ez-zor", "deir-ez-zor-governorate")
