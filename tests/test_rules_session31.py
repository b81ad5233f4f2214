"""Rules of session 31 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted
from test_probes_session23 import named, summary

from generator.ingest.article import Article
from generator.ingest.extract import extract
from generator.ingest.extract.sentences import sentences


def test_a_titled_person_named_in_full_and_a_count_of_his_people() -> None:
    # the person and the count are both killed: one more than the count
    assert summary("قُتل الشاب سامر خالد العلي وثلاثة من أقاربه برصاص مجهولين في بلدة طفس.") == [("طفس", 4, None)]
    assert summary("قُتل القائد العسكري أبو خالد الشمري وثلاثة من مرافقيه بانفجار عبوة ناسفة في مدينة الباب.") \
        == [("الباب", 4, None)]
    # not one more when he and his people are the killers
    assert summary("قُتل عنصر من قوات النظام على يد الشاب سامر خالد العلي وثلاثة من أقاربه في بلدة طفس.")[0][1] != 4
    # the count alone after a place, not a person, stays the count
    assert summary("قُتل ثلاثة من عناصر الأمن العام برصاص مجهولين في بلدة طفس.") == [("طفس", 3, None)]


def test_a_persons_state_since_a_year_after_the_name() -> None:
    assert summary("The body of Ahmad al-Hassan, detained since 2019, was found near Tafas on Monday.", "en") \
        == [("Tafas", 1, None)]
    assert summary("The body of Ahmad al-Hassan, who was detained since 2019, was found near Tafas on Monday.", "en") \
        == [("Tafas", 1, None)]
    # a count since a year stays statistics, and so does a place or a quantity before the state
    assert summary("Regime forces have detained 1,200 people since 2019 in Daraa, the network said.", "en") == []
    assert summary("The network said 3,000 detainees have died under torture in the prison of Sednaya, held since 2011"
                   " without trial.", "en") == []
    assert summary("The network said 40 civilians were killed in Daraa this year; a further 300 held since 2019 are"
                   " still missing.", "en") == []
    assert summary("The monitor said 40 civilians were killed in Daraa this year; a teacher detained since 2019 is among"
                   " 300 still missing.", "en") == []


def test_one_person_killed_in_a_region_before_a_tallys_tail() -> None:
    assert summary("قُتل الشاب سامر خالد العلي برصاص مجهولين في ريف درعا الغربي، ليرتفع عدد القتلى منذ مطلع الشهر إلى"
                   " 23 شخصاً.") == [("درعا الغربي", 1, None)]
    # many killed in a governorate before the tail: a tally
    assert summary("قُتل 7 أشخاص في محافظة درعا، ليرتفع عدد القتلى منذ مطلع الشهر إلى 23 شخصاً.") == []


def test_an_incident_before_a_periods_share_after_a_semicolon_or_in_a_region() -> None:
    assert summary("Gunmen shot dead a man in the town of Tafas on Monday; in the week alone, four people were killed in"
                   " the town.", "en") == [("Tafas", 1, None)]
    assert summary("A shell killed a child in the Idlib countryside on Monday, and in May alone 30 civilians were killed"
                   " in the province.", "en") == [("Idlib countryside", 1, None)]


def test_an_accident_done_on_purpose_is_an_attack() -> None:
    assert summary("قُتل رجل وزوجته بعد أن دهسهما عنصر من الأمن العام بسيارته عمداً في مدينة جبلة.") == [("جبلة", 2, None)]
    assert summary("قُتل رجل وزوجته دهساً في حادث سير مفتعل في مدينة جبلة.") == [("جبلة", 2, None)]
    # a road accident stays no incident, and so does a word that opens with the same letters
    assert summary("قُتل رجل وزوجته بحادث سير في مدينة جبلة.") == []
    assert summary("قُتل رجل وزوجته بحادث سير في مدينة جبلة، وعمدت فرق الدفاع المدني إلى نقل الجثتين.") == []
    # nor when the staging is denied or "on purpose" says something else
    assert summary("قُتل رجل وزوجته بحادث سير في مدينة جبلة، وأكدت الشرطة أن الحادث لم يكن مفتعلاً.") == []
    assert summary("قُتل رجل بحادث سير في مدينة جبلة، واستبعدت الشرطة أن يكون حادث سير مفتعلاً.") == []
    assert summary("أصيب ثلاثة أشخاص بحادث سير في مدينة جبلة، وطالب الأهالي بمحاسبة من يتجاوز السرعة عمداً على"
                   " الطريق.") == []


def test_a_governorates_seat_named_bare_in_the_title_stands_for_the_governorate() -> None:
    body = "\n\nقُتل مدني وثلاثة عناصر من قوات النظام جراء هجوم شنه مسلحون على نقطة عسكرية في محافظة الرقة، اليوم الأربعاء."
    assert [e.place.lexicon_id for e in extracted("هجوم جديد في الرقة يسفر عن مقتل أربعة" + body)] \
        == ["raqqa-governorate"]
    # the body puts it in the city after all: "the city", a neighbourhood
    assert [e.place.lexicon_id for e in extracted("مقتل ثلاثة بانفجار في الحسكة\n\nقُتل ثلاثة أشخاص بانفجار دراجة"
                                                  " نارية مفخخة في سوق المدينة بمحافظة الحسكة، اليوم الأربعاء.")] \
        == ["al-hasakah"]
    # named as the city, it is the city
    assert [e.place.lexicon_id for e in extracted("هجوم جديد في مدينة الرقة يسفر عن مقتل أربعة" + body)] \
        == ["al-raqqah"]


def test_an_arabic_full_stop_with_no_space_before_and_ends_a_sentence() -> None:
    text = ("قُتل شابان برصاص مسلحين ملثمين في بلدة الشحيل بريف دير الزور الشرقي.وفي بلدة ذيبان، أصيب شاب مدني"
            " بجروح إثر إطلاق نار عليه من قبل مسلحين.")
    assert summary(text) == [("الشحيل", 2, None), ("ذيبان", 0, 1)]
    # a dot between stretched letters hides a word, it ends nothing
    assert len(sentences("تعـ.ـرضت نقطة لهـ.ـجوم مسـ.ـلح في مدينة حماة.")) == 1
    assert len(sentences("وقال مراسل السورية.نت في إدلب إن شاباً قتل.")) == 1
    assert summary("اغتال مسلحون مجهولون د.فراس الجندي أمام عيادته في بلدة الشحيل بريف دير الزور.") == [("الشحيل", 1, None)]


def undated(text: str, language: str = "ar") -> list[tuple[str | None, int | None, int | None]]:
    """(place, dead, hurt) of each incident of an article whose publication date is unknown."""
    events = extract(Article(text=text, archived=text, language=language, origin="t", published=None))
    return [(e.place.name if e.place else None, e.fatalities, e.injured) for e in events]


def test_two_unresolved_days_at_one_place_are_two_incidents() -> None:
    lead = "عثرت القوى الأمنية اليوم (الأحد) على جثة امرأة قتلت بطلق ناري في مخيم الهول شرق الحسكة"
    assert undated(f"{lead}، فيما قُتل لاجئ السبت الماضي بطلق ناري في مخيم الهول.") == [("الهول", 1, None)] * 2
    assert undated("Gunmen shot dead a man in the town of Tafas on Sunday. On Friday, a woman was shot dead in the"
                   " town of Tafas.", "en") == [("Tafas", 1, None)] * 2
    # the day a source spoke, a span since a day, a death of the wounds on a later day: one incident
    assert len(undated("Officials on Saturday revealed the names of two soldiers killed in a blast in the town of"
                       " Manbij. The blast occurred on Thursday and injured five others.", "en")) == 1
    assert len(undated("قتل عنصر وأصيب اثنان بهجوم على حاجز في بلدة الهول يوم الخميس. وذكر المصدر أن المصابين نقلا"
                       " إلى مشفى في بلدة الهول حيث توفيا صباح الجمعة متأثرين بإصابتهما.")) == 1
    # nor a toll risen on a later day, a death with no act of its own, a statement's day, the victim's body found
    assert undated("انفجرت سيارة مفخخة في سوق مدينة اعزاز يوم السبت، ما أدى لمقتل ثلاثة مدنيين. وارتفعت حصيلة ضحايا"
                   " الانفجار في مدينة اعزاز اليوم الاثنين إلى خمسة قتلى.") == [("اعزاز", 5, None)]
    assert len(undated("أصيب شاب بجروح خطيرة برصاص مسلحين مجهولين في بلدة طفس يوم الخميس. وفارق الشاب الحياة اليوم"
                       " الأحد في أحد مشافي بلدة طفس.")) == 1
    assert len(undated("Two soldiers were killed in a blast in the town of Manbij on Thursday. In a statement on"
                       " Saturday, the defence ministry said the blast in Manbij also injured five soldiers.", "en")) == 1
    assert len(undated("اختطف مسلحون مجهولون الشاب سامر العلي من بلدة طفس يوم الخميس الماضي. وعُثر اليوم الأحد على"
                       " جثته مقتولاً بالرصاص قرب بلدة طفس.")) == 1
    # ... but another victim's body is another incident
    assert len(undated("قُتل شاب برصاص مسلحين مجهولين في بلدة طفس يوم الخميس. ويوم السبت، قُتل شاب آخر برصاص مسلحين"
                       " في بلدة طفس وسُلمت جثته لذويه.")) == 2


def test_a_castle_or_a_gate_heads_a_place_name_of_a_list() -> None:
    places = [p for p, _, _ in undated("وأضاف المراسل أن بلدات “قلعة المضيق، الحويز، باب الطاقة” تعرضت لقصف مدفعي من"
                                        " قبل قوات النظام.")]
    assert places == ["قلعة المضيق", "الحويز", "باب الطاقة"]
    # a verb joined by و after the last name is no place of the list
    assert len(undated("قصفت قوات النظام قرى باب الطاقة، الحواش، التوينة وأوقعت قتيلين في صفوف المدنيين.")) == 3
    assert len(undated("شنت قوات الأمن العام حملة دهم في كل من سرمدا، الدانا، حزانو واعتقلت عدداً من المطلوبين.")) == 3


def test_where_the_shelling_force_is_stationed_gives_way_to_a_village_the_gazetteer_lacks() -> None:
    assert summary("قُتل طفل جراء قصف قوات النظام المتمركزة في بلدة شطحة على قرية العمقية.") == [("العمقية", 1, None)]
    assert summary("قُتل طفل جراء قصف قوات النظام المتمركزة في في بلدة شطحة على قرية العمقية.") == [("العمقية", 1, None)]
    # ... not to the village the attackers came from
    assert summary("قُتل مدنيان بقصف لقوات النظام المتمركزة في بلدة شطحة استهدف سيارتهما بالقرب من قرية العمقية.") \
        == [("العمقية", 2, None)]
    assert summary("قُتل عنصران من قوات النظام المتمركزة في بلدة شطحة بهجوم شنه مسلحون انطلقوا من قرية العمقية.") \
        == [("شطحة", 2, None)]
    # alone, it stays the place
    assert summary("قُتل عنصر من قوات النظام المتمركزة في بلدة شطحة.") == [("شطحة", 1, None)]


def test_a_kunya_after_a_word_that_heads_a_place_name_is_the_place() -> None:
    assert named("قُتل القيادي أبو خالد الشمري بقصف مدفعي على تلة أبو الغر بريف حماة.") \
        == [[("أبو خالد الشمري", "killed")]]
    assert summary("قُتل القيادي أبو خالد الشمري بقصف مدفعي على تلة أبو الغر بريف حماة.")[0][1] == 1
    # after a sheikh's title, or the verb "appointed" (عين without its shadda), the kunya is a person's
    assert named("قُتل القيادي أبو خالد الشمري بقصف روسي قرب بلدة طفس، فيما عين أبو محمد الجولاني خلفاً له.") \
        == [[("أبو خالد الشمري", "killed"), ("أبو محمد الجولاني", "mentioned")]]
    assert named("قُتل الشيخ أبو خالد الشمري برصاص مجهولين في بلدة طفس.") == [[("أبو خالد الشمري", "killed")]]


def test_a_line_of_names_under_a_line_that_opens_a_list_of_people() -> None:
    text = ("اعتقلت دورية عدداً من الشبان في بلدة الجرذي بريف دير الزور، عُرف منهم:\n\n"
            "رمضان المحسن العلي الغازي، أحمد العجور، جابر العبد الرزج (أبو مثنى)، ووضاح نوري الشعفر.")
    assert named(text) == [[("رمضان المحسن العلي الغازي", "detained"), ("أحمد العجور", "detained"),
                            ("جابر العبد الرزج", "detained"), ("وضاح نوري الشعفر", "detained")]]
    # titled names are read as before, and a line of events or descriptions names no one
    assert named("قُتل ثلاثة عناصر من الأمن العام بهجوم على حاجز في بلدة طفس، عُرف منهم:\n\nالمساعد أول محمد الخطيب،"
                 " الرقيب أحمد الزعبي، والمجند علي حسن.") \
        == [[("محمد الخطيب", "killed"), ("أحمد الزعبي", "killed"), ("علي حسن", "killed")]]
    assert named("شهدت المحافظة خلال الأسبوع الماضي حوادث أمنية عدة، وهم:\n\nمقتل شاب في طفس، إصابة عنصر في داعل،"
                 " اختطاف طفل في جاسم.") == [[]]
    assert named("قُتل خمسة مدنيين بقصف مدفعي على بلدة النيرب، وهم:\n\nسيدة وطفلاها، ورجل مسن، وشاب من أبناء البلدة.") \
        == [[]]
    # a line of counts is no list of people
    assert named("وبلغ عدد القتلى منذ مطلع العام 619، وهم:\n\n176 مدنياً بينهم 12 امرأة، و278 عنصراً، و165 مقاتلاً.") \
        == []


def test_a_ruler_removed_from_power_or_a_minister_calling_for_an_inquiry_is_only_mentioned() -> None:
    def people(text: str) -> list[tuple[str, str]]:
        article = Article(text=text, archived=text, language="en", origin="t", published=None)
        return [(p.name, p.role) for e in extract(article) for p in e.people]

    assert people("A car bomb killed 15 people in the town of Manbij on Monday, the deadliest attack since former"
                  " President Bashar al-Assad was removed from power.") == [("Bashar al-Assad", "mentioned")]
    text = ("Gunmen killed a father and his three sons in the town of Tal Kalakh on Monday. The massacre, as figures such"
            " as German Foreign Minister Annalena Baerbock, is calling for accountability for the victims.")
    assert people(text) == [("Annalena Baerbock", "mentioned")]
    # the person the clause after the name speaks of is the victim, his family the one calling
    assert people("The family of Ahmad al-Hassan, who was shot dead in the town of Tafas on Monday, is calling for an"
                  " investigation.") == [("Ahmad al-Hassan", "killed")]


def test_strikes_named_by_what_they_hit_are_from_the_air() -> None:
    assert [e.sub_type for e in extract(Article(
        text="Strikes on the villages of Sarja and Ihsim killed 14 civilians on Saturday.", archived="",
        language="en", origin="t", published=None))] == ["air_drone_strike"] * 2
    # not with a weapon of the ground before or after
    assert [e.sub_type for e in extract(Article(
        text="Regime forces carried out strikes on the town of Ariha with heavy artillery on Saturday, killing two.",
        archived="", language="en", origin="t", published=None))] == ["shelling_artillery_missile_attack"]


def test_an_english_family_name_spelled_like_a_country_stays_in_the_name() -> None:
    text = "Gunmen shot dead Abdul Qader al-Turki in the town of Tafas on Monday."
    assert [(p.name, p.role) for e in extract(Article(text=text, archived=text, language="en", origin="t",
                                                      published=None)) for p in e.people] \
        == [("Abdul Qader al-Turki", "killed")]
