"""Rules of session 22 (4 December 2026), from phrasing probes (`tests/probes/`); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted  # the same article builder

from generator.ingest.article import clean_saved_page


def named(text: str) -> list[list[tuple[str, str]]]:
    """The (name, role) pairs of each incident of an article whose whole text is `text`."""
    return [[(p.name, p.role) for p in e.people] for e in extracted(text)]


def test_a_listed_victim_with_an_age_in_brackets_is_no_photo_caption() -> None:
    lead = "قُتل أربعة مدنيين بقصف مدفعي استهدف سوقاً شعبية وسط مدينة أريحا جنوبي إدلب، ظهر أمس.\n\n"
    assert named(lead + "وفيما يلي أسماء الضحايا:\n1- سعيد محمود الخطيب (52 عاماً)\n2- عمر سعيد الخطيب (9 أعوام)") \
        == [[("سعيد محمود الخطيب", "killed"), ("عمر سعيد الخطيب", "killed")]]
    # a line that ends with a credit in brackets is still a caption, and names no one
    assert named(lead + "صورة من موقع القصف في مدينة أريحا (ناشطون)") == [[]]


def test_a_given_name_written_with_a_hamza_before_its_lam_opens_a_name() -> None:
    # إلياس folds to الياس, which looks like a family name with the article
    assert named("قُتل الشاب إلياس نقولا عبود برصاص مجهولين في مدينة السقيلبية.\n\nتفاصيل أخرى.") \
        == [[("إلياس نقولا عبود", "killed")]]
    # a family name with the article still does not open one
    people = named("قُتل الشاب الياسين نقولا عبود برصاص مجهولين في مدينة السقيلبية.\n\nتفاصيل أخرى.")
    assert not any(name.startswith("الياسين") for incident in people for name, _ in incident)


def test_a_sentence_placed_only_where_its_victim_comes_from_is_more_of_the_incident() -> None:
    lead = "قُتل شاب مدني إثر تعرضه لهجوم مسلح في مدينة الباب شرقي حلب، فجر اليوم.\n\n"
    events = extracted(lead + "وأفاد مراسلنا أن المدعو سامر خليل، وهو نازح من مدينة تدمر، قُتل على يد مسلحين مجهولين "
                              "فجر اليوم.")
    assert [(e.place.name if e.place else None, e.fatalities, [p.name for p in e.people]) for e in events] \
        == [("الباب", 1, ["سامر خليل"])]
    # a toll of its own is another incident, wherever its victims come from
    events = extracted(lead + "كما قُتل ثلاثة شبان من أبناء مدينة تدمر برصاص مجهولين فجر اليوم.")
    assert len(events) == 2


def test_a_name_after_a_death_word_that_a_source_confirmed_is_the_dead_not_the_source() -> None:
    lead = "قُتل طفل وأُصيب ثلاثة آخرون جراء انفجار وقع اليوم في بلدة كناكر بريف دمشق الغربي.\n\n"
    assert named(lead + "وأكد المصدر وفاة الطفل سامر ماهر الخطيب، وإصابة ثلاثة آخرين جراء الانفجار.") \
        == [[("سامر ماهر الخطيب", "killed")]]
    # the source named after its speech verb is still the source
    assert named(lead + "وأكد الناشط سامر الخطيب وفاة الطفل وإصابة ثلاثة آخرين جراء الانفجار.") \
        == [[("سامر الخطيب", "spokesperson")]]


def test_a_job_noun_after_the_name_of_someone_hit_describes_them() -> None:
    assert named("قُتل الإعلامي أحمد سمير العيسى، مراسل إحدى الوكالات المحلية، جراء استهداف طائرة مسيّرة سيارته في "
                 "بلدة صرين.\n\nتفاصيل أخرى.") == [[("أحمد سمير العيسى", "killed")]]
    # with no event word before it, the name before "مراسل" is still the one reporting
    assert named("قُتل شاب جراء استهداف طائرة مسيّرة سيارته في بلدة صرين.\n\nوقال أحمد سمير العيسى، مراسل إحدى "
                 "الوكالات المحلية، إن الطائرة تركية.") == [[("أحمد سمير العيسى", "spokesperson")]]


def english(text: str) -> list[tuple[int | None, list[tuple[str, str]]]]:
    return [(e.fatalities, [(p.name, p.role) for p in e.people]) for e in extracted(text + "\n\nMore details.", "en")]


def test_english_names_given_after_they_are_or_whose_name_was_given_as_are_the_victims() -> None:
    assert english("The Asayish arrested three teachers in Qamishli on Monday, a local source said. They are Alan "
                   "Mahmoud Hassan, Hozan Rashid Ali and Mohammad Saleh Darwish.") \
        == [(None, [("Alan Mahmoud Hassan", "detained"), ("Hozan Rashid Ali", "detained"),
                    ("Mohammad Saleh Darwish", "detained")])]
    assert english("A member of the Military Security branch was killed by gunmen in al-Sanamayn on Sunday. The man, "
                   "whose name was given as Yamen Ali Ghazi, had joined a local group.") \
        == [(1, [("Yamen Ali Ghazi", "killed")])]


def test_an_outlets_number_is_no_toll() -> None:
    assert [toll for toll, _ in english("According to Daraa 24, a member of the Military Security was killed by "
                                        "gunmen in al-Sanamayn on Sunday.")] == [1]
    assert [toll for toll, _ in english("Gunmen killed 24 people in al-Sanamayn on Sunday.")] == [24]


def test_an_unnamed_dead_on_a_list_of_names_is_no_name() -> None:
    assert named("استشهد أربعة مواطنين جراء استهداف مسيّرة سيارة مدنية عند مدخل ناحية تربه سبيه.\n\nوأسماء الشهداء هي:\n"
                 "1- ريزان محمد شيخي\n2- شهيد رابع لم تُعرف هويته بعد.") == [[("ريزان محمد شيخي", "killed")]]


def test_a_town_in_brackets_after_a_victims_name_is_where_they_come_from() -> None:
    events = extracted("قُتل عنصران جراء هجوم على حاجز في بلدة الجرذي بريف دير الزور الشرقي، وهما كل من: رمضان حسين "
                       "الدندل (من بلدة الشحيل)، ودحام خليف المشرف (من مدينة الشدادي).\n\nتفاصيل أخرى.")
    assert [e.place.name if e.place else None for e in events] == ["الجرذي"]


def test_a_family_mourning_the_dead_where_it_lives_is_more_of_the_incident() -> None:
    events = extracted("قُتل شاب برصاص مسلحين مجهولين، مساء السبت، أمام محل تجاري في حي الوعر بمدينة حمص.\n\n"
                       "ونعت عائلة الدالاتي في مدينة تلبيسة ابنها عمار فواز الدالاتي، وأن جثمانه سيوارى الثرى صباح الأحد.")
    assert [(e.place.name if e.place else None, [p.name for p in e.people]) for e in events] \
        == [("حمص", ["عمار فواز الدالاتي"])]
    # a toll of its own is another incident's
    events = extracted("قُتل شاب برصاص مسلحين مجهولين، مساء السبت، أمام محل تجاري في حي الوعر بمدينة حمص.\n\n"
                       "ونعت صفحات محلية ثلاثة شبان قُتلوا بقصف على مدينة تلبيسة مساء السبت.")
    assert len(events) == 2


def test_english_a_commander_with_his_unit_and_name_and_n_of_his_men() -> None:
    assert [toll for toll, _ in english("A commander of the Turkish-backed Hamza Division, Yasser Abdul Latif al-Khalil, "
                                        "and four of his fighters were killed on Sunday near Jarablus.")] == [5]
    assert [toll for toll, _ in english("A commander of the Hamza Division and four of his fighters were killed on "
                                        "Sunday near Jarablus.")] == [5]


def test_english_a_span_of_ages_is_no_count() -> None:
    events = extracted("Three brothers, Hassan, Omar and Yaman al-Ali, aged between 9 and 15, were wounded on Wednesday "
                       "when shells landed near their home in Manbij.\n\nMore details.", "en")
    assert [e.injured for e in events] == [3]


def test_a_separate_incident_said_at_the_end_and_the_same_town_the_gazetteer_lacks() -> None:
    events = extracted("قُتل الشاب عواد مطر الشلاش برصاص مسلحين مجهولين، صباح اليوم، في بلدة الكشكية بريف دير الزور "
                       "الشرقي.\n\nوفي البلدة ذاتها، أصيب نايف صالح الحمود بجروح، مساء اليوم، إثر إلقاء مجهولين قنبلة "
                       "يدوية على منزله، في حادثة منفصلة لم تُعرف دوافعها.")
    assert [(e.place.name if e.place else None, e.fatalities, e.injured) for e in events] \
        == [("الكشكية", 1, None), ("الكشكية", 0, 1)]
    # without the words of a separate incident, the same town and day tell more of the one incident
    assert len(extracted("قُتل الشاب عواد مطر الشلاش برصاص مسلحين مجهولين، صباح اليوم، في بلدة الكشكية.\n\n"
                         "وفي البلدة ذاتها، أصيب شقيقه بجروح في الهجوم.")) == 1


def test_a_casualty_word_said_to_be_none_hurts_nobody() -> None:
    assert named("نجا القيادي عماد فيصل الحمد من محاولة اغتيال، مساء أمس، بعد انفجار عبوة ناسفة بالقرب من سيارته "
                 "في مدينة بصرى الشام، دون وقوع إصابات.\n\nتفاصيل أخرى.") == [[("عماد فيصل الحمد", "target")]]
    assert english("The commander Imad al-Hamad survived an assassination attempt when a bomb went off near his car "
                   "in Busra al-Sham on Monday; no one was hurt.") == [(0, [("Imad al-Hamad", "target")])]


def test_a_family_listed_by_its_members_places_in_it() -> None:
    assert named("قُتل ثلاثة أفراد من عائلة واحدة جراء استهداف منزلهم في بلدة احسم، ليلة الأربعاء.\n\nوالضحايا هم: الأب "
                 "محمود عبد الله الشعار (44 عاماً)، والأم هدى خالد البيطار (39 عاماً)، والابنة رغد محمود الشعار (10 "
                 "أعوام).") == [[("محمود عبد الله الشعار", "killed"), ("هدى خالد البيطار", "killed"),
                                 ("رغد محمود الشعار", "killed")]]


def test_english_a_relatives_given_name_after_an_age_and_a_comma() -> None:
    assert english("Seven-year-old Lana Mahmoud al-Saleh was killed and her 10-year-old brother, Adam, was injured on "
                   "Sunday when shells hit their home in al-Atarib.") \
        == [(1, [("Lana Mahmoud al-Saleh", "killed"), ("Adam", "injured")])]


def test_english_a_person_said_to_be_shot_in_a_later_sentence_is_the_victim() -> None:
    lead = "A car dealer was shot dead outside his showroom in the town of Suluk, north of Raqqa, on Thursday night. "
    assert english(lead + 'Ibrahim Saleh al-Khabour, who was known locally as "Abu Saleh", was hit by several bullets '
                          "fired by two gunmen.") == [(1, [("Ibrahim Saleh al-Khabour", "killed")])]
    # someone who speaks of it is no victim
    assert english(lead + "Ibrahim Saleh al-Khabour, a neighbour, said the gunmen fled.") \
        == [(1, [("Ibrahim Saleh al-Khabour", "spokesperson")])]


def test_the_kin_of_a_victim_named_after_where_the_kin_serves_is_no_victim() -> None:
    assert named("قُتل الشاب بلال خالد العمارين، شقيق القيادي السابق في فصائل المعارضة مصطفى خالد العمارين، برصاص "
                 "مسلحين مجهولين في بلدة جلين.\n\nتفاصيل أخرى.") \
        == [[("بلال خالد العمارين", "killed"), ("مصطفى خالد العمارين", "mentioned")]]


def test_the_town_in_a_sentence_naming_no_place_is_the_incidents_town() -> None:
    # not the village the article named last (where the gunmen fled to)
    events = extracted("قُتل ثلاثة شبان بإطلاق نار نفذه مسلحون مجهولون في بلدة عناز.\n\nوفر المسلحون عبر طريق فرعي يؤدي "
                       "إلى قرية الحصن.\n\nوأسفر الاعتداء عن مقتل الشابين وسام منصور وشفيق منصور على الفور، بينما توفي "
                       "الشاب بيير حريقص لاحقًا متأثرًا بإصابته في المستشفى، وجميعهم من أبناء الطائفة المسيحية في البلدة.")
    assert [(e.place.name if e.place else None, e.fatalities, len(e.people)) for e in events] == [("عناز", 3, 3)]


def test_what_the_session_22_rules_must_leave_alone() -> None:
    """Counter-examples found in review: each of these read the same before the session's rules."""
    events = extracted("A soldier from the 4th Division was killed and two civilians were wounded in Daraa on Monday."
                       "\n\nMore details.", "en")
    assert [(e.fatalities, e.injured) for e in events] == [(1, 2)]   # "from the 4th Division was" is no "one and N"
    assert [toll for toll, _ in english("A boy aged 12 and 14 men were killed in Daraa on Monday.")] == [14]
    assert english("A man was shot dead in Daraa on Monday. They were Hassan Ali's cousins.") \
        == [(1, [("Hassan Ali", "mentioned")])]
    assert english("A man was shot dead in Daraa on Monday. Ahmad Ali was struck by a car while fleeing.") \
        == [(1, [("Ahmad Ali", "mentioned")])]
    # a family mourning dead of its own, after an incident with no dead, is another incident
    events = extracted("أُصيب شاب بجروح برصاص مجهولين في حي الوعر بمدينة حمص.\n\nونعت عائلة الدالاتي في مدينة تلبيسة "
                       "ثلاثة من أبنائها قُتلوا بقصف.")
    assert [(e.place.name if e.place else None, e.fatalities) for e in events] == [("حمص", None), ("تلبيسة", 3)]


