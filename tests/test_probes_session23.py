"""Rules of session 23 (4 December 2026), from the phrasing probes written blind (`tests/probes/probes_s23_*.txt`);
each sentence written for its test."""

from __future__ import annotations

import datetime as dt

from test_probes_session21 import extracted  # the same article builder

from generator.ingest.article import Article
from generator.ingest.extract import extract


def named(text: str) -> list[list[tuple[str, str]]]:
    """The (name, role) pairs of each incident of an Arabic article whose whole text is `text`."""
    return [[(p.name, p.role) for p in e.people] for e in extracted(text)]


def summary(text: str, language: str = "ar") -> list[tuple[str | None, int | None, int | None]]:
    """(place, dead, hurt) of each incident of an article published on 14 March 2023."""
    events = extracted(text) if language == "ar" else extract(
        Article(text=text, archived=text, language="en", origin="t", published=dt.date(2023, 3, 14)))
    return [(e.place.name if e.place else None, e.fatalities, e.injured) for e in events]


def test_the_burial_of_the_dead_in_their_home_village_is_more_of_the_incident() -> None:
    lead = "قُتل الشاب سامر وليد العلي برصاص مجهولين أمام منزله في مدينة جاسم، مساء الجمعة.\n\n"
    assert summary(lead + "وينحدر القتيل من قرية كفر ناسج، حيث شُيّع جثمانه ظهر اليوم السبت.") \
        == [("جاسم", 1, None)]
    # a blast at the funeral is another incident, whatever its toll
    assert len(summary(lead + "وانفجرت عبوة ناسفة خلال تشييع جثمانه في قرية كفر ناسج ظهر اليوم السبت.")) == 2
    # and more dead than the incident had are another incident's
    assert len(summary(lead + "كما شُيّع في قرية كفر ناسج ثلاثة شبان قتلوا برصاص مجهولين ظهر اليوم السبت.")) == 2


def test_an_english_burial_in_another_town_is_more_of_the_incident() -> None:
    lead = "Gunmen shot dead a man in the town of Jasim on Friday evening.\n\n"
    assert summary(lead + "The slain man was buried in the town of Kafr Shams on Saturday.", "en") == [("Jasim", 1, None)]


def test_a_toll_risen_on_a_later_day_in_the_area_that_holds_the_incident_is_its_toll() -> None:
    lead = "قُتل شخص وأصيب خمسة آخرون، مساء الإثنين، جراء انفجار عبوة ناسفة في قرية بلبل بريف عفرين.\n\n"
    assert summary(lead + "وصباح اليوم الثلاثاء، ارتفعت حصيلة ضحايا التفجير في منطقة عفرين إلى ثلاثة قتلى.") \
        == [("بلبل", 3, 5)]
    # the same words at another town of another district are another incident
    assert len(summary(lead + "وصباح اليوم الثلاثاء، ارتفعت حصيلة ضحايا التفجير في مدينة اعزاز إلى ثلاثة قتلى.")) == 2


def test_a_toll_risen_in_the_city_of_the_incident_s_district_is_its_toll() -> None:
    # "تفجير جبلة": the incident named by its district's city
    lead = "قُتل شخصان جراء انفجار قنبلة يدوية في قرية الدالية بريف جبلة، مساء الأحد.\n\n"
    assert summary(lead + "وأعلنت مديرية الصحة صباح اليوم ارتفاع حصيلة ضحايا تفجير جبلة إلى ثلاثة قتلى.") \
        == [("الدالية", 3, None)]
    # a toll that falls is no update of this one
    assert len(summary(lead + "وأعلنت مديرية الصحة صباح اليوم ارتفاع حصيلة ضحايا تفجير جبلة إلى قتيل واحد.")) == 2


def test_where_the_source_of_a_sentence_is_places_nothing() -> None:
    lead = "قُتل ثلاثة أشخاص في اشتباكات بين مسلحين من عائلتين في بلدة الشحيل بريف دير الزور الشرقي، مساء الجمعة.\n\n"
    assert summary(lead + "وقال مراسل تلفزيون سوريا في دير الزور إن القذائف الصاروخية استُخدمت في الاشتباكات.") \
        == [("الشحيل", 3, None)]
    # a shelling told at a town of its own is another incident
    assert len(summary(lead + "وقال مراسلنا إن القذائف الصاروخية سقطت على مدينة الميادين.")) == 2


