"""Rules of session 25 (4 December 2026); each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from test_probes_session23 import summary  # (place, dead, hurt) of each incident

from generator.ingest.article import Article
from generator.ingest.extract import extract

LEAD = "اغتال مسلحون مجهولون شاباً في بلدة اليادودة بريف درعا الغربي، مساء أمس. "


def test_the_seat_of_the_governorate_holding_the_incident_tells_more_of_it() -> None:
    # "the people of Daraa": the governorate, named by its seat, in a sentence with no toll of its own
    text = LEAD + "ويتهم ناشطون خلايا تابعة للأجهزة الأمنية بالوقوف وراء عمليات الاغتيال التي تطال أبناء درعا."
    assert summary(text) == [("اليادودة", 1, None)]
    text = ("Gunmen shot dead a former rebel commander in the town of Jasim in western Daraa countryside on Monday. "
            "Activists accuse security cells of the wave of assassinations in Daraa.")
    assert summary(text, "en") == [("Jasim", 1, None)]


def test_the_seat_named_as_a_city_or_with_also_is_another_incident() -> None:
    shelled = "قصفت قوات النظام بلدة الحراك بريف درعا، ما أدى لمقتل طفل. "
    assert summary(shelled + "وسقطت قذائف على أطراف مدينة درعا.") == [("الحراك", 1, None), ("درعا", None, None)]
    assert summary(shelled + "كما سقطت قذائف هاون على درعا.") == [("الحراك", 1, None), ("درعا", None, None)]
    # a toll of its own at the seat is another incident too
    assert len(summary(LEAD + "وقُتل شاب آخر برصاص مجهولين في درعا.")) == 2


def test_one_person_at_the_end_of_the_sentence_is_a_toll_of_one() -> None:
    assert summary("قصفت قوات النظام بلدة الحراك بريف درعا، ما أدى لمقتل طفل.") == [("الحراك", 1, None)]


def test_the_day_a_source_spoke_before_its_verb_is_not_the_incidents() -> None:
    text = "The monitor on Thursday said a Turkish drone strike yesterday killed one fighter in Hasakah."
    article = Article(text=text, archived=text, language="en", origin="t", published=dt.date(2023, 3, 16))
    assert [e.date for e in extract(article)] == [dt.date(2023, 3, 15)]   # published on Thursday 16 March


LEAD_SHOT = "قُتل الشاب سامر وليد العلي، ظهر اليوم الثلاثاء، برصاص مسلحين مجهولين في بلدة الكرك الشرقي بريف درعا. "


def test_the_hospital_the_victim_died_on_the_way_to_is_not_the_scene() -> None:
    text = ("Gunmen shot dead a young man near the grain silos of Jasim on Tuesday evening. He was rushed to a "
            "hospital in the nearby city of Nawa, where he was pronounced dead.")
    assert [place for place, _, _ in summary(text, "en")] == ["Jasim"]


def test_a_funeral_on_the_same_day_is_more_of_the_incident() -> None:
    assert len(summary(LEAD_SHOT + "وشُيّع جثمانه عصر اليوم ذاته في مسقط رأسه قرية المليحة.")) == 1
    # "the same day" opening the sentence still tells another incident
    assert len(summary(LEAD_SHOT + "وفي اليوم ذاته، قُتل شاب آخر برصاص مجهولين في مدينة طفس.")) == 2


def test_the_day_a_source_named_the_dead_is_not_another_incident() -> None:
    text = ("قُتل شقيقان، مساء أمس الاثنين، برصاص مسلحين مجهولين في قرية الكرك الشرقي بريف درعا. "
            "وقال مكتب توثيق الشهداء، اليوم الثلاثاء، إن القتيلين هما أحمد خالد الحريري وشقيقه محمود خالد الحريري.")
    assert summary(text) == [("الكرك الشرقي", 2, None)]


def test_as_before_a_name_is_no_particle_of_it() -> None:
    text = ("Gunmen killed two brothers in the town of Theban on Monday. The Observatory identified the brothers as "
            "Khaled Abdullah al-Hamdan and Omar Abdullah al-Hamdan.")
    article = Article(text=text, archived=text, language="en", origin="t", published=dt.date(2023, 3, 14))
    assert [(p.name, p.role) for e in extract(article) for p in e.people] \
        == [("Khaled Abdullah al-Hamdan", "killed"), ("Omar Abdullah al-Hamdan", "killed")]


def test_aircraft_that_backed_a_raid_make_no_air_strike() -> None:
    text = "SDF fighters, backed by US-led coalition helicopters, detained two brothers in the town of Theban on Monday."
    article = Article(text=text, archived=text, language="en", origin="t", published=dt.date(2023, 3, 14))
    assert [e.type for e in extract(article)] == ["strategic_developments"]
    text = "اعتقلت قوات قسد بمساندة طيران التحالف شابين في بلدة ذيبان فجر اليوم."
    article = Article(text=text, archived=text, language="ar", origin="t", published=dt.date(2023, 3, 14))
    assert [e.type for e in extract(article)] == ["strategic_developments"]


def test_the_act_done_to_him_on_the_day_before_is_the_incident_he_died_of() -> None:
    lead = "توفي شاب متأثراً بجراحه، اليوم الاثنين، بعد ساعات من إطلاق مسلحين النار عليه في مدينة إنخل بريف درعا الشمالي. "
    assert summary(lead + "وكان مسلحان يستقلان دراجة نارية أطلقا النار عليه قرب محله مساء أمس الأحد.") \
        == [("إنخل", 1, None)]
    # another victim's abduction, then shots at him: another incident
    assert len(summary(lead + "واختطف مسلحون شاباً في بلدة طفس مساء أمس الأحد، وأطلقوا النار عليه.")) == 2
    text = ("A man died of his wounds on Monday, hours after gunmen opened fire on him in the city of Inkhil in northern "
            "Daraa. Two gunmen on a motorcycle shot him several times near his shop in Inkhil late on Sunday, and he was "
            "taken to a hospital, where he died on Monday morning.")
    assert summary(text, "en") == [("Inkhil", 1, None)]


def test_a_source_going_on_a_day_later_with_no_place_nor_toll_is_more_of_the_incident() -> None:
    text = ("Two people were killed late on Monday when a drone struck a car in the town of Jasim. The monitor said on "
            "Tuesday that the two men in the car were members of an armed group, and that the car was completely burned.")
    assert summary(text, "en") == [("Jasim", 2, None)]


def test_a_citys_police_speaking_is_the_source_not_the_scene() -> None:
    lead = "قُتل شخص وأصيب ثلاثة آخرون، مساء أمس، بانفجار عبوة ناسفة في مدينة تلبيسة بريف حمص الشمالي. "
    said = ("وقال مصدر في قيادة شرطة حمص إن العبوة انفجرت أثناء مرور عدد من المدنيين في المكان، مشيراً إلى أن الجرحى "
            "نُقلوا إلى المشفى الوطني في الرستن، وأن حالة أحدهم حرجة.")
    assert summary(lead + said) == [("تلبيسة", 1, 3)]


def test_a_title_over_two_incidents_gives_neither_the_others_count() -> None:
    text = ("مقتل مدنيين اثنين وإصابة ثلاثة بقصف على ريف حماة\n\n"
            "قُتل مدنيان اثنان، اليوم السبت، جراء قصف صاروخي على بلدة سلحب بريف حماة الشمالي الغربي.\n\n"
            "وفي اعتداء آخر، أُصيب ثلاثة مدنيين بجروح جراء سقوط قذائف هاون على بلدة جورين في سهل الغاب.")
    assert summary(text) == [("سلحب", 2, None), ("جورين", 0, 3)]
    # over one incident, the title's count is that incident's
    text = "مقتل مدنيين اثنين وإصابة ثلاثة بقصف على بلدة سلحب\n\nقُتل مدنيان اثنان، اليوم السبت، جراء قصف صاروخي على بلدة سلحب."
    assert summary(text) == [("سلحب", 2, 3)]


def test_a_source_telling_the_earlier_incident_again_with_its_toll_is_that_incident() -> None:
    text = ("قُتل شاب برصاص مجهولين في مدينة جاسم، بينما أُصيب آخر بجروح في مدينة نوى، يوم الجمعة 12 كانون الثاني 2024.\n\n"
            "وأفاد مراسل محلي بأن مسلحين أطلقوا النار على الشاب في الحي الشمالي من جاسم، عقب خروجه من صلاة الجمعة، "
            "ما أدى إلى مقتله على الفور.")
    assert [(place, dead) for place, dead, _ in summary(text)] == [("جاسم", 1), ("نوى", 0)]


# The review's sentences (each a wrong output of the session's first version of its rule).

def test_an_act_of_its_own_at_the_seat_is_another_incident() -> None:
    assert len(summary(LEAD + "وقصفت قوات النظام بقذائف الهاون أحياء درعا البلد.")) == 2
    assert len(summary(LEAD + "واعتقلت قوات النظام ثلاثة شبان على حاجز في درعا.")) == 2
    assert len(summary(LEAD + "وخرجت مظاهرة في درعا تطالب بالإفراج عن المعتقلين.")) == 2
    # a killing word with no count at the seat ("shot dead ... in Daraa") is another incident too
    text = ("Gunmen shot dead a former rebel commander in the town of Jasim on Monday. "
            "Another man was shot dead by unknown gunmen as he left his house in Daraa.")
    assert len(summary(text, "en")) == 2


def test_a_police_station_is_a_scene() -> None:
    assert [place for place, _, _ in summary("هاجم مسلحون مخفر شرطة الصنمين بريف درعا الشمالي، ما أدى لمقتل عنصرين.")] \
        == ["الصنمين"]


def test_arriving_somewhere_is_where_it_happened() -> None:
    assert [place for place, _, _ in summary("قُتل شاب برصاص مجهولين لحظة وصوله إلى بلدة نصيب بريف درعا الشرقي.")] \
        == ["نصيب"]


def test_a_hospital_struck_is_the_scene() -> None:
    text = "Russian airstrikes hit a hospital in the town of Kafr Nabl on Monday, killing three civilians."
    assert [place for place, _, _ in summary(text, "en")] == ["Kafr Nabl"]


def test_a_title_naming_the_first_incidents_town_keeps_its_count() -> None:
    text = ("مقتل شاب برصاص مجهولين في جاسم\n\nأطلق مسلحون مجهولون النار على شاب في مدينة جاسم مساء أمس.\n\n"
            "وفي حادثة أخرى، قُتل شاب بانفجار لغم في بلدة نوى.")
    assert [(place, dead) for place, dead, _ in summary(text)] == [("جاسم", 1), ("نوى", 1)]


def test_a_source_telling_another_kind_of_act_at_an_earlier_town_is_no_retelling() -> None:
    text = ("قُتل شاب برصاص مجهولين في مدينة جاسم، بينما أُصيب آخر بجروح في مدينة نوى، يوم الجمعة.\n\n"
            "وأفاد مراسل محلي بأن طائرة مسيرة قصفت سيارة في جاسم، ما أدى إلى مقتل شخص.")
    assert len(summary(text)) == 3


def test_what_was_done_to_them_elsewhere_or_later_is_another_incident() -> None:
    text = ("Two soldiers were killed in an ambush in the town of Inkhil on Monday. "
            "On Sunday, an IED targeted them in the town of Tafas.")
    assert len(summary(text, "en")) == 2
    text = ("Hundreds protested in the city of Sweida on Friday. "
            "Security forces fired at them and arrested ten people on Saturday.")
    assert len(summary(text, "en")) == 2
    text = "قصفت قوات النظام بلدة الحراك بريف درعا بالمدفعية صباح اليوم. واستهدفها الطيران الروسي بغارات جوية مساء أمس."
    assert len(summary(text)) == 2


def test_a_new_act_a_source_reports_a_day_later_is_another_incident() -> None:
    text = ("Two people were killed late on Monday when a drone struck a car in the town of Jasim. "
            "The monitor said on Tuesday that regime forces arrested five men at a checkpoint.")
    assert len(summary(text, "en")) == 2


def test_the_same_day_after_the_verb_of_another_killing_opens_an_incident() -> None:
    assert len(summary(LEAD_SHOT + "واغتال مسلحون في اليوم ذاته شاباً في بلدة الكرك الشرقي.")) == 2


def test_led_away_at_gunpoint_is_an_abduction() -> None:
    text = ("اعترض مسلحون يستقلون سيارة الشاب سامر خالد العلي في بلدة القريا، واقتادوه تحت تهديد السلاح إلى جهة مجهولة، "
            "مساء أمس.")
    article = Article(text=text, archived=text, language="ar", origin="t", published=dt.date(2023, 3, 14))
    assert [(e.sub_type, [(p.name, p.role) for p in e.people]) for e in extract(article)] \
        == [("abduction_forced_disappearance", [("سامر خالد العلي", "abducted")])]
