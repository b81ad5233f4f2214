"""Rules of session 27 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from test_probes_session21 import extracted  # the same article builder
from test_probes_session23 import named


def places(text: str, language: str = "ar", published: dt.date | None = None) -> list[tuple[str | None, int | None]]:
    """(place, dead) of each incident of an article (no publication date unless given)."""
    return [(e.place.name if e.place else None, e.fatalities) for e in extracted(text, language, published)]


def test_without_a_publication_date_an_incident_weeks_older_than_the_lead_is_background() -> None:
    lead = "قتل رجلان جراء انفجار سيارة مفخخة في مدينة عفرين شمال غربي حلب، اليوم الإثنين 11 تشرين الأول. "
    earlier = "وفي 5 أيلول الماضي، قتلت امرأة جراء انفجار عبوة ناسفة مزروعة داخل سيارة في مدينة الباب."
    assert places(lead + earlier) == [("عفرين", 2)]
    # as it is against a known publication date
    assert places(lead + earlier, published=dt.date(2021, 10, 11)) == [("عفرين", 2)]
    # a day of the same weeks is no background: two incidents
    recent = "وفي 2 تشرين الأول، قتلت امرأة جراء انفجار عبوة ناسفة مزروعة داخل سيارة في مدينة الباب."
    assert places(lead + recent) == [("عفرين", 2), ("الباب", 1)]


def test_a_stated_year_is_compared_only_with_a_stated_year() -> None:
    # "11 July" after "5 July 2018" may be of the next year: no background by age
    text = ("Gunmen killed a former rebel commander in the town of Jassim on July 5, 2018. "
            "On July 11, a roadside bomb killed two soldiers in the town of Nawa.")
    assert places(text, "en") == [("Jassim", 1), ("Nawa", 2)]



def test_a_city_named_for_its_health_directorate_is_the_source_not_the_scene() -> None:
    text = ("اغتيل شاب صباح الاثنين في مدينة تلبيسة بريف حمص الشمالي، إثر تفجير سيارته بعبوة ناسفة. "
            "وأشار مصدر طبي في مديرية صحة حمص إلى أن الشاب وصل متوفياً إلى المشفى نتيجة إصابته البليغة.")
    assert places(text) == [("تلبيسة", 1)]


def test_a_two_word_name_before_where_it_happened_is_whole() -> None:
    # a given name and a family name the index lacks, then "في", "برصاص": the name of the person the act hit
    assert named("اغتال مسلحون رامز الحمادنة في بلدة أم ولد بريف درعا.") == [[("رامز الحمادنة", "killed")]]
    assert named("قتل قائد المجموعة مهند الطحاينة برصاص مجهولين في بلدة حوش عرب.") \
        == [[("مهند الطحاينة", "killed")]]
    # a landmark named after a person is no person
    assert named("قتل عنصر برصاص مسلحين بالقرب من كوع نايف القطاونة في مدينة الشحيل.") == [[]]


def test_an_office_held_in_a_place_then_the_name_between_commas() -> None:
    text = ("قتل مدنيان في هجوم مسلح في مدينة تلكلخ بريف حمص. "
            "وقال قائد الأمن الداخلي في محافظة حمص، عامر الرواشدة، في تصريح إن التحقيق جار.")
    assert named(text) == [[("عامر الرواشدة", "spokesperson")]]
    # a speaker's two-word name before "أن"; a quoted name ends before "فإن"
    text = ("قتل ثلاثة أشخاص بانفجار سيارة مفخخة في مدينة رأس العين، "
            "كما أكد نائب رئيس المجلس المحلي عبدالكريم الدلابيح أن الانفجار أوقع قتلى.")
    assert named(text) == [[("عبدالكريم الدلابيح", "spokesperson")]]
    text = ("قتل شاب برصاص مجهولين في مدينة طفس. "
            "وحسب مدير مكتب التوثيق في تجمع أحرار حوران “عقبة محمد” فإنّ الشاب قتل بإطلاق نار مباشر.")
    assert named(text) == [[("عقبة محمد", "spokesperson")]]


def test_a_relative_named_by_a_given_name_the_index_lacks_with_an_age() -> None:
    text = "قتل الشاب أحمد الخالد برصاص مجهولين في بلدة طفس، وأصيبت ابنته الصغرى بيسان (4 أعوام)."
    assert named(text) == [[("أحمد الخالد", "killed"), ("بيسان", "injured")]]
    # an age with no name before it names no one
    text = "قتل الشاب أحمد الخالد برصاص مجهولين في بلدة طفس، وأصيب ابنه (4 أعوام)."
    assert named(text) == [[("أحمد الخالد", "killed")]]


def test_former_alone_between_the_role_and_the_name_and_victim_ends_a_name() -> None:
    text = "اغتيل العنصر السابق وسام خالد الجراونة، في بلدة المزيريب بريف درعا الغربي."
    assert named(text) == [[("وسام خالد الجراونة", "killed")]]
    text = "سقطت المعلمة ليال دمر غريب ضحية عملية اغتيال نفذتها مجموعات مسلحة صباح اليوم في مدينة حمص."
    assert named(text) == [[("ليال دمر غريب", "killed")]]


def test_without_a_publication_date_later_days_and_days_of_no_lead_are_no_background() -> None:
    # a day after the lead's, in the same year or across its turn, is a later incident
    text = ("قتل رجل بانفجار عبوة ناسفة في مدينة نوى يوم الأحد 28 كانون الأول. "
            "وفي 3 كانون الثاني، قتل شاب برصاص مجهولين في بلدة جاسم.")
    assert places(text) == [("نوى", 1), ("جاسم", 1)]
    text = ("قتل رجل بانفجار عبوة ناسفة في مدينة نوى يوم الإثنين 3 آذار، "
            "وقتل شاب برصاص مجهولين في بلدة جاسم في 4 آذار.")
    assert places(text) == [("نوى", 1), ("جاسم", 1)]
    # a day stated without a weekday (a hearing to come) is no lead's day to measure the others by
    text = ("A military court is due to try the suspects on December 20. "
            "On October 12, gunmen killed two soldiers at a checkpoint in the town of Nawa.")
    assert places(text, "en") == [("Nawa", 2)]



def test_a_health_directorate_hit_keeps_its_city() -> None:
    assert places("انفجرت عبوة ناسفة قرب البوابة الرئيسية لمديرية صحة حماة، ما أسفر عن مقتل حارس.") == [("حماة", 1)]


def test_words_between_a_relation_and_an_age_are_no_name() -> None:
    lead = "قتل الشاب أحمد الخالد برصاص مجهولين في بلدة طفس، "
    for tail in ("وقتلت ابنته معه (5 سنوات).", "وأصيبت ابنته الصغرى أيضاً (4 أعوام).", "وأصيب ابنه بجروح، 12 عاماً.",
                 "وأصيبت ابنته كذلك، 9 أعوام.", "وأصيبت ابنته طفلة (3 سنوات)."):
        assert [name for name, _ in named(lead + tail)[0]] == ["أحمد الخالد"], tail


def test_a_time_or_an_adjective_after_a_given_name_is_no_family_name() -> None:
    assert named("اغتال مسلحون مجهولون عمر الليلة في بلدة المزيريب.") == [[]]


def test_a_bakery_is_a_job_before_a_victims_name() -> None:
    assert named("اغتال مسلحون مجهولون صاحب فرن أحمد العلي في بلدة طفس.") == [[("أحمد العلي", "killed")]]


def test_a_person_of_an_earlier_incident_told_before_the_first_event_is_no_victim_of_it() -> None:
    text = "جدير بالذكر أن الشاب سامر العلي قتل العام الماضي.\nقتل رجل بانفجار عبوة ناسفة في بلدة طفس."
    assert named(text) == [[("سامر العلي", "mentioned")]]