def test_a_given_name_written_with_a_madda_before_its_lam_opens_a_name() -> None:
    assert named("قُتلت الشابة آلاء محمد عبود برصاص مجهولين في مدينة حمص.\n\nتفاصيل أخرى.") \
        == [[("آلاء محمد عبود", "killed")]]


def test_a_saved_pages_lead_that_opens_a_list_is_no_title_and_most_read_ends_the_body() -> None:
    page = clean_saved_page("شنت دورية تابعة للأمن العسكري حملة مداهمات في مدينة الشيخ مسكين، أسفرت عن اعتقال ثلاثة "
                            "شبان، وهم:\n\n1. أيهم ناصر العبود.\n\n2. مؤمن علي المذيب.")
    assert page.title is None and page.body[0].endswith("وهم:")
    # a short dateline ending with a colon stays out of the body, as before
    assert clean_saved_page("الثورة – سيرين المصطفى:\n\nقُتل شاب برصاص مجهولين في مدينة طفس.").body \
        == ["قُتل شاب برصاص مجهولين في مدينة طفس."]
    for heading in ("الأكثر قراءة", "Most read"):
        page = clean_saved_page(f"ارتفاع سعر الخبز في إدلب\n\nرفعت حكومة الإنقاذ سعر ربطة الخبز.\n\n{heading}\n\n"
                                "مقتل ثلاثة مدنيين بقصف مدفعي على جسر الشغور")
        assert page.body == ["رفعت حكومة الإنقاذ سعر ربطة الخبز."]
