"""Rules of session 24 (4 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session23 import summary  # (place, dead, hurt) of each incident


def test_towns_named_by_where_each_lies_from_the_one_before_are_a_list() -> None:
    # strikes on a city and on villages the gazetteer lacks, each placed from the one before: an incident per town
    text = ("شنت الطائرات الحربية الروسية غارات جوية استهدفت محيط مدينة أريحا وقرية مرعيانة جنوبها، "
            "وبلدة الجديدة غربها، بحسب الدفاع المدني.")
    assert [place for place, _, _ in summary(text)] == ["أريحا", "مرعيانة", "الجديدة"]


def test_a_town_a_village_lies_north_of_is_no_item_of_the_list() -> None:
    text = ("قصفت القوات التركية قرية الدردارة شمال ناحية تل تمر، وقرية تل شنان شمال شرق تل تمر، "
            "وقرية الطويلة غرب الناحية، ما أدى لإصابة مزارع.")
    assert "تل تمر" not in [place for place, _, _ in summary(text)]


def test_two_places_with_no_comma_nor_and_between_them_are_no_list() -> None:
    # the village is named as the town's countryside, not as a second place hit
    text = "استهدفت طائرة مسيرة سيارة مدنية في ريف بلدة تل حميس “قرية خربة عمو” صباح اليوم، ما أدى لمقتل شخص."
    assert len(summary(text)) == 1


def test_the_new_town_is_a_name_after_an_indefinite_place_word() -> None:
    assert [place for place, _, _ in summary("قُتل شاب برصاص مجهولين في بلدة الجديدة بريف إدلب الغربي، مساء أمس.")] \
        == ["الجديدة"]


def test_and_in_another_town_after_a_comma_opens_a_second_incident() -> None:
    text = "قُتل شاب برصاص مجهولين في مدينة طفس، وفي بلدة المزيريب أُصيب عنصر بانفجار عبوة ناسفة، مساء أمس."
    assert [place for place, _, _ in summary(text)] == ["طفس", "المزيريب"]


def test_a_count_right_before_a_casualty_noun_is_that_noun_s() -> None:
    assert summary("وفي قرية بلشون بريف إدلب، ارتقى طفل شهيداً وسقط 4 مصابين، اليوم الأحد.") == [("بلشون", 1, 4)]
    # before a casualty verb, a count is the subject of the verb before it
    assert summary("قُتل طفلان وأُصيب آخر بانفجار قنبلة في قرية المشاهدة بريف حمص، اليوم.") == [("المشاهدة", 2, 1)]
