"""Rules of session 21 (4 December 2026), from phrasing probes (`tests/probes/`) and the seventeenth collection's dev
part; each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract
from generator.ingest.mentions import ExtractedEvent

PUBLISHED = dt.date(2023, 3, 14)


def extracted(text: str, language: str = "ar", published: dt.date | None = PUBLISHED,
              title: str | None = None) -> list[ExtractedEvent]:
    """The incidents of an article whose text is `text` (and whose title the reader took off, when given)."""
    return extract(Article(text=text, archived=text, language=language, origin="test", published=published,
                           title=title))


def paragraph(text: str, language: str) -> str:
    """`text` as an article's first paragraph (a text of one line alone reads as the page's title)."""
    return f"{text}\n\nتفاصيل أخرى." if language == "ar" else f"{text}\n\nMore details."


def people(text: str, language: str = "ar") -> list[list[tuple[str, str]]]:
    """The (name, role) pairs of each incident of an article whose first paragraph is `text`."""
    return [[(p.name, p.role) for p in e.people] for e in extracted(paragraph(text, language), language)]


def test_given_names_alone_before_a_full_chain_are_brothers() -> None:
    assert people("قُتل محمد وأحمد عبد الكريم العودات برصاص مسلحين مجهولين في مدينة بصرى الشام.") \
        == [[("محمد عبد الكريم العودات", "killed"), ("أحمد عبد الكريم العودات", "killed")]]
    assert people("Hamoud and Abdullah al-Ali al-Khalaf were killed by a landmine near Maadan, east of Raqqa.", "en") \
        == [[("Hamoud al-Ali al-Khalaf", "killed"), ("Abdullah al-Ali al-Khalaf", "killed")]]


def test_two_full_names_are_two_people() -> None:
    assert people("قُتل الشاب محمد أحمد العلي وأحمد عبد الكريم العودات برصاص مسلحين في مدينة بصرى الشام.") \
        == [[("محمد أحمد العلي", "killed"), ("أحمد عبد الكريم العودات", "killed")]]
    assert people("Gunmen killed Wissam George Mansour and Shafiq Rafiq Mansour in Busra al-Sham.", "en") \
        == [[("Wissam George Mansour", "killed"), ("Shafiq Rafiq Mansour", "killed")]]


def test_brothers_named_after_the_noun_share_the_father_and_family_names() -> None:
    assert people("Brothers Mohammad and Ahmad Abdul Karim al-Odat were shot dead in the city of Busra al-Sham.",
                  "en") == [[("Mohammad Abdul Karim al-Odat", "killed"), ("Ahmad Abdul Karim al-Odat", "killed")]]
    assert people("The brothers Farhan Din, Mohammed and Ismail Othman were detained in Raqqa.", "en") \
        == [[("Farhan Din Othman", "detained"), ("Mohammed Othman", "detained"), ("Ismail Othman", "detained")]]


def tolls(text: str, language: str = "en") -> list[tuple[int | None, int | None]]:
    return [(e.fatalities, e.injured) for e in extracted(paragraph(text, language), language)]


def test_and_between_capitalised_words_does_not_end_a_passive_subject() -> None:
    assert tolls("Three farmers from one family, Arab and Kurdish workers of the same field, were killed by a landmine "
                 "near Tal Tamr on Monday.") == [(3, None)]
    # "and" before a clause of its own still ends the subject: the count is not the casualty word's
    assert tolls("Two gunmen attacked the checkpoint near Tal Tamr and a soldier was killed.") == [(1, None)]


def test_sheikh_ends_a_name_as_its_family_name_and_stays_a_title_before_one() -> None:
    assert people("قُتل الشاب محمود حسين الشيخ، جراء قصف صاروخي على مدينة الأتارب غربي حلب.") \
        == [[("محمود حسين الشيخ", "killed")]]
    assert people("اعتقل الأمن العام “تمام علي الشيخ” قائد مجموعة مسلحة في بلدة معردس شمال حماة.") \
        == [[("تمام علي الشيخ", "detained")]]
    assert people("قُتل الشيخ أحمد الصياصنة برصاص مجهولين في مدينة درعا.") == [[("أحمد الصياصنة", "killed")]]


def events(text: str, language: str = "ar", published: dt.date | None = PUBLISHED) \
        -> list[tuple[str | None, int | None, list[tuple[str, str]]]]:
    return [(e.place.name if e.place else None, e.fatalities, [(p.name, p.role) for p in e.people])
            for e in extracted(text, language, published)]


def test_quoted_names_with_an_age_between_are_one_list() -> None:
    assert people("قُتل شخصان بانفجار سيارة مفخخة في مدينة منبج، وقال مصدر طبي إن الشقيقتين “هدى العلي” (32 عاماً) "
                  "و”نور العلي” (30 عاماً) فارقتا الحياة في المشفى.") \
        == [[("هدى العلي", "killed"), ("نور العلي", "killed")]]


def test_a_quoted_name_after_a_word_for_a_person_is_no_place() -> None:
    # جاسم is a town of Daraa; in the quoted name of a child it is a family name
    found = events("قُتل ثلاثة أشخاص بانفجار سيارة مفخخة في مدينة منبج شرقي حلب.\n\n"
                   "وقال مصدر طبي إن الطفل “يوسف شيخ جاسم” فارق الحياة في المشفى متأثراً بجروحه.")
    assert found == [("منبج", 3, [("يوسف شيخ جاسم", "killed")])]


def test_a_dated_incident_under_a_background_heading_is_its_own() -> None:
    found = events("قُتل ثلاثة أشخاص بانفجار سيارة مفخخة في مدينة منبج شرقي حلب مساء أمس.\n"
                   "حوادث سابقة\n"
                   "وفي الثاني من الشهر الجاري، قُتل رجل جراء انفجار لغم أثناء حراثة أرضه في ريف منبج.", published=None)
    # an undated page: nothing but the heading tells the two apart
    assert [(place, killed) for place, killed, _ in found] == [("منبج", 3), ("منبج", 1)]


def test_bey_ends_a_family_name() -> None:
    assert people("قُتل الشاب المهندس حيدر خير بك برصاص مسلحين في منطقة عين شقاق بريف جبلة.") \
        == [[("حيدر خير بك", "killed")]]


def test_carried_to_hospital_dead_is_killed_whoever_else_was_hurt() -> None:
    found = events("قُتل فتى بانفجار مقذوف في ريف دمشق.\n\nوأُسعف الشاب سامر ياسر العلي إلى المشفى مفارقاً الحياة "
                   "وأُصيبت والدته بشظايا.")
    assert [people for *_, people in found] == [[("سامر ياسر العلي", "killed")]]


def test_where_the_wounded_were_moved_for_treatment_is_no_scene_and_the_doctor_who_describes_them_no_victim() -> None:
    found = events("قُتل فتى بانفجار مقذوف في بلدة مغر المير بريف دمشق. ووصف مدير المشفى سامر الخطيب إصابة والدته "
                   "بالخطيرة، وتم تحويلها لمدينة دمشق للعلاج.\n\nتفاصيل.")
    assert found == [("مغر المير", 1, [("سامر الخطيب", "spokesperson")])]


def test_words_after_a_name_and_a_comma_are_no_name_unless_they_read_as_one() -> None:
    found = events("وكان شيخ العشيرة، عبد العزيز الحمادة، علّق عبر “فيس بوك” على مقتل ابن عمه في بلدة الحوايج.\n\n"
                   "تفاصيل.")
    assert [name for *_, people in found for name, _ in people] == ["عبد العزيز الحمادة"]


def test_a_name_the_index_lacks_after_a_title_with_two_family_names() -> None:
    assert people("اغتال مجهولون الشيخ اطليوش الشتات اللافي، في بلدة الحوايج بريف دير الزور.") \
        == [[("اطليوش الشتات اللافي", "killed")]]


def test_a_headman_named_after_his_village_with_a_given_name_the_index_lacks() -> None:
    assert people("عثر الأهالي على جثة مختار بلدة كحيل عايش أحمد سعودي، مرمية في الأراضي الزراعية قرب بلدة المسيفرة.") \
        == [[("عايش أحمد سعودي", "killed")]]


def test_a_village_spelled_with_and_without_a_long_vowel_is_one_place() -> None:
    found = events("مقتل وإصابة مدنيين بتفجير دراجة مفخخة بريف منبج\n\n"
                   "قتل وأصيب عدد من المدنيين، جراء انفجار دراجة مفخخة في قرية البوارات غربي مدينة منبج بريف حلب.\n\n"
                   "وقالت وكالة محلية، اليوم الأربعاء 8 من أيار، إن مدنيين اثنين قتلا وأصيب أربعة آخرون، إثر انفجار "
                   "دراجة نارية مفخخة في السوق الشعبي في قرية البوارت بمنبج.", published=None)
    assert [(place, killed) for place, killed, _ in found] == [("البوارات", 2)]


def test_a_neighbourhood_named_like_a_town_lies_in_the_city_named_with_it() -> None:
    found = events("مقتل شاب في حي المزرعة وسط دمشق برصاص دورية أمنية\n\n"
                   "قُتل الشاب سامر العلي صباح الجمعة أمام منزله الكائن في حي المزرعة، بعد أن أطلق عناصر دورية أمنية "
                   "النار عليه.", published=None)
    assert [(place, killed) for place, killed, _ in found] == [("دمشق", 1)]


def test_the_dead_mans_mother_who_speaks_is_no_victim() -> None:
    found = events("قُتل الشاب سامر العلي برصاص دورية أمنية في حي الميدان بدمشق.\n\n"
                   "وقالت والدة القتيل المدرّسة السابقة “هالة المغربي” إن عناصر الدورية أطلقوا النار على ابنها.")
    assert [people for *_, people in found] == [[("سامر العلي", "killed"), ("هالة المغربي", "spokesperson")]]


def test_a_shot_suffered_is_a_shooting() -> None:
    found = extracted("أفادت مصادر محلية بتعرض رجل وزوجته لطلقٍ ناري في قرية الشيخ يوسف غربي إدلب.\n\nتفاصيل.")
    assert [(e.place.name if e.place else None, e.sub_type) for e in found] == [("الشيخ يوسف", "attack")]


def test_mother_before_a_word_that_is_no_given_name_is_no_kunya() -> None:
    found = events("قُتل الشاب مراد محرز برصاص مجهول في اللاذقية. تعيش عائلته في ظروف صعبة:\n"
                   "1- شقيق يعاني من المرض\n2- أم مريضة بالسرطان")
    assert [people for *_, people in found] == [[("مراد محرز", "killed")]]
    assert [people for *_, people in events("قُتلت أم محمد برصاص قناص في مدينة درعا.\n\nتفاصيل.")] \
        == [[("أم محمد", "killed")]]


def test_a_village_name_ending_with_a_head_word_goes_on_with_the_next_word() -> None:
    assert [place for place, *_ in events("قُتل الشاب فادي عباس في بداية قرية دوير الشيخ سعد بطرطوس أول أمس.\n\n"
                                          "تفاصيل.")] == ["دوير الشيخ سعد"]


def test_the_village_a_headman_heads_is_no_scene() -> None:
    assert [place for place, *_ in events("عثر الأهالي على جثة مختار بلدة كحيل عايش أحمد سعودي، مرمية في الأراضي "
                                          "الزراعية المحيطة ببلدة المسيفرة شرقي درعا.\n\nتفاصيل.")] == ["المسيفرة"]


def test_an_incident_told_on_the_same_day_after_a_weekly_tally_is_one() -> None:
    text = ("Eight people killed within a week in Daraa\n\n"
            "Daraa, Syria – Daraa witnessed an increase in killings during the last week, where eight people were "
            "killed in different areas.\n\n"
            "On May 17, two soldiers were killed by unknown gunmen in the village of Saida in eastern Daraa.\n\n"
            "On the same day, Samer al-Ali lost his life in an IED explosion in his car in Tafas.")
    found = events(text, "en", published=None)
    assert [(place, killed) for place, killed, _ in found] == [("Saida", 2), ("Tafas", 1)]


def titled(title: str, body: str) -> list[tuple[str | None, int | None]]:
    """(place, killed) of each incident of a saved page whose title the reader took off (`Article.title`)."""
    return [(e.place.name if e.place else None, e.fatalities) for e in extracted(body, title=title)]


def test_the_title_a_reader_took_off_fills_the_first_incident() -> None:
    body = "قُتل شاب برصاص مسلحين مجهولين في ريف درعا الشرقي، مساء أمس.\n\nولم تتبنَّ أي جهة العملية."
    assert titled("مقتل شاب برصاص مجهولين في بلدة المسيفرة", body) == [("المسيفرة", 1)]
    assert titled("إحصائية: مقتل 40 شخصاً في درعا خلال شهر آذار", "قُتل شاب برصاص مجهولين في ريف درعا.\n\nتفاصيل.") \
        == [("درعا", 1)]
    assert titled("مقتل شاب برصاص مجهولين في بلدة المسيفرة", "وتشهد المحافظة فلتاناً أمنياً.\n\nتفاصيل.") == []


def test_rose_a_martyr_is_killed() -> None:
    assert people("ارتقى الشاب عبد القادر ياسين الحسن شهيداً، جراء استهدافه بصاروخ موجه قرب بلدة تقاد بريف حلب.") \
        == [[("عبد القادر ياسين الحسن", "killed")]]


def test_a_family_name_a_title_heads() -> None:
    assert people("قُتل الشاب عمر محمد الحاج حسين (26 عاماً)، إثر إصابته بطلق ناري في مدينة الدانا.") \
        == [[("عمر محمد الحاج حسين", "killed")]]


def test_a_town_that_opens_a_name_after_an_introducer_is_part_of_the_name() -> None:
    found = events("عثر الأهالي على جثة المدعو جاسم محمد عيد الخليف، مقتولاً بطلقات نارية في بلدة الكسرة بريف دير "
                   "الزور الغربي.\n\nتفاصيل.")
    assert found == [("الكسرة", 1, [("جاسم محمد عيد الخليف", "killed")])]


def test_ages_joined_by_and_are_no_toll() -> None:
    assert tolls("Two brothers, Ali and Hussein Mahmoud al-Hweish, aged 17 and 14, were killed by a landmine near "
                 "al-Kasra.") == [(2, None)]


def test_an_english_compound_given_name_opens_with_abdul() -> None:
    assert people("Abdul Qader Mohammad al-Hariri and Abdelrahman Saleh al-Masri were wounded when an IED exploded near "
                  "their car in Busra al-Harir.", "en") \
        == [[("Abdul Qader Mohammad al-Hariri", "injured"), ("Abdelrahman Saleh al-Masri", "injured")]]


def test_a_title_naming_two_places_fills_nothing() -> None:
    body = ("داهمت دورية أمنية منازل في مدينة جاسم بريف درعا واعتقلت عدداً من الشبان.\n\n"
            "وفي الصنمين، قُتل عنصر من ميليشيا محلية برصاص مجهولين.")
    assert titled("حملة دهم في جاسم ومقتل عنصر من ميليشيا محلية في الصنمين", body)[0] == ("جاسم", None)