def test_a_given_name_of_two_letters_before_al_din_opens_a_name() -> None:
    assert named("قُتل في الانفجار عز الدين محمود الحلبي بقصف على بلدة السفيرة.") == [[("عز الدين محمود الحلبي", "killed")]]


def test_an_everyday_word_that_is_a_given_name_opens_a_chain_after_an_event_word() -> None:
    assert named("كما قُتل في الانفجار جمعة خالد العبيد بقصف على بلدة السفيرة.") == [[("جمعة خالد العبيد", "killed")]]
    # not after a noun it heads: "the forces of the regime of X"
    people = named("قُتل عنصر بكمين نصبه عناصر من فلول قوات نظام بشار الأسد في بلدة السفيرة.")
    assert not any(name.startswith("نظام") for incident in people for name, _ in incident)


def test_an_english_kunya_in_quotation_marks_after_a_name_is_its_alias() -> None:
    events = extract(Article(text='A man was killed on Tuesday in the town of Sarmada. Khaled Omar al-Saleh "Abu Omar", 40, '
                                  'died at the scene.', archived="", language="en", origin="t",
                             published=dt.date(2023, 3, 14)))
    assert [(p.name, p.role, p.aliases) for e in events for p in e.people] \
        == [("Khaled Omar al-Saleh", "killed", ("Abu Omar",))]


def test_a_name_in_brackets_after_identified_by_relatives_as_is_the_victim() -> None:
    events = extract(Article(text="The body of a man was found on Sunday on the outskirts of Sarmada. The deceased, identified "
                                  "by relatives as (Omar Hassan al-Ali), 36, had gone missing.", archived="",
                             language="en", origin="t", published=dt.date(2023, 3, 14)))
    assert [(p.name, p.role) for e in events for p in e.people] == [("Omar Hassan al-Ali", "killed")]


def test_where_a_shelling_came_from_named_before_its_target_is_no_scene() -> None:
    assert summary("قُتل طفلان، مساء الخميس، جراء قصف صاروخي مصدره مواقع قوات سوريا الديمقراطية (قسد) وقوات النظام في "
                   "محيط بلدة تل رفعت، استهدف الأحياء السكنية في مدينة مارع بريف حلب الشمالي.\n\nتفاصيل أخرى.") \
        == [("مارع", 2, None)]
    assert summary("Two civilians were killed on Tuesday when rockets fired from government-held positions around the "
                   "town of Tadef struck a market in the city of al-Bab.", "en") == [("al-Bab", 2, None)]


def test_the_hospital_city_where_a_victim_died_gives_way_to_where_he_was_shot() -> None:
    assert summary("توفي الشاب سامر خالد العمر، فجر اليوم، في المشفى الوطني بمدينة حمص، متأثراً بجروح أصيب بها مساء أمس "
                   "إثر إطلاق النار عليه في بلدة كفرلاها بريف حمص الشمالي.\n\nتفاصيل أخرى.")[0][0] == "كفرلاها"


def test_a_woman_found_killed_by_strangling_is_an_incident() -> None:
    assert [dead for _, dead, _ in summary(
        "عُثر، صباح اليوم السبت، على سيدة مقتولة خنقاً داخل منزلها في حي الوعر بمدينة حمص.\n\nتفاصيل أخرى.")] == [1]
    # the word's figure is no strangling ("the fuel crisis strangled life in the city")
    assert summary("خنقت أزمة المحروقات الحياة في مدينة السويداء، اليوم، وسط طوابير طويلة.\n\nتفاصيل أخرى.") == []


def test_burned_to_death_is_a_death() -> None:
    assert summary("قضى المواطن خالد محمد العلي حرقاً، فجر اليوم، بعد أن أضرم مجهولون النار في محله بمدينة القامشلي.\n\n"
                   "تفاصيل أخرى.") == [("القامشلي", 1, None)]


def test_gunmen_leading_a_man_away_abduct_him_and_a_patrol_leading_detainees_away_arrested_them() -> None:
    assert named("اقتاد مسلحون مجهولون، مساء أمس، الشاب سامر خالد العلي إلى جهة مجهولة قرب بلدة الكرك الشرقي.\n\n"
                 "تفاصيل أخرى.") == [[("سامر خالد العلي", "abducted")]]
    lead = "شنت دورية للأمن العسكري حملة مداهمات في مدينة الشيخ مسكين أسفرت عن اعتقال الشاب سامر خالد العلي.\n\n"
    assert named(lead + "واقتادت الدورية المعتقل إلى جهة مجهولة.") == [[("سامر خالد العلي", "detained")]]


