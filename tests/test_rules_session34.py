"""Rules of session 34 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted
from test_probes_session23 import summary


def _kinds(text: str, language: str = "ar") -> list[tuple[str, str]]:
    return [(e.type, e.sub_type) for e in extracted(text, language)]


def test_helicopters_and_barrel_bombs_are_an_air_strike() -> None:
    air = [("explosions_remote_violence", "air_drone_strike")]
    assert _kinds("ألقت مروحيات النظام براميل متفجرة على بلدة الهبيط جنوبي إدلب.") == air
    assert _kinds("قتل خمسة مدنيين بقصف بالبراميل المتفجرة على بلدة كفرزيتا.") == air
    assert _kinds("قصفت مروحيات تابعة لسلاح جو الاحتلال سيارة مدنية في بلدة عين التينة بريف القنيطرة.") == air
    assert _kinds("قتل عشرة مدنيين في قصف طائرات مروحية على بلدة بيت جن.") == air
    # shelling is still shelling, and a helicopter that backs a raid, lands or drops leaflets strikes nothing
    assert _kinds("قتل خمسة مدنيين بقصف مدفعي على بلدة كفرزيتا.") \
        == [("explosions_remote_violence", "shelling_artillery_missile_attack")]
    assert _kinds("داهمت قوات قسد بإسناد من مروحيات التحالف منزلاً في بلدة الشحيل واعتقلت شابين.") \
        == [("strategic_developments", "arrests")]
    assert _kinds("هبطت مروحية أمريكية في حقل العمر النفطي بريف دير الزور ونقلت عدداً من قادة قسد.") == []
    assert _kinds("ألقت مروحيات النظام منشورات على بلدة الهبيط تدعو الأهالي إلى التسوية.") == []
    assert _kinds("اعتقلت دورية للأمن العسكري شاباً في مدينة نوى بتهمة التعامل مع الطيران المروحي التابع للتحالف.") \
        == [("strategic_developments", "arrests")]
    # a barrel planted as a bomb is a planted bomb
    assert _kinds("قتل عنصران من قوات النظام بانفجار برميل متفجر مزروع على طريق بلدة المسيفرة.") \
        == [("explosions_remote_violence", "remote_explosive_landmine_ied")]
    assert _kinds("قتل عنصران بانفجار برميل متفجر كان مزروعاً على طريق بلدة المسيفرة.") \
        == [("explosions_remote_violence", "remote_explosive_landmine_ied")]


def test_a_death_under_torture_is_the_incident_not_the_arrest_told_with_it() -> None:
    attack = [("violence_against_civilians", "attack")]
    assert _kinds("انتهت مشادة كلامية في دمشق باعتقال الشابين وقتلهما تحت التعذيب.") == attack
    assert _kinds("توفي شاب من أبناء مدينة الرقة تحت التعذيب في أحد سجون قسد بعد أيام من اعتقاله.") == attack
    assert _kinds("A young man died under torture in a regime prison in Damascus days after his arrest.", "en") == attack
    # torture that killed nobody, a death feared or threatened: the arrest stays the act
    arrest = [("strategic_developments", "arrests")]
    assert _kinds("اعتقلت الشرطة العسكرية شاباً في مدينة عفرين، وأصبح عاجزاً عن الكلام نتيجة التعذيب في سجن الراعي.") \
        == arrest
    assert _kinds("اعتقلت قوات النظام شاباً على حاجز في مدينة إزرع، وسط مخاوف ذويه من قتله تحت التعذيب.") == arrest
    assert _kinds("اعتقلت الشرطة العسكرية شابين في مدينة عفرين، وقالت عائلتاهما إنهما تعرضا للضرب والتهديد بالتعذيب"
                  " والقتل.") == arrest
    # a death escaped, or deaths under torture spoken of in general
    assert _kinds("اعتقلت قوات النظام شاباً في مدينة إزرع، وقال ذووه إنه نجا من الموت تحت التعذيب في معتقل سابق.") == arrest



def test_a_hostage_taken_is_an_abduction() -> None:
    abduction = [("violence_against_civilians", "abduction_forced_disappearance")]
    assert _kinds("An armed group stormed the town hall in Suwayda on Wednesday, holding the governor and employees"
                  " hostage.", "en") == abduction
    assert _kinds("احتجز مسلحون محافظ السويداء رهينة داخل مبنى المحافظة يوم الأربعاء.") == abduction
    # hostages freed, and a town "held hostage" to lawlessness, are no abduction
    assert _kinds("أفرجت مجموعة مسلحة في مدينة السويداء عن ثلاثة رهائن من أبناء محافظة درعا بعد وساطة.") == []
    assert _kinds("A local armed group in Suwayda released three hostages from Daraa province on Tuesday.", "en") == []
    assert _kinds("قتل شاب برصاص مجهولين في مدينة طفس، في حين لا يزال أهالي المنطقة رهينة للفلتان الأمني.") \
        == [("violence_against_civilians", "attack")]
    assert _kinds("Unknown gunmen shot dead a young man in Tafas, as residents say the area is held hostage by chaos.",
                  "en") == [("violence_against_civilians", "attack")]
    assert _kinds("قتل شاب برصاص مجهولين في مدينة طفس، في حين أخذ الفلتان الأمني أهالي المنطقة رهائن.") \
        == [("violence_against_civilians", "attack")]


def test_fighters_after_by_unknown_are_the_attackers() -> None:
    text = ("The SOHR reported an assassination carried out by unknown fighters against a former leader in the Jaish"
            " al-Thawra, by shooting him in Muzayrib.")
    assert _kinds(text, "en") == [("violence_against_civilians", "attack")]
    # fighters hit by unknown gunmen are still fighters
    assert _kinds("Two government soldiers were killed by unknown gunmen near Muzayrib.", "en") == [("battles", "armed_clash")]


def test_fighters_right_after_the_verb_of_their_act_are_its_subject() -> None:
    attack = [("violence_against_civilians", "attack")]
    assert _kinds("أطلق مسلحون الرصاص على شابين في مدينة جاسم، ما أدى إلى مقتل أحدهما.") == attack
    assert _kinds("داهم مسلحون منزلاً في بلدة النعيمة وأطلقوا النار على صاحبه فقتلوه.") == attack
    # a passive written like an active verb leaves them the ones hit
    assert _kinds("قتل عنصران من قوات النظام بهجوم على حاجز في بلدة النعيمة.") == [("battles", "armed_clash")]


def test_the_one_wounded_who_died_of_the_wounds_is_one_dead() -> None:
    assert summary("أصيب شاب برصاص مجهولين في مدينة جاسم، وفارق الحياة لاحقاً متأثراً بجراحه.") == [("جاسم", 1, 0)]
    assert summary("أطلق مجهولون الرصاص على شابين في مدينة جاسم، ما أسفر عن إصابة أحدهما الذي فارق الحياة لاحقاً"
                   " متأثراً بجراحه.") == [("جاسم", 1, 0)]
    assert summary("أصيب شاب بجروح خطيرة برصاص مجهولين في مدينة جاسم، توفي على إثرها.") == [("جاسم", 1, 0)]
    # a death denied, another person's, or an earlier one: the wounded stays wounded
    assert summary("أصيب شاب بجروح خطيرة برصاص قناص في بلدة العيس، وتداولت صفحات محلية أنه فارق الحياة لاحقاً، إلا أن"
                   " ذويه نفوا ذلك.") == [("العيس", None, 1)]
    assert summary("أصيب طفل بجروح جراء انفجار لغم أرضي في بلدة الهبيط، وتوفيت والدته لاحقاً بنوبة قلبية.")[0][1:] \
        == (0, 1)
    assert summary("أصيب شاب بجروح برصاص مجهولين في مدينة جاسم، وكان والده قد فارق الحياة متأثراً بجراحه قبل عامين.")[0][2] \
        == 1
    assert summary("أصيب عنصر بجروح في هجوم على حاجز في بلدة النعيمة، توفي على إثرها عنصر آخر.")[0][2] == 1
    assert summary("A man was wounded by gunmen in Jasim and his father later died of a heart attack.", "en")[0][2] == 1
    assert summary("A man was wounded by gunmen in Jasim and later died of his wounds.", "en") == [("Jasim", 1, 0)]
    # three wounded, one of whom died: not "the one wounded"
    assert summary("أصيب ثلاثة شبان برصاص مجهولين في مدينة جاسم، توفي أحدهم لاحقاً متأثراً بجراحه.")[0][2] == 3


def test_a_town_named_inside_a_village_name_is_not_its_area() -> None:
    # «الشيخ سعد» (a town of Daraa) inside «دوير الشيخ سعد» (a village of Tartus that OCHA's list has)
    events = extracted("عثر الأهالي على جثة امرأة في قرية دوير الشيخ سعد بريف طرطوس.")
    assert [(e.place.lexicon_id if e.place else None) for e in events] == ["dweir-elsheikh-saed"]


def test_a_big_city_neighbourhood_is_coded_at_its_city() -> None:
    # the neighbourhood (gazetteer_manual.yaml) is the place detail, the city the place with its map point
    for text, language, city in (("انفجرت عبوة ناسفة في سيارة ضابط في حي المزة بدمشق، ما أدى إلى مقتله.", "ar", "damascus"),
                                 ("أصيب ثلاثة مدنيين بقصف على حي الشيخ مقصود.", "ar", "aleppo"),
                                 ("Gunmen shot dead a man in the Baba Amr neighbourhood on Monday.", "en", "homs")):
        events = extracted(text, language)
        assert [e.place.lexicon_id if e.place else None for e in events] == [city]
    # «التضامن» (solidarity) is no place
    # a village of the name, told with its village word or its countryside, is that village
    for text, language in (("قتل شاب برصاص مجهولين في قرية المزة بريف القنيطرة.", "ar"),
                           ("A young man was killed in the village of Mezzeh in Quneitra countryside.", "en")):
        assert [e.place.lexicon_id if e.place else None for e in extracted(text, language)] == ["quneitra-governorate"]
    assert [e.place.lexicon_id if e.place else None for e in extracted(
        "قتل شاب برصاص مجهولين في مدينة طفس، ودعت فعاليات محلية إلى إضراب تعبيراً عن التضامن مع ذويه.")] == ["tafas"]


def test_while_others_were_hit_elsewhere_is_another_incident_of_the_same_act() -> None:
    events = extracted("Government shelling killed two children in Balyun village while another one was killed in Balshun"
                       " village.", "en")
    assert [(e.place.lexicon_id if e.place else None, e.sub_type, e.fatalities) for e in events] \
        == [("balyun", "shelling_artillery_missile_attack", 2), ("balshun", "shelling_artillery_missile_attack", 1)]
    # an act of its own after "while" keeps its own kind; "while" with no people hit after it joins nothing
    events = extracted("Government shelling killed two children in Balyun village while two others were shot dead by"
                       " gunmen in Kafr Nabl.", "en")
    assert [e.sub_type for e in events] == ["shelling_artillery_missile_attack", "attack"]
    assert len(extracted("Government shelling killed two children in Balyun village while they were playing.", "en")) == 1


def test_a_title_naming_a_neighbourhood_with_its_city_names_one_place() -> None:
    events = extracted("A young man was shot dead late on Saturday by unidentified gunmen in the al-Ghuwayran neighbourhood"
                       " of Hasakah city, a security source said.", "en",
                       title="Ammar Sultan al-Dahham shot dead in Hasakah's Ghuwayran")
    assert [[(p.name, p.role) for p in e.people] for e in events] == [[("Ammar Sultan al-Dahham", "killed")]]


def test_a_family_name_is_no_neighbourhood() -> None:
    # "Qaisi" folds as Qassaa (القصاع) would: the neighbourhoods whose English names fold as attested name parts are out
    text = ("According to local sources, Yahya al-Qaisi was shot dead by four unidentified gunmen in the town of"
            " al-Ghariyah al-Gharbiyah, as he left the mosque.")
    assert [[(p.name, p.role) for p in e.people] for e in extracted(text, "en")] == [[("Yahya al-Qaisi", "killed")]]
