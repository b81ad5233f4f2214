"""How the sentences of one article become its incidents (generator/ingest/extract/frames.py, place.py).

Each test's article is written for the rule it tests."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract

PUBLISHED = dt.date(2023, 3, 14)   # a Tuesday


def events_of(text: str, language: str = "ar", published: dt.date | None = PUBLISHED):
    return extract(Article(text=text, archived=text, language=language, origin="test", published=published))


def test_a_town_named_after_the_lead_region_is_the_incidents_place() -> None:
    [event] = events_of("قُتل شاب برصاص مسلحين مجهولين، مساء أمس الاثنين، في ريف درعا الغربي.\n\n"
                        "واستهدف المسلحون الشاب قرب مدخل مدينة طفس، ما أدى إلى مقتله على الفور.")
    assert event.place.lexicon_id == "tafas" and event.date == dt.date(2023, 3, 13)
    assert event.fatalities == 1


def test_a_town_named_after_a_lead_in_the_country_is_the_incidents_place() -> None:
    [event] = events_of("Gunmen killed two people in southern Syria on Monday, a war monitor said.\n\n"
                        "The attack targeted a car at the entrance of the town of Tafas.", language="en")
    assert event.place.lexicon_id == "tafas" and event.fatalities == 2


def test_the_governorate_named_after_the_town_makes_no_copy() -> None:
    [event] = events_of("قُتل عنصر من قوات النظام، اليوم الثلاثاء، بانفجار عبوة ناسفة في بلدة داعل.\n\n"
                        "وتشهد محافظة درعا انفجار عبوات ناسفة بشكل شبه يومي.")
    assert event.place.lexicon_id == "da-el"


def test_a_dated_sentence_after_an_undated_lead_dates_the_incident() -> None:
    [event] = events_of("قُتل شابان بقصف طائرة مسيّرة على مدينة طفس.\n\n"
                        "وقال مراسلنا إن القصف وقع أمس الاثنين في مدينة طفس وأسفر عن مقتل الشابين.")
    assert event.date == dt.date(2023, 3, 13) and event.place.lexicon_id == "tafas"


def test_a_region_of_the_same_governorate_is_another_place() -> None:
    events = events_of("Regime rockets hit a camp near the town of Tafas on Monday, killing three people.\n\n"
                       "Rebels responded later on Monday by shelling regime positions in the Hauran plain.",
                       language="en")
    assert [e.place.lexicon_id for e in events] == ["tafas", "hauran"]


def test_an_incident_that_only_injured_people_has_no_fatalities() -> None:
    [event] = events_of("أصيب ثلاثة مدنيين بجروح، اليوم الثلاثاء، جراء انفجار عبوة ناسفة في مدينة طفس.")
    assert (event.fatalities, event.injured) == (0, 3)
    [event] = events_of("Three civilians were wounded on Tuesday by an explosive device in Tafas.", language="en")
    assert (event.fatalities, event.injured) == (0, 3)


def test_wounded_and_killed_keeps_the_killed_count_unknown_when_not_given() -> None:
    [event] = events_of("قُتل وأصيب عدد من عناصر قوات النظام، اليوم الثلاثاء، بانفجار عبوة ناسفة في مدينة طفس.")
    assert event.fatalities is None


def test_a_sentence_marked_as_another_incident_opens_its_own() -> None:
    events = events_of("قُتل عنصر من قوات النظام، أمس الاثنين، بانفجار عبوة ناسفة في مدينة طفس.\n\n"
                       "وفي حادثة أخرى، قُتل شاب برصاص مسلحين مجهولين في مدينة طفس.")
    assert len(events) == 2 and [e.fatalities for e in events] == [1, 1]
    events = events_of("A soldier was killed by a roadside bomb in Tafas on Monday.\n\n"
                       "In a separate incident, gunmen killed a young man in Tafas.", language="en")
    assert len(events) == 2


def test_others_after_a_count_and_also_said_add_nobody() -> None:
    [event] = events_of("قُتل 7 مدنيين وأصيب 20 آخرون، اليوم الثلاثاء، بقصف مدفعي على مدينة طفس.\n\n"
                        "وذكرت وكالة محلية أن القصف أسفر عن مقتل 10 مدنيين وإصابة 35 آخرين.")
    assert (event.fatalities, event.injured) == (7, 20)
    [event] = events_of("Two explosions killed 10 people in Tafas on Tuesday.\n\n"
                        "Another activist group also said that at least 10 people were killed.", language="en")
    assert event.fatalities == 10


def test_also_killed_still_adds() -> None:
    [event] = events_of("قُتل عنصران من قوات النظام، اليوم الثلاثاء، بانفجار عبوة ناسفة في مدينة طفس.\n\n"
                        "كما قُتل عنصر آخر متأثراً بجراحه.")
    assert event.fatalities == 3


def test_a_tally_makes_no_incident_but_its_dated_incidents_do() -> None:
    text = ("وثقت الشبكة مقتل 86 مدنياً في محافظة دير الزور خلال شهر تشرين الثاني.\n\n"
            "ووفق الإحصائية فإن قوات النظام قتلت 19 مدنياً، فيما قتل 6 مدنيين برصاص مجهولين.\n\n"
            "وقتل شاب برصاص مجهولين، أمس الاثنين، في مدينة طفس.")
    [event] = events_of(text)
    assert event.date == dt.date(2023, 3, 13) and event.place.lexicon_id == "tafas"


def test_a_killing_dated_only_by_its_month_is_a_tally() -> None:
    assert events_of("SNHR documented that 55 civilians were killed in Syria in September 2023.",
                     language="en", published=dt.date(2023, 10, 1)) == []
    assert events_of("قُتل 161 مدنياً في سوريا خلال تشرين الأول 2023.", published=dt.date(2023, 11, 1)) == []


def test_a_toll_over_a_span_of_days_or_of_counted_incidents_is_a_tally() -> None:
    lead = "قُتل شاب برصاص مسلحين مجهولين، أمس الاثنين، في مدينة طفس.\n\n"
    for tally in ("وخلال الأسبوع الماضي قُتل 9 أشخاص في محافظة درعا.",
                  "وسجلت المحافظة 41 عملية ومحاولة اغتيال أسفرت عن مقتل 31 شخصاً وإصابة 7 آخرين.",
                  "وارتفع عدد ضحايا الألغام في المحافظة منذ سقوط النظام إلى 150 قتيلاً."):
        assert [(e.place.lexicon_id, e.fatalities, e.injured) for e in events_of(lead + tally)] == [("tafas", 1, None)]
    lead = "Gunmen shot dead a young man in the town of Tafas on Monday.\n\n"
    for tally in ("During the past week, nine people were killed in Daraa province.",
                  "The province saw 41 assassination attempts, in which 31 people were killed.",
                  "The death toll from such attacks this month has risen to 45."):
        events = events_of(lead + tally, language="en")
        assert [(e.place.lexicon_id, e.fatalities, e.injured) for e in events] == [("tafas", 1, None)]


def test_the_city_a_source_speaks_from_or_an_agency_named_like_a_village_is_no_place_of_a_copy() -> None:
    text = ("Armed groups attacked a security checkpoint in the town of Tafas on Tuesday, killing one member.\n\n"
            "The government in Damascus said it would investigate the clashes.")
    assert [e.place.lexicon_id for e in events_of(text, language="en")] == ["tafas"]
    text = ("A blast at an ammunition depot in the town of Tafas killed six people on Tuesday.\n\n"
            "Syria's state news agency Sana reported an explosion at the depot.")
    assert [e.place.lexicon_id for e in events_of(text, language="en")] == ["tafas"]
    # a town where the source places another clash is another incident
    text = ("Armed groups attacked a security checkpoint in the town of Tafas on Tuesday, killing one member.\n\n"
            "The monitor said clashes also broke out in Inkhil on Tuesday, killing two.")
    assert [e.place.lexicon_id for e in events_of(text, language="en")] == ["tafas", "inkhil"]


def test_where_the_victims_come_from_is_not_the_scene() -> None:
    # a person's noun right before "من" (no name between), with the scene named after it
    [event] = events_of("أفاد المرصد بمقتل مدني من بلدة الكرك على يد شخص آخر، نتيجة خلاف في مدينة طفس، اليوم الثلاثاء.")
    assert event.place.lexicon_id == "tafas"
    # a later sentence that only says where the two come from (a dual verb) gives no place; one that names the
    # scene refines it
    lead = "قتل شاب وأصيب آخر بجروح، مساء أمس الاثنين، جراء هجوم مسلح في الريف الغربي لمحافظة درعا.\n\n"
    for later, place in (("وأشارت المصادر إلى أن الشابين ينحدران كلاهما من قرية اليادودة، وهما مدنيان.", "daraa-governorate"),
                         ("واستهدف المسلحون سيارة الشابين عند مدخل بلدة اليادودة.", "al-yadudah")):
        assert [e.place.lexicon_id for e in events_of(lead + later)] == [place]


def test_a_second_incident_at_another_town_inside_one_sentence_is_its_own() -> None:
    events = events_of("فقد مدني حياته نتيجة تعرضه للطعن في بلدة طفس، اليوم الثلاثاء، في حين أصيب شاب جراء استهدافه "
                       "بالرصاص من قبل مجهولين في مدينة إنخل.")
    assert [(e.place.lexicon_id, e.fatalities, e.injured) for e in events] == [("tafas", 1, None), ("inkhil", 0, 1)]
    events = events_of("A man was shot dead in the town of Tafas on Tuesday, while a child was wounded by a landmine "
                       "in Inkhil.", language="en")
    assert [(e.place.lexicon_id, e.fatalities, e.injured) for e in events] == [("tafas", 1, None), ("inkhil", 0, 1)]
    # the second half in the same town, or with no casualty of its own: one incident
    [event] = events_of("قتل شاب برصاص مسلحين في بلدة طفس، اليوم الثلاثاء، في حين أصيب آخر في البلدة ذاتها.")
    assert event.place.lexicon_id == "tafas"
    [event] = events_of("قتل شاب برصاص مسلحين في بلدة طفس، اليوم الثلاثاء، في حين فر المسلحون باتجاه مدينة إنخل.")
    assert event.place.lexicon_id == "tafas"


def test_strikes_counted_in_times_since_a_start_and_their_toll_are_a_tally() -> None:
    text = ("استهدفت غارة جوية سيارة قرب بلدة طفس، اليوم الثلاثاء، ما أدى إلى مقتل شخصين.\n\n"
            "وفي وقت سابق، أشار المرصد إلى أن الطائرات منذ بداية الحرب قصفت الأراضي السورية 90 مرة، 60 منها جوية.\n\n"
            "وقال المرصد، في بيان له، إن تلك الضربات تسببت بمقتل 200 من العسكريين وإصابة 150 آخرين.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events_of(text)] == [("tafas", 2)]
    text = ("An air strike hit a car near the town of Tafas on Tuesday, killing two people.\n\n"
            "Israel has struck Syria 90 times since the start of the war, the monitor said.\n\n"
            "Those strikes killed 200 soldiers, it added.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events_of(text, language="en")] == [("tafas", 2)]
    # strikes counted in times on the day, and "these strikes" told of the incident itself: the incident's
    text = ("شنت الطائرات الحربية ثلاث غارات على بلدة طفس، اليوم الثلاثاء.\n\n"
            "وأسفرت تلك الغارات عن مقتل 5 مدنيين.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events_of(text)] == [("tafas", 5)]


def test_an_incident_with_a_day_of_its_own_in_a_span_or_a_toll_rising_the_same_day_is_no_tally() -> None:
    [event] = events_of("قُتل شاب برصاص مسلحين مجهولين، أمس الاثنين، في مدينة طفس، في ثالث هجوم من نوعه خلال "
                        "الأسبوع الماضي.")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 1)
    [event] = events_of("A young man was shot dead in Tafas on Monday, the third such attack in the past week.",
                        language="en")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 1)
    [event] = events_of("ارتفع عدد القتلى بانفجار سيارة مفخخة في مدينة طفس منذ صباح أمس الاثنين إلى 9 أشخاص.")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 9)


def test_a_trend_of_incidents_is_background_but_an_incident_amid_one_is_not() -> None:
    lead = "قُتل شاب برصاص مسلحين مجهولين، أمس الاثنين، في مدينة طفس.\n\n"
    events = events_of(lead + "وتشهد مدينة داعل تصاعداً في عمليات الاغتيال التي تستهدف عناصر التسويات.")
    assert [e.place.lexicon_id for e in events] == ["tafas"]
    events = events_of("Gunmen shot dead a young man in the town of Tafas on Monday.\n\n"
                       "The town of Da'el is witnessing a surge in assassinations of former rebels.", language="en")
    assert [e.place.lexicon_id for e in events] == ["tafas"]
    [event] = events_of("قُتل عنصر من قوات النظام بانفجار عبوة ناسفة في مدينة طفس، وسط تصاعد الهجمات في المنطقة.",
                        published=None)
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 1)


def test_a_dated_articles_incident_without_a_date_takes_the_one_before_or_publication() -> None:
    events = events_of("قُتل شاب برصاص مسلحين مجهولين في مدينة طفس.\n\n"
                       "وفي حادثة أخرى، أصيب طفل بانفجار لغم أرضي في بلدة داعل.")
    assert [e.date for e in events] == [PUBLISHED, PUBLISHED]
    assert all(any(field == "date" and "publication date" in why or "before it" in why for field, why in e.review)
               for e in events)
    events = events_of("قُتل شاب برصاص مسلحين مجهولين، أمس الاثنين، في مدينة طفس.\n\n"
                       "وفي حادثة أخرى، أصيب طفل بانفجار لغم أرضي في بلدة داعل.")
    assert [e.date for e in events] == [dt.date(2023, 3, 13)] * 2


def test_an_undated_articles_incident_stays_undated() -> None:
    [event] = events_of("قُتل شاب برصاص مسلحين مجهولين في مدينة طفس.", published=None)
    assert event.date is None and event.date_precision == "unknown"


def test_a_city_named_as_its_countryside_or_province_is_the_governorate() -> None:
    [event] = events_of("قُتل شاب برصاص مسلحين مجهولين، أمس الاثنين، في ريف حماة.")
    assert event.place.lexicon_id == "hama-governorate"
    [event] = events_of("A young man was shot dead by unknown gunmen in Hama province on Monday.", language="en")
    assert event.place.lexicon_id == "hama-governorate"
    [event] = events_of("قُتل شاب برصاص مسلحين مجهولين، أمس الاثنين، في مدينة حماة.")
    assert event.place.lexicon_id == "hamah"


def test_a_strike_on_a_list_of_towns_is_an_incident_per_town_with_no_share_of_a_joint_toll() -> None:
    # coding rule 3 of tests/realnews/README.md: a toll told for all the places together is none of theirs
    events = events_of("قصفت قوات النظام بلدتي آفس وسرمين بريف إدلب، اليوم الثلاثاء، ما أدى إلى مقتل ثلاثة مدنيين.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("afis", None), ("sarmin", None)]
    note = ("fatalities", "the text gives 3 killed for 2 places together: not this place's own toll")
    assert all(note in e.review for e in events)   # the joint toll stays for the editor to see
    events = events_of("Russian jets struck Idlib city, the town of Binnish and Sarmin on Tuesday, killing nine people.",
                       language="en")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("idlib", None), ("binnish", None), ("sarmin", None)]


def test_a_toll_told_of_the_first_town_of_a_list_stays_its_own() -> None:
    events = events_of("قصفت قوات النظام بلدة آفس، اليوم الثلاثاء، ما أدى إلى مقتل ثلاثة مدنيين، كما طال القصف بلدة "
                       "سرمين.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("afis", 3), ("sarmin", None)]


def test_no_casualties_on_a_list_of_towns_holds_for_each() -> None:
    events = events_of("قصفت قوات النظام بلدتي آفس وسرمين بريف إدلب، اليوم الثلاثاء، دون وقوع إصابات.")
    assert [(e.place.lexicon_id, e.fatalities, e.injured) for e in events] == [("afis", 0, 0), ("sarmin", 0, 0)]


def test_a_killing_in_two_named_towns_is_not_spread() -> None:
    [event] = events_of("قُتل شاب برصاص مسلحين مجهولين، اليوم الثلاثاء، على الطريق بين طفس وداعل.")
    assert event.fatalities == 1


def test_a_sentence_recalling_a_precedent_makes_no_incident() -> None:
    [event] = events_of("أصيب خمسة مدنيين، اليوم الثلاثاء، بانفجار عبوة ناسفة في سوق مدينة طفس.\n\n"
                        "وسبق أن قُتل ثلاثة مدنيين بانفجار مماثل في مدينة داعل، يوم 2 من شهر آذار الجاري.")
    assert event.place.lexicon_id == "tafas" and event.injured == 5
    [event] = events_of("Five civilians were wounded on Tuesday by a bomb in the market of Tafas.\n\n"
                        "Previously, three civilians were killed by a similar bomb in the town of Da'el on 2 March.",
                        language="en")
    assert event.place.lexicon_id == "tafas" and event.injured == 5


def test_an_incident_weeks_before_this_one_is_a_precedent() -> None:
    [event] = events_of("قُتل طفل، اليوم الثلاثاء، بانفجار قنبلة عنقودية في مدينة طفس.\n\n"
                        "وذلك بعد أسبوعين من مقتل شاب وإصابة ثلاثة آخرين بانفجار لغم في مدينة داعل.")
    assert event.place.lexicon_id == "tafas" and event.fatalities == 1
    [event] = events_of("قُتل طفل، اليوم الثلاثاء، بانفجار قنبلة عنقودية في مدينة طفس.\n\n"
                        "وذلك بعد نحو شهرين من مقتل شاب وإصابة ثلاثة آخرين بانفجار لغم في مدينة داعل.")
    assert event.place.lexicon_id == "tafas" and event.fatalities == 1
    [event] = events_of("A child was killed on Tuesday by a cluster bomb in the town of Tafas.\n\n"
                        "It came two weeks after a landmine killed a young man in the town of Da'el.", language="en")
    assert event.place.lexicon_id == "tafas" and event.fatalities == 1


def test_an_abbreviation_ends_no_sentence() -> None:
    from generator.ingest.extract import default_options
    from generator.ingest.extract.sentences import sentences

    text = "On Feb. 6, Lt. Col. Omar Saleh was shot dead near Tafas. A second man was wounded."
    spans = sentences(text, default_options().pack("en").abbreviations)
    assert [text[s:e] for s, e in spans] == ["On Feb. 6, Lt. Col. Omar Saleh was shot dead near Tafas.",
                                             "A second man was wounded."]


def test_a_text_with_no_sentence_end_is_cut_at_spaces_into_clauses_of_bounded_length() -> None:
    from generator.ingest.extract.sentences import MAX_SENTENCE_CHARS, sentences

    text = "three people were killed in a village and " * 200   # 8,400 characters, no full stop
    spans = sentences(text)
    assert len(spans) > 1 and all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    assert [word for s, e in spans for word in text[s:e].split()] == text.split()   # no word lost or cut in two


def test_gunmen_who_opened_fire_or_shot_someone_to_death_make_an_incident() -> None:
    [event] = events_of("On Tuesday, unknown gunmen opened fire on a car at the entrance of the town of Tafas.",
                        language="en")
    assert (event.type, event.place.lexicon_id) == ("violence_against_civilians", "tafas")
    [event] = events_of("Gunmen shot a shepherd to death on Monday near the town of Tafas.", language="en")
    assert event.fatalities == 1 and event.date == dt.date(2023, 3, 13)


def test_incidents_spoken_of_as_recurring_are_background() -> None:
    [event] = events_of("أصيب ثلاثة مدنيين، اليوم الثلاثاء، بانفجار عبوة ناسفة في مدينة طفس.\n\n"
                        "وتتكرر حوادث تفجير العبوات الناسفة في ريف درعا الغربي.")
    assert event.place.lexicon_id == "tafas"
    [event] = events_of("Three civilians were wounded on Tuesday by a bomb in the city of Tafas.\n\n"
                        "Bombings have become frequent in the western Daraa countryside.", language="en")
    assert event.place.lexicon_id == "tafas"


def test_a_past_form_with_an_object_after_a_plural_noun_is_an_event() -> None:
    [event] = events_of("Unknown individuals executed a civilian in Tafas on Monday.", language="en")
    assert (event.place.lexicon_id, event.type) == ("tafas", "violence_against_civilians")
    [event] = events_of("Gunmen opened machinegun fire on a checkpoint in Tafas on Monday.", language="en")
    assert event.place.lexicon_id == "tafas"
    # no object: the state of people detained long ago, no event
    assert events_of("Relatives of individuals detained since 2011 met in Tafas on Monday.", language="en") == []


def test_a_wire_photo_caption_is_no_incident() -> None:
    # an undated page: nothing tells the old photo's date from the report's
    events = events_of("FILE - Smoke rises following an Israeli strike on the town of Nawa, Friday, Aug. 29, 2014.\n\n"
                       "A drone strike killed two people near Tafas on Monday, local sources said.", language="en",
                       published=None)
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("tafas", 2)]
    events = events_of("صورة أرشيفية - دخان يتصاعد إثر غارة إسرائيلية على بلدة نوى، الجمعة 29 آب 2014.\n\n"
                       "قُتل شخصان بقصف طائرة مسيّرة قرب مدينة طفس، يوم الاثنين.", published=None)
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("tafas", 2)]
    # a report that opens with "Archive" as a word of its own sentence is no caption
    [event] = events_of("Archive records show a drone strike killed two people near Tafas on Monday.", language="en")
    assert event.fatalities == 2


def test_shelling_told_as_a_habit_is_background() -> None:
    [event] = events_of("قصفت قوات النظام بالمدفعية بلدة البارة، اليوم الثلاثاء.\n\n"
                        "وتستهدف قوات النظام بشكل شبه يومي قرى وبلدات ريف إدلب، ما يسفر عن سقوط شهداء وجرحى في صفوف المدنيين.")
    assert (event.place.name, event.fatalities) == ("البارة", None)
    [event] = events_of("Regime forces shelled the town of al-Bara on Tuesday.\n\n"
                        "Regime forces target villages in the Idlib countryside almost daily, wounding civilians.",
                        language="en")
    assert (event.place.name, event.fatalities) == ("al-Bara", None)
    # a toll of its own on a day of its own: an incident, however often such shelling comes
    events = events_of("قصفت قوات النظام بالمدفعية بلدة البارة، اليوم الثلاثاء.\n\n"
                       "وقُتل مدنيان، أمس الاثنين، بقصف على بلدة بلشون التي تتعرض للقصف بشكل شبه يومي.")
    assert [e.place.name for e in events] == ["البارة", "بلشون"]


def test_an_undated_sentence_at_an_earlier_incidents_place_is_about_it() -> None:
    events = events_of("قُتل شاب، اليوم الثلاثاء، بانفجار عبوة ناسفة في مدينة طفس.\n\n"
                       "وفي بلدة داعل، قُتل رجل برصاص مسلحين مجهولين أمس الاثنين.\n\n"
                       "وأدى انفجار العبوة في مدينة طفس إلى أضرار في المحال التجارية.")
    assert [(e.place.lexicon_id, e.date) for e in events] == [("tafas", PUBLISHED), ("da-el", dt.date(2023, 3, 13))]


def test_an_aside_opened_with_a_pronoun_on_that_makes_no_incident() -> None:
    [event] = events_of("قُتل عنصر من الأمن العام بإطلاق نار على دورية في مدينة طفس.\n\n"
                        "يُذكر أنه في 19 آب الماضي، قُتل عنصران من الأمن العام بنيران مجهولين في بلدة داعل.",
                        published=None)
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 1)
    # a sentence that opens with the incident itself is not an aside
    events = events_of("قُتل عنصر من الأمن العام بإطلاق نار على دورية في مدينة طفس.\n\n"
                       "وفي 19 آب الماضي، قُتل عنصران من الأمن العام بنيران مجهولين في بلدة داعل.", published=None)
    assert [e.place.lexicon_id for e in events] == ["tafas", "da-el"]


def test_an_aside_that_is_no_detail_of_the_incident_makes_no_incident() -> None:
    [event] = events_of("قُتل ثلاثة مدنيين، اليوم الثلاثاء، بانفجار سيارة مفخخة في مدينة طفس.\n\n"
                        "جدير بالذكر أن سيارة مفخخة انفجرت في مدينة داعل قبل أشهر، ما أدى لمقتل 20 مدنياً.")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 3)
    [event] = events_of("A car bomb killed three civilians in the town of Tafas on Tuesday.\n\n"
                        "It is worth noting that a car bomb killed 20 civilians in the town of Da'el months ago.",
                        language="en")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 3)


def test_a_toll_that_rose_is_the_incidents_toll_not_a_statistic() -> None:
    [event] = events_of("ارتفع عدد القتلى بانفجار سيارة مفخخة في مدينة طفس، مساء أمس الاثنين، إلى 9 أشخاص.")
    assert (event.place.lexicon_id, event.fatalities, event.date) == ("tafas", 9, dt.date(2023, 3, 13))


def test_a_sentence_naming_the_incident_again_tells_more_about_it_whatever_place_it_names() -> None:
    [event] = events_of("هاجم مسلحون مجهولون، اليوم الثلاثاء، سيارة تقل عناصر من الأمن العسكري قرب مدينة طفس.\n\n"
                        "وقالت المصادر إن الهجوم أدى لمقتل عنصرين، ونُقل جريح إلى مشافي مدينة درعا.")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 2)
    [event] = events_of("Gunmen attacked a car carrying security men near the town of Tafas on Tuesday.\n\n"
                        "The attack killed two of them, and a wounded man was taken to a hospital in Daraa.",
                        language="en")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 2)


def test_every_incident_noun_names_the_incident_again() -> None:
    # one list of incident nouns (lang/*/events.py) for this rule and for the victims of people.py
    [event] = events_of("شنت طائرة حربية، اليوم الثلاثاء، غارة على أطراف مدينة طفس.\n\n"
                        "وأسفرت الغارة عن مقتل ثلاثة مدنيين، نُقلت جثثهم إلى مشفى مدينة درعا.")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 3)
    [event] = events_of("A warplane carried out a strike on the outskirts of the town of Tafas on Tuesday.\n\n"
                        "The strike killed three civilians, whose bodies were taken to a hospital in Daraa.",
                        language="en")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 3)


def test_the_incident_noun_before_a_place_of_its_own_reports_another_incident() -> None:
    events = events_of("قُتل ثلاثة مدنيين، اليوم الثلاثاء، بغارة جوية على مدينة طفس.\n\n"
                       "واستهدف القصف المدفعي منازل في بلدة داعل، ما تسبب بدمار كبير دون وقوع إصابات.")
    assert [e.place.lexicon_id for e in events] == ["tafas", "da-el"]


def test_a_sentence_opening_with_days_ago_is_another_incident() -> None:
    events = events_of("هاجم مسلحون مجهولون حاجزاً لقوات النظام في مدينة طفس، ما أدى لمقتل عنصرين.\n\n"
                       "وقبل أيام، انفجرت عبوة ناسفة في مدينة طفس، ما أدى إلى إصابة ثلاثة أشخاص.", published=None)
    assert [(e.fatalities, e.injured) for e in events] == [(2, None), (0, 3)]


def test_an_incident_on_the_same_day_takes_the_date_of_the_one_before() -> None:
    events = events_of("أصيب شابان بجروح، الاثنين 6 آذار 2023، بإطلاق نار من مسلحين مجهولين في مدينة طفس.\n\n"
                       "وفي اليوم ذاته، وفي حادثة منفصلة، قُتل رجل بإطلاق نار في بلدة داعل.", published=None)
    assert [e.date for e in events] == [dt.date(2023, 3, 6), dt.date(2023, 3, 6)]
    events = events_of("Two young men were wounded by gunmen in the city of Tafas on 6 March 2023.\n\n"
                       "On the same day, in a separate incident, a man was shot dead in the town of Da'el.",
                       language="en", published=None)
    assert [e.date for e in events] == [dt.date(2023, 3, 6), dt.date(2023, 3, 6)]


def test_a_photo_caption_makes_no_incident() -> None:
    [event] = events_of("انفجار عبوة ناسفة في سوق مدينة طفس - 2 آذار (ناشطون)\n"
                        "أصيب خمسة مدنيين، اليوم الثلاثاء، بانفجار عبوة ناسفة في سوق مدينة طفس.")
    assert (event.date, event.injured) == (PUBLISHED, 5)
    [event] = events_of("The market of Tafas after the blast on 2 March [Omar Saleh/Local Network]\n"
                        "Five civilians were wounded on Tuesday by a bomb in the market of Tafas.", language="en")
    assert (event.date, event.injured) == (PUBLISHED, 5)


def test_a_sentence_opening_on_the_same_day_is_another_incident() -> None:
    events = events_of("قُتل شاب برصاص مسلحين مجهولين، اليوم الثلاثاء، في مدينة طفس.\n\n"
                       "وفي الوقت ذاته عثر أهالي مدينة طفس على جثة رجل مجهول الهوية قرب دوار البلدة.")
    assert [(e.date, e.fatalities) for e in events] == [(PUBLISHED, 1), (PUBLISHED, 1)]


def test_a_clause_after_while_is_a_clause_of_its_own() -> None:
    from generator.ingest.extract.sentences import sentences

    text = "قُتل شاب برصاص مسلحين في مدينة طفس أمس الاثنين، فيما عُثر على جثة رجل في بلدة داعل اليوم الثلاثاء."
    assert [text[s:e] for s, e in sentences(text)] == ["قُتل شاب برصاص مسلحين في مدينة طفس أمس الاثنين،",
                                                       "فيما عُثر على جثة رجل في بلدة داعل اليوم الثلاثاء."]
    events = events_of(text)
    assert [(e.place.lexicon_id, e.date) for e in events] == [("tafas", dt.date(2023, 3, 13)), ("da-el", PUBLISHED)]


def test_the_pages_title_is_no_incident_of_its_own() -> None:
    # the title names the governorate, the body the town and the day: one incident, at the town
    [event] = events_of("مقتل شابين بانفجار عبوة ناسفة في درعا\n\n"
                        "قُتل شابان، مساء أمس الاثنين، بانفجار عبوة ناسفة زرعها مجهولون على طريق في بلدة داعل.")
    assert (event.place.lexicon_id, event.date, event.fatalities) == ("da-el", dt.date(2023, 3, 13), 2)


def test_the_title_fills_what_the_body_leaves_blank() -> None:
    [event] = events_of("Two killed in a bombing in Tafas\n\n"
                        "An explosive device went off on Monday near a bakery, killing people queuing there.",
                        language="en")
    assert (event.place.lexicon_id, event.fatalities, event.date) == ("tafas", 2, dt.date(2023, 3, 13))


def test_a_title_inside_the_body_makes_no_incident() -> None:
    # a related report's title between two paragraphs is no detail of the incident before it
    [event] = events_of("قُتل شاب برصاص مسلحين مجهولين، مساء أمس الاثنين، في مدينة طفس.\n\n"
                        "مقتل عشرة أشخاص بانفجار لغم في بادية حمص\n\n"
                        "وينحدر الشاب من ريف درعا الغربي.")
    assert (event.type, event.fatalities) == ("violence_against_civilians", 1)


def test_a_page_of_title_lines_alone_still_reports_its_incident() -> None:
    [event] = events_of("مقتل شابين بانفجار عبوة ناسفة في بلدة داعل")
    assert (event.place.lexicon_id, event.fatalities) == ("da-el", 2)


def test_list_items_without_a_full_stop_are_incidents_not_titles() -> None:
    events = events_of("- قُتل شاب برصاص مجهولين في مدينة طفس، الاثنين\n"
                       "- أصيب ثلاثة مدنيين بانفجار عبوة ناسفة في بلدة داعل، الأحد\n")
    assert [e.place.lexicon_id for e in events] == ["tafas", "da-el"]


def test_where_the_wounded_were_taken_is_no_scene_of_another_incident() -> None:
    [event] = events_of("قُتل شاب برصاص مسلحين مجهولين، مساء أمس الاثنين، في مدينة طفس.\n\n"
                        "وأصيب شاب آخر بجروح ونُقل إلى المستشفى الوطني في مدينة درعا.")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 1)
    [event] = events_of("Gunmen shot dead a man in Tafas on Monday.\n\n"
                        "Two other men were wounded and were taken to a hospital in Daraa.", language="en")
    assert (event.place.lexicon_id, event.fatalities, event.injured) == ("tafas", 1, 2)


def test_a_sentence_dated_by_the_start_of_a_month_is_no_incident() -> None:
    events = events_of("Daraa has witnessed 25 assassinations since the start of October, a monitor said.\n\n"
                       "Gunmen shot dead a man in Tafas on Monday.", language="en")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("tafas", 1)]


def test_a_lead_that_sums_up_several_incidents_is_none_of_its_own() -> None:
    events = events_of("شهدت مدينة درعا وريفها، أمس الاثنين، سلسلة هجمات نفذها مسلحون مجهولون أسفرت عن مقتل شابين.\n\n"
                       "وقُتل شاب برصاص مجهولين في مدينة طفس.\n\n"
                       "وفي بلدة داعل، قُتل شاب آخر بإطلاق نار مباشر من مسلحين يستقلون دراجة نارية.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("tafas", 1), ("da-el", 1)]
    events = events_of("Gunmen carried out a series of shootings in the city of Daraa and its countryside on Monday, "
                       "killing two men.\n\n"
                       "One man was shot dead in the town of Tafas.\n\n"
                       "In a separate incident, a man was killed in the town of Da'el.", language="en")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("tafas", 1), ("da-el", 1)]


def test_scattered_incidents_named_by_their_means_are_a_summary() -> None:
    events = events_of("شهدت محافظة درعا، أمس الاثنين، حوادث إطلاق نار متفرقة أدت إلى مقتل شخصين.\n\n"
                       "وقُتل الشاب أحمد سعيد العلي برصاص مجهولين في مدينة طفس.\n\n"
                       "وفي بلدة داعل، قُتل شاب آخر بإطلاق نار مباشر من مسلحين يستقلون دراجة نارية.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("tafas", 1), ("da-el", 1)]
    events = events_of("Scattered shootings killed two men in Daraa province on Monday.\n\n"
                       "One man was shot dead in the town of Tafas.\n\n"
                       "In a separate incident, a man was killed in the town of Da'el.", language="en")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("tafas", 1), ("da-el", 1)]
    # one shooting with wounds "scattered" over the body stays its own incident
    [event] = events_of("قُتل شاب وأصيب آخر بجروح متفرقة، أمس الاثنين، في حادثة إطلاق نار بمدينة طفس.")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 1)


# ---------------------------------------------------------------- a source telling the incident again

def test_a_source_telling_the_incident_again_at_another_town_makes_no_copy() -> None:
    [event] = events_of("قُتل ستة مدنيين وأصيب عشرة آخرون، اليوم الثلاثاء، بانفجار سيارة مفخخة في مدينة جاسم.\n\n"
                        "وقال مصدر في المجلس المحلي إن \"ستة أشخاص لقوا مصرعهم وأصيب عشرة آخرون إثر انفجار سيارة "
                        "قادمة من بلدة إنخل\".")
    assert event.place.lexicon_id == "jasim" and (event.fatalities, event.injured) == (6, 10)
    [event] = events_of("A car bomb killed six people and wounded ten in the town of Jasim on Tuesday.\n\n"
                        "A member of the local council told reporters that six people were killed and ten wounded "
                        "when the car, which came from Inkhil, exploded.", language="en")
    assert event.place.lexicon_id == "jasim" and (event.fatalities, event.injured) == (6, 10)


def test_a_source_telling_the_incident_again_at_a_place_the_gazetteer_lacks_makes_no_copy() -> None:
    [event] = events_of("عُثر، اليوم الثلاثاء، على جثة شاب مقتول في مدينة جاسم.\n\n"
                        "وبحسب موقع محلي فإن الأهالي عثروا على جثة الشاب في أرض زراعية بمنطقة الكروم الغربية.")
    assert event.place.lexicon_id == "jasim" and event.fatalities == 1
    [event] = events_of("Gunmen killed a young man in the town of Jasim on Tuesday.\n\n"
                        "According to local sources, the man was shot in the orchards of Kurum al-Gharbiya.",
                        language="en")
    assert event.place.lexicon_id == "jasim" and event.fatalities == 1


def test_a_source_telling_of_another_victim_another_day_or_another_toll_opens_another_incident() -> None:
    lead = "قُتل الشاب أحمد سعيد العلي برصاص مسلحين مجهولين، اليوم الثلاثاء، في مدينة جاسم.\n\n"
    events = events_of(lead + "وقال مصدر محلي إن مسلحين اغتالوا الشاب محمود خالد الحسن في قرية تل الورد.")
    assert [e.fatalities for e in events] == [1, 1] and events[1].place.name == "تل الورد"
    events = events_of(lead + "وذكرت مصادر محلية أن مسلحين قتلوا شاباً في قرية تل الورد يوم الأحد الماضي.")
    assert [e.date for e in events] == [dt.date(2023, 3, 14), dt.date(2023, 3, 12)]
    events = events_of(lead + "وأفادت مصادر بمقتل ثلاثة عناصر من قوات النظام في هجوم على حاجز في قرية تل الورد.")
    assert [e.fatalities for e in events] == [1, 3]
    events = events_of("Unknown gunmen shot dead a man in the town of Jasim on Tuesday.\n\n"
                       "Local sources said that three soldiers were killed in an attack on a checkpoint in the "
                       "village of Tal al-Ward.", language="en")
    assert [e.fatalities for e in events] == [1, 3]
    # another town of the gazetteer, no toll to tell that it is the same incident
    events = events_of(lead + "وأفادت مصادر بأن مسلحين استهدفوا حاجزاً لقوات النظام في بلدة إنخل.")
    assert [e.place.lexicon_id for e in events] == ["jasim", "inkhil"]


def test_a_source_telling_of_an_attack_renewed_or_of_shelling_elsewhere_opens_another_incident() -> None:
    events = events_of("انفجرت عبوة ناسفة، اليوم الثلاثاء، في مدينة جاسم دون وقوع إصابات.\n\n"
                       "وأفادت مصادر محلية بأن عبوة ناسفة انفجرت مجدداً في قرية تل الورد.")
    assert len(events) == 2
    events = events_of("قُتل مدني بقصف مدفعي لقوات النظام على بلدة إنخل، اليوم الثلاثاء.\n\n"
                       "وأفادت مصادر محلية بأن قذائف مدفعية سقطت على قرية تل الورد.")
    assert len(events) == 2
    events = events_of("Regime artillery shelled the town of Inkhil on Tuesday, killing a civilian.\n\n"
                       "Local sources said shells also fell on the village of Tal al-Ward.", language="en")
    assert len(events) == 2


def test_earlier_before_a_speech_verb_says_when_a_source_spoke() -> None:
    [event] = events_of("اندلعت اشتباكات، اليوم الثلاثاء، في مدينة جاسم.\n\n"
                        "وفي وقت سابق من اليوم، قال مصدر محلي إن ثلاثة عناصر قُتلوا خلال الاشتباكات في مدينة جاسم.")
    assert event.fatalities == 3
    [event] = events_of("Clashes broke out in the town of Jasim on Tuesday.\n\n"
                        "A local outlet meanwhile reported three fighters killed in the clashes in Jasim.",
                        language="en")
    assert event.fatalities == 3
    events = events_of("اندلعت اشتباكات، اليوم الثلاثاء، في مدينة جاسم.\n\n"
                       "وفي وقت سابق، قُتل ثلاثة عناصر في مدينة جاسم.")
    assert len(events) == 2


def test_a_source_going_on_about_another_town_with_its_own_toll_is_the_next_incident() -> None:
    text = ("قتل وجرح عدد من المدنيين، اليوم الثلاثاء، بقصف مدفعي لقوات النظام على بلدات في ريف درعا.\n"
            "وقال مراسلنا إن القصف استهدف بلدة طفس، ما أدى إلى مقتل مدنيين اثنين.\n"
            "وأضاف المراسل أن بلدة اليادودة تعرضت للقصف أيضاً، ما أدى إلى مقتل خمسة أشخاص.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events_of(text)] == [("tafas", 2), ("al-yadudah", 5)]


def test_a_source_going_on_about_the_same_incident_adds_to_it() -> None:
    text = ("قتل مدنيان، اليوم الثلاثاء، بقصف مدفعي لقوات النظام على بلدة طفس في ريف درعا.\n"
            "وأضاف المراسل أن من بين القتلى طفلاً من أبناء بلدة اليادودة، وأصيب ثلاثة آخرون.")
    assert [(e.place.lexicon_id, e.fatalities, e.injured) for e in events_of(text)] == [("tafas", 2, 3)]


def test_a_shelling_of_a_list_after_a_plural_place_word_is_an_incident_per_place() -> None:
    # names the gazetteer lacks, in quotation marks or not, after "بلدات وقرى" or a dual
    events = events_of("قصفت قوات النظام بالمدفعية، اليوم الثلاثاء، قرى \"عين سمرا، وخربة الزيتون، والمنصورية\" "
                       "في ريف إدلب الجنوبي.")
    assert [e.place.name for e in events] == ["عين سمرا", "خربة الزيتون", "المنصورية"]
    events = events_of("واستهدف القصف أطراف بلدتي \"كفرلوسين\"، و\"المشرفة\"، وأطراف بلدة \"الحويز\"، اليوم الثلاثاء.")
    assert [e.place.name for e in events] == ["كفرلوسين", "المشرفة", "الحويز"]
    events = events_of("Regime artillery shelled the villages of Ain Samra, Kherbet Zaitoun and al-Mansoura "
                       "on Tuesday.", language="en")
    assert [e.place.name for e in events] == ["Ain Samra", "Kherbet Zaitoun", "al-Mansoura"]


def test_a_plural_place_word_without_a_list_or_between_two_villages_is_one_incident() -> None:
    [event] = events_of("قصفت قوات النظام بلدات وقرى في جبل الزاوية، اليوم الثلاثاء، ما أدى إلى أضرار مادية.")
    assert event.place.lexicon_id == "jabal-al-zawiya"
    [event] = events_of("قصفت طائرة مسيّرة، اليوم الثلاثاء، موقعاً عسكرياً بين قريتي عين سمرا والمنصورية.")
    assert event.sub_type == "air_drone_strike"
    # not a strike or a shelling: the villages the dead came from
    [event] = events_of("قُتل شابان من قرى عين سمرا والمنصورية برصاص مسلحين مجهولين، اليوم الثلاثاء.")
    assert event.fatalities == 2


def test_a_place_of_a_list_that_already_has_an_incident_joins_it() -> None:
    events = events_of("قُتل ثلاثة مدنيين بقصف مدفعي على بلدة إحسم، اليوم الثلاثاء.\n\n"
                       "وتواصل القصف اليوم الثلاثاء على بلدات وقرى إحسم، وعين سمرا، والمنصورية.")
    assert [(e.place.name, e.fatalities) for e in events] == [("إحسم", 3), ("عين سمرا", None), ("المنصورية", None)]


def test_a_source_going_on_about_another_named_victim_at_another_town_is_the_next_incident() -> None:
    events = events_of("قُتل الشاب \"سامر خليل العبد\" برصاص مسلحين مجهولين في مدينة طفس، أمس الاثنين.\n\n"
                       "وأضاف مراسلنا أن الطفل \"ماهر يوسف الراشد\" قتل بانفجار قنبلة يدوية في بلدة داعل.")
    assert [e.place.lexicon_id for e in events] == ["tafas", "da-el"]
    # the same victim again, or no victim of its own: more of the incident
    [event] = events_of("قُتل الشاب \"سامر خليل العبد\" برصاص مسلحين مجهولين في مدينة طفس، أمس الاثنين.\n\n"
                        "وأضاف مراسلنا أن الشاب \"سامر خليل العبد\" قتل قرب منزله في بلدة داعل.")
    assert event.place.lexicon_id == "tafas"
    [event] = events_of("قُتل الشاب \"سامر خليل العبد\" برصاص مسلحين مجهولين في مدينة طفس، أمس الاثنين.\n\n"
                        "وأضاف مراسلنا أن الهجوم وقع قرب بلدة داعل.")
    assert event.place.lexicon_id == "tafas"


def test_a_source_going_on_about_a_shelling_of_other_towns_tells_an_incident_each() -> None:
    lead = "أصيب ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة إحسم بريف إدلب.\n\n"
    events = events_of(lead + "وأضاف المراسل أن قوات النظام قصفت بالصواريخ بلدتي البارة وبلشون، دون ورود أنباء عن ضحايا.")
    assert [(e.place.name, e.injured) for e in events] == [("إحسم", 3), ("البارة", None), ("بلشون", None)]
    # the same town again, or an attack that is no shelling at another town: more of the incident
    for text in (lead + "وأضاف المراسل أن القصف استهدف منازل المدنيين في بلدة إحسم.",
                 "قُتل الشاب \"سامر خليل العبد\" برصاص مسلحين مجهولين في بلدة إحسم.\n\n"
                 "وأضاف مراسلنا أن المسلحين استهدفوا الشاب قرب بلدة داعل."):
        assert [e.place.name for e in events_of(text)] == ["إحسم"]


def test_many_incidents_named_as_one_without_a_day_or_toll_are_background() -> None:
    [event] = events_of("أصيب ثلاثة مدنيين، اليوم الثلاثاء، بانفجار عبوة ناسفة في مدينة طفس.\n\n"
                        "وشهدت مدينة حمص العديد من التفجيرات التي استهدفت عناصر سابقين في الفصائل.")
    assert event.place.lexicon_id == "tafas"
    [event] = events_of("Three civilians were wounded by a bomb in Tafas on Tuesday.\n\n"
                        "The city of Homs has witnessed many explosions targeting former rebels.", language="en")
    assert event.place.lexicon_id == "tafas"


def test_many_shells_with_a_toll_or_a_day_are_an_incident() -> None:
    [event] = events_of("سقطت عشرات من القذائف على مدينة طفس، ما أدى إلى مقتل ثلاثة مدنيين.")
    assert event.fatalities == 3
    [event] = events_of("Many explosions shook the town of Tafas on Tuesday.", language="en")
    assert event.place.lexicon_id == "tafas" and event.date == PUBLISHED


def test_a_sentence_dated_by_the_same_month_as_the_background_is_background() -> None:
    [event] = events_of("قُتل شاب، اليوم الثلاثاء، بانفجار عبوة ناسفة في مدينة طفس.\n\n"
                        "وفي شهر كانون الثاني الماضي قُتل عنصر بانفجار مماثل في مدينة حمص.\n\n"
                        "وفي نفس الشهر نجا قيادي من محاولة اغتيال بتفخيخ سيارته في مدينة حماة.")
    assert event.place.lexicon_id == "tafas"
    [event] = events_of("A young man was killed by a bomb in Tafas on Tuesday.\n\n"
                        "In January, a soldier was killed by a similar bomb in Homs.\n\n"
                        "In the same month, a commander survived a car bomb in Hama.", language="en")
    assert event.place.lexicon_id == "tafas"


def test_the_same_day_is_no_period() -> None:
    events = events_of("قُتل شاب، اليوم الثلاثاء، بانفجار عبوة ناسفة في مدينة طفس.\n\n"
                       "وفي اليوم ذاته قُتل عنصر برصاص مسلحين في مدينة حمص.")
    assert [e.place.lexicon_id for e in events] == ["tafas", "homs"]


def test_an_incident_weeks_before_the_first_one_is_context() -> None:
    [event] = events_of("An IED exploded in a car in Tafas on Tuesday, causing no casualties.\n\n"
                        "A similar bombing occurred on 20 February near the town of Da'el, wounding two.",
                        language="en")
    assert event.place.lexicon_id == "tafas"
    [event] = events_of("انفجرت عبوة ناسفة بسيارة في مدينة طفس، اليوم الثلاثاء، دون وقوع إصابات.\n\n"
                        "وفي 20 شباط انفجرت عبوة مماثلة قرب بلدة داعل، ما أدى إلى إصابة شخصين.")
    assert event.place.lexicon_id == "tafas"


def test_an_incident_days_before_the_first_one_stays_an_incident() -> None:
    events = events_of("An IED exploded in a car in Tafas on Tuesday, causing no casualties.\n\n"
                       "On 6 March, gunmen killed a young man near the town of Da'el.", language="en")
    assert [e.place.lexicon_id for e in events] == ["tafas", "da-el"]


def test_in_the_same_context_opens_the_next_incident_of_a_roundup() -> None:
    events = events_of("قُتل شاب برصاص مسلحين مجهولين، اليوم الثلاثاء، في ريف درعا الغربي.\n\n"
                       "وفي السياق نفسه عُثر على جثة رجل مقتولاً بالرصاص في ريف درعا الغربي.")
    assert len(events) == 2


def test_in_the_same_context_before_a_speech_verb_tells_the_incident_again() -> None:
    [event] = events_of("قُتل شاب برصاص مسلحين مجهولين، اليوم الثلاثاء، في ريف درعا الغربي.\n\n"
                        "وفي السياق ذاته، قال مصدر محلي إن الشاب قُتل برصاص مسلحين في ريف درعا الغربي.")
    assert event.fatalities == 1


def test_aircraft_seen_flying_strike_nothing() -> None:
    [event] = events_of("قُتل شاب بقصف مدفعي على مدينة طفس، اليوم الثلاثاء.\n\n"
                        "ورصد ناشطون تحليق أربع طائرات مسيّرة فوق مدينة حمص.")
    assert event.place.lexicon_id == "tafas"
    [event] = events_of("A young man was killed by artillery shelling on Tafas on Tuesday.\n\n"
                        "Activists reported drones flying over Homs.", language="en")
    assert event.place.lexicon_id == "tafas"


def test_a_drone_that_struck_is_a_strike_whatever_flew_before() -> None:
    events = events_of("قُتل شاب بقصف مدفعي على مدينة طفس، اليوم الثلاثاء.\n\n"
                       "وقصفت طائرة مسيّرة، اليوم الثلاثاء، سيارة في مدينة حمص، ما أدى إلى مقتل شخصين.")
    assert [(e.place.lexicon_id, e.sub_type) for e in events] == [
        ("tafas", "shelling_artillery_missile_attack"), ("homs", "air_drone_strike")]


def test_the_dead_taken_to_a_hospital_elsewhere_are_the_incident_before() -> None:
    [event] = events_of("قُتل عنصر وأصيب ثلاثة مدنيين بقصف مدفعي على بلدة طفس، اليوم الثلاثاء.\n\n"
                        "ونُقل جثمان العنصر والمصابين إلى مشفى الشهيد خالد العلي في ناحية القصير التابعة لمحافظة حمص.")
    assert event.place.lexicon_id == "tafas"
    [event] = events_of("A soldier was killed and three civilians were wounded by shelling on Tafas on Tuesday.\n\n"
                        "The body of the soldier and the wounded were taken to the Martyr Khaled hospital of the "
                        "Qusayr subdistrict in Homs province.", language="en")
    assert event.place.lexicon_id == "tafas"


def test_a_new_incident_with_victims_taken_to_hospital_is_still_an_incident() -> None:
    events = events_of("قُتل عنصر بقصف مدفعي على بلدة طفس، اليوم الثلاثاء.\n\n"
                       "وفي حادثة أخرى، نُقل ثلاثة جرحى إلى مشفى حمص بعد إصابتهم برصاص مسلحين في مدينة حمص.")
    assert [e.place.lexicon_id for e in events] == ["tafas", "homs"]


def test_a_toll_that_rose_over_several_governorates_is_a_tally() -> None:
    lead = "قُتل شاب برصاص مسلحين مجهولين، أمس الاثنين، في مدينة طفس.\n\n"
    tally = "وارتفع عدد القتلى في محافظات حلب والرقة والحسكة إلى 652 شخصاً."
    assert [(e.place.lexicon_id, e.fatalities) for e in events_of(lead + tally)] == [("tafas", 1)]
    lead = "Gunmen shot dead a young man in the town of Tafas on Monday.\n\n"
    tally = "The number of people killed in the provinces of Aleppo, Raqqa and Hasakah rose to 652."
    assert [(e.place.lexicon_id, e.fatalities) for e in events_of(lead + tally, language="en")] == [("tafas", 1)]
    # a town and its own governorate: one incident's toll
    [event] = events_of("ارتفع عدد قتلى القصف على مدينة طفس بريف درعا، أمس الاثنين، إلى 14 شخصاً.")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 14)
    [event] = events_of("The death toll of the shelling of Tafas in Daraa province on Monday rose to 14.", language="en")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 14)


def test_a_toll_of_the_incidents_counted_before_is_a_tally() -> None:
    lead = "اندلعت اشتباكات، أمس الاثنين، في محيط حاجز في مدينة طفس.\n\n"
    events = events_of(lead + "وبلغت حصيلة القتلى جراء العمليات آنفة الذكر 97 قتيلاً.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("tafas", None)]
    lead = "Clashes broke out near a checkpoint in the town of Tafas on Monday.\n\n"
    events = events_of(lead + "The toll of the aforementioned attacks reached 97 dead.", language="en")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("tafas", None)]
    # an incident with a day of its own stays, whatever it recalls
    events = events_of("قُتل شاب برصاص مسلحين مجهولين في مدينة طفس.\nوقُتل عنصران بهجوم على حاجز في بلدة داعل، "
                       "أمس الاثنين، بعد يومين من الهجمات المذكورة.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("tafas", 1), ("da-el", 2)]


def test_a_sentence_going_on_with_a_tally_is_more_of_it() -> None:
    assert events_of("وثق المرصد مقتل 40 شخصاً في محافظة درعا منذ مطلع العام.\nوبالإضافة إلى إصابة 67 آخرين "
                     "بجروح.\nومقتل 13 مدنياً في ريف درعا الغربي.") == []
    assert events_of("SNHR documented 40 deaths in Daraa since the start of the year.\nAlso, four soldiers were "
                     "killed in Tafas.", language="en") == []
    # with a day of its own it is an incident; after an incident, the same opening adds one
    events = events_of("SNHR documented 40 deaths in Daraa since the start of the year.\nAlso on Monday, gunmen "
                       "killed a young man in Tafas.", language="en")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("tafas", 1)]
    events = events_of("قُتل شاب برصاص مسلحين مجهولين، أمس الاثنين، في مدينة طفس.\nوبالإضافة إلى ذلك، قُتل عنصر "
                       "بانفجار عبوة ناسفة في بلدة داعل.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("tafas", 1), ("da-el", 1)]


def test_the_day_a_report_came_out_dates_no_incident() -> None:
    published = dt.date(2024, 9, 1)
    assert events_of("وثقت الشبكة مقتل 57 مدنياً في سوريا خلال شهر آب.\nوأوضح تقرير الشبكة الصادر اليوم الأحد "
                     "أن قوات النظام قتلت 21 مدنياً.", published=published) == []
    assert events_of("SNHR documented 57 civilian deaths in Syria in August.\nThe report, released on Sunday, "
                     "said regime forces killed 21 civilians.", language="en", published=published) == []
    [event] = events_of("قُتل شاب برصاص مسلحين مجهولين في مدينة طفس، اليوم الأحد.", published=published)
    assert (event.place.lexicon_id, event.date) == ("tafas", published)


def test_a_toll_over_the_villages_and_towns_of_a_region_sums_the_incidents_told_after_it() -> None:
    events = events_of("قُتل 16 مدنياً، أمس الأحد، جراء قصف على قرى وبلدات ريف إدلب الجنوبي.\nوقُتل 6 مدنيين في "
                       "قصف على مدينة سراقب.\nكما قُتل 3 مدنيين في قصف على مدينة أريحا.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("saraqib", 6), ("ariha", 3)]
    events = events_of("Shelling on villages and towns in the southern Idlib countryside killed 16 civilians on "
                       "Sunday.\nSix civilians were killed in the shelling of Saraqib.\nThree more were killed in "
                       "shelling on Ariha.", language="en")
    assert [(e.place.lexicon_id, e.fatalities) for e in events] == [("saraqib", 6), ("ariha", 3)]
    # villages and towns named one by one: an incident each
    events = events_of("قصفت قوات النظام، اليوم الثلاثاء، قرى وبلدات البارة، وإحسم، وبلشون.")
    assert [e.place.name for e in events] == ["البارة", "إحسم", "بلشون"]


def test_each_of_the_places_a_shelling_hit_is_an_incident() -> None:
    events = events_of("قصفت قوات النظام بالمدافع الثقيلة، اليوم الثلاثاء، كلاً من البارة وكفر عويد والشيخ سنديان.")
    assert [e.place.name for e in events] == ["البارة", "كفر عويد", "الشيخ سنديان"]
    events = events_of("وتعرضت كلاً من قرية البارة وخان السبل، اليوم الثلاثاء، لقصف صاروخي من قبل قوات النظام.")
    assert [e.place.name for e in events] == ["البارة", "خان السبل"]
    events = events_of("وشمل القصف مدينة البارة وبلدة بلشون بريف إدلب، اليوم الثلاثاء.")
    assert [e.place.name for e in events] == ["البارة", "بلشون"]
    # "each of" after the toll: the people killed, not places
    [event] = events_of("قصفت قوات النظام بلدة البارة، اليوم الثلاثاء، ما أدى لمقتل كل من سامر العبد وماهر الراشد.")
    assert event.place.name == "البارة" and event.fatalities == 2


def test_someone_hurt_while_covering_the_events_told_is_part_of_that_incident() -> None:
    [event] = events_of("قُتل ثلاثة عناصر من الأمن العام باشتباكات مع مسلحين في مدينة طفس، اليوم الثلاثاء.\n"
                        "في الأثناء، أُصيب مصور إحدى القنوات خلال تغطيته للاشتباكات في بلدة داعل.")
    assert event.place.lexicon_id == "tafas" and (event.fatalities, event.injured) == (3, 1)
    [event] = events_of("Three security officers were killed in clashes with gunmen in Tafas on Tuesday.\n"
                        "Meanwhile, a cameraman was wounded while covering the clashes in Da'el.", language="en")
    assert event.place.lexicon_id == "tafas" and (event.fatalities, event.injured) == (3, 1)
    # hurt in another incident told after "meanwhile": an incident of its own
    events = events_of("Three security officers were killed in clashes with gunmen in Tafas on Tuesday.\n"
                       "Meanwhile, a cameraman was wounded by a roadside bomb in Da'el.", language="en")
    assert [e.place.lexicon_id for e in events] == ["tafas", "da-el"]


def test_arrests_told_as_what_followed_the_attack_are_an_incident_of_their_own() -> None:
    events = events_of("قُتل عنصر من الأمن العام بهجوم على حاجز في مدينة طفس، أمس الاثنين.\nوعقب الهجوم، شنت القوات "
                       "الأمنية حملة مداهمات في المدينة أسفرت عن اعتقال ستة أشخاص.")
    assert [(e.place.lexicon_id, e.sub_type) for e in events] == [("tafas", "armed_clash"), ("tafas", "arrests")]
    events = events_of("A security officer was killed in an attack on a checkpoint in Tafas on Monday.\nFollowing "
                       "the attack, security forces raided the town and arrested six people.", language="en")
    assert [e.sub_type for e in events] == ["armed_clash", "arrests"]
    # what followed, without arrests, and arrests of the attackers told as its outcome: the attack alone
    for after in ("وعقب الهجوم، فرضت القوات الأمنية طوقاً أمنياً حول المدينة.", "وأسفر الهجوم عن اعتقال المهاجمين."):
        events = events_of("قُتل عنصر من الأمن العام بهجوم على حاجز في مدينة طفس، أمس الاثنين.\n" + after)
        assert [(e.place.lexicon_id, e.sub_type) for e in events] == [("tafas", "armed_clash")]


def test_an_earlier_incident_told_after_its_date_and_when_gives_no_toll() -> None:
    events = events_of("A car bomb hit a military bus in Tafas.\nWednesday's bombing was the deadliest in the town "
                       "since March 2017, when 31 people were killed in a suicide attack.", language="en", published=None)
    assert [(e.place.lexicon_id, e.sub_type, e.fatalities) for e in events] == [
        ("tafas", "remote_explosive_landmine_ied", None)]
    events = events_of("انفجرت سيارة مفخخة بحافلة عسكرية في مدينة طفس.\nويعد تفجير الأربعاء الأعنف في المدينة منذ آذار "
                       "2017، حين قُتل 31 شخصاً بهجوم انتحاري.", published=None)
    assert [(e.place.lexicon_id, e.sub_type, e.fatalities) for e in events] == [
        ("tafas", "remote_explosive_landmine_ied", None)]
    # "when" after the incident's own day tells the incident
    [event] = events_of("A car bomb killed 14 people in Tafas on Wednesday, when the market was crowded.", language="en")
    assert (event.place.lexicon_id, event.fatalities) == ("tafas", 14)


def test_a_clause_after_a_comma_and_also_is_a_clause_of_its_own() -> None:
    events = events_of("قُتل شاب برصاص مسلحين مجهولين في مدينة طفس، اليوم الثلاثاء، كما قُتل عنصر بانفجار عبوة ناسفة "
                       "في بلدة داعل.")
    assert [(e.place.lexicon_id, e.sub_type, e.fatalities) for e in events] == [
        ("tafas", "attack", 1), ("da-el", "remote_explosive_landmine_ied", 1)]
    # more victims of the incident, or a source of it: still one incident
    for also in ("كما أصيب 3 آخرون.", "كما أفاد مصدر محلي."):
        events = events_of("قُتل شاب برصاص مسلحين مجهولين في مدينة طفس، اليوم الثلاثاء، " + also)
        assert [(e.place.lexicon_id, e.sub_type, e.fatalities) for e in events] == [("tafas", "attack", 1)]


def test_at_that_time_after_an_earlier_incident_is_more_of_it() -> None:
    text = ("قُتل مدنيان، اليوم الثلاثاء، بقصف مدفعي على بلدة طفس غربي درعا. "
            "وكان قُتل مدني في الثاني من كانون الثاني الماضي بقصف مماثل على بلدة داعل. "
            "وقال ناشطون وقتها إن القصف استهدف الأحياء السكنية في بلدة اليادودة، ما أدى إلى مقتل شخص.")
    assert [(e.date, e.fatalities) for e in events_of(text)] == [(PUBLISHED, 2)]
    text = ("Shelling killed two civilians in Tafas on Tuesday. A civilian was killed by similar shelling on Dael on "
            "2 January. Activists said at the time that the shells hit homes in al-Yadudah, killing one man.")
    assert [(e.date, e.fatalities) for e in events_of(text, "en")] == [(PUBLISHED, 2)]


def test_at_that_time_after_an_incident_of_the_article_keeps_it() -> None:
    text = ("قُتل مدنيان، اليوم الثلاثاء، بقصف مدفعي على بلدة طفس غربي درعا. "
            "وكان مسلحون اغتالوا شاباً، مساء أمس الاثنين، في بلدة داعل. "
            "وقالت مصادر محلية وقتها إن مسلحين أطلقوا النار على شاب آخر في بلدة اليادودة، ما أدى إلى مقتله.")
    assert len(events_of(text)) == 3


def test_the_source_of_an_earlier_incident_going_on_is_more_of_it() -> None:
    text = ("قُتل طفل، اليوم الثلاثاء، بانفجار لغم أرضي قرب بلدة طفس. "
            "وسبق أن قُتل شاب بانفجار لغم في بلدة داعل، وقال ناشطون حينها إن اللغم من مخلفات الحرب. "
            "وأشار إلى أن انفجاراً آخر في بلدة اليادودة أدى إلى مقتل طفل.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events_of(text)] == [("tafas", 1)]
    text = ("A landmine killed a child near Tafas on Tuesday. A similar blast killed a young man in Dael on 2 January, "
            "the monitor said. It added that another landmine killed a child in al-Yadudah.")
    assert [(e.place.lexicon_id, e.fatalities) for e in events_of(text, "en")] == [("tafas", 1)]


def test_a_source_named_again_after_an_earlier_incident_may_tell_a_new_one() -> None:
    text = ("قُتل طفل، اليوم الثلاثاء، بانفجار لغم أرضي قرب بلدة طفس. "
            "وسبق أن قُتل شاب بانفجار لغم في بلدة داعل. "
            "وأضاف المرصد أن مسلحين أطلقوا النار على شابين في مدينة جاسم، ما أدى إلى مقتلهما.")
    assert len(events_of(text)) == 2


def test_a_day_of_a_month_without_a_year_opens_another_incident_of_an_undated_roundup() -> None:
    text = "On March 5, gunmen shot dead a man in Tafas. Also, on March 2, gunmen killed a shepherd in Tafas."
    assert [e.fatalities for e in events_of(text, "en", published=None)] == [1, 1]
    text = ("في الخامس من آذار، قُتل شاب برصاص مسلحين مجهولين في بلدة طفس. "
            "وفي الثاني من آذار، قُتل مدني برصاص مسلحين في بلدة طفس.")
    assert [e.fatalities for e in events_of(text, published=None)] == [1, 1]


def test_the_same_day_of_a_month_or_no_toll_tells_the_incident_again() -> None:
    text = "On March 5, gunmen shot dead a man in Tafas. On March 5, the gunmen also killed his brother in Tafas."
    assert [e.fatalities for e in events_of(text, "en", published=None)] == [2]
    text = "On March 5, gunmen shot dead a man in Tafas. On March 2, gunmen had attacked a checkpoint in Tafas."
    assert len(events_of(text, "en", published=None)) == 1


def test_arrests_told_by_a_source_or_hours_after_the_attack_are_an_incident_of_their_own() -> None:
    events = events_of("قُتل عنصر من الأمن العام بهجوم على حاجز في مدينة طفس، أمس الاثنين.\nوأضاف مراسلنا أنه عقب "
                       "الهجوم، شنت القوات الأمنية حملة مداهمات في المدينة أسفرت عن اعتقال ستة أشخاص.")
    assert [e.sub_type for e in events] == ["armed_clash", "arrests"]
    events = events_of("A security officer was killed in an attack on a checkpoint in Tafas on Monday.\nHours later, "
                       "security forces arrested two men in the town over the attack.", language="en")
    assert [e.sub_type for e in events] == ["armed_clash", "arrests"]
    # a source telling the attack again, without "after": the attack alone
    events = events_of("قُتل عنصر من الأمن العام بهجوم على حاجز في مدينة طفس، أمس الاثنين.\nوأضاف مراسلنا أن "
                       "المهاجمين اعتقلوا عنصراً آخر من الحاجز.")
    assert [e.sub_type for e in events] == ["armed_clash"]


def test_another_before_a_casualty_word_adds_to_that_toll() -> None:
    [event] = events_of("Five fighters were killed in an attack on a checkpoint in Tafas on Tuesday.\nThe group said "
                        "five of its fighters were killed, and another fighter was wounded in the clashes.", "en")
    assert event.fatalities == 5
    [event] = events_of("قُتل عنصران بهجوم على حاجز في مدينة طفس، اليوم الثلاثاء.\nكما قُتل عنصر آخر متأثراً بجراحه.")
    assert event.fatalities == 3