def test_a_monitor_documenting_the_toll_of_one_dated_ambush_reports_it() -> None:
    assert summary("وثّق المرصد السوري لحقوق الإنسان، اليوم، مقتل أربعة من عناصر قوات النظام في كمين نصبته خلايا التنظيم "
                   "في بادية الرصافة، مساء أمس.\n\nتفاصيل أخرى.")[0][1:] == (4, None)
    # documented over days of fighting, it is a tally
    assert summary("وثّق المرصد السوري لحقوق الإنسان مقتل نحو 600 شخص في محافظة السويداء خلال أيام الاشتباكات الممتدة من "
                   "صباح الأحد 13 تموز إلى مساء الأربعاء 16 تموز.\n\nتفاصيل أخرى.") == []


def test_english_deaths_documented_and_a_killing_by_stabbing_count_their_dead() -> None:
    assert summary("SOHR documented the deaths of four soldiers in an ambush near Raqqa on Monday evening.\n\nMore.",
                   "en") == [("Raqqa", 4, None)]
    assert summary("A man was stabbed to death in the town of Safita on Monday evening.\n\nMore.", "en") \
        == [("Safita", 1, None)]


def test_the_day_a_source_spoke_gives_way_to_the_day_of_the_incident() -> None:
    def dates(text: str, language: str) -> list[dt.date | None]:
        events = extracted(text) if language == "ar" else extract(
            Article(text=text, archived=text, language="en", origin="t", published=dt.date(2023, 3, 14)))
        return [e.date for e in events]
    assert dates("The Syrian Observatory documented on Tuesday the killing of four soldiers in an ambush near Raqqa "
                 "on Monday evening.\n\nMore.", "en") == [dt.date(2023, 3, 13)]
    assert dates("وثّق المرصد السوري لحقوق الإنسان، اليوم، مقتل أربعة عناصر في كمين قرب مدينة الرقة، مساء أمس.\n\n"
                 "تفاصيل أخرى.", "ar") == [dt.date(2023, 3, 13)]
    # with no other day, the source's day stays the incident's
    assert dates("The Syrian Observatory said on Tuesday that four soldiers were killed in an ambush near Raqqa.\n\n"
                 "More.", "en") == [dt.date(2023, 3, 14)]


def test_a_beating_that_led_to_a_death_is_a_killing() -> None:
    assert summary("توفي الشاب سامر خالد العلي، أمس الإثنين، إثر تعرضه لاعتداء بالضرب المبرح أفضى إلى وفاته عند المدخل "
                   "الجنوبي لمدينة بانياس.\n\nتفاصيل أخرى.") == [("بانياس", 1, None)]


def test_english_detaining_and_rounding_up_are_arrests() -> None:
    events = extract(Article(text="Israeli forces carried out an incursion into the village of Hader early on Wednesday, "
                                  "raiding homes and detaining two young men, Omar Khaled Hassan and Ali Saleh Hamad.",
                             archived="", language="en", origin="t", published=dt.date(2023, 3, 14)))
    assert [(e.sub_type, [(p.name, p.role) for p in e.people]) for e in events] \
        == [("arrests", [("Omar Khaled Hassan", "detained"), ("Ali Saleh Hamad", "detained")])]
    assert [e.sub_type for e in extract(Article(
        text="SDF forces rounded up 12 young men in a dawn raid on the town of Hajin on Sunday.", archived="",
        language="en", origin="t", published=dt.date(2023, 3, 14)))] == ["arrests"]


def test_an_official_who_condemns_or_mourns_is_no_victim() -> None:
    lead = "قُتل مدنيان وأصيب ثلاثة آخرون، صباح اليوم، جراء هجوم مسلح استهدف حافلة عند مدخل قرية كرناز.\n\n"
    assert named(lead + "ودان محافظ حماة، خالد سامر العلي، الهجوم، مشيراً إلى أن المصابين نُقلوا إلى المشفى.") \
        == [[("خالد سامر العلي", "mentioned")]]
    lead = "قُتل عنصران من الأمن العام، ليلة أمس، جراء هجوم على حاجز عند مدخل مدينة القريتين.\n\n"
    assert named(lead + "ونعى قائد الأمن الداخلي في محافظة حمص، العميد خالد سامر العلي، العنصرين.") \
        == [[("خالد سامر العلي", "mentioned")]]
    # the mourned, named after the one who mourns, are still the dead
    assert named(lead + "ونعت عائلة العلي ابنها خالد سامر العلي.") == [[("خالد سامر العلي", "killed")]]


