"""Rules of session 26 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from test_probes_session23 import named, summary

from generator.ingest.article import Article, Overrides
from generator.ingest.extract import extract
from generator.ingest.lexicon import Lexicon
from generator.ingest.readers import read_text


def test_the_tail_of_a_kunya_that_names_a_mosque_or_a_unit_is_no_person() -> None:
    # "أبو بكر الصديق" names the mosque and the brigade; بكر الصديق after أبو/أبي is no victim of its own
    text = "قُتل الشاب أحمد محمد العلي برصاص مجهولين قرب مسجد أبي بكر الصديق في بلدة معربا بريف درعا."
    assert named(text) == [[("أحمد محمد العلي", "killed")]]
    assert summary(text) == [("معربا", 1, None)]
    text = "قُتل عنصران من لواء أبو بكر الصديق بغارة إسرائيلية قرب مدينة الكسوة بريف دمشق."
    assert named(text) == [[]]
    # a kunya after a noun that names no place or unit still opens a person's name
    text = "قُتل القيادي السابق أبو بكر الحوراني برصاص مجهولين في مدينة نوى بريف درعا."
    assert [name for name, _ in named(text)[0]] == ["أبو بكر الحوراني"]


def english_named(text: str) -> list[list[tuple[str, str]]]:
    article = Article(text=text, archived=text, language="en", origin="t", published=dt.date(2023, 3, 14))
    return [[(p.name, p.role) for p in e.people] for e in extract(article)]


def test_a_compound_given_name_holds_a_word_spelled_like_a_town() -> None:
    # "Aziz" is keyed like the town of Azaz: after Abdul it is the second half of the given name
    text = "A car bomb exploded in the city of Jarablus on Monday, killing five people. Among the dead was Abdul Aziz al-Hamoud."
    assert english_named(text) == [[("Abdul Aziz al-Hamoud", "killed")]]


def test_daughters_or_a_brother_and_sister_share_the_last_ones_family_name() -> None:
    lead = "Regime shelling killed three civilians in the town of Sarmin, east of Idlib, on Thursday. "
    text = lead + "The Civil Defence named the victims as Fatima al-Hassan and her two daughters, Rahaf and Sidra al-Omar."
    assert sorted(english_named(text)[0]) == [("Fatima al-Hassan", "killed"), ("Rahaf al-Omar", "killed"),
                                              ("Sidra al-Omar", "killed")]
    text = lead + "The monitor said the children, a brother and sister, Jamil and Aya Rashid, were killed in their home."
    assert sorted(name for name, _ in english_named(text)[0]) == ["Aya Rashid", "Jamil Rashid"]


def test_the_suspect_named_as_is_no_victim() -> None:
    text = ("A man was killed in a shooting that followed a family dispute in the city of Baniyas on Wednesday night. "
            "Local sources identified the dead man as Majd Issa Hammoud. Police named the suspect as Fadi Ahmad Hammoud.")
    assert english_named(text) == [[("Majd Issa Hammoud", "killed"), ("Fadi Ahmad Hammoud", "perpetrator")]]


def test_a_shot_in_a_limb_is_a_wound() -> None:
    assert summary("Ahmad Khalil al-Hamoud was shot in the leg by gunmen in the town of Jasim on Monday.", "en") \
        == [("Jasim", 0, 1)]
    assert english_named("Ahmad Khalil al-Hamoud was shot in the leg by gunmen in the town of Jasim on Monday.") \
        == [[("Ahmad Khalil al-Hamoud", "injured")]]
    assert summary("Gunmen shot a young man in the leg in the town of Jasim on Monday.", "en") == [("Jasim", 0, 1)]
    # a shot elsewhere says nothing of the outcome
    assert summary("Ahmad Khalil al-Hamoud was shot in the head by gunmen in the town of Jasim on Monday.", "en")[0][2] \
        is None
    # shot in the leg and dead of it is no wound only
    assert summary("A young man was shot in the leg by a sniper in the town of Jasim on Monday and later died of his "
                   "wounds.", "en")[0][2] is None


def test_a_rank_between_named_as_and_the_name_keeps_the_victim() -> None:
    text = ("An explosive device blew up in the al-Mezzeh neighbourhood of Damascus on Tuesday morning, killing an army "
            "officer. SANA named the officer as First Lieutenant Hazem Ali Mahfoud.")
    assert english_named(text) == [[("Hazem Ali Mahfoud", "killed")]]


def test_as_with_a_space_joins_no_name() -> None:
    text = ("A bomb exploded in the city of Qamishli on Sunday, wounding a woman and her son. The Asayish named the "
            "wounded in Qamishli as Berivan Hassan Sheikho, 45, and her son, Hozan Ali Mousa, 20.")
    names = [name for event in english_named(text) for name, _ in event]
    assert "Berivan Hassan Sheikho" in names and not any(name.startswith("Qamishli") for name in names)


def test_the_accused_named_after_his_noun_or_before_it_is_no_victim() -> None:
    killed = "قُتل الشاب طارق نزار الحلبي طعناً في مدينة التل بريف دمشق. "
    text = killed + "وذكرت الوزارة أن الشرطة حددت هوية المتهم، ويدعى سامر فايز الدقاق، وأنها تلاحقه."
    assert named(text) == [[("طارق نزار الحلبي", "killed"), ("سامر فايز الدقاق", "perpetrator")]]
    text = killed + "وأضاف المصدر أن المدعو سامر فايز الدقاق، المتهم بالطعن، فرّ باتجاه البادية."
    assert named(text) == [[("طارق نزار الحلبي", "killed"), ("سامر فايز الدقاق", "perpetrator")]]
    # the accused arrested is the one detained
    text = "ألقت مديرية الأمن في مدينة اللاذقية القبض على سامر فايز الدقاق، المتهم بارتكاب أعمال إجرامية."
    assert named(text) == [[("سامر فايز الدقاق", "detained")]]



def test_a_quoted_kunya_after_a_name_ends_it_and_is_no_second_person() -> None:
    text = "قُتل محمد عدنان الشحادات \"أبو الليث\" في مدينة طفس بريف درعا الغربي، ليل أمس."
    assert named(text) == [[("محمد عدنان الشحادات", "killed")]]
    assert summary(text) == [("طفس", 1, None)]


def test_the_dead_identified_by_their_noun_are_the_incidents_whatever_day_or_town_told() -> None:
    lead = "قُتل شابان، ظهر اليوم الثلاثاء، برصاص مسلحين مجهولين قرب قرية عين شقاق في ريف جبلة.\n\n"
    text = lead + ("وقال مراسل تلفزيون سوريا إن القتيلين هما علاء يوسف ديب، وشادي سليمان بركات، وكانا في طريقهما إلى "
                   "مكان عملهما في مدينة جبلة.")
    assert summary(text) == [("عين شقاق", 2, None)]
    assert [name for name, _ in named(text)[0]] == ["علاء يوسف ديب", "شادي سليمان بركات"]
    lead = "عثر أهالي مدينة جاسم بريف درعا، صباح اليوم الأربعاء، على جثة شاب مقتولاً بالرصاص.\n\n"
    text = lead + "وتبيّن أن القتيل هو المدعو رامي عبد الكريم الجلم، وكان قد فُقد الاتصال به منذ مساء يوم الإثنين."
    assert summary(text) == [("جاسم", 1, None)]
    # more dead named than the incident has are another incident's
    text = lead + "وتبيّن أن القتيلين هما رامي عبد الكريم الجلم وسامي عبد الكريم الجلم، وقد قتلا في مدينة نوى يوم الإثنين."
    assert len(summary(text)) == 2
    # an act of its own, at another town, with the dead identified after it, is another incident
    text = ("قُتل عنصر من قوات الأمن العام بهجوم على حاجز في مدينة الصنمين. وفي مدينة جاسم، قُتل شاب بانفجار عبوة "
            "ناسفة، والقتيل هو محمد علي الجاسم.")
    assert [(place, people) for (place, _, _), people in zip(summary(text), named(text))] \
        == [("الصنمين", []), ("جاسم", [("محمد علي الجاسم", "killed")])]


def test_the_dead_man_identified_as_is_the_incidents_in_english() -> None:
    text = ("Gunmen shot dead a young man in the town of Jasim on Wednesday morning. The dead man was identified as "
            "Rami Abdul Karim al-Jalam, who had gone missing in the city of Nawa on Monday evening.")
    assert summary(text, "en") == [("Jasim", 1, None)]


def test_the_killer_arrested_and_named_after_his_noun_is_the_one_detained() -> None:
    text = ("قُتل الشاب نزار عادل حيدر طعناً في حي المزة بدمشق. وتمكنت دوريات الأمن الجنائي من إلقاء القبض على "
            "القاتل ويدعى رامي عصام الحسن (29 عاماً).")
    # (the arrest, told in a sentence of its own, is an incident of its own: session 28, rule 4 of the corpus README)
    assert named(text) == [[("نزار عادل حيدر", "killed")], [("رامي عصام الحسن", "detained")]]
    text = "قُتل شاب برصاص مسلح في مدينة جبلة، وألقت الشرطة القبض على المتهم، ويدعى خالد حسن العمر، بعد ساعات."
    assert named(text)[-1][-1] == ("خالد حسن العمر", "detained")   # (the arrest, joined as a second act: its own)


def test_a_victim_described_as_accused_stays_the_victim() -> None:
    for text in ("قُتل المدعو أحمد خالد الخليل، المتهم بالتعامل مع الأجهزة الأمنية، برصاص مسلحين مجهولين في بلدة طفس.",
                 "اغتال مسلحون مجهولون الشاب سامر محمد العلي، المشتبه بانتمائه لخلايا تنظيم الدولة، في مدينة الصنمين.",
                 "أطلق مسلح النار على الشاب المتهم، ويدعى محمد فايز الحريري، ما أدى إلى مقتله في بلدة المسيفرة."):
        assert [role for _, role in named(text)[0]] == ["killed"], text


def test_a_town_named_like_a_man_after_a_relation_word_is_the_man() -> None:
    text = ("قُتل ثلاثة مدنيين بهجوم مسلح على منزل في بلدة غرانيج بريف دير الزور الشرقي، ليلة أمس، "
            "فيما أصيبت زوجة جاسم وأحد أطفاله بجروح.")
    assert [place for place, _, _ in summary(text)] == ["غرانيج"]
    lexicon = Lexicon.default()
    assert [m.entry_id for m in lexicon.find("his brother Jasim was hurt", "en")] == []
    assert [m.entry_id for m in lexicon.find("أصيبت زوجة في جاسم", "ar")] == ["jasim"]
    # a town no man is named like, after "son of": a native of that town
    assert [m.entry_id for m in lexicon.find("قُتل الشاب أحمد العلي، ابن الرقة، برصاص مجهولين.", "ar")
            if m.kind == "place"] == ["al-raqqah"]


def test_the_number_in_an_outlets_name_is_no_toll() -> None:
    text = "قالت شبكة السويداء 24 إن الشاب رائد منير الشعراني قتل مساء اليوم في مدينة صلخد."
    assert summary(text) == [("صلخد", 1, None)]
    text = "أفاد مراسل درعا 24 بمقتل الشاب رائد منير الشعراني مساء اليوم في مدينة طفس."
    assert summary(text) == [("طفس", 1, None)]
    # a dual in a word for people the lexicon knows is still a count
    assert summary("أصيب مدنيَين بجروح جراء قصف إسرائيلي على بلدة خان أرنبة، صباح اليوم.")[0][2] == 2


def test_a_saved_pages_title_at_a_neighbourhood_of_the_town_names_the_victim() -> None:
    page = ("مقتل الشاب مازن فؤاد العكاري برصاص مجهولين في حي الخالدية بحمص\n\n"
            "قُتل شاب في العقد الثالث من عمره، مساء أمس الجمعة، برصاص مسلحين مجهولين في حي الخالدية بمدينة حمص وسط "
            "سوريا، بحسب ما أفاد به مراسل الموقع.\n")
    article = next(read_text(page.encode("utf-8"), "t", Overrides(published=dt.date(2023, 12, 30), language="ar")))
    assert article.title and not article.text.startswith("مقتل")   # the title was taken off the body
    assert [[(p.name, p.role) for p in e.people] for e in extract(article)] == [[("مازن فؤاد العكاري", "killed")]]
    # a neighbourhood and another town joined by "and" are two places: the title fills nothing
    page = ("مقتل شاب بانفجار في حي الشيخ مقصود وقصف على عفرين\n\n"
            "قُتل الشاب محمد حسن العلي بانفجار عبوة ناسفة، مساء أمس.\n")
    article = next(read_text(page.encode("utf-8"), "t", Overrides(published=dt.date(2023, 12, 30), language="ar")))
    assert [e.place.name if e.place else None for e in extract(article)] != ["عفرين"]


def test_an_outlet_named_after_a_city_and_today_is_neither_place_nor_day() -> None:
    text = ("أسفر إطلاق نار من قبل مسلحين، مساء أمس الأحد، عن مقتل الشاب حسن رشيد بكر في بلدة جنديرس بريف عفرين.\n\n"
            "وقالت مصادر محلية لموقع حلب اليوم إن الحادثة تطورت إلى إطلاق نار مباشر أمام منزل العائلة.")
    assert summary(text) == [("جنديرس", 1, None)]
    # the city and the word "today" stay the city
    assert summary("قُتل شخصان بانفجار عبوة ناسفة في حلب اليوم.") == [("حلب", 2, None)]
    assert [place for place, _, _ in summary("Two people were killed when a car bomb exploded in Aleppo today, state "
                                             "media said.", "en")] == ["Aleppo"]


def test_quoted_names_after_a_noun_of_their_role_take_it() -> None:
    text = ("قُتل خمسة من جامعي الكمأة واختُطف اثنان آخران، اليوم الجمعة، في بادية السخنة. فيما لا يزال مصير "
            "المختطفين \"مهند خلف العيسى وحسين سطام الحمادة\" مجهولاً.")
    assert named(text) == [[("مهند خلف العيسى", "abducted"), ("حسين سطام الحمادة", "abducted")]]


def test_the_father_named_with_his_office_after_the_son_is_no_victim() -> None:
    text = ("قُتل الشاب يزن إبراهيم المقداد (23 عاماً)، نجل مختار بلدة المسيفرة إبراهيم سليم المقداد، برصاص مسلحين "
            "مجهولين في بلدة المسيفرة.")
    assert named(text) == [[("يزن إبراهيم المقداد", "killed"), ("إبراهيم سليم المقداد", "mentioned")]]
    assert summary(text) == [("المسيفرة", 1, None)]


def test_the_victims_of_a_precedent_or_a_cause_are_none_of_the_incidents() -> None:
    lead = "قُتل الشاب سامر وليد العلي برصاص مجهولين أمام منزله في مدينة جاسم، مساء اليوم الجمعة.\n\n"
    text = lead + "وسبق أن قُتل الشاب خالد محمود الحسن برصاص مجهولين في المدينة ذاتها."
    assert named(text) == [[("سامر وليد العلي", "killed"), ("خالد محمود الحسن", "mentioned")]]
    assert summary(text) == [("جاسم", 1, None)]


def test_relatives_sharing_a_family_name_written_as_a_kunya_are_two_people() -> None:
    text = ("Gunmen kidnapped two young men near the village of al-Mazraa, west of Suwayda, on Sunday night. The network "
            "named the two as Nizar Salman Abu Fakhr, 28, and his cousin, Rabih Abu Fakhr, 24.")
    assert english_named(text) == [[("Nizar Salman Abu Fakhr", "abducted"), ("Rabih Abu Fakhr", "abducted")]]
    text = "اعتقلت دورية أمنية في بلدة الشيخ مسكين الشابين محمد موسى أبو الهوى وأحمد موسى أبو الهوى، فجر اليوم."
    assert [name for name, _ in named(text)[0]] == ["محمد موسى أبو الهوى", "أحمد موسى أبو الهوى"]
    # the family name alone, later, is still the one person named before
    text = ("قُتل الشاب محمد موسى أبو الهوى برصاص مجهولين في بلدة الشيخ مسكين، مساء اليوم. "
            "وكان أبو الهوى قد تلقى تهديدات بالقتل.")
    assert [name for name, _ in named(text)[0]] == ["محمد موسى أبو الهوى"]
    # the kunya told first and the full name after it: one man
    text = "قُتل القيادي \"أبو فياض\" بغارة جوية في ريف إدلب. والقتيل هو خالد محمد أبو فياض، من أبناء مدينة سراقب."
    assert [name for name, _ in named(text)[0]] == ["خالد محمد أبو فياض"]


def test_the_soul_of_the_dead_names_no_one_else() -> None:
    text = ("قُتل الشاب محمد عبد اللطيف أبو غنوم برصاص مجهولين في مدينة الباب، مساء الجمعة. وإثر عملية الاغتيال، دعا "
            "ناشطون إلى إضراب وعصيان مدني في مدينة الباب، يوم السبت \"حداداً على روح أبو غنوم وزوجته وجنينها\".")
    assert named(text) == [[("محمد عبد اللطيف أبو غنوم", "killed")]]


def test_a_roundups_opening_in_and_place_is_no_persons_name() -> None:
    text = ("In Latakia, a young man sustained gunshot wounds after unknown gunmen opened fire on him as he was leaving "
            "his workplace in Jableh city.")
    assert english_named(text) == [[]]


def test_a_city_after_a_compass_word_only_places_the_town_before_it() -> None:
    text = ("Meanwhile, residents of al-Kiswah, south of Damascus, found the body of a young man with gunshot wounds on "
            "farmland near the town on Thursday.")
    assert [place for place, _, _ in summary(text, "en")] == ["al-Kiswah"]


def test_a_toll_of_several_incidents_opens_a_roundup_whose_incidents_follow() -> None:
    text = ("قُتل 7 أشخاص وأُصيب 5 آخرون في 4 حوادث منفصلة شهدتها محافظة حماة خلال اليومين الماضيين.\n\n"
            "الحادثة الأولى وقعت في مدينة كفرزيتا بريف حماة الشمالي، حيث قُتل ثلاثة أفراد من عائلة واحدة جراء انفجار لغم "
            "أرضي.\n\n"
            "وفي بلدة صوران المجاورة، قُتل شخصان وأُصيب اثنان آخران في شجار عائلي تطور إلى استخدام الأسلحة النارية.")
    assert summary(text) == [("كفرزيتا", 3, None), ("صوران", 2, 2)]
    # a tally of a month over scattered places stays a tally its undated incidents are shares of
    month = ("وثّق المرصد السوري لحقوق الإنسان مقتل 70 مدنياً خلال الشهر الفائت في مناطق متفرقة من ريف إدلب.\n\n"
             "حيث قُتل 40 مواطناً جراء غارات جوية على مدينة سراقب.")
    assert summary(month) == []
    # a few incidents counted over a month: a tally still
    month = ("وثّق المرصد مقتل 8 أشخاص في 6 هجمات منفصلة خلال الشهر الماضي في ريف درعا. وقُتل شاب في مدينة طفس برصاص "
             "مجهولين. كما قُتل رجل في مدينة جاسم.")
    assert summary(month) == []


def test_people_stopped_by_a_security_campaign_are_arrests() -> None:
    text = ("نفّذت إدارة الأمن العام حملة أمنية في مدينة الدريكيش بريف طرطوس، أوقفت خلالها 4 أشخاص مطلوبين بتهم تتعلق "
            "بحيازة أسلحة غير مرخصة.")
    article = Article(text=text, archived=text, language="ar", origin="t", published=dt.date(2023, 3, 14))
    assert [(e.place.name if e.place else None, e.sub_type) for e in extract(article)] == [("الدريكيش", "arrests")]
    # a car stopped is no arrest
    assert summary("أوقفت الدورية سيارة على الطريق في مدينة الدريكيش.") == []
    # the word after the verb may be its subject; things stopped are no arrest
    assert summary("أوقف عنصر من الشرطة الشاب محمد العلي على حاجز في مدينة جبلة وأطلق النار عليه فأرداه قتيلاً.") \
        == [("جبلة", 1, None)]
    assert summary("أوقفت الدورية 3 سيارات محملة بالأسلحة على طريق دمشق درعا في مدينة الصنمين.") == []


def test_a_name_chain_after_and_that_opens_with_a_town_named_like_a_man_is_a_person() -> None:
    text = ("ففي بلدة الشحيل، داهمت قوة من قسد عدة منازل، واعتقلت ثلاثة شبان، بينهم الشقيقان فيصل حمود العلي وجاسم حمود "
            "العلي، بتهمة الانتماء لخلايا التنظيم.")
    assert named(text) == [[("فيصل حمود العلي", "detained"), ("جاسم حمود العلي", "detained")]]


def test_a_crime_spread_over_recent_years_is_background() -> None:
    text = ("Gunmen kidnapped two young men near the village of al-Mazraa, west of Suwayda, on Sunday night. "
            "Kidnapping for ransom has spread along the Damascus–Suwayda highway in recent years.")
    assert [place for place, _, _ in summary(text, "en")] == ["al-Mazraa"]
    # "in recent years" about a victim's past dates no trend
    text = ("A former rebel commander who had settled his status with the government in recent years was shot dead by "
            "unknown gunmen in Tafas.")
    assert summary(text, "en") == [("Tafas", 1, None)]


def test_digits_written_onto_a_word_are_no_toll() -> None:
    text = ("ERBIL, Kurdistan Region (Kurdistan24) – A member of the Asayish was killed and three other people were "
            "wounded on Monday when a bomb exploded in the town of Amuda.")
    assert summary(text, "en") == [("Amuda", 1, 3)]


def test_what_the_attack_came_after_is_its_context_even_with_its_toll_recalled() -> None:
    text = ("Two SDF fighters were killed on Wednesday when a Turkish drone targeted a car in the town of Amuda. "
            "The attack, which killed two fighters, came days after Turkish drones struck several villages in the "
            "countryside of Qamishli and Derik.")
    assert summary(text, "en") == [("Amuda", 2, None)]
    # alone, after no place, the compass word's town is the scene's reference: the scene
    text = ("A landmine killed three truffle hunters on Sunday as they walked across an area several kilometres north "
            "of al-Sukhnah, in the eastern Homs desert.")
    assert [place for place, _, _ in summary(text, "en")] == ["al-Sukhnah"]


def test_the_act_told_again_by_its_definite_noun_is_the_same_act_on_its_own_day() -> None:
    text = ("Four people were killed and nine wounded in overnight clashes between two local armed groups in Jaramana, "
            "a suburb southeast of Damascus, according to a war monitor. The fighting erupted late on Tuesday after a "
            "dispute at a checkpoint near the main entrance of the town, residents said.")
    assert summary(text, "en") == [("Jaramana", 4, 9)]
    # another toll is another incident
    text = ("Four people were killed in overnight clashes between two local armed groups in Jaramana on Tuesday. "
            "The fighting killed two more people in the town of Sahnaya on Wednesday.")
    assert len(summary(text, "en")) == 2
