"""Extraction of events from one article (generator/ingest/extract/)."""

from __future__ import annotations

import datetime as dt

from conftest import SEED

from generator.ingest.article import Article
from generator.ingest.extract import extract



def article(text: str, language: str = "ar", published: dt.date | None = dt.date(2022, 10, 17)) -> Article:
    return Article(text=text, archived=text, language=language, origin="test", published=published)


def test_seed_lead_event_and_withdrawal() -> None:
    from generator.ingest.readers import read_input
    from generator.ingest.article import Overrides

    [art] = read_input(str(SEED), Overrides(published=dt.date(2022, 10, 17)))
    events = extract(art)
    assert len(events) == 2
    lead, withdrawal = events
    assert (lead.date, lead.type, lead.sub_type, lead.place.lexicon_id) == (dt.date(2022, 10, 17), "battles", "armed_clash", "jasim")
    assert lead.fatalities == 3
    assert [(p.name, p.role) for p in lead.people] == [("عبد الرحمن العراقي", "killed")]
    assert {a.mention.lexicon_id or a.mention.proposed_id for a in lead.actors} == {"islamic-state", "jasim-local-fighters"}
    assert lead.quote.startswith("تجددت الاشتباكات")
    assert (withdrawal.date, withdrawal.sub_type) == (dt.date(2022, 10, 15), "change_to_group_activity")
    assert "eighth-brigade" in {a.mention.lexicon_id for a in withdrawal.actors} or \
        "8th-brigade" in {a.mention.lexicon_id for a in withdrawal.actors}


def test_among_them_is_not_added() -> None:
    [event] = extract(article("قُتل ثلاثة عناصر من قوات النظام بينهم ضابط، اليوم الإثنين، باشتباكات في مدينة جاسم."))
    assert event.fatalities == 3 and event.type == "battles"


def test_dual_counts_two() -> None:
    [event] = extract(article("وكان عنصران من الفرقة الرابعة قد قُتلا، أمس الأحد، بانفجار عبوة ناسفة قرب بلدة داعل."))
    assert event.fatalities == 2 and event.sub_type == "remote_explosive_landmine_ied"
    assert event.date == dt.date(2022, 10, 16)


def test_statistics_paragraph_is_not_an_event() -> None:
    text = ("قُتل الشاب عمر فايز النابلسي، اليوم الإثنين، برصاص مسلحين مجهولين في بلدة الحراك.\n\n"
            "ووثق المكتب منذ مطلع العام الجاري 212 عملية اغتيال أسفرت عن مقتل 160 شخصاً.")
    events = extract(article(text))
    assert len(events) == 1 and events[0].fatalities == 1 and events[0].civilian_targeting
    assert [(p.name, p.role) for p in events[0].people] == [("عمر فايز النابلسي", "killed")]


def test_background_dates_are_not_events() -> None:
    text = "وسبق أن أطلق النظام سراح العشرات بعد اعتقالهم في شهر آب/أغسطس 2018 إبان سيطرة النظام على محافظة درعا."
    assert extract(article(text)) == []


def test_no_anchor_means_unknown_date_with_review() -> None:
    [event] = extract(article("اغتال مسلحون مجهولون مختار بلدة المزيريب، محمود سليمان الشرع، أمام منزله.", published=None))
    assert event.date is None and event.date_precision == "unknown"
    assert any(field == "date" for field, _ in event.review)


def test_later_detail_merges_into_the_lead() -> None:
    text = ("اندلعت اشتباكات عنيفة فجر اليوم الإثنين بين مجموعة محلية وعناصر من الأمن العسكري في مدينة نوى.\n\n"
            "وقال مراسل الشبكة إن الاشتباكات أسفرت عن مقتل ثلاثة عناصر من الأمن العسكري بينهم ضابط برتبة ملازم أول.")
    [event] = extract(article(text))
    assert event.fatalities == 3 and event.place.lexicon_id == "nawa"


def test_rank_brigade_is_not_a_person() -> None:
    text = "قُتل العميد وائل نزار الخطيب، أمس الأحد، بانفجار عبوة ناسفة استهدفت سيارته قرب مقر اللواء الثامن في الصنمين."
    [event] = extract(article(text))
    assert [(p.name, p.rank, p.role) for p in event.people] == [("وائل نزار الخطيب", "العميد", "killed")]


def test_english_relative_date_and_count() -> None:
    text = "At least 20 people were killed in Tuesday's fighting in the city of Nawa, local sources said."
    [event] = extract(article(text, "en", dt.date(2023, 3, 16)))
    assert (event.date, event.fatalities, event.sub_type) == (dt.date(2023, 3, 14), 20, "armed_clash")


