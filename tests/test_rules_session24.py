"""Rules of session 24 (4 December 2026); each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from test_probes_session21 import extracted  # the article builder
from test_probes_session23 import named, summary  # (name, role) pairs and (place, dead, hurt) of each incident

from generator.ingest.article import Article, Overrides
from generator.ingest.extract import extract
from generator.ingest.readers import read_text


def english(text: str) -> Article:
    return Article(text=text, archived=text, language="en", origin="t", published=dt.date(2023, 3, 14))


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


def test_a_day_s_total_opening_a_roundup_is_no_tally_its_incidents_are_told_after_it() -> None:
    text = ("وثّق المرصد السوري لحقوق الإنسان، اليوم الثلاثاء، مقتل 7 مدنيين في مناطق متفرقة من ريف إدلب.\n\n"
            "حيث قُتل 4 مواطنين جراء غارات جوية على مدينة سراقب، كما قضى 3 مواطنين جراء قصف مدفعي على بلدة تفتناز.")
    assert summary(text) == [("سراقب", 4, None), ("تفتناز", 3, None)]
    # a month's toll opening the article: what follows without a day of its own is a share of it
    month = ("وثّق المرصد السوري لحقوق الإنسان مقتل 70 مدنياً خلال الشهر الفائت في مناطق متفرقة من ريف إدلب.\n\n"
             "حيث قُتل 40 مواطناً جراء غارات جوية على مدينة سراقب.")
    assert summary(month) == []


def test_an_english_list_led_by_a_town_and_closed_by_and_names_places() -> None:
    text = "Warplanes struck Saraqib, Hazzano and Maar Tamater in Idlib province on Monday, the White Helmets said."
    assert [place for place, _, _ in summary(text, "en")] == ["Saraqib", "Hazzano", "Maar Tamater"]
    # a person joined to the town by "and", the two ends of a road, a name after a comma alone: no list
    person = ("Gunmen shot dead Ismail Hamad, an employee of the council in Saraqib, and Abdulkarim al-Jalud, head of "
              "its water department, on Monday.")
    assert "Abdulkarim al-Jalud" in [p.name for e in extract(english(person)) for p in e.people]
    road = "A Turkish drone struck a car on the road between Qamishli and Amuda on Monday, killing one."
    assert len(summary(road, "en")) == 1
    source = "Warplanes struck Saraqib, Hazzano on Monday."
    assert [place for place, _, _ in summary(source, "en")] == ["Saraqib"]


def test_a_toll_counted_across_a_region_sums_the_incidents_told_after_it() -> None:
    text = ("At least 11 people were killed across opposition-held northwest Syria on Monday as government forces "
            "shelled towns and villages.\n\nIn Idlib city, shells hit a crowded market, killing five people.")
    assert summary(text, "en") == [("Idlib", 5, None)]


def test_casualties_told_where_a_listed_town_is_are_that_town_s() -> None:
    text = "Shells fell on the towns of Sarmin, Ariha and Taftanaz, where three members of one family were killed."
    assert summary(text, "en") == [("Sarmin", None, None), ("Ariha", None, None), ("Taftanaz", 3, None)]
    arabic = "قصفت قوات النظام بلدات سرمين وأريحا وتفتناز، حيث قُتل ثلاثة مدنيين، اليوم."
    assert summary(arabic) == [("سرمين", None, None), ("أريحا", None, None), ("تفتناز", 3, None)]


def test_an_english_list_of_names_each_before_its_place_word() -> None:
    text = ("Two civilians were killed as terrorist groups positioned in Idlib countryside targeted with rocket shells "
            "Mhardeh city, al-Skeilbiyeh city and Jourin village, a source told SANA.")
    assert [place for place, _, _ in summary(text, "en")] == ["Mhardeh", "Skeilbiyeh", "Jourin"]
    nearby = "Regime shelling killed five civilians in the town of Darat Izza and the nearby village of Kafr Nuran."
    assert summary(nearby, "en") == [("Darat Izza", None, None), ("Kafr Nuran", None, None)]


def test_a_victim_of_one_listed_town_draws_no_other_town_into_its_incident() -> None:
    text = ("قصفت قوات النظام بالمدفعية، ظهر اليوم، بلدات البارة وكنصفرة وفليفل والفطيرة في جبل الزاوية، ما أدى لمقتل "
            "الشاب سامر أحمد العلي في كنصفرة.")
    assert named(text) == [[], [("سامر أحمد العلي", "killed")], [], []]
    # the same list told again without a day is more of the same incidents
    again = text + "\n\nوكانت قوات النظام قد قصفت بلدات البارة وكنصفرة وفليفل والفطيرة بالمدفعية."
    assert len(summary(again)) == 4


def test_the_number_of_a_numbered_list_s_line_is_no_count() -> None:
    text = ("شهدت محافظة السويداء، أمس، عدة حوادث أمنية، أبرزها:\n"
            "2- أصيب طفل بطلق ناري طائش في مدينة شهبا، خلال اشتباك بين مجموعتين محليتين.\n"
            "3- عثر رعاة على جثة رجل مجهول الهوية مصاباً بعدة طلقات نارية قرب قرية أم الزيتون.")
    assert summary(text) == [("شهبا", 0, 1), ("أم الزيتون", 1, None)]


def test_died_with_a_count_in_words_and_a_span_of_years_in_words() -> None:
    assert summary("قضى أربعة من جامعي الكمأة، اليوم الجمعة، بانفجار لغم أرضي قرب قرية الشولا.")[0][1] == 4
    # years spent in prison count no dead
    assert summary("قضى الشاب سبع سنوات في السجن قبل أن يُقتل برصاص مجهولين في قرية الشولا.")[0][1] != 7


def test_a_roundup_s_lines_labelled_by_their_town_are_placed_there() -> None:
    text = ("Daraa governorate witnessed several security incidents over the past 48 hours.\n\n"
            "Nawa: Unidentified gunmen shot dead a former opposition fighter on Saturday evening.\n"
            "Dael: A member of the Military Security branch was killed when gunmen opened fire on his car on Sunday.")
    assert [place for place, _, _ in summary(text, "en")] == ["Nawa", "Dael"]
    # one town and a colon opening the article is its dateline
    dateline = "Nawa: Unidentified gunmen shot dead a former opposition fighter in the town of Tafas on Saturday."
    assert [place for place, _, _ in summary(dateline, "en")] == ["Tafas"]


def test_a_word_for_a_people_is_no_place_however_it_is_spelt() -> None:
    text = "The body of an Iraqi refugee was found on Saturday in al-Hol camp, east of Hasakah, bearing gunshot wounds."
    assert "Iraqi" not in [place for place, _, _ in summary(text, "en")]


def test_an_english_casualty_verb_s_one_victim_after_a_date_phrase() -> None:
    text = ("Unknown gunmen killed on Monday, March 13, 2023, a local commander of a militia in the city of Jassem. "
            "The commander, named as Khaled Abdel Rahman al-Masalmeh, was shot as he left a mosque.")
    events = extract(english(text))
    assert [(e.fatalities, [(p.name, p.role) for p in e.people]) for e in events] \
        == [(1, [("Khaled Abdel Rahman al-Masalmeh", "killed")])]


def test_the_dead_of_an_earlier_incident_named_after_another_incident_are_its() -> None:
    lead = ("انفجرت سيارة مفخخة، ظهر اليوم، قرب سوق الهال وسط مدينة اعزاز، ما أدى إلى مقتل 3 مدنيين.\n\n"
            "وفي سياق آخر، أصيب شاب بجروح إثر استهدافه بالرصاص من قبل مسلحين مجهولين في مدينة مارع.\n\n")
    table = ("ووثّق المرصد السوري أسماء قتلى التفجير في اعزاز، وهم:\n"
             "محمود عبد الله بركات - 34 عاماً - تل رفعت\n"
             "عمر حسين كردي - 19 عاماً - اعزاز\n"
             "خديجة أحمد العلي - 45 عاماً - مارع")
    assert named(lead + table) == [[("محمود عبد الله بركات", "killed"), ("عمر حسين كردي", "killed"),
                                     ("خديجة أحمد العلي", "killed")], []]
    sentence = "وعُرف من قتلى التفجير في مدينة اعزاز الشاب محمود عبد الله بركات."
    assert named(lead + sentence) == [[("محمود عبد الله بركات", "killed")], []]


def test_a_monitor_documenting_the_death_of_several_in_an_attack_reports_it() -> None:
    text = ("SOHR activists have documented the death of four members of the Deir Ezzor Military Council in an attack by "
            "ISIS cells on their checkpoint in Dhiban town on Monday.\n\n"
            "Among them were Abdullah Mohammad al-Hussein and Khalaf Ali al-Shlash, while the other two have not yet "
            "been identified.")
    events = extract(english(text))
    assert [(e.place.name if e.place else None, e.fatalities, [(p.name, p.role) for p in e.people]) for e in events] \
        == [("Dhiban", 4, [("Abdullah Mohammad al-Hussein", "killed"), ("Khalaf Ali al-Shlash", "killed")])]


def test_people_listed_after_an_arrest_are_detained_and_the_arrest_s_count_no_toll() -> None:
    # (a raid backed by aircraft: an incident of another type than an arrest, whose victims would be the dead)
    text = ("شنّت قسد بمساندة من طيران التحالف، فجر اليوم، حملة دهم في بلدة الجرذي بحثاً عن مطلوبين.\n"
            "ورصد المرصد السوري اعتقال 3 أشخاص خلال الحملة، وهم:\n- مشعل حمد الخليف\n- عبد الرزاق خلف العواد")
    assert named(text) == [[("مشعل حمد الخليف", "detained"), ("عبد الرزاق خلف العواد", "detained")]]
    # the count right after an arrest is of those arrested, not of the dead named after it
    assert summary("اعتقلت قسد اليوم 3 أشخاص في بلدة الجرذي وجثة مواطن في بلدة الطيانة.")[0][1] != 3


def test_according_to_after_a_victim_s_apposition_credits_the_sentence_not_the_victim() -> None:
    text = ("In Jableh, gunmen opened fire on a checkpoint on Monday, killing officer Omar Saeed Kurdi, a native of "
            "Saraqeb, according to the Interior Ministry.")
    assert [(p.name, p.role) for e in extract(english(text)) for p in e.people] == [("Omar Saeed Kurdi", "killed")]


def test_a_sentence_opening_on_the_dead_of_an_incident_is_more_of_it_whatever_towns_it_names() -> None:
    text = ("قُتل 12 عنصراً من قوات النظام، يوم الجمعة، جراء كمين نفذته خلايا التنظيم لحافلة عسكرية قرب مدينة السخنة.\n\n"
            "وفي سياق متصل، أصيب راعٍ بجروح جراء انفجار لغم قرب قرية كباجب بريف دير الزور.\n\n"
            "وعُرف من قتلى الكمين: النقيب علي حسن يوسف من ريف جبلة، والملازم سومر نزار إبراهيم من ريف مصياف.")
    assert named(text) == [[("علي حسن يوسف", "killed"), ("سومر نزار إبراهيم", "killed")], []]


def test_duals_of_people_by_what_they_do_count_two() -> None:
    assert summary("أصيب راعيان بجروح جراء انفجار لغم قرب قرية كباجب، اليوم.") == [("كباجب", 0, 2)]
    assert summary("أصيب مزارعان بجروح جراء انفجار لغم قرب قرية كباجب، اليوم.") == [("كباجب", 0, 2)]


def test_a_page_title_over_a_lead_that_sums_several_incidents_fills_no_toll() -> None:
    page = ("مقتل شاب وإصابة آخر برصاص الجندرما على الحدود\n\n"
            "قُتل شاب وأصيب آخر برصاص الجندرما التركية، اليوم، في حادثتين منفصلتين بريف إدلب الغربي.\n\n"
            "وأطلق عناصر الجندرما النار على مجموعة من الشبان قرب قرية خربة الجوز، ما أدى إلى مقتل الشاب عبد الله جمعة "
            "العبيد.\n\nوفي حادثة ثانية، أصيب الشاب مصطفى أحمد الحمادي بطلق ناري قرب بلدة عزمارين.")
    article = next(read_text(page.encode("utf-8"), "page.txt", Overrides(published=dt.date(2023, 3, 14), language="ar")))
    assert [(e.place.name, e.fatalities, e.injured) for e in extract(article)] \
        == [("خربة الجوز", 1, None), ("عزمارين", 0, 1)]


def test_an_english_name_before_city_and_fire_from_positions_of_two_forces() -> None:
    text = "A civilian was killed when terrorist groups fired a rocket shell at al-Baath city in Quneitra countryside."
    assert [place for place, _, _ in summary(text, "en")] == ["al-Baath"]
    fired = "Rockets fired from SDF and regime positions around Tal Rifaat struck the town of Marea, injuring a woman."
    assert [place for place, _, _ in summary(fired, "en")] == ["Marea"]


def test_english_aircraft_that_struck_and_residents_who_took_to_the_streets() -> None:
    strike = "Unidentified aircraft struck a truck carrying weapons near the city of Albu Kamal on Monday, destroying it."
    assert [place for place, _, _ in summary(strike, "en")] == ["Albu Kamal"]
    protest = "Dozens of residents took to the streets of the town of Jasim on Friday, chanting against the government."
    assert [(e.place.name, e.type) for e in extract(english(protest))] == [("Jasim", "protests")]


def test_protests_in_towns_a_plural_place_word_lists_are_a_protest_per_town() -> None:
    text = "خرجت مظاهرات حاشدة، بعد صلاة الجمعة، في مدن بنش وجسر الشغور وسرمدا بريف إدلب، طالب المشاركون فيها بالإفراج عن المعتقلين."
    assert [place for place, _, _ in summary(text)] == ["بنش", "جسر الشغور", "سرمدا"]


def test_a_currency_named_after_the_country_is_no_place() -> None:
    text = ("اختطفت عصابة مسلحة، اليوم، الشاب وائل سميح الشوفي، وطالب الخاطفون ذويه بفدية قدرها 100 مليون ليرة سورية.")
    assert "سورية" not in [place for place, _, _ in summary(text)]


def test_a_town_that_ends_a_name_with_an_age_after_it_is_part_of_the_name() -> None:
    text = ("قُتل لاجئان بإطلاق نار من قبل مجهولين في مخيم الهول شرقي الحسكة، اليوم.\n\n"
            "وقال مصدر في إدارة المخيم إن القتيلين هما سعد حميد جاسم (41 عاماً) ومحمود فاضل عباس (37 عاماً).")
    assert "جاسم" not in [place for place, _, _ in summary(text)]


# The review's sentences (/work/tmp/s24/review.md, session 24): each failed before its mend.

def test_a_day_s_total_leaves_a_year_s_tally_after_it_its_shares() -> None:
    text = ("وثّق المرصد السوري لحقوق الإنسان، اليوم الثلاثاء، مقتل 6 مدنيين في مناطق متفرقة من سوريا.\n"
            "وبذلك يرتفع إلى 412 عدد المدنيين الذين قتلوا منذ مطلع العام الجاري، بينهم 95 طفلاً.\n"
            "وقُتل 150 منهم برصاص مسلحين مجهولين في محافظة درعا، فيما قضى 60 بانفجار ألغام في بادية حمص.")
    assert summary(text) == []


def test_years_in_prison_in_words_are_no_death() -> None:
    assert summary("أفرجت قوات النظام عن الشاب محمد خالد الحريري، بعد أن قضى أربعة أعوام في سجن صيدنايا، اليوم.") == []


def test_across_the_border_or_the_street_is_one_place() -> None:
    text = ("Three civilians were injured across the street from the hospital in Azaz when a motorcycle bomb exploded "
            "on Monday.")
    assert [(dead, hurt) for _, dead, hurt in summary(text, "en")] == [(0, 3)]


def test_a_count_right_after_a_casualty_verb_is_that_verb_s() -> None:
    assert summary("قُتل 3 جرحى كانوا يتلقون العلاج في مشفى مدينة أريحا بغارة جوية، اليوم.")[0][1] == 3


def test_guards_and_doctors_around_an_incident_are_no_dead() -> None:
    text = "قُتل صاحب محل صرافة برصاص مسلحين مجهولين رغم وجود حارسين أمام المحل في مدينة اعزاز، اليوم."
    assert summary(text)[0][1] != 2


def test_a_death_from_cold_documented_is_no_killing() -> None:
    text = ("SOHR activists documented the death of an elderly man due to extreme cold in a displacement camp near "
            "Atmeh on Monday.")
    assert summary(text, "en") == []


def test_a_title_line_over_a_lead_that_sums_several_incidents_fills_nothing() -> None:
    text = ("مقتل شاب وإصابة آخر بجروح في ريف درعا\n\n"
            "قُتل شاب وأصيب آخر، اليوم، في حادثتين منفصلتين بريف درعا الغربي.\n\n"
            "ففي مدينة طفس، قُتل شاب برصاص مجهولين.\n\nوفي بلدة المزيريب، أصيب شاب بانفجار لغم.")
    assert summary(text) == [("طفس", 1, None), ("المزيريب", 0, 1)]


def test_a_number_in_brackets_or_before_a_slash_that_opens_a_line_is_no_count() -> None:
    assert summary("أبرز الحوادث:\n(2) قُتل شاب برصاص مجهولين في مدينة طفس.\n3/ أصيب طفل بانفجار لغم في بلدة المزيريب.") \
        == [("طفس", 1, None), ("المزيريب", 0, 1)]


def test_a_table_of_the_dead_by_home_town_keeps_the_dateline() -> None:
    text = ("IDLIB: A Russian airstrike killed two civilians near a displacement camp on Monday, the White Helmets said.\n"
            "The victims were identified by their home towns:\nSarmin: Ahmad al-Hamoud, 34\nBinnish: Khaled al-Ali, 12")
    assert [place for place, _, _ in summary(text, "en")] != ["IDLIB"]


def test_the_dead_of_an_incident_named_by_its_kind_go_to_it_not_to_the_town_they_come_from() -> None:
    text = ("قُتل ثلاثة مدنيين برصاص مسلحين مجهولين في مدينة اعزاز، اليوم الثلاثاء.\n\n"
            "وفي مدينة الباب، قُتل مدنيان جراء قصف مدفعي لقوات النظام.\n\n"
            "وعُرف من قتلى القصف الشاب محمد خالد العلي المنحدر من مدينة اعزاز.")
    events = extracted(text)
    assert [(e.place.name, e.type, [p.name for p in e.people]) for e in events] \
        == [("اعزاز", "violence_against_civilians", []), ("الباب", "explosions_remote_violence", ["محمد خالد العلي"])]


def test_a_burial_or_a_home_in_an_earlier_incident_s_town_names_no_victim_of_it() -> None:
    lead = ("قُتل شاب برصاص مجهولين في مدينة طفس، اليوم.\n\nوفي بلدة المزيريب، قُتل شاب آخر برصاص مجهولين.\n\n")
    for then in ("ودُفن الشاب محمد خالد الزعبي في مقبرة مدينة طفس مساءً.",
                 "وعرف من الضحيتين الشاب محمد خالد الزعبي، وهو مقيم في مدينة طفس منذ سنوات."):
        assert named(lead + then)[0] == [], then


def test_an_abduction_s_count_is_the_toll_of_their_killing_and_of_no_body_elsewhere() -> None:
    assert summary("أقدم مسلحون مجهولون على اختطاف 3 شبان وقتلهم رمياً بالرصاص قرب بلدة اليادودة، اليوم.")[0][1] == 3
    assert summary("اعتقلت قوات النظام 3 أشخاص في مدينة جاسم وجثة مواطن في بلدة انخل، اليوم.")[0][1] != 3


def test_a_second_half_that_mourns_or_tells_a_death_of_wounds_is_no_incident() -> None:
    assert len(summary("قُتل عنصر بانفجار عبوة ناسفة في مدينة الصنمين، وفي مدينة جاسم مسقط رأسه نعاه ذووه، اليوم.")) == 1
    assert len(summary("أصيب طفل بانفجار لغم في قرية المسيفرة، وفي بلدة الحراك أُسعف إلى المشفى حيث توفي متأثراً بجراحه.")) == 1


def test_as_after_a_list_is_no_place_of_the_toll_unless_a_casualty_verb_follows() -> None:
    text = "قصفت قوات النظام، اليوم، بلدات كنصفرة والبارة وبينين، حيث أدى القصف إلى مقتل طفلة وإصابة والدتها بجروح."
    assert [dead for _, dead, _ in summary(text)] == [None, None, None]


def test_a_person_or_a_deployment_is_no_item_of_an_english_list_led_by_a_town() -> None:
    person = ("Gunmen killed a pharmacist in Jasim, and Abu Hamza Masalmeh, a former rebel commander, was wounded in "
              "the same attack on Monday.")
    assert summary(person, "en") == [("Jasim", 1, 1)]
    deployed = "A drone strike killed three fighters on Monday who had been deployed to Tal Tamr, Abu Rasin and Zarkan."
    assert len(summary(deployed, "en")) <= 1


def test_the_two_villages_a_road_is_named_by_are_no_list() -> None:
    text = "استهدفت طائرة مسيرة تركية سيارة عسكرية على طريق قرية تل شنان وقرية الطويلة، ما أدى لمقتل عنصرين من قسد."
    assert summary(text) == [("تل شنان", 2, None)]


def test_a_town_of_an_english_list_told_again_bare_is_its_incident() -> None:
    text = ("Warplanes struck Saraqib, Hazzano and Maar Tamater in Idlib province on Monday, the White Helmets said. "
            "Seven people were killed in Hazzano, where a strike flattened a house.")
    assert summary(text, "en") == [("Saraqib", None, None), ("Hazzano", 7, None), ("Maar Tamater", None, None)]