def test_english_a_person_and_their_relatives_count_together() -> None:
    def toll(text: str) -> tuple[int | None, int | None]:
        return summary(text + "\n\nMore.", "en")[0][1:]
    assert toll("A man and his two sons were killed on Friday when a landmine exploded near Khan Sheikhoun.") == (3, None)
    assert toll("A mother and her three children were killed on Saturday when a shell struck their home in "
                "Kafr Lata.") == (4, None)
    assert toll("A woman and her daughter were killed and three other members of their family were injured on "
                "Saturday when shells hit their home in Tal Tamr.") == (2, 3)
    assert toll("Two members of the General Security and three gunmen were killed on Wednesday in clashes in "
                "Tal Kalakh.") == (5, None)


def test_where_the_attackers_fled_is_no_scene() -> None:
    lead = "Two young men were killed on Saturday night in an armed attack in the town of al-Naimah.\n\n"
    assert summary(lead + "Gunmen opened fire on a group in front of a shop, then drove off along the road towards "
                          "Daraa.", "en") == [("al-Naimah", 2, None)]
    assert summary("قُتل شاب برصاص مسلحين مجهولين في بلدة الحارة، ولاذوا بالفرار باتجاه قرية عقربا المجاورة.\n\n"
                   "تفاصيل أخرى.") == [("الحارة", 1, None)]


def test_relatives_naming_the_dead_on_a_later_day_name_the_incident_s_victims() -> None:
    events = summary("Two young men were killed on Saturday night in an armed attack in the town of al-Naimah.\n\n"
                     "Relatives named the dead on Sunday as Omar Khaled Hassan, 24, and Ali Saleh Hamad, 27.", "en")
    assert events == [("al-Naimah", 2, None)]


def test_a_source_at_a_city_s_police_command_places_nothing() -> None:
    lead = "Two soldiers and a civilian were killed on Thursday as terrorists targeted the town of Mhardeh with shells.\n\n"
    assert summary(lead + "A source at Hama Police Command told SANA that the shells fell on residential "
                          "neighborhoods.", "en") == [("Mhardeh", 3, None)]



# ------------------------------------------------------------------ the review's counter-examples (each read more before)

def test_spent_years_in_prison_is_no_death() -> None:
    assert summary("أفرجت السلطات، اليوم، عن الشاب خالد محمد العلي في مدينة درعا، بعد أن قضى الشاب سبع سنوات في سجن "
                   "صيدنايا.\n\nتفاصيل أخرى.") == []


def test_rounding_up_a_week_of_violence_is_no_arrest() -> None:
    events = extract(Article(text="Rounding up a week of violence in Daraa, the Horan Free League said on Tuesday that "
                                  "gunmen shot dead a man in the town of Jasim on Monday.", archived="", language="en",
                             origin="t", published=dt.date(2023, 3, 14)))
    assert [e.sub_type for e in events] == ["attack"]


def test_where_victims_were_heading_or_fleeing_is_the_scene() -> None:
    assert summary("A Turkish drone struck a car as it headed towards the city of Qamishli on Monday, killing two SDF "
                   "members.\n\nMore.", "en") == [("Qamishli", 2, None)]
    assert summary("قُتل شابان، فجر اليوم، برصاص حرس الحدود التركي، بعدما هربا باتجاه قرية خربة الجوز الحدودية غربي "
                   "إدلب.\n\nتفاصيل أخرى.")[0][0] == "خربة الجوز"


def test_another_victim_s_burial_and_children_buried_under_rubble_are_incidents_of_their_own() -> None:
    lead = "قُتل الشاب سامر وليد العلي برصاص مجهولين أمام منزله في مدينة جاسم، مساء الجمعة.\n\n"
    assert len(summary(lead + "وشُيّع، ظهر اليوم السبت، في بلدة نوى جثمان الشاب خالد محمد الحسن، الذي قُتل أمس في ظروف "
                              "غامضة قرب بلدة الشيخ سعد.")) == 2
    assert len(summary("Two civilians were killed on Monday when a shell hit their home in the town of Ariha.\n\n"
                       "In the nearby village of Maarrat Misrin, two children died on Monday after they were buried "
                       "under the rubble of their home.", "en")) == 2


