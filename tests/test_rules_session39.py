"""Rules of session 39 (6 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted


def _coded(text: str, language: str = "ar") -> list[tuple[str, str, int | None, int | None]]:
    tail = "\n\nMore details." if language == "en" else "\n\nتفاصيل أخرى."
    return [(e.type, e.sub_type, e.fatalities, e.injured) for e in extracted(text + tail, language)]


def test_livestock_joined_to_the_dead_leaves_their_count() -> None:
    # "Two shepherds and 40 sheep were killed": the sheep are no new clause, the shepherds' count heads the subject
    assert [c[2] for c in _coded("Two shepherds and 40 sheep were killed when a landmine exploded near the village of "
                                 "Maadan in Raqqa countryside on Monday.", "en")] == [2]
    assert [c[2] for c in _coded("Three people and dozens of sheep were killed in a Turkish drone strike on the "
                                 "village of Tal Tamr on Monday.", "en")] == [3]
    # people joined by "and" still end the subject: the count before them is not the toll
    assert [c[2] for c in _coded("Two shepherds were wounded and three soldiers were killed when a landmine exploded "
                                 "near the village of Maadan on Monday.", "en")] == [3]


def test_a_casualty_word_in_the_dual_is_its_own_count() -> None:
    # «جثتين»: the word that tells the dead is itself their number
    assert [c[2] for c in _coded("عثرت فرق الدفاع المدني اليوم على رفات جثتين داخل منزل مهجور في حي المضابع في "
                                 "مدينة حمص.")] == [2]
    assert [c[2] for c in _coded("عُثر صباح اليوم على جثتين مجهولتي الهوية على طريق بلدة الكسوة بريف دمشق.")] == [2]
    # «قتيلين وعدد من الجرحى»: two dead, the wounded not counted (not the dead's two)
    assert _coded("سقط قتيلين وعدد من الجرحى من عناصر الأمن العام، جراء هجوم استهدف حاجزاً لهم في مدينة جبلة بريف "
                  "اللاذقية يوم الأحد.")[0][2:] == (2, None)


def _places(text: str, language: str = "ar") -> list[str | None]:
    return [e.place.name if e.place else None for e in extracted(text, language)]


def test_the_place_a_victims_home_lies_in_is_no_scene() -> None:
    # «من مدينة مورك بحماة»: Hama only says where the volunteer's home lies; the strike was on Khan Shaykhun
    assert _places("وأفاد مراسل أن المتطوع عمر قدور من مدينة مورك بحماة، استشهد بغارة روسية أثناء عمله في خان "
                   "شيخون.") == ["خان شيخون"]
    assert _places("A civil defence volunteer from the town of Morek in Hama was killed in a Russian air strike on "
                   "Khan Shaykhun on Wednesday.", "en") == ["Khan Shaykhun"]
    # the home alone is the scene still, and so is a city named with its place word
    assert _places("استشهد شاب من أبناء مدينة مورك بحماة بغارة روسية أثناء عمله.") == ["مورك"]
    assert _places("قتل شاب من أبناء بلدة مورك في مدينة حماة، اليوم.") == ["حماة"]


def test_volunteers_and_the_displaced_are_people_from_somewhere() -> None:
    # «المتطوعين X من مدينة Y»، «مدني من نازحي مدينة Y»: where they come from, not where they were killed
    assert _places("قتل مدني من نازحي مدينة كفرزيتا بغارة روسية على بلدة حيش جنوبي إدلب، اليوم.") == ["حيش"]
    assert _places("وأفاد مراسل أن المتطوعين عمر قدور وعمر كيال من مدينة كفرزيتا، استشهدا بغارة روسية على بلدة حيش "
                   "جنوبي إدلب.") == ["حيش"]
    # «متطوعان»: a nominative dual, two
    assert [c[2] for c in _coded("استشهد متطوعان في الدفاع المدني اليوم الأربعاء في خان شيخون جنوبي إدلب، إثر "
                                 "غارات روسية على المدينة.")] == [2]


def test_a_home_the_gazetteer_lacks_and_the_region_after_it_are_no_scene() -> None:
    # «ينحدر من بلدة X بمحافظة درعا جنوبي سوريا»: the governorate and the region place the home; the victims named
    # are the two killed at the border in the sentence before
    lead = ("قتل شابان مدنيان ليل الجمعة برصاص حرس الحدود التركي خلال محاولتهما عبور الحدود شمال غرب مدينة إدلب، "
            "شمالي سوريا.\n")
    events = extracted(lead + "أطلق حرس الحدود الرصاص على الشابين مالك بكر الحاج علي ومحمد علي الدريبي الذي ينحدر "
                       "من بلدة الحارة بمحافظة درعا جنوبي سوريا، ما أدى لمقتلهما على الفور.\n\nتفاصيل أخرى.", "ar")
    assert [(e.place.name if e.place else None, len(e.people)) for e in events] == [("إدلب", 2)]


def test_a_relative_then_one_more_person() -> None:
    # «قتل رجل وابنه وشاب ثالث»: the man, his son and a third
    assert [c[2] for c in _coded("قتل رجل وابنه وشاب ثالث كان موجوداً في المكان، ظهر اليوم في مدينة إزرع بريف درعا "
                                 "الأوسط.")] == [3]
    assert [c[2] for c in _coded("قتل رجل وابنه ظهر اليوم في مدينة إزرع بريف درعا الأوسط.")] == [2]


def test_a_tally_opened_with_no_comma_leaves_the_incident_before_it() -> None:
    # «... بريف درعا الغربي لتضاف عملية الاغتيال هذه لسلسلة ... منذ مطلع الشهر»: the result form opens the tally
    # without a comma; the killing told before it is an incident
    assert _coded("قُتل شابان شقيقان، مساء اليوم الأحد، إثر تعرضهما لعملية اغتيال بإطلاق نار مباشر في بلدة تل شهاب "
                  "بريف درعا الغربي لتضاف عملية الاغتيال هذه لسلسلة كبيرة من الاغتيالات شهدتها محافظة درعا منذ مطلع "
                  "الشهر الجاري.") == [("violence_against_civilians", "attack", 2, None)]
    # a sentence that is the tally stays one
    assert _coded("شهدت محافظة درعا منذ مطلع الشهر الجاري 27 عملية اغتيال لتضاف إلى سلسلة الاغتيالات.") == []


def test_the_town_that_mourns_its_dead_is_their_home() -> None:
    # «نعت مدينة X شرقي درعا كلاً من ...»: the town (and the city it lies by) mourns its sons; they were killed where
    # the next sentence says
    assert _places("نعت مدينة بصرى الشام شرقي درعا كلاً من سامر خالد أحمد ونجله، اللذين قُتلا خلال الأحداث الأخيرة في "
                   "محافظة السويداء، بعد التعرف على جثمانيهما في مشفى مدينة إزرع.\n"
                   "وكان الضحيتان يقيمان في قرية عتيل بريف السويداء، قبل أن يتعرضا لعملية تصفية داخل منزلهما.") \
        == ["عتيل"]


def test_an_additive_word_before_a_comma_adds_to_its_own_clause() -> None:
    # «كما فُقد الاتصال معه، إلى أن وجد مقتولاً»: "also" adds to the lost contact, the dead is the one found before
    assert [c[2] for c in _coded("عثر الدفاع المدني على جثة الشاب سامر أحمد مقتولاً على الطريق بين بلدة سرمدا وقرية "
                                 "رأس الحصن.\nوأفادت مصادر من عائلة الشاب بأنه تلقى اتصالاً وخرج على إثره، لكنه لم يعد "
                                 "إلى منزله، كما تم فقد الاتصال معه، إلى أن وجد مقتولاً.")] == [1]
    # with no comma it adds one more dead
    assert [c[2] for c in _coded("قُتل شاب برصاص مجهولين في بلدة سرمدا بريف إدلب.\nكما قُتل شاب آخر في البلدة نفسها.")] \
        == [2]


def test_a_place_name_after_an_owned_relative_is_the_relative() -> None:
    # "his brother Qosay": a man, not the town of al-Qusayr
    events = extracted("A local source said that Anas al-Zoebi, his brother Qosay and his wife were shot dead by "
                       "unknown assailants in the village of Nuaymah in Daraa countryside.\n\nMore details.", "en")
    assert [(e.place.name if e.place else None, [p.name for p in e.people]) for e in events] \
        == [("Nuaymah", ["Anas al-Zoebi", "Qosay"])]
    # a native of a town stays one: "the son of al-Qusayr" names no man
    assert _places("A young man, a son of al-Qusayr, was killed by unknown gunmen on Monday.", "en") == ["al-Qusayr"]


def test_among_the_dead_counted_before_names_one_of_them() -> None:
    # «ومن بين الأربعة المقتولين X، وهو قائد مجموعة في Y»: one of the four, not a new incident at Y
    events = extracted("عثر الأهالي على أربع جثث على الطريق الواصل بين بلدتي الحراك وناحتة في ريف درعا الشرقي.\n"
                       "وبحسب المصادر، فإن من بين الأربعة المقتولين سامر جمعة العلي وهو قائد مجموعة محلية في بلدة "
                       "المسيفرة.\n\nتفاصيل أخرى.", "ar")
    assert [(e.place.name if e.place else None, e.fatalities, [p.name for p in e.people]) for e in events] \
        == [("الحراك", 4, ["سامر جمعة العلي"])]


def test_an_ellipsis_ends_a_name() -> None:
    # «– محمد سمير زعرور… ادلب»: the town after the ellipsis is no part of the name
    events = extracted("استشهد ثلاثة مدنيين بقصف الطيران الحربي على مدينة إدلب وريفها.\nعرف من أسماء الشهداء:\n"
                       "– سامر محمد زعرور… ادلب.\n– الطفلة رنيم نزار مرشان… الجانودية.\n\nتفاصيل أخرى.", "ar")
    assert [p.name for e in events for p in e.people] == ["سامر محمد زعرور", "رنيم نزار مرشان"]


def test_review_cases_the_rules_leave_alone() -> None:
    # (a review's own sentences, session 39) a town after a victim's home is the scene unless it holds the home or
    # names its governorate or district
    assert _places("قُتل الطفل أحمد، وهو من أبناء بلدة المزيريب، في طفس برصاص طائش.") == ["طفس"]
    assert _places("قتلت الشابة فاطمة، من سكان مدينة إعزاز، بعفرين برصاص مجهولين.") == ["عفرين"]
    assert _places("Unknown gunmen shot dead Ahmad al-Zoubi, a native of al-Muzayrib, in Tafas on Sunday.", "en") \
        == ["Tafas"]
    # the people leaving a town were killed there, not at their destination
    assert _places("قتل مدنيان برصاص قناص أثناء خروجهما من مدينة جاسم باتجاه درعا.") == ["جاسم"]
    # livestock after a verb's object is no part of a subject; «ضحيتين» counts nobody hurt
    assert [c[2] for c in _coded("Gunmen attacked two villages near Tadmur and dozens of sheep were killed on "
                                 "Monday.", "en")] == [None]
    assert _coded("انفجر لغم أرضي في مدينة الباب، ما أسفر عن سقوط ضحيتين وإصابة ثلاثة آخرين بجروح.")[0][3] == 3
    # after relatives, a name's introducer or a person hurt adds no dead
    assert [c[2] for c in _coded("قتل رجل وابنه ويدعى الأب محمد الحسن برصاص مجهولين في مدينة نوى.")] == [2]
    # an additive word that is a connective before its comma still adds
    assert [c[2] for c in _coded("قتل مدنيان بقصف مدفعي على بلدة كنصفرة. وبالإضافة إلى ذلك، قتل طفل جراء القصف "
                                 "ذاته.")] == [3]