# ------------------------------------------------------------------ names, actors and dates (general rules)

def people(event) -> list[tuple[str, str]]:
    return [(p.name, p.role) for p in event.people]



def test_ali_inside_an_arabic_name_is_not_the_preposition() -> None:
    [event] = extract(article("قُتل الشاب سامي علي الأحمد، اليوم الإثنين، برصاص مسلحين مجهولين في بلدة الحراك."))
    assert people(event) == [("سامي علي الأحمد", "killed")]


def test_english_name_identified_as_in_a_later_sentence_joins_the_event() -> None:
    [event] = extract(article("Gunmen killed a man in the town of Nawa on Monday. Relatives named him as Fadi Nour al-Saleh.",
                              "en"))
    assert event.fatalities == 1
    assert people(event) == [("Fadi Nour al-Saleh", "killed")]


def test_identified_name_in_a_background_sentence_joins_the_event() -> None:
    [event] = extract(article("Security forces arrested a man in the town of Nawa on Monday. Relatives identified him as "
                              "Fadi Nour al-Saleh, who was released from prison in 2019.", "en"))
    assert people(event) == [("Fadi Nour al-Saleh", "detained")]


def test_commander_from_led_by() -> None:
    [event] = extract(article("Army units led by Colonel Samer Adel Haddad took back a hill near Nawa on Monday. "
                              "The local group is led by Fadi Nour al-Saleh.", "en"))
    assert people(event) == [("Samer Adel Haddad", "commander"), ("Fadi Nour al-Saleh", "commander")]


def test_arabic_commander_from_biqiyadat() -> None:
    [event] = extract(article("هاجمت مجموعة مسلحة بقيادة المدعو سامي علي الأحمد، اليوم الإثنين، حاجزاً في بلدة نوى."))
    assert ("سامي علي الأحمد", "commander") in people(event)


def test_english_apposition_list_of_detainees() -> None:
    [event] = extract(article("Military Security forces arrested two brothers, Omar Sami al-Hasan and Abd al-Karim al-Hasan, "
                              "in the town of Nawa on Monday.", "en"))
    assert event.sub_type == "arrests"
    assert people(event) == [("Omar Sami al-Hasan", "detained"), ("Abd al-Karim al-Hasan", "detained")]


def test_english_name_between_commas_before_its_verb() -> None:
    [event] = extract(article("On Monday, a teacher from the town, Rami Adel al-Khatib, was killed by gunmen in Nawa.", "en"))
    assert people(event) == [("Rami Adel al-Khatib", "killed")]


def test_english_victim_right_after_the_verb() -> None:
    [event] = extract(article("On Monday, unknown gunmen shot dead Rami Adel al-Khatib in the town of Nawa.", "en"))
    assert people(event) == [("Rami Adel al-Khatib", "killed")]


def test_english_name_known_as_kunya() -> None:
    [event] = extract(article("On Monday, gunmen killed a commander known as Abu Yasser al-Shami in Nawa.", "en"))
    assert people(event) == [("Abu Yasser al-Shami", "killed")]


def test_place_inside_a_person_name_loses() -> None:
    # "Aziz" (the town Izaz) and "Halabi" are parts of the names here
    [event] = extract(article("Military Security forces arrested two cousins, Samer al-Hasan and Abd al-Aziz al-Hasan, "
                              "in the town of Inkhel on Monday.", "en"))
    assert event.place.lexicon_id == "inkhil"
    assert people(event) == [("Samer al-Hasan", "detained"), ("Abd al-Aziz al-Hasan", "detained")]


def test_former_affiliation_is_not_an_actor_nor_a_fighter() -> None:
    [event] = extract(article("On Monday, unknown gunmen shot dead Rami Adel al-Khatib, a former Free Syrian Army fighter, "
                              "in the town of Nawa.", "en"))
    assert (event.type, event.sub_type, event.civilian_targeting) == ("violence_against_civilians", "attack", True)
    assert "free-syrian-army" not in actor_ids(event)


def test_former_fighter_who_joined_a_force_is_a_fighter() -> None:
    [event] = extract(article("On Monday, a former rebel fighter who had joined the Military Security was killed by gunmen "
                              "in the town of Nawa.", "en"))
    assert event.type == "battles"


def test_possessor_before_a_unit_is_not_an_actor() -> None:
    [event] = extract(article("Clashes broke out on Monday between local gunmen and the regime's Military Security in the "
                              "city of Nawa, killing two fighters.", "en"))
    assert "syrian-government" not in actor_ids(event)
    assert "military-security" in actor_ids(event)


