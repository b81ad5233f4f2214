"""Rules of session 30 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract
from generator.ingest.numbers import find_counts
from test_probes_session23 import named, summary


def test_a_year_after_a_determiner_is_no_count() -> None:
    assert [c.value for c in find_counts("a rebel who joined the 2018 settlement and the 2019 offensive", "en")] == []
    # a toll in figures stays a toll, a count of that size too
    assert [c.value for c in find_counts("the 12 men and 2,018 people", "en")] == [12, 2018]
    assert summary("A former rebel who joined the 2018 settlement was shot dead in the town of Tafas on Monday.",
                   "en") == [("Tafas", 1, None)]


LEAD = "قُتل الشاب سامر خالد العلي برصاص مجهولين في مدينة طفس بريف درعا الغربي، مساء أمس الاثنين."
LEAD_EN = "Unknown gunmen shot dead a young man in the town of Tafas in the western Daraa countryside on Monday."


def test_one_periods_share_of_a_tally_is_no_incident() -> None:
    assert summary(f"{LEAD_EN} Last week alone, nine civilians were killed in attacks in the area.", "en") \
        == [("Tafas", 1, None)]
    assert summary(f"{LEAD} وقتل في الأسبوع الماضي وحده 7 مدنيين في هجمات على المنطقة.") == [("طفس", 1, None)]
    assert summary(f"{LEAD} وقتل في شهر شباط وحده 12 شخصاً في المحافظة.") == [("طفس", 1, None)]
    # "alone" of a person is no period
    assert summary("Gunmen shot dead a farmer who was working alone in his field near the town of Tafas on Monday.",
                   "en") == [("Tafas", 1, None)]


def test_a_title_that_is_a_family_name_ends_a_name_of_two_words() -> None:
    # after a given name and a father's, الحاج is the family name, before a word that goes on with no name
    assert named("اعتقلت دورية شابين هما حامد إبراهيم الحاج وجاسم ناصر الأحمر في مخيم بريف الرقة.") \
        == [[("حامد إبراهيم الحاج", "detained"), ("جاسم ناصر الأحمر", "detained")]]
    assert named("قُتل الشاب حامد إبراهيم الحاج برصاص مجهولين في بلدة الكبر.") \
        == [[("حامد إبراهيم الحاج", "killed")]]
    # ... or it heads the family name after it
    assert named("اغتال مجهولون الشاب حسن رجب الحاج معين أمام محله في بلدة الكبر.") \
        == [[("حسن رجب الحاج معين", "killed")]]
    # before a name it stays a title
    assert named("قُتل الحاج محمد سعيد العلي برصاص مجهولين في بلدة الكبر.") == [[("محمد سعيد العلي", "killed")]]


def test_a_name_of_two_words_before_a_relatives_word_after_the_act() -> None:
    assert summary("أسفر انفجار لغم أرضي عن مقتل حسين العبيدو وشقيقه سرحان العبيدو في بلدة البارة.") \
        == [("البارة", 2, None)]
    assert named("أسفر انفجار لغم أرضي عن مقتل حسين العبيدو وشقيقه سرحان العبيدو في بلدة البارة.") \
        == [[("حسين العبيدو", "killed"), ("سرحان العبيدو", "killed")]]


def test_a_death_under_torture_or_in_detention_is_a_killing() -> None:
    assert named("توفي الشاب معتز خالد العيد تحت التعذيب في سجن صيدنايا.") == [[("معتز خالد العيد", "killed")]]
    assert summary("قضى الشاب معتز خالد العيد تحت التعذيب في سجن صيدنايا.") == [("صيدنايا", 1, None)]
    assert summary('أبلغت السلطات عائلة الشاب "معتز خالد العيد" بوفاته أثناء الاحتجاز في سجن صيدنايا.') \
        == [("صيدنايا", 1, None)]
    # a death told alone may be of illness
    assert summary("توفي الشاب معتز خالد العيد في مدينة صلخد.") == []


def test_a_persons_state_since_a_year_describes_the_person() -> None:
    assert summary("قُتل الشاب معتز العيد المنشق عن جيش النظام منذ عام 2012 برصاص مجهولين في بلدة صلخد.") \
        == [("صلخد", 1, None)]
    assert summary("A young man detained since 2020 was tortured to death in Sednaya prison.", "en") \
        == [("Sednaya", 1, None)]
    # many people since a year are a tally
    assert summary("قُتل 500 معتقل تحت التعذيب منذ عام 2011.") == []
    assert summary("Unknown gunmen shot dead a young man in the town of Tafas on Monday. The number of people "
                   "killed in government-held areas of Daraa since early 2024 rises to 41.", "en") == [("Tafas", 1, None)]


def test_a_family_name_that_opens_like_a_preposition_before_the_fathers_name() -> None:
    # بايقال and باقية open as ب + a noun would; "ابن محمد" after them says the chain goes on
    assert named("قُتل 3 مدنيين بقصف على حي الميدان في مدينة حلب، والقتلى هم: سميح حريتاني (57 عاماً)، أحمد غالب "
                 "بايقال ابن محمد (56 عاماً)، بسام باقية ابن عدنان (50 عاماً).") \
        == [[("سميح حريتاني", "killed"), ("أحمد غالب بايقال ابن محمد", "killed"), ("بسام باقية ابن عدنان", "killed")]]


def test_an_incident_whose_sentence_ends_on_a_tally_is_kept() -> None:
    # the tally after the comma made the whole sentence statistics: the killing was lost
    assert summary(f"{LEAD[:-1]}، ليرتفع عدد القتلى في المحافظة منذ مطلع الشهر إلى 23 شخصاً.") == [("طفس", 1, None)]
    assert summary(f"{LEAD[:-1]}، وهو القتيل الثامن عشر في المدينة خلال الشهر الجاري.") == [("طفس", 1, None)]
    assert summary(f"{LEAD_EN[:-1]}, raising to 23 the number of people killed in Daraa since the beginning of the "
                   "month.", "en") == [("Tafas", 1, None)]
    # a toll that rose, with no period: the incident's own
    assert summary("قُتل شابان برصاص مجهولين في مدينة طفس مساء أمس، ليرتفع عدد القتلى إلى 3 بعد وفاة مصاب متأثراً "
                   "بجراحه.") == [("طفس", 3, None)]


def test_a_span_of_statistics_after_and_is_statistics() -> None:
    assert summary(f"{LEAD} ومنذ مطلع 2024، قتل 92 عنصراً من قوات النظام في درعا.") == [("طفس", 1, None)]


def _named_en(text: str) -> list[list[tuple[str, str]]]:
    return [[(p.name, p.role) for p in e.people] for e in extract(
        Article(text=text, archived=text, language="en", origin="t", published=dt.date(2023, 3, 14)))]


def test_english_nouns_and_adjectives_before_a_name() -> None:
    assert _named_en("Gunmen kidnapped the 88-year-old Christian merchant Jiryis Shehadeh in front of his house in the "
                     "city of As-Suwayda on Monday.") == [[("Jiryis Shehadeh", "abducted")]]
    # a local notable who speaks is the source, not a victim of the arrests demanded
    assert _named_en("Gunmen shot dead a young man in the town of Tafas on Monday, and residents demanded that the "
                     "perpetrators be arrested. “The situation is now under control,” said local notable Kabi "
                     "Sheikh.") == [[("Kabi Sheikh", "spokesperson")]]


def test_one_person_named_by_a_trade_is_one_dead() -> None:
    assert summary("Unknown gunmen killed a journalist in the town of Tafas on Monday.", "en") == [("Tafas", 1, None)]
    assert summary("A drone strike killed a policeman and wounded a student in the town of Tafas on Monday.", "en") \
        == [("Tafas", 1, 1)]
    # the thing a person was killed in is no person
    assert summary("Unknown gunmen killed two men in a drone strike in the town of Tafas on Monday.", "en") \
        == [("Tafas", 2, None)]


def test_relatives_and_companions_told_one_after_another() -> None:
    assert summary("قُتل رجل وزوجته وابنته جراء قصف جوي على منزلهم في بلدة كنصفرة.") == [("كنصفرة", 3, None)]
    assert summary("قُتل رجل وزوجته وأطفالهما الثلاثة جراء قصف جوي على منزلهم في بلدة كنصفرة.") == [("كنصفرة", 5, None)]
    assert summary("قُتل ضابط برتبة عقيد وسائقه بانفجار عبوة ناسفة في بلدة كنصفرة.") == [("كنصفرة", 2, None)]
    assert summary("قُتل المدني إبراهيم الأحمد وزوجته وابنته جراء قصف صاروخي على مدينة دارة عزة.") \
        == [("دارة عزة", 3, None)]
    assert summary("Gunmen shot dead Fatima al-Abdullah and her three children in the town of Tafas on Monday.", "en") \
        == [("Tafas", 4, None)]


def test_one_more_after_a_count() -> None:
    assert summary("أصيبت امرأتان وطفلة بجروح جراء قصف صاروخي على مدينة دارة عزة.") == [("دارة عزة", 0, 3)]
    assert summary("قُتل عنصران من قوات النظام وثالث من الدفاع الوطني بكمين في بلدة كنصفرة.") == [("كنصفرة", 3, None)]
    assert summary("قُتل القيادي أبو خالد الشرقية وثلاثة من مرافقيه بانفجار عبوة ناسفة في مدينة عفرين.") \
        == [("عفرين", 4, None)]


def test_one_person_named_by_a_trade_in_arabic() -> None:
    assert summary("قُتل راعٍ بانفجار لغم أرضي قرب بلدة كنصفرة.") == [("كنصفرة", 1, None)]
    assert summary("ارتقى شهيد وأصيب اثنان جراء انفجار عبوة ناسفة بحافلة في بلدة كنصفرة.") == [("كنصفرة", 1, 2)]


def test_more_openers_of_a_tally_that_ends_an_incidents_sentence() -> None:
    assert summary("قُتل شاب برصاص مجهولين في بلدة الحوايج، لتبلغ حصيلة القتلى في مناطق قسد بدير الزور منذ مطلع "
                   "العام 88 شخصاً.") == [("الحوايج", 1, None)]
    assert summary("قُتل 3 مدنيين بقصف جوي على بلدة معرة مصرين، ما يرفع حصيلة ضحايا القصف على المنطقة منذ مطلع "
                   "أيار إلى 19 قتيلاً.") == [("معرة مصرين", 3, None)]
    assert summary("أصيب 3 مدنيين بقصف لقوات النظام على قرية آفس، وتجدر الإشارة إلى أن المرصد السوري وثق منذ "
                   "مطلع العام مقتل 23 مدنياً.") == [("آفس", 0, 3)]
    assert summary("أسفرت الاشتباكات عن مقتل 5 مقاتلين من الطرفين في قرية أبو حمام، لترتفع حصيلة قتلى الاشتباكات "
                   "منذ أسبوع إلى 13 قتيلاً.") == [("أبو حمام", 5, None)]


def test_who_shot_led_or_mourned_is_no_victim() -> None:
    assert named("قُتل الشاب محمد سعيد العلي برصاص عناصر مجموعة محمد خالد اللحام في بلدة اليادودة.") \
        == [[("محمد سعيد العلي", "killed"), ("محمد خالد اللحام", "perpetrator")]]
    assert summary("قُتلت المواطنة مريم أحمد الخطيب برصاص زوجها المدعو خالد سعيد العمر في مدينة منبج.") \
        == [("منبج", 1, None)]
    assert named("قُتل الشاب مصطفى أحمد الرفاعي برصاص مجهولين في بلدة اليادودة، ونعاه شقيقه أحمد خالد الرفاعي.") \
        == [[("مصطفى أحمد الرفاعي", "killed"), ("أحمد خالد الرفاعي", "mentioned")]]
    assert named("اختطف مسلحون الطبيب ماهر سعيد نصر في مدينة السويداء، وأفادت مصادر بأن الخاطفين يتبعون للمدعو "
                 "راجي خالد فلحوط.") == [[("ماهر سعيد نصر", "abducted"), ("راجي خالد فلحوط", "perpetrator")]]
    # the one a sniper shot is the victim
    assert named("قُتل برصاص قناص الشاب محمد سعيد العلي في بلدة اليادودة.") == [[("محمد سعيد العلي", "killed")]]


def test_an_accident_is_no_incident() -> None:
    assert summary("لقي شخصان مصرعهما وأصيب ثالث بحادث سير على طريق حمص - حماة قرب مدينة الرستن.") == []
    assert summary("قُتل ثلاثة أشخاص بانفجار أسطوانة غاز داخل منزل في مدينة الحسكة.") == []
    assert summary("قُتل شاب بطلق ناري أثناء تنظيف سلاحه في مدينة نوى.") == []
    assert summary("A young man drowned in the Euphrates river near the town of Tafas on Monday.", "en") == []
    # an act of violence beside the accident's words is an incident
    assert summary("انهار مبنى سكني جراء قصف جوي على مدينة أريحا، ما أدى إلى مقتل ثلاثة مدنيين.") == [("أريحا", 3, None)]
    assert summary("قُتل شاب برصاص مجهولين أثناء محاولته إطفاء حريق اندلع في أرضه الزراعية في بلدة طفس.") \
        == [("طفس", 1, None)]


def test_english_killing_words_and_numbers_that_count_no_one() -> None:
    assert summary("Unknown gunmen murdered a man in the town of Tafas on Monday.", "en") == [("Tafas", 1, None)]
    assert summary("A man was burned to death by gunmen in the town of Tafas on Monday.", "en") == [("Tafas", 1, None)]
    assert summary("A bomb attack on a bus near the town of Tafas on Monday led to the martyrdom of 23 soldiers.", "en") \
        == [("Tafas", 23, None)]
    # a parent's children, a span of days and a relative's age are no toll
    assert summary("A father of four was shot dead by unknown gunmen in the town of Tafas on Monday.", "en") \
        == [("Tafas", 1, None)]
    assert summary("The victims were identified as Mahmoud Ali al-Khalaf, 45, and his son Hussein, 17, who were killed "
                   "when a drone struck their car near the town of Tafas on Sunday.", "en") == [("Tafas", 2, None)]
    assert summary("A 45-year-old man and his 17-year-old son were killed when a drone struck their car near the town "
                   "of Tafas on Sunday.", "en") == [("Tafas", 2, None)]
    assert summary("With the killing of a young man by unknown gunmen in the town of Tafas on Monday, the number of "
                   "people killed in Daraa since the beginning of May has risen to 12.", "en") == [("Tafas", 1, None)]


def test_arabic_deaths_told_without_a_killing_verb() -> None:
    assert summary("توفيت طفلة إثر سقوط قذيفة على منزلها في بلدة كنصفرة.") == [("كنصفرة", 1, None)]
    assert summary("فارق شاب الحياة برصاص مجهولين في بلدة طفس.") == [("طفس", 1, None)]
    assert summary("سقط قتيلان بقصف صاروخي على بلدة كنصفرة.") == [("كنصفرة", 2, None)]
    assert summary("راح ضحية القصف طفلان في بلدة كنصفرة.") == [("كنصفرة", 2, None)]
    # a death of an illness is no incident
    assert summary("توفي رجل إثر نوبة قلبية في بلدة كنصفرة.") == []


def test_a_remnant_of_war_and_a_states_planes() -> None:
    assert extract_types("قُتل طفلان بانفجار قذيفة من مخلفات الحرب في بلدة الهبيط.") \
        == [("explosions_remote_violence", "remote_explosive_landmine_ied")]
    assert extract_types("قصفت الطائرات الروسية أطراف مدينة إدلب.") == [("explosions_remote_violence", "air_drone_strike")]


def extract_types(text: str) -> list[tuple[str, str]]:
    return [(e.type, e.sub_type) for e in extract(
        Article(text=text, archived=text, language="ar", origin="t", published=dt.date(2023, 3, 14)))]


def test_a_middle_initial_ends_no_sentence() -> None:
    assert _named_en("Gunmen shot dead Mohammed A. al-Saleh in the town of Tafas on Monday.") \
        == [[("Mohammed A. al-Saleh", "killed")]]


def test_a_camp_for_the_displaced_is_named_by_the_town_near_it() -> None:
    assert summary("قُتل طفل بقصف صاروخي على مخيم للنازحين قرب بلدة أطمة.") == [("أطمة", 1, None)]


def test_the_head_of_a_longer_english_place_name_is_no_place_of_its_own() -> None:
    # "Tal" and "Bab" are aliases of al-Tall and al-Bab
    assert summary("A man was killed when remnants of war exploded in the village of Tal Sultan in eastern Idlib "
                   "on Monday.", "en") == [("Tal Sultan", 1, None)]
    assert summary("Gunmen shot dead a man in the Bab Amr neighbourhood of Homs on Monday.", "en") == [("Homs", 1, None)]


def test_mended_after_review_a_tally_tail_after_a_tally_or_a_since_a_year_of_many() -> None:
    # (each was an event with the tally's count after the first rules)
    assert summary("قُتل 7 أشخاص في محافظة درعا الأسبوع الماضي، ليرتفع عدد القتلى منذ مطلع الشهر إلى 23 شخصاً.") == []
    assert summary("قُتل 45 عنصراً من قسد بهجمات لخلايا تنظيم داعش في ريف دير الزور الشرقي، بحسب إحصائيات المرصد "
                   "السوري.") == []
    assert summary("A drone strike killed two SDF fighters near the town of Tafas on Monday, raising the death toll "
                   "from Turkish strikes since Friday to 11.", "en") == [("Tafas", 2, None)]
    assert summary("The clashes have killed 40 people and displaced thousands since 2023.", "en") == []
    assert summary("قُتل 12 شخصاً في محافظة السويداء واختطف العشرات منذ عام 2023.") == []


def test_mended_after_review_roles_accidents_deaths_and_counts() -> None:
    # a co-victim is no perpetrator; a list after the mourning verb's subject is the dead
    assert named("قُتل الشاب محمد سعيد العلي برصاص مجهولين مع شقيقه أحمد سعيد العلي في بلدة اليادودة.") \
        == [[("محمد سعيد العلي", "killed"), ("أحمد سعيد العلي", "killed")]]
    assert named("قُتل ثلاثة مقاتلين بكمين في بلدة طفس، ونعتهم الفصائل وهم أحمد خالد العلي ومحمد سعيد الزعبي.") \
        == [[("أحمد خالد العلي", "killed"), ("محمد سعيد الزعبي", "killed")]]
    # who acted makes an accident's words an act of violence
    assert summary("A detainee was tortured to death by electrocution in a Military Security branch in the town of "
                   "Tafas on Monday.", "en") == [("Tafas", 1, None)]
    assert summary("قُتل شاب غرقاً بعد أن ألقاه مسلحون في نهر الفرات قرب مدينة الرقة.") == [("الرقة", 1, None)]
    # no act of violence: a fall, an illness, the cold, one's own hand, years served under torture, animals
    assert summary("توفي رجل إثر سقوطه من سطح منزله في بلدة طفس.") == []
    assert summary("فارق شاب الحياة إثر نوبة قلبية في بلدة طفس.") == []
    assert summary("قضى الشاب أحمد خالد الحريري ثلاث سنوات تحت التعذيب في سجن صيدنايا قبل أن يفرج عنه.") == []
    assert summary("A young man hanged himself in his house in the town of Tafas on Monday.", "en") == []
    assert summary("Gunmen stole and slaughtered 30 sheep in the town of Tafas on Monday.", "en") == []
    # counts: the object after the verb; a third with its own wound
    assert summary("A gunman on a motorbike killed a woman and her daughter in the town of Tafas on Monday.", "en") \
        == [("Tafas", 2, None)]
    assert summary("قُتل شابان وثالث أصيب بجروح خطيرة برصاص مجهولين في مدينة طفس.")[0][1] == 2
    # a tally opened by a span after the incident
    assert summary("قُتل الشاب محمد العلي برصاص مجهولين في مدينة طفس، ومنذ مطلع 2024 قُتل 92 شخصاً في المحافظة.") \
        == [("طفس", 1, None)]


def test_mended_after_the_second_review() -> None:
    # soldiers in a road accident are its victims, no actors
    assert summary("لقي عنصران من قوات النظام مصرعهما بحادث سير على طريق دمشق حمص قرب مدينة النبك.") == []
    assert summary("قضى الشاب أحمد خالد الحريري عامين تحت التعذيب في سجن صيدنايا قبل أن يفرج عنه.") == []
    assert summary("قُتل 7 أشخاص في مدينة جاسم الأسبوع الماضي، ليرتفع عدد القتلى في المحافظة منذ مطلع الشهر إلى 23 "
                   "شخصاً.") == []
    assert summary("قُتل شابان وثالث في حالة حرجة برصاص مجهولين في بلدة طفس.")[0][1] == 2
    assert summary("راح ضحية الحريق ثلاثة أطفال في بلدة طفس.") == []
    assert named("قُتل الشاب أحمد خالد الحريري على يد عمه خالد محمود الحريري في بلدة طفس.") \
        == [[("أحمد خالد الحريري", "killed"), ("خالد محمود الحريري", "perpetrator")]]
    assert summary("A man shot dead his brother and then shot himself in the town of Tafas on Monday.", "en") \
        == [("Tafas", 1, None)]