def test_a_date_in_a_clause_of_an_earlier_happening_is_not_the_incident_s() -> None:
    events = extract(Article(text="The Horan Free League reported on Tuesday the killing of a young man in the town of "
                                  "Jasim, who had been abducted by gunmen on Saturday.", archived="", language="en",
                             origin="t", published=dt.date(2023, 3, 14)))
    assert [e.date for e in events] == [dt.date(2023, 3, 14)]
    assert [e.date for e in extracted("قالت مصادر محلية إن مسلحين اغتالوا الشاب، مساء الإثنين، في بلدة جاسم، بعد خروجه "
                                      "من السجن يوم الجمعة.\n\nتفاصيل أخرى.")] == [dt.date(2023, 3, 13)]


def test_an_institution_that_mourns_leaves_the_mourned_dead() -> None:
    lead = "قُتل مدرّس برصاص مجهولين، مساء أمس، أثناء عودته إلى منزله في بلدة الحراك بريف درعا الشرقي.\n\n"
    assert named(lead + "ونعت مديرية التربية في درعا، المدرّس خالد سامر العلي، مشيرة إلى أنه كان يعمل في مدرسة البلدة.") \
        == [[("خالد سامر العلي", "killed")]]


def test_the_risen_toll_of_an_incident_told_as_past_is_not_the_last_incident_s() -> None:
    assert len(summary("قُتل شخصان جراء انفجار عبوة ناسفة في حي المحطة بمدينة درعا، مساء الإثنين.\n\nوفي مدينة درعا "
                       "أيضاً، ارتفعت حصيلة ضحايا القصف الذي استهدف حي طريق السد الأسبوع الماضي إلى خمسة قتلى.")) == 2


def test_deaths_from_disease_are_no_incident() -> None:
    assert summary("The Ministry of Health confirmed the deaths of 13 people from cholera in Aleppo province on Monday."
                   "\n\nMore.", "en") == []


def test_a_bombed_hospital_s_town_is_the_scene() -> None:
    assert summary("قصفت طائرات حربية روسية، اليوم، مشفى الرحمة بدركوش، ما أدى إلى مقتل ممرض وإصابة ثلاثة آخرين.\n\n"
                   "تفاصيل أخرى.")[0][0] == "دركوش"


def test_positions_fighters_withdrew_from_are_the_scene() -> None:
    assert summary("Three HTS fighters were killed on Monday as they withdrew from their positions around the town of "
                   "Kafr Nabl under heavy shelling.\n\nMore.", "en")[0][:2] == ("Kafr Nabl", 3)


def test_the_regime_of_a_ruler_after_an_event_word_is_no_name() -> None:
    people = named("قُتل ثلاثة مدنيين، اليوم، جراء قصف نظام بشار الأسد على بلدة كفرنبل جنوبي إدلب.\n\nتفاصيل أخرى.")
    assert not any(name.startswith("نظام") for incident in people for name, _ in incident)


def test_a_count_after_a_comma_and_another_verb_adds_to_no_toll() -> None:
    assert summary("Clashes on Monday in the town of Tal Kalakh killed two members of the General Security, and three "
                   "gunmen were captured.\n\nMore.", "en")[0][1] == 2


def test_a_monitor_documenting_strikes_on_towns_documents_several_incidents() -> None:
    assert summary("وثّق المرصد السوري لحقوق الإنسان مقتل 40 مدنياً في غارات روسية استهدفت مدناً وبلدات في محافظة إدلب "
                   "يوم أمس.\n\nتفاصيل أخرى.") == []


def test_a_quoted_kunya_before_and_is_an_alias() -> None:
    events = extract(Article(text='Gunmen killed Khaled Omar al-Saleh "Abu Omar" and his brother Ahmad in the town of '
                                  'Sarmada on Tuesday.', archived="", language="en", origin="t",
                             published=dt.date(2023, 3, 14)))
    assert [p.name for e in events for p in e.people] == ["Khaled Omar al-Saleh", "Ahmad"]