def test_lam_clitic_keeps_the_article_of_an_actor() -> None:
    [event] = extract(article("اعتقلت دورية تابعة لفرع الأمن العسكري، اليوم الإثنين، الشاب سامي علي الأحمد في بلدة نوى."))
    assert "military-security" in actor_ids(event)
    assert people(event) == [("سامي علي الأحمد", "detained")]


def test_nationality_adjective_with_diacritics_before_it() -> None:
    [event] = extract(article("قُتل ثلاثة عناصر من قوات سوريا الديمقراطية، اليوم الإثنين، بغارة نفذتها طائرة مسيّرة تركية "
                              "قرب مدينة تل رفعت."))
    assert "turkish-forces" in actor_ids(event)


def test_english_nationality_adjective_before_missiles() -> None:
    [event] = extract(article("Israeli missiles struck an army post near Nawa on Monday, killing two soldiers.", "en"))
    assert "israeli-forces" in actor_ids(event)


def test_organization_acronym_is_not_a_place() -> None:
    [event] = extract(article("Israeli missiles struck an army post near Nawa on Monday, killing two soldiers, "
                              "SANA reported.", "en"))
    assert event.place.lexicon_id == "nawa"


def test_day_of_the_current_month() -> None:
    [event] = extract(article("قُتل الشاب سامي علي الأحمد برصاص مسلحين مجهولين يوم ١٢ من الشهر الجاري في بلدة نوى."))
    assert event.date == dt.date(2022, 10, 12)
    assert event.fatalities == 1


def test_nominative_dual_counts_two() -> None:
    [event] = extract(article("قُتل مقاتلان من الفرقة الرابعة، اليوم الإثنين، باشتباكات في بلدة نوى."))
    assert event.fatalities == 2


def test_abu_kamal_arabic_spelling() -> None:
    [event] = extract(article("قُتل ثلاثة عناصر من الميليشيات الإيرانية، اليوم الإثنين، بغارة جوية على مدينة البوكمال."))
    assert event.place.lexicon_id == "albu-kamal"


def test_government_retakes_territory() -> None:
    [event] = extract(article("Syrian army units took back a hill near Nawa on Monday after clashes with local gunmen.", "en"))
    assert (event.type, event.sub_type) == ("battles", "government_regains_territory")


def test_non_state_group_retaking_territory_overtakes_it() -> None:
    [event] = extract(article("Local gunmen recaptured a checkpoint near Nawa on Monday.", "en"))
    assert (event.type, event.sub_type) == ("battles", "non_state_actor_overtakes_territory")


def test_participle_after_a_plural_noun_is_a_state_not_an_event() -> None:
    assert extract(article("Relatives of people detained by government forces in Nawa met on Monday.", "en")) == []


def test_coordinated_counts_are_summed() -> None:
    [event] = extract(article("Two gunmen and one soldier were killed in clashes in Nawa on Monday.", "en"))
    assert event.fatalities == 3


def test_killed_and_injured_counts_stay_apart() -> None:
    [event] = extract(article("Two soldiers were killed and three were wounded in clashes in Nawa on Monday.", "en"))
    assert (event.fatalities, event.injured) == (2, 3)


# ------------------------------------------------------------------ tolls, types, places, actors (made-up sentences)

def en(text: str, published: dt.date = dt.date(2023, 5, 10)) -> list:
    return extract(article(text, "en", published))


def actor_ids(event) -> set[str]:
    return {a.mention.lexicon_id or a.mention.proposed_id for a in event.actors}


def test_passive_subject_count_far_before_its_verb() -> None:
    [event] = en("Three members of the regime's Military Security were killed on Monday when a roadside bomb hit their car near Nawa.")
    assert event.fatalities == 3


def test_passive_subject_with_a_subset_in_commas() -> None:
    [event] = en("Five people, including a local 8th Brigade commander, were killed on Monday in clashes in Nawa.")
    assert event.fatalities == 5


def test_ordinal_in_a_unit_name_is_not_a_count() -> None:
    [event] = en("One 8th Brigade fighter was killed on Monday in clashes in Nawa.")
    assert event.fatalities == 1


def test_count_before_the_other_casualty_word_without_auxiliary() -> None:
    [event] = en("Two soldiers were killed and four others wounded on Monday when gunmen attacked a checkpoint in Nawa.")
    assert (event.fatalities, event.injured) == (2, 4)
    [event] = en("Dozens of people were wounded and three killed on Monday when rockets hit a market in Nawa.")
    assert (event.fatalities, event.injured) == (3, None)


def test_gerund_takes_its_count_after_it() -> None:
    [event] = en("A drone struck a car near Nawa on Monday, killing three fighters and wounding a fourth.")
    assert (event.fatalities, event.injured) == (3, 1)


