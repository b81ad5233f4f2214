"""Event rules read in session 15 on the dev part (words in lang/ar/events.py, lang/en/events.py, lang/*/tolls.py,
lang/*/tallies.py); each sentence written for its test, failing on the code before its rule."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract

ATTACK = ("violence_against_civilians", "attack")
CLASH = ("battles", "armed_clash")


def events(text: str, language: str = "ar") -> list:
    return extract(Article(text=text, archived=text, language=language, origin="test", published=dt.date(2024, 5, 14)))


def kinds(text: str, language: str = "ar") -> list[tuple[str, str]]:
    return [(e.type, e.sub_type) for e in events(text, language)]


def test_an_armed_attack_that_kills_people_is_an_attack_on_them() -> None:
    assert kinds("قتل رجلان في هجوم مسلح استهدف محلاً للحلويات في بلدة طفس اليوم الثلاثاء.") == [ATTACK]
    assert kinds("هاجم مسلحون منزلاً في بلدة طفس اليوم الثلاثاء وأصابوا امرأة وابنها بجروح.") == [ATTACK]
    assert kinds("Gunmen attacked a wedding hall in Tafas on Tuesday and killed two men.", "en") == [ATTACK]


def test_an_armed_attack_on_fighters_or_a_checkpoint_stays_a_clash() -> None:
    assert kinds("قتل عنصران من الأمن العام في هجوم مسلح استهدف حاجزاً في بلدة طفس اليوم الثلاثاء.") == [CLASH]
    assert kinds("Gunmen attacked a checkpoint in Tafas on Tuesday and killed two soldiers.", "en") == [CLASH]


def tolls(text: str, language: str = "ar") -> list[tuple[int | None, int | None]]:
    return [(e.fatalities, e.injured) for e in events(text, language)]


def test_the_noun_for_losing_ones_life_counts_the_dead_between() -> None:
    assert tolls("انفجرت سيارة مفخخة في مدينة طفس اليوم الثلاثاء، ما أدى إلى فقدان 3 أشخاص حياتهم وإصابة 9 آخرين.") \
        == [(3, 9)]
    assert tolls("انفجرت عبوة في مدينة طفس اليوم الثلاثاء، وأفادت الشرطة بفقدان شخصين حياتهما.") == [(2, None)]


def test_one_person_told_before_the_singular_verb_is_counted() -> None:
    assert tolls("قالت الوكالة إن سائق الشاحنة قُتل جراء انفجار عبوة في قرية طفس اليوم الثلاثاء.") == [(1, None)]
    assert tolls("أشار المرصد إلى أن عنصراً في الشرطة قتل وأصيب آخر في هجوم على قرية طفس اليوم الثلاثاء.") == [(1, 1)]


def test_deaths_told_with_the_wounded_and_no_count_leave_the_toll_unknown() -> None:
    assert tolls("A bomb hit a car in Tafas on Tuesday, which resulted in deaths and injuries.", "en") == [(None, None)]
    assert tolls("A bomb exploded in a car in Tafas on Tuesday, which led to death and injury of four soldiers.", "en") \
        == [(None, None)]
    assert tolls("Gunmen attacked a checkpoint in Tafas on Tuesday, claiming the lives of some of them.", "en") \
        == [(None, None)]


def test_those_who_fell_victim_are_the_dead() -> None:
    assert tolls("اقتحم مسلحون قرية طفس اليوم الثلاثاء وارتكبوا مجزرة راح ضحيتها 8 مدنيين.") == [(8, None)]
    assert tolls("وقع هجوم على منزل في قرية طفس اليوم الثلاثاء ذهب ضحيته شابان.") == [(2, None)]


def test_an_incident_some_days_before_with_no_casualty_is_context() -> None:
    assert tolls("قتل شاب بانفجار عبوة في سيارته في بلدة طفس اليوم الثلاثاء. وقبل أيام نفذ مجهولون هجوماً بالقذائف على "
                 "حواجز عسكرية في بلدة نوى.") == [(1, None)]
    assert tolls("A man was killed by a roadside bomb in Tafas on Tuesday. The attack follows a blast roughly a week "
                 "earlier on a highway in Nawa, caused by a bomb hidden in a car.", "en") == [(1, None)]
    # with a casualty of its own, the earlier incident stays one (settled rule 5)
    assert len(tolls("قتل شاب بانفجار عبوة في سيارته في بلدة طفس اليوم الثلاثاء. وقبل أيام قتل رجل بقذيفة في بلدة "
                     "نوى.")) == 2


AIR = ("explosions_remote_violence", "air_drone_strike")


def test_the_air_force_that_struck_makes_an_air_strike() -> None:
    assert kinds("قتل مدنيان في مدينة طفس اليوم الثلاثاء جراء قصف الطيران الروسي بالصواريخ.") == [AIR]
    assert kinds("قتل رجل بقصف طائرات النظام الحربية على أطراف بلدة طفس اليوم الثلاثاء.") == [AIR]
    assert kinds("قتل ثمانية مدنيين اليوم الثلاثاء جراء قصف يرجح أنه لسلاح الجو الروسي على بلدة طفس.") == [AIR]
    assert kinds("رصد ناشطون تحليق الطيران الحربي الروسي فوق بلدة طفس اليوم الثلاثاء.") == []


def test_the_bomb_a_later_sentence_names_is_the_means_of_an_attack_on_fighters() -> None:
    assert kinds("قُتل عنصر من الأمن العام وأُصيب آخر إثر هجوم استهدف نقطة أمنية عند مدخل قرية طفس مساء أمس الاثنين. "
                 "وأفاد مسؤول بأن مسلحين مجهولين ألقوا قنبلة يدوية على النقطة الأمنية، مما أسفر عن مقتل عنصر وإصابة "
                 "آخر.") == [("explosions_remote_violence", "grenade")]
    # a fight told first stays a fight, whatever was thrown in it
    assert kinds("اندلعت اشتباكات بين عناصر الأمن العام ومسلحين في قرية طفس مساء أمس الاثنين، قُتل فيها عنصر. "
                 "وأفاد مسؤول بأن المسلحين ألقوا قنبلة يدوية على النقطة الأمنية.") == [CLASH]


def test_members_of_a_force_are_fighters() -> None:
    assert kinds("قُتل أحد أفراد الأمن العام وأُصيب عدد من المدنيين في هجوم على سيارة في مدينة طفس اليوم الثلاثاء.") \
        == [CLASH]
    assert kinds("An element of the SDF was assassinated by unidentified gunmen in Tafas on Tuesday.", "en") == [CLASH]
    # the members of a family are no force
    assert kinds("قُتل ثلاثة من أفراد عائلة واحدة في هجوم على منزلهم في مدينة طفس اليوم الثلاثاء.") == [ATTACK]


def test_a_weapon_used_in_a_fight_leaves_it_a_fight() -> None:
    assert kinds("اندلعت اشتباكات عنيفة في بلدة طفس اليوم الثلاثاء استخدمت فيها الأسلحة الرشاشة والقذائف.") == [CLASH]
    assert kinds("شنت قوات النظام هجوماً برياً بغطاء من المدفعية على بلدة طفس اليوم الثلاثاء، واندلعت اشتباكات عنيفة.") \
        == [CLASH]
    assert kinds("Clashes broke out in Tafas on Tuesday in which mortars were used.", "en") == [CLASH]


def test_a_habit_told_with_its_usual_result_is_no_incident() -> None:
    lead = "قتل شاب بقذيفة في بلدة طفس اليوم الثلاثاء. "
    assert tolls(lead + "وتنتشر في ريف اللاذقية مجموعات مسلحة تعتدي على القرى بالقذائف الصاروخية، ما يؤدي إلى مقتل "
                 "وجرح المدنيين.") == [(1, None)]
    assert tolls(lead + "ورغم تعرض ريف إدلب لحملة قصف عنيفة بشكل مستمر، ما زالت الهيئة منشغلة بملاحقة الناشطين.") \
        == [(1, None)]


def test_attacks_said_to_go_on_are_no_incident() -> None:
    assert tolls("A soldier was killed by a roadside bomb in Tafas on Tuesday. ISIS cells continue to exploit the desert "
                 "in Daraa to launch ambushes and IED attacks.", "en") == [(1, None)]


def test_a_killing_the_detainees_confessed_to_is_no_toll_of_the_arrest() -> None:
    assert tolls("كشف مسؤول أمني اليوم الأربعاء أن الأجهزة الأمنية اعتقلت مسلحين اثنين في بلدة طفس اعترفا بارتكاب "
                 "جريمة قتل راح ضحيتها مدنيون.") == [(None, None)]


def test_the_latest_reports_toll_replaces_the_first() -> None:
    assert tolls("A suicide bomber attacked a convoy at a checkpoint in Tafas on Monday. Local media initially said that "
                 "two fighters had sustained minor wounds in the attack. Latest reports state that 3 people have been "
                 "wounded.", "en") == [(0, 3)]


def _fatalities(text: str, language: str) -> list[int | None]:
    article = Article(text=text, archived=text, language=language, origin="test", published=dt.date(2024, 5, 9))
    return [e.fatalities for e in extract(article)]


def test_undated_sentences_under_a_background_sub_heading_are_no_incident() -> None:
    text = ("قُتل عنصران من قوات الأمن بانفجار عبوة ناسفة على طريق جبلة اليوم الخميس.\n"
            "هجمات متكررة\n"
            "وأفادت وسائل إعلام محلية بأن 9 عسكريين قُتلوا بهجوم استهدف حافلة مبيت في ريف حمص الشرقي.\n")
    assert _fatalities(text, "ar") == [2]
    text = ("Two security men were killed by a roadside bomb on the Jableh road on Thursday.\n"
            "Previous attacks\n"
            "Local media said nine soldiers were killed when gunmen attacked a bus in the Homs desert.\n")
    assert _fatalities(text, "en") == [2]


def test_an_image_description_is_no_sentence_of_the_incident() -> None:
    text = ("Image of Three soldiers killed in Syrian desert Syrian army vehicles.\n"
            "Three Syrian soldiers were killed in an ambush near Palmyra on Monday.\n")
    article = Article(text=text, archived=text, language="en", origin="test", published=dt.date(2024, 5, 9))
    assert [e.quote.split()[0] for e in extract(article)] == ["Three"]


def test_the_dead_named_with_the_and_their_number_are_no_more_dead() -> None:
    text = ("Two men were killed by gunmen in the town of Nawa on Monday.\n\n"
            "A local source said the two bodies were also found with their hands tied.\n")
    assert _fatalities(text, "en") == [2]


def test_an_unnamed_nearby_village_opens_another_incident() -> None:
    text = ("Shelling killed three civilians in the village of Kansafra on Saturday.\n\n"
            "In a nearby village, a child was killed and two others were wounded.\n")
    assert _fatalities(text, "en") == [3, 1]
    text = ("قُتل ثلاثة مدنيين بقصف مدفعي على قرية كنصفرة اليوم السبت.\n"
            "وفي قرية مجاورة، قُتل طفل وأصيب اثنان آخران.\n")
    assert _fatalities(text, "ar") == [3, 1]


def test_a_liquidation_is_a_killing_and_the_settling_of_scores_is_none() -> None:
    text = "اقتحمت مجموعة مسلحة قرية الحمرا بريف حماة اليوم وقامت بتصفية سبعة أشخاص من أهالي القرية."
    assert _fatalities(text, "ar") == [7]
    text = "أصيب شاب برصاص مجهولين في بلدة طفس اليوم، وترجح مصادر أن الحادثة جاءت بدافع تصفية حسابات."
    assert _fatalities(text, "ar") == [None]   # the wounded only, nobody said dead
