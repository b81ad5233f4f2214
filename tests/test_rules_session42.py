"""Rules of session 42 (6 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted


def _tail(language: str) -> str:
    return "\n\nMore details." if language == "en" else "\n\nتفاصيل أخرى."


def _places(text: str, language: str = "ar") -> list[str | None]:
    return [e.place.name if e.place else None for e in extracted(text + _tail(language), language)]


def test_a_village_only_ochas_list_has_is_a_place_in_a_list_with_a_town_near_it() -> None:
    # ترنبة and جوباس lie a few kilometres from سراقب: the list's joiners do what a place word does elsewhere
    assert _places("قصفت قوات النظام ترنبة وسراقب وجوباس بالمدفعية صباح اليوم.") == ["ترنبة", "سراقب", "جوباس"]
    assert _places("قصفت قوات النظام بلدة سراقب، مرديخ بالمدفعية صباح اليوم.") == ["سراقب", "مرديخ"]
    assert _places("Regime artillery shelled Tromba, Saraqib and Jobas on Monday.", "en") == ["Tromba", "Saraqib", "Jobas"]
    # a community of that name lying far from the list's town is no item of the list: the map decides
    assert _places("قصفت قوات النظام سراقب وكفر كرمين بالمدفعية صباح اليوم.") == ["سراقب"]


def _tolls(text: str, language: str = "ar") -> list[int | None]:
    return [e.fatalities for e in extracted(text + _tail(language), language)]


def test_the_wounded_a_tally_also_counts_are_no_toll() -> None:
    # "also wounded 176 others" goes on with the year's count before it, not with the shelling told before that
    events = extracted("قصفت القوات الحكومية محيط قرية تقاد غربي حلب، ما أسفر عن أضرار مادية.\nوارتفع عدد القتلى جراء "
                       "الهجمات المتبادلة شمال غربي سوريا منذ مطلع العام الجاري، 208 أشخاص من مدنيين وعسكريين، كما أصيب "
                       "176 آخرون بينهم 91 مدنياً، بحسب المرصد." + _tail("ar"), "ar")
    assert [(e.fatalities, e.injured) for e in events] == [(None, None)]
    # a wounded man counted after an incident's own toll is still its own
    events = extracted("قتل شاب بقصف مدفعي على قرية تقاد غربي حلب، كما أصيب 3 آخرون بجروح." + _tail("ar"), "ar")
    assert [(e.fatalities, e.injured) for e in events] == [(1, 3)]


def test_english_martyrs_counted_before_the_wounded_are_two_counts() -> None:
    # "14 martyrs and 43 wounded": the dead and the wounded, not 57 of each
    events = extracted("The Israeli strike on Masyaf left 14 martyrs and 43 injured." + _tail("en"), "en")
    assert [(e.fatalities, e.injured) for e in events] == [(14, 43)]
    assert _tolls("The Israeli strike on Masyaf left two martyrs.", "en") == [2]


def test_the_truffle_is_no_also() -> None:
    # «الكمأ» (truffles) folds to the letters of «كما» with the article: the same eleven told again are not eleven more
    assert _tolls("قالت مصادر محلية إن هجوماً شنه تنظيم الدولة أسفر عن مقتل 11 شخصاً على الأقل في بادية الرقة يوم الأحد.\n"
                  "وذكرت المصادر أن 11 شخصاً كانوا يبحثون عن الكمأ قتلوا عندما فجر مقاتلو داعش قنبلة.") == [11]
    assert _tolls("قتل شاب بقصف على بلدة تقاد. كما قتل طفلان بالقصف ذاته.") == [3]


def test_a_draft_village_takes_the_next_word_when_the_longer_name_is_a_village() -> None:
    # «علي» ends no name after a place word, but «حوش السيد علي» is a village of OCHA's list
    assert _places("قتل شاب برصاص مجهولين في قرية حوش السيد علي غربي مدينة القصير يوم الاثنين.") == ["حوش السيد علي"]
    # a compass word after the name is where it lies, even where a village's name ends with it («جب السكر غربي»)
    assert _places("قتل شاب برصاص مجهولين في قرية جب السكر غربي مدينة منبج يوم الاثنين.") == ["جب السكر"]


def _people(text: str, language: str = "ar") -> list[list[tuple[str, str]]]:
    return [[(p.name, p.role) for p in e.people] for e in extracted(text + _tail(language), language)]


def test_a_date_between_the_killers_and_their_one_victim_is_no_word_of_the_reach() -> None:
    # "اغتال مسلحون مجهولون، مساء أمس الاثنين 8 آب، شاباً": the young man is seven words on, four of them the date's
    assert _tolls("اغتال مسلحون مجهولون، مساء أمس الاثنين 8 آب، شاباً في محيط بلدة داعل.") == [1]
    assert _tolls("قتل مسلحون مجهولون، مساء أمس الاثنين 13 آذار، ناشطاً وزوجته في مدينة الباب.") == [2]


def test_an_age_inside_the_quotation_marks_ends_the_name() -> None:
    assert _people("وأضاف إن الطفل \"حيدر الرجوان 13 عاما\" فارق الحياة، جراء انفجار لغم أرضي في بلدة عياش.") \
        == [[("حيدر الرجوان", "killed")]]
    assert _people("قتل الطفل \"حيدر الرجوان\" (13 عاما) جراء انفجار لغم أرضي في بلدة عياش.") == [[("حيدر الرجوان", "killed")]]


def test_an_incidents_own_wounded_told_with_also_after_a_tally_stay_its_own() -> None:
    # (review B) a clause with its cause or means ("جراء الانفجار ذاته") tells the incident's wounded, not the tally's
    events = extracted("قتل شاب بانفجار لغم أرضي في قرية الشعفة، ليرتفع عدد ضحايا الألغام في المحافظة منذ مطلع العام "
                       "الجاري إلى 45 شخصاً، كما أصيب 3 أطفال بجروح جراء الانفجار ذاته." + _tail("ar"), "ar")
    assert [(e.fatalities, e.injured) for e in events] == [(1, 3)]
    # and more than two words may stand before the tally's number
    events = extracted("قصفت القوات الحكومية محيط قرية تقاد غربي حلب، ما أسفر عن أضرار مادية.\nوارتفع عدد القتلى منذ "
                       "مطلع العام الجاري إلى 208 أشخاص، كما أصيب ما لا يقل عن 176 آخرين." + _tail("ar"), "ar")
    assert [(e.fatalities, e.injured) for e in events] == [(None, None)]


def test_a_relative_before_the_one_person_is_the_victim() -> None:
    # (review B) "the wife of the citizen X and her daughter": the citizen is whose family was killed, not one victim
    assert _tolls("قتل مسلحون مجهولون، مساء أمس الاثنين 13 آذار، زوجة المواطن خالد العلي وابنتها في منزلهما بمدينة "
                  "جاسم.") in ([None], [2])
    # a child («طفلاً») is one person, whatever relation word it also is
    events = extracted("أصاب مسلحون مجهولون، صباح اليوم الثلاثاء 14 آذار، طفلاً بجروح خلال إطلاقهم النار في بلدة نوى."
                       + _tail("ar"), "ar")
    assert [(e.fatalities, e.injured) for e in events] == [(0, 1)]


def test_a_word_after_a_towns_list_joiner_is_no_village_when_it_is_a_word_of_another_kind() -> None:
    # (review A) a time word, a relative with its pronoun, a given name, an English word in lower case: no item of a list
    assert _tolls("قُتل مدنيان بقصف مدفعي على مدينة دركوش، ظهر الثلاثاء.") == [2]
    assert _tolls("قتل مدني من أهالي مدينة أريحا وابنه جراء قصف مدفعي على المدينة.") == [2]
    assert _places("A man from Kafranbel and his son were killed when regime artillery shelled the town on Monday.", "en") \
        == ["Kafranbel"]
    assert _places("Israeli strikes targeted Masyaf and some military sites in the Hama countryside on Sunday, killing two "
                   "soldiers.", "en") == ["Masyaf"]


def test_a_preposition_after_a_villages_name_is_no_word_of_it() -> None:
    # (review A) «المشرفة قرب» is a village of OCHA's list, but «قرب مدينة حمص» says where this one lies
    assert _places("قتل شاب برصاص مجهولين في قرية المشرفة قرب مدينة حمص يوم الاثنين.") != ["المشرفة قرب"]