def test_count_after_a_second_verb_is_not_the_first_verbs() -> None:
    [event] = en("Fighters raided a hideout in Nawa on Monday, killing a cell leader and capturing three of his aides.")
    assert event.fatalities == 1 and event.type == "battles"


def test_possessive_singular_victim_counts_one() -> None:
    [event] = en("Two children were killed and their father injured on Monday when shells hit their house in Nawa.")
    assert (event.fatalities, event.injured) == (2, 1)


def test_later_sentence_with_also_adds_to_the_toll() -> None:
    [event] = en("Local fighters killed a cell leader in Nawa on Monday. Three of his companions were also killed.")
    assert event.fatalities == 4
    [event] = en("Four fighters were killed in clashes in Nawa on Monday. Among the dead were two of his brothers.")
    assert event.fatalities == 4


def test_arabic_additive_sentence_adds_and_subset_does_not() -> None:
    [event] = extract(article("قُتل عنصران من قوات النظام، اليوم الإثنين، باشتباكات في مدينة جاسم. كما قُتل عنصر آخر أيضاً."))
    assert event.fatalities == 3
    [event] = extract(article("قُتل ثلاثة عناصر، اليوم الإثنين، باشتباكات في مدينة جاسم. وقُتل بينهم عنصران من الفرقة."))
    assert event.fatalities == 3


def test_subset_does_not_swallow_the_count_after_the_next_casualty_word() -> None:
    [event] = extract(article("قُتل شخصان، بينهما امرأة، وأصيب سبعة آخرون، اليوم الإثنين، بانفجار في بلدة داعل."))
    assert (event.fatalities, event.injured) == (2, 7)


def test_pronoun_on_the_casualty_word_counts_one() -> None:
    [event] = extract(article("أطلق مسلحون مجهولون النار على المدني في بلدة داعل اليوم الإثنين، ما أدى إلى مقتله."))
    assert event.fatalities == 1


def test_rpg_makes_a_battle_not_shelling() -> None:
    [event] = extract(article('قُتل عنصر من قوات النظام، اليوم الإثنين، بهجوم بقذيفة "آر بي جي" على حاجز في بلدة داعل.'))
    assert (event.type, event.sub_type) == ("battles", "armed_clash")


def test_cluster_bomb_remnant_is_an_explosion_without_civilian_targeting() -> None:
    [event] = extract(article("قُتل طفل، اليوم الإثنين، بانفجار قنبلة عنقودية من مخلفات الحرب في بلدة داعل."))
    assert event.sub_type == "remote_explosive_landmine_ied" and not event.civilian_targeting
    [event] = en("A landmine left over from the war killed a shepherd near Nawa on Monday.")
    assert not event.civilian_targeting


def test_council_member_and_displaced_are_civilians() -> None:
    [event] = en("Unknown gunmen shot dead a member of the local council of Nawa on Monday.")
    assert (event.type, event.civilian_targeting) == ("violence_against_civilians", True)
    [event] = en("Rockets hit a camp for displaced people near Nawa on Monday, killing two.")
    assert event.civilian_targeting


def test_place_of_origin_gives_way_to_the_scene() -> None:
    [event] = extract(article("اعتقلت قوات النظام، اليوم الإثنين، شابين من أبناء بلدة داعل على حاجز قرب مدينة جاسم."))
    assert event.place.lexicon_id == "jasim"
    [event] = extract(article("اندلعت اشتباكات، اليوم الإثنين، بين مجموعة محلية من أبناء مدينة نوى وقوات النظام في ريف درعا الغربي."))
    assert event.place.lexicon_id == "nawa"


def test_town_in_a_road_name_gives_way_to_the_town_near_which_it_happened() -> None:
    [event] = en("A roadside bomb killed two soldiers on Monday on the Damascus-Deraa highway near Khirbet Ghazala.")
    assert event.place.lexicon_id == "khirbet-ghazaleh"


def test_foreign_sponsor_is_not_an_actor_but_a_local_backer_is() -> None:
    [event] = extract(article('قُتل عنصر من ميليشيا "لواء القدس" المدعومة من إيران، اليوم الإثنين، في مدينة الصنمين.'))
    assert actor_ids(event) == {"liwa-al-quds"}
    [event] = en("Five fighters were killed on Monday in clashes in Nawa with a gang backed by Military Security.")
    assert "military-security" in actor_ids(event)


