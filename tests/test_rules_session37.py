"""Rules of session 37 (6 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted


def _people(text: str, language: str = "ar") -> list[list[tuple[str, str]]]:
    return [[(p.name, p.role) for p in e.people] for e in extracted(text, language)]


def test_a_sentence_saying_what_the_arrests_came_within_is_their_context() -> None:
    # «تأتي هذه الاعتقالات في إطار ...» tells the context of the arrests: no second incident, and the names told
    # after it are the detainees of the arrest
    lead = "اعتقلت قوات الأمن خمسة شبان في بلدة جنديرس بريف عفرين مساء أمس. "
    context = "تأتي هذه الاعتقالات في إطار تقارير تشير إلى وجود عمليات اعتقال واسعة في عفرين. "
    names = "وعرف من المعتقلين: سامر خليل، وخالد حسين."
    assert _people(lead + context + names) == [[("سامر خليل", "detained"), ("خالد حسين", "detained")]]
    # without the opening it is an incident of its own
    assert len(extracted(lead + "وشنت قوات الأمن عمليات اعتقال واسعة في عفرين اليوم.")) == 2
    # ... and so is one told with its own day after the opening, or in "a different context"
    for other in ("وتأتي هذه الاعتقالات في إطار حملة واسعة، إذ اعتقلت قوات الأمن الشاب محمد الحريري في بلدة ناحتة "
                  "يوم الأحد.",
                  "وتأتي هذه الحادثة في سياق مختلف، إذ اختطفت مجموعة مسلحة الشاب نادر الجباوي في بلدة إنخل."):
        assert len(extracted(lead + other)) == 2
    # ... or one whose clause after the comma opens with an act of its own
    assert _people("داهمت قوات الأمن منزلاً في حي الوعر بمدينة حمص واعتقلت الشاب رامي العمر. وجاء ذلك وسط انتشار أمني "
                   "كثيف، واعتقلت القوات أيضاً الشاب وسيم الحسن في حي الإنشاءات.") \
        == [[("رامي العمر", "detained"), ("وسيم الحسن", "detained")]]
    # ... or an act after its comma that is no campaign's in general, a protest too; not «في سياق منفصل»
    for other in ("ويأتي ذلك في إطار حملة تشنها الأجهزة الأمنية في ريف درعا الغربي، حيث أقدمت دورية تابعة لفرع الأمن "
                  "العسكري على اعتقال الشاب أيهم الجهماني في بلدة الشيخ سعد.",
                  "وفي سياق منفصل عن حملة المداهمات، فقد اختطفت مجموعة مسلحة الشاب نادر الجباوي في بلدة إنخل."):
        assert len(extracted(lead + other)) == 2
    assert len(extracted("قُتل الشاب رامي الجباوي بانفجار لغم في بلدة الطيحة. وجاء ذلك وسط غضب شعبي، حيث خرج العشرات "
                         "في مظاهرة أمام مبنى المحافظة في مدينة درعا.")) == 2
    # «وسط»، «ضمن» also say where: "وجاءت المداهمة ضمن حي المطار" places the raid
    assert len(extracted("داهمت دورية للأمن منزلاً صباح اليوم. وجاءت المداهمة ضمن حي المطار في مدينة درعا، "
                         "واعتقلت خلالها الشاب يوسف المسالمة.")) >= 1
    # English: what an incident came amid or as part of is its context, whatever place it gives
    for context in ("The attack came amid shelling by Turkish forces on the villages of Abu Rasin.",
                    "The bombing came as part of a campaign of raids on the villages of Abu Rasin."):
        assert len(extracted("A roadside bomb killed two soldiers near Tal Tamr on Monday. " + context, "en")) == 1
    assert len(extracted("A roadside bomb killed two soldiers near Tal Tamr on Monday. Turkish forces shelled the "
                         "villages of Abu Rasin on Sunday.", "en")) == 2
    assert len(extracted("Government forces arrested a young man in Jasim on Tuesday. The arrests came as part of a "
                         "campaign by Military Security, which also detained Khaled al-Hariri in the town of Tafas.",
                         "en")) == 2
    # ... but not an incident with its own day told in it
    assert len(extracted("Government forces arrested a young man in Jasim on Tuesday. This comes amid a campaign in "
                         "which security forces also detained Omar al-Khatib in Inkhil on Monday.", "en")) == 2


def test_quoted_names_of_a_list_with_where_each_is_from_between_them() -> None:
    # «وعُرف من المعتقلين “X” من أهالي قرية Y، “Z” ...»: every quoted name of the list is a detainee
    lead = "اعتقلت دورية من الاستخبارات 21 شاباً في مدينة عفرين اليوم. "
    names = ("وعُرف من الشباب المعتقلين “عبد سليمان” من أهالي قرية كفرشيله، “سهيل قلندر” من أهالي بلدة مولاتا، "
             "“أحمد عمر” من أهالي قرية بعدينا.")
    assert _people(lead + names) == [[("عبد سليمان", "detained"), ("سهيل قلندر", "detained"), ("أحمد عمر", "detained")]]
    # a quoted name after a sentence's end starts no list item
    assert _people(lead + "وعُرف من المعتقلين “عبد سليمان”. وقال “سهيل قلندر” من أهالي مولاتا إن الحملة مستمرة.") \
        == [[("عبد سليمان", "detained"), ("سهيل قلندر", "spokesperson")]]
    # a quoted place after the origin words is where the person is from, no name of the list
    assert _people("قُتل الشاب “خالد الحمد” من سكان مخيم “خان الشيح” برصاص مجهولين في ريف دمشق الغربي.") \
        == [[("خالد الحمد", "killed")]]


def test_the_kurdish_name_of_ras_al_ain_in_its_second_spelling() -> None:
    # «سريه كانيه» (Serê Kaniyê) as Kurdish outlets write it, beside «سري كانيه»: the city of Ras al-Ain
    for spelling in ("سريه كانيه", "سري كانيه"):
        [event] = extracted(f"استشهد 11 مدنياً بقصف تركي على مدينة {spelling}/ رأس العين.")
        assert event.place is not None and event.place.lexicon_id == "ras-al-ayn"


def test_lam_on_an_imperfect_verb_after_a_given_name_ends_the_name() -> None:
    # «عائلة الشاب رامي لتفحّص آثار القصف»: "to inspect", no name part after the introduced given name
    lead = "قتل الجيش شاباً بقصف استهدف غرفة في قرية طرنجة بريف القنيطرة، ما أدى إلى مقتل الشاب رامي أحمد غانم. "
    for verb in ("لتفحّص", "ليتفقدوا"):
        assert _people(lead + f"وعند الفجر خرج أفراد من عائلة الشاب رامي {verb} آثار القصف الذي استهدف الغرفة.") \
            == [[("رامي أحمد غانم", "killed")]]
    # a given name the index knows that opens with «ل» is still a name part
    assert _people("قتل الشاب محمد لؤي العلي برصاص مجهولين في بلدة الحراك اليوم.") == [[("محمد لؤي العلي", "killed")]]
    # a Kurdish family name that opens with «لي» is a name part, and quoted words are the name the marks delimit
    for name in ("آزاد ليفين", "“آزاد ليفين”"):
        assert _people(f"قُتل الشاب {name} برصاص مجهولين في حي الهلالية بمدينة القامشلي.") \
            == [[("آزاد ليفين", "killed")]]
    assert _people("أصيب الطفل محمد الأحمد ليتم إسعافه إلى مشفى بصرى الشام بعد انفجار لغم في بلدة نصيب.") \
        == [[("محمد الأحمد", "injured")]]


def test_resulting_in_the_deaths_of_counts_the_dead() -> None:
    # "..., resulting in the deaths of at least seven individuals and injuring 30 others": seven dead, not an
    # injured-only incident with 0 dead
    text = ("A car bomb explosion occurred in the marketplace of the city of Azaz on Saturday, resulting in the deaths "
            "of at least seven individuals and injuring 30 others.")
    [event] = extracted(text, "en")
    assert (event.fatalities, event.injured) == (7, 30)
    [event] = extracted("A car bomb explosion occurred in the marketplace of the city of Azaz on Saturday, causing "
                        "the destruction of seven shops and injuring 30 people.", "en")
    assert (event.fatalities, event.injured) == (0, 30)


def test_engineers_who_dealt_with_a_bomb_made_it_safe() -> None:
    # «تعاملت وحدات الهندسة ... مع عبوتين ناسفتين وتفجيرهما»: a bomb made safe, no explosion attack
    text = ("تعاملت وحدات الهندسة في الجيش العربي السوري مع عبوتين ناسفتين زرعهما إرهابيون عند دوار الجمل ببلدة "
            "المزيريب بريف درعا الغربي.")
    [event] = extracted(text)
    assert (event.type, event.sub_type) == ("strategic_developments", "disrupted_weapons_use")
    # the noun is "how to deal with" mines of an awareness session
    assert extracted("نظّمت منظمة محلية جلسة توعية للأطفال في بلدة الغارية الشرقية حول كيفية التعامل مع الألغام "
                     "ومخلفات الحرب، اليوم.") == []
    # a bomb that went off near people the army dealt with is still an explosion
    [event] = extracted("انفجرت عبوة ناسفة في بلدة المزيريب بريف درعا الغربي، ما أدى إلى إصابة شابين بجروح.")
    assert event.type == "explosions_remote_violence"


def test_the_passive_of_arresting_and_a_quoted_relative_by_whose_hand() -> None:
    # «قُبض على X»، «قبل أن يُقبض عليه من قبل قوات الأسايش»: an arrest
    [event] = extracted("قُبض على الشاب محمد خليفو في منطقة الشدادي من قبل قوات الأسايش.")
    assert (event.type, event.sub_type) == ("strategic_developments", "arrests")
    assert [(p.name, p.role) for p in event.people] == [("محمد خليفو", "detained")]
    # «قبض» without «على» is no arrest ("he received his salary")
    assert extracted("قبض الموظف محمد خليفو راتبه في مدينة الحسكة أمس.") == []
    # «على يد والدها “X”»: the quoted relative did it
    assert _people("قُتلت الفتاة “آية محمد خليفو” يوم أمس على يد والدها “محمد خليفو” خنقاً في مدينة الحسكة.") \
        == [[("آية محمد خليفو", "killed"), ("محمد خليفو", "perpetrator")]]
