"""Rules of session 40 (6 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted


def _people(text: str, language: str = "ar") -> list[list[str]]:
    tail = "\n\nMore details." if language == "en" else "\n\nتفاصيل أخرى."
    return [[p.name for p in e.people] for e in extracted(text + tail, language)]


def test_siblings_named_by_given_names_alone() -> None:
    # "his brothers Ali, Ahmad and Osama": each an attested given name, a person each
    assert _people("A boy was killed and his brothers Ali, Ahmad and Osama were wounded when a shell hit their home in "
                   "the town of Nawa on Monday.", "en") == [["Ali", "Ahmad", "Osama"]]
    # only as the subject of the event word: "his sons Ahmad and Omar survived", "his brothers Ali and Hassan" who
    # killed him are no victims
    assert _people("A landmine exploded near the village of Maadan on Monday, killing a shepherd; his sons Ahmad and "
                   "Omar survived the blast.", "en") == [[]]
    assert _tolls("A man was killed by his brothers Ali and Hassan in a so-called honour crime in the city of Hasakah "
                  "on Monday.", "en") == [("Hasakah", 1)]
    # a word no index attests as a given name leaves the list unnamed (it may be a place or a nickname)
    assert _people("A boy was killed and his sisters Ghufran and Sarah were wounded when a shell hit their home in "
                   "the town of Nawa on Monday.", "en") == [[]]


def _tolls(text: str, language: str = "ar") -> list[tuple[str | None, int | None]]:
    tail = "\n\nMore details." if language == "en" else "\n\nتفاصيل أخرى."
    return [(e.place.name if e.place else None, e.fatalities) for e in extracted(text + tail, language)]


def test_fights_counted_in_digits_are_a_tally() -> None:
    # "nearly 62 tribal infighting that left 30 people dead": many fights, a tally, no incident of 30 dead
    assert _tolls("Two civilians were killed in clashes between two tribes in the town of Dhiban on Friday. The "
                  "majority took place in Deir ez-Zor, with nearly 62 tribal infighting that left 30 people dead.",
                  "en") == [("Dhiban", 2)]
    # a year, a toll and the few fights it was told in are no fights counted
    assert _tolls("Renewed fighting between tribal fighters and the SDF in Dhiban killed four people on Monday, "
                  "reviving memories of the 2023 clashes.", "en") == [("Dhiban", 4)]
    assert _tolls("Five people were killed in Jasim in 2 clashes between local gunmen and a security group.",
                  "en") == [("Jasim", 5)]
    # with a day of its own the sentence tells its incident still
    assert _tolls("Three people were killed in 2 clashes between tribes in the town of Dhiban on Friday.",
                  "en") == [("Dhiban", 3)]


def test_places_told_after_the_shelling_they_underwent_and_by_area() -> None:
    # «القرى التي تعرضت للقصف في ريف حلب هي: (A، B) وفي ريف الرقة: (C، D) وريف الحسكة: E، F»: a shelling per village
    assert [p for p, _ in _tolls("قصفت المدفعية التركية اليوم عشرات القرى، والقرى التي تعرضت للقصف في ريف حلب هي: "
                                 "(تل رفعت، منغ) وفي ريف الرقة: (عين عيسى، الهيشة) وريف الحسكة: زركان، تل تمر.")] \
        == ["تل رفعت", "منغ", "عين عيسى", "الهيشة", "زركان", "تل تمر"]
    assert [p for p, _ in _tolls("Turkish artillery shelled dozens of villages on Monday. The villages that were "
                                 "shelled in Aleppo countryside are: Tal Rifaat and Menagh; in Raqqa countryside: Ain "
                                 "Issa and al-Hisha.", "en")] == ["Tal Rifaat", "Menagh", "Ain Issa", "al-Hisha"]
    # brackets around one name's area are no list: "Binnish (Idlib province)" is Binnish
    assert "Binnish" in [p for p, _ in _tolls("Regime artillery shelled the towns of Sarmin and Binnish (Idlib "
                                              "province) on Monday.", "en")]
    # villages told by what else they are (where the fighters come from) are no list of the shelling's places
    assert _tolls("قتل شاب بقصف مدفعي تركي على قرية زركان اليوم، والقرى التي ينحدر منها المقاتلون هي: تل رفعت "
                  "ومنغ.") == [("زركان", 1)]


def test_a_span_from_the_start_of_an_escalation_is_a_tally() -> None:
    # «منذ بدء التصعيد»، "since the start of the escalation": the dead of days of fighting counted, no incident's toll
    assert _tolls("أعلن المرصد السوري لحقوق الإنسان عن مقتل أكثر من 300 شخص منذ بدء التصعيد في مدينة السويداء الأحد "
                  "الماضي.") == []
    assert _tolls("The Syrian Observatory said more than 300 people have been killed in Sweida since the start of the "
                  "escalation on Sunday.", "en") == []
    # a span told after the incident, away from any count, tells no tally («وهو ثاني طفل يُقتل ... منذ بدء التصعيد»)
    assert _tolls("قُتل طفل بقصف مدفعي على قرية كفرنوران بريف حلب الغربي، وهو ثاني طفل يُقتل في القرية منذ بدء "
                  "التصعيد.") == [("كفرنوران", 1)]
    assert _tolls("A woman was killed by sniper fire in the town of Tal Rifaat, the second civilian killed in the town "
                  "since the start of the escalation.", "en") == [("Tal Rifaat", 1)]
    # the start of an attack is no span of days: its dead are the incident's
    assert [t for _, t in _tolls("قتل 5 عناصر منذ بدء الهجوم على حاجز لقوات النظام في بلدة المسيفرة مساء "
                                 "أمس.")] == [5]



def test_the_dead_named_with_their_age_between_lost_and_life() -> None:
    # «فقد الطفل X Y (16 عاماً) حياته»: the age in brackets stands between the name and "his life"
    assert _tolls("وفي بلدة مهين بريف حمص الشرقي، فقد الطفل يوسف الأحمد (16 عاماً) حياته جراء انفجار لغم أرضي من "
                  "مخلفات الحرب أثناء رعيه الأغنام.") == [("مهين", 1)]
    # "lost" with no life after it is no death («فقد الاتصال معه»)
    assert _tolls("وفي بلدة مهين بريف حمص الشرقي، فقد الطفل يوسف الأحمد (16 عاماً) الاتصال مع أهله بعد خروجه لرعي "
                  "الأغنام.") == []


def test_a_count_told_as_a_part_of_the_count_before_is_not_added() -> None:
    # "six children, four of them from one family": six, not ten
    assert [t for _, t in _tolls("Regime forces shelled the village of Kansafra on Sunday, killing six children, four "
                                 "of them from one family, a war monitor said.", "en")] == [6]
    assert [t for _, t in _tolls("قتل 6 مدنيين، 4 من عائلة واحدة، بقصف على قرية كنصفرة يوم الأحد.")] == [6]
    assert [t for _, t in _tolls("قصفت قوات النظام قرية كنصفرة يوم الأحد، ما أدى لمقتل ستة أطفال، أربعة منهم من "
                                 "عائلة واحدة.")] == [6]
    # the part told before the verb leaves the whole ("Four people, two of whom were children, were killed": 4)
    assert [t for _, t in _tolls("Four people, two of whom were children, were killed in Russian airstrikes on "
                                 "Kansafra on Sunday.", "en")] == [4]
    # after "and", people of one family are more people («قتل 3 مدنيين و2 من عائلة واحدة»: 5)
    assert [t for _, t in _tolls("قتل 3 مدنيين و2 من عائلة واحدة بقصف مدفعي على بلدة كنصفرة بريف إدلب، صباح "
                                 "الأحد.")] == [5]
    # counts joined as different people still add up, and a part alone is the toll
    assert [t for _, t in _tolls("Two fighters and three civilians were killed in Kansafra on Sunday.", "en")] == [5]
    assert [t for _, t in _tolls("Gunmen stormed a house in Kansafra on Sunday, killing four of them.", "en")] == [4]


def _hurt(text: str, language: str = "ar") -> list[int | None]:
    tail = "\n\nMore details." if language == "en" else "\n\nتفاصيل أخرى."
    return [e.injured for e in extracted(text + tail, language)]


def test_the_numbers_of_a_date_in_figures_are_no_counts() -> None:
    # "2023-09 The director ... was injured": the month is no nine wounded
    assert _hurt("2023-09 The director of the town of Sasa was injured on Saturday in an explosive device blast.",
                 "en") == [None]
    assert _hurt("نشر بتاريخ 10/09/2023 أصيب شاب بانفجار عبوة ناسفة في بلدة سعسع يوم السبت.") == [1]
    # a range of counts is no date
    assert [t for _, t in _tolls("Between 3-4 people were killed in the town of Sasa on Saturday.", "en")] == [4]


def test_a_name_a_teaser_cut_off_is_no_person() -> None:
    # "… the car of the town's director, Muhammad Al-Ah…": the cut name is no one; told whole after, it is the person
    assert _people("A bomb stuck to the car of the town's director, Muhammad Al-Ah…\n\nA bomb stuck to the car of the "
                   "director of the town of Sasa, Muhammad Al-Ahmad, went off on Saturday, wounding him.", "en") \
        == [["Muhammad Al-Ahmad"]]
    # a whole name before an ellipsis is the person still
    assert _people("Unknown gunmen shot dead Mohammad al-Hariri... in the town of Tafas, west of Daraa, on Saturday.",
                   "en") == [["Mohammad al-Hariri"]]


def test_a_hashtags_words_are_a_name() -> None:
    # «#تل_رفعت»: the underscore joins the words of the town's name, not a governorate's hashtag alone
    assert [p for p, _ in _tolls("أدى قصف مدفعي للقوات التركية على مدينة #تل_رفعت بريف #حلب الشمالي، السبت، إلى "
                                 "مقتل طفلين وامرأة.")] == ["تل_رفعت"]
    # a day word of a hashtag (an outlet's name) dates nothing: «#سوريا_اليوم: ... مساء السبت» is Saturday's
    assert [e.date.isoformat() for e in extracted("#سوريا_اليوم: قتل شاب برصاص مسلحين مجهولين في مدينة نوى بريف درعا "
                                                  "الغربي، مساء السبت.\n\nتفاصيل أخرى.", "ar")] == ["2023-03-11"]