def test_searched_for_accused_and_agreement_terms_are_not_parties() -> None:
    [event] = extract(article('داهمت قوات سوريا الديمقراطية بلدة ذيبان اليوم الإثنين واعتقلت عشرة شبان بحثاً عن خلايا تنظيم "داعش".'))
    assert actor_ids(event) == {"syrian-democratic-forces"}
    [event] = en("SDF units detained ten men in Dhiban on Monday, accusing them of supporting the Islamic State.")
    assert actor_ids(event) == {"syrian-democratic-forces"}
    [event] = extract(article("توصلت اللجنة المركزية إلى اتفاق مع القوات الروسية، اليوم الإثنين، يقضي بانسحاب الفرقة الرابعة من مدينة طفس."))
    assert actor_ids(event) == {"central-committees", "russian-armed-forces"}


def test_belonging_to_is_not_attribution() -> None:
    [event] = extract(article('اعتقل جهاز الأمن التابع لـ"هيئة تحرير الشام"، اليوم الإثنين، شاباً في مدينة إدلب.'))
    assert "hayat-tahrir-al-sham" in actor_ids(event)


def test_victim_with_a_state_rank_implies_the_army() -> None:
    [event] = extract(article("قُتل العقيد سامي فؤاد الحمد، اليوم الإثنين، بانفجار عبوة ناسفة على مدخل مدينة الصنمين."))
    assert ("syrian-arab-army", "b") in {(a.mention.lexicon_id, a.side) for a in event.actors}
    [event] = extract(article("قُتل العقيد المنشق سامي فؤاد الحمد، اليوم الإثنين، بانفجار عبوة ناسفة في مدينة الصنمين."))
    assert "syrian-arab-army" not in actor_ids(event)
    [event] = en("Colonel Sami Fouad al-Hamad of the Military Security was killed by a roadside bomb in Nawa on Monday.")
    assert "syrian-arab-army" not in actor_ids(event)


def test_placeless_sentence_dated_like_an_earlier_event_joins_it() -> None:
    events = en("Two soldiers were killed yesterday in an ambush in Nawa. On Sunday, gunmen killed a farmer in Jasim. "
                "No group has claimed yesterday's ambush.")
    assert [(e.date, e.place.lexicon_id) for e in events] == [(dt.date(2023, 5, 9), "nawa"), (dt.date(2023, 5, 7), "jasim")]


def test_definite_event_noun_before_erupted_after_is_a_back_reference() -> None:
    events = en("Three fighters were killed on Tuesday in clashes in Nawa. "
                "The fighting erupted after gunmen abducted two men on Monday in Jasim.")
    assert [(e.date, e.sub_type) for e in events] == [(dt.date(2023, 5, 9), "armed_clash"),
                                                      (dt.date(2023, 5, 8), "abduction_forced_disappearance")]


def test_protest_word_of_a_background_date_is_not_a_protest() -> None:
    assert en("Families repeated their call on Tuesday, on the anniversary of the first protests in March 2011.") == []


def test_period_total_since_the_beginning_of_the_season_is_statistics() -> None:
    events = en("Gunmen killed two shepherds near Nawa on Monday. "
                "Dozens of shepherds have been killed by landmines since the beginning of the season in February.")
    assert len(events) == 1 and events[0].fatalities == 2


def test_toll_update_with_also_does_not_add() -> None:
    # "also" adds nobody (not 2 + 5); the toll that rose to five replaces the first one
    [event] = en("Two soldiers were killed in clashes in Nawa on Monday. The death toll also rose to five killed later.")
    assert event.fatalities == 5


def test_english_role_noun_right_before_a_name() -> None:
    text = ("Twenty Islamic State members were killed in clashes with local fighters in Jassem on Monday. "
            "Among the dead was the group's commander Abdul Rahman al-Iraqi, the sources said.")
    events = extract(article(text, "en", dt.date(2022, 10, 18)))
    assert [(p.name, p.role) for e in events for p in e.people] == [("Abdul Rahman al-Iraqi", "killed")]


def test_landmine_is_aimed_at_nobody_whoever_it_hit() -> None:
    """Coding rule 2 (tests/realnews/README.md): a landmine is no civilian targeting, even when it killed civilians."""
    [event] = extract(article("قُتل مدنيان، اليوم الإثنين، بانفجار لغم أرضي في أرض زراعية قرب بلدة داعل."))
    assert event.sub_type == "remote_explosive_landmine_ied" and not event.civilian_targeting
    [event] = en("Two civilians were killed when a landmine exploded near Nawa on Monday.")
    assert not event.civilian_targeting
    [event] = extract(article("قُتل مدنيان، اليوم الإثنين، بانفجار عبوة ناسفة في سوق بلدة داعل."))
    assert event.civilian_targeting  # a bomb planted in a market is aimed at the people there
