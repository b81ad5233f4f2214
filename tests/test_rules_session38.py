"""Rules of session 38 (6 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted


def _people(text: str, language: str = "ar") -> list[list[tuple[str, str]]]:
    return [[(p.name, p.role) for p in e.people] for e in extracted(text, language)]


def _places(text: str, language: str = "ar") -> list[str | None]:
    return [e.place.name if e.place else None for e in extracted(text, language)]


def test_what_an_unplaced_incident_came_within_gives_its_place() -> None:
    # «وجاء ذلك ضمن حملة مداهمات في بلدة X»: the arrests told with no place were made in X
    lead = "اعتقلت قوات الأمن شابين من أبناء المنطقة يوم الأحد، واقتادتهما إلى جهة مجهولة.\n\n"
    assert _places(lead + "وجاء ذلك ضمن حملة مداهمات في بلدة الكسوة بريف دمشق.\n\nتفاصيل أخرى.") == ["الكسوة"]
    assert _places("Security forces arrested two young men on Sunday.\n\nThe arrests came as part of a campaign of "
                   "raids in the town of Tasil in western Daraa countryside.\n\nMore details.", "en") == ["Tasil"]
    # a place the incident has already is kept: the campaign may be wider than the arrest
    assert _places("اعتقلت قوات الأمن شابين في مدينة حمص يوم الأحد.\n\nوتأتي هذه الاعتقالات في إطار حملة أمنية تشنها "
                   "القوات في مدينة الرستن بريف حمص الشمالي.\n\nتفاصيل أخرى.") == ["حمص"]
    # what it came after is another incident's place, never this one's
    assert _places("اعتقلت قوات الأمن شابين من أبناء المنطقة يوم الأحد.\n\nوجاء ذلك بعد هجوم على حاجز في بلدة الكسوة "
                   "بريف دمشق.\n\nتفاصيل أخرى.") == [None]


def _coded(text: str, language: str = "ar") -> list[tuple[str, str, int | None, bool | None]]:
    tail = "\n\nMore details." if language == "en" else "\n\nتفاصيل أخرى."
    return [(e.type, e.sub_type, e.fatalities, e.civilian_targeting) for e in extracted(text + tail, language)]


KILLED_IN_CUSTODY = [("violence_against_civilians", "attack", 1, True)]


def test_a_death_under_the_weight_of_torture_is_a_killing_in_custody() -> None:
    # «تحت وطأة التعذيب»: a detainee's death, never a fight of the guards who handed over his body
    assert _coded("سلّمت الشرطة العسكرية جثمان شاب إلى ذويه صباح اليوم، استشهد تحت وطأة التعذيب في سجن معراته في "
                  "عفرين.") == KILLED_IN_CUSTODY
    assert _coded("لقي الشاب سامر خليل حتفه جراء تعرضه للتعذيب على يد عناصر الشرطة العسكرية في مدينة عفرين.") \
        == KILLED_IN_CUSTODY
    # a fighter's death in a fight stays a fight
    assert _coded("قُتل عنصر من الشرطة العسكرية في اشتباك مع مسلحين في مدينة عفرين.")[0][:2] == ("battles", "armed_clash")


def test_a_count_of_the_dead_under_torture_is_no_toll() -> None:
    # the count rose to 184 over years; the death that raised it, told after it, is the incident
    count = "ارتفع عدد الذين قتلوا تحت التعذيب في سجون الجماعات المسلحة إلى 184 معتقلاً مدنياً.\n"
    assert _coded(count + "لقي الشاب سامر خليل حتفه جراء تعرضه للتعذيب في أحد سجون الفصائل في مدينة عفرين.") \
        == KILLED_IN_CUSTODY
    assert _coded("The number of those who died under torture in the factions' prisons rose to 184.\n\nSamer Khalil "
                  "died under torture in a prison of the factions in Afrin.", "en") == KILLED_IN_CUSTODY
    # a toll that rose over a span is still a tally: the death after it is one of its share
    assert _coded("ارتفع عدد القتلى في المحافظة منذ مطلع العام إلى 184 شخصاً.\nوقُتل 61 منهم برصاص مجهولين.") == []


def test_livestock_killed_is_no_toll() -> None:
    # the sheep the gunmen killed too are no dead people
    assert [e.fatalities for e in extracted("قتل مسلحون مجهولون 8 أشخاص بينهم رعاة أغنام في بادية الرقة.\nكما قتل "
                                            "المسلحون أكثر من 300 رأس من الأغنام قبل انسحابهم.\n\nتفاصيل أخرى.")] == [8]
    assert [e.fatalities for e in extracted("Gunmen killed eight shepherds in the Raqqa desert on Tuesday. The gunmen "
                                            "also killed more than 300 head of sheep.\n\nMore details.", "en")] == [8]
    # ... but the shepherds are people: «قتل 3 رعاة أغنام» counts three
    assert [e.fatalities for e in extracted("قتل مسلحون مجهولون 3 رعاة أغنام في بادية الرقة.\n\nتفاصيل أخرى.")] == [3]


def test_an_officer_who_speaks_is_no_fighter_hit() -> None:
    # «أعلن قائد الأمن الداخلي أن ...»: the commander is the source; the young men shot by unknown gunmen are civilians
    assert _coded("أعلن قائد الأمن الداخلي في محافظة حمص أن مجهولين أطلقوا النار على شبان من أبناء قرية عناز مساء "
                  "الأربعاء، ما أدى إلى مقتل ثلاثة منهم.") == [("violence_against_civilians", "attack", 3, True)]
    # a commander who is shot is hit
    assert _coded("قُتل قائد في الأمن الداخلي برصاص مجهولين في قرية عناز مساء الأربعاء.")[0][:2] == ("battles", "armed_clash")


def test_incidents_counted_in_words_are_a_tally() -> None:
    # a monitor's breakdown by governorate, its counts in digits or words: no incident of its own
    text = ("A young man was shot dead by unidentified gunmen on the road between Talbiseh and Al-Mokhtariya on Monday."
            "\n\nThe Observatory has documented 202 murders in regime-held areas since early 2024. The fatalities are "
            "distributed as follows:\n\nDaraa: 65 murder crimes left 59 men and 12 women dead.\n\nTartus: Ten murder "
            "crimes left eight men, a child and a woman dead.\n\nLatakia: Six murder crimes left six men and a woman "
            "dead.")
    assert [e.fatalities for e in extracted(text, "en")] == [1]


def test_who_the_dead_include_between_commas_leaves_their_count() -> None:
    # "13 people, including women and children, were killed": the aside's "and" does not end the subject
    assert [e.fatalities for e in extracted("At least 13 people, including women and children, were killed early Friday "
                                            "in an Israeli strike on the town of Beit Jinn.\n\nMore details.", "en")] == [13]
    # ... nor with the wounded told after them
    assert [(e.fatalities, e.injured) for e in extracted("Five people, among them a woman and her son, were killed and "
                                                         "three others wounded in shelling on Ariha on Monday.\n\nMore "
                                                         "details.", "en")] == [(5, 3)]


def _tolls(text: str) -> list[tuple[int | None, int | None]]:
    return [(e.fatalities, e.injured) for e in extracted(text + "\n\nتفاصيل أخرى.")]


def test_a_definite_number_after_a_plural_of_people_counts_them() -> None:
    assert _tolls("أطلق رجل النار على زوجته وبناته في مدينة طرطوس، ما أدى إلى مقتل البنات الثلاث وإصابة الزوجة.") \
        == [(3, 1)]
    assert _tolls("قصفت قوات النظام بلدة الهبيط، ما أدى إلى مقتل الأطفال الأربعة.") == [(4, None)]
    # not the days of a span, nor Monday
    assert _tolls("قُتل شاب برصاص مجهولين في بلدة طفس يوم الاثنين.") == [(1, None)]


def test_the_wound_after_which_the_dead_were_killed_is_their_own() -> None:
    # «تصفية الشبان الثلاثة بعد إصابتهم»: three dead, nobody wounded
    assert _tolls("أقدم مسلحون مجهولون على تصفية الشبان الثلاثة بعد إصابتهم في بلدة المزيريب.") == [(3, None)]
    assert _tolls("قُتل شاب بعد إصابته برصاص مجهولين في بلدة المزيريب.") == [(1, None)]
    # a relative wounded after the killing is hurt
    assert _tolls("قُتل شاب برصاص مجهولين في بلدة المزيريب، وأصيب شقيقه بعد ساعة.") == [(1, 1)]


def test_a_name_ends_before_how_or_when_the_act_was_done() -> None:
    # a family name the index lacks ends before the means or the time of the act, as before "في"
    for text in ("استهدف مسلحون مجهولون محمد الفضيل برصاصة في مدينة نوى، ما أدى إلى مقتله.",
                 "اغتال مسلحون مجهولون محمد الفضيل بعدة رصاصات في مدينة نوى.",
                 "اغتال مسلحون مجهولون محمد الفضيل صباح اليوم في مدينة نوى."):
        assert _people(text + "\n\nتفاصيل أخرى.") == [[("محمد الفضيل", "killed")]]


def test_a_branch_named_by_its_city_is_no_scene() -> None:
    # «أمين فرع درعا لحزب البعث» speaks for the party; the killing stays at Nawa, one incident
    text = ("قتل عضو في حزب البعث برصاص مجهولين أثناء توجهه إلى عمله في مدينة نوى.\nونقلت سانا عن أمين فرع درعا لحزب "
            "البعث حسين الرفاعي قوله، إن مجهولين استهدفوا عبد الإله الفضيل صباح اليوم بعدة رصاصات، ما أدى إلى وفاته على "
            "الفور.\n\nتفاصيل أخرى.")
    assert _places(text) == ["نوى"]


def test_review_mends() -> None:
    # the wounded told after a comma are others, not the wound the dead died of
    assert _tolls("قُتل سائق حافلة برصاص مسلحين على طريق دمشق - السويداء، ونقل 5 ركاب إلى المشفى عقب إصابتهم بجروح.") \
        == [(1, 5)]
    # people named by their animals are people; a place whose name opens with «رأس» is no livestock
    assert [e.fatalities for e in extracted("Two cattle herders were killed when a landmine exploded near Maadan on "
                                            "Monday.\n\nMore details.", "en")] == [2]
    assert _tolls("أصيب 2 رأس العين بقصف تركي.") == [(0, 2)]
    # a roundup's lead counting its incidents in words is no tally
    assert [e.fatalities for e in extracted("Two drone attacks killed three members of the SDF near Tal Tamr, local "
                                            "sources said.\n\nMore details.", "en")] == [3]
    # a count of the detainees held in prisons is no count of the dead
    assert _tolls("قالت مصادر محلية إن عدد الموقوفين في سجون الأمن العام بالمدينة تجاوز 300، وقُتل أحدهم برصاص حارس في "
                  "مدينة حماة أمس.") == [(1, None)]
    # torture someone is accused of is not how the dead died
    assert _coded("قُتل عنصران أثناء اعتقال سجان متهم بالتعذيب في ريف حمص الغربي مساء أمس.")[0][0] \
        != "violence_against_civilians"
    # what the incident came within places it only as one town named with its place word, and never over the title
    assert _places("قُتل شاب برصاص مجهولين مساء أمس الاثنين.\n\nوجاء ذلك في إطار التصعيد الإسرائيلي المتواصل على مواقع "
                   "عسكرية في دمشق وحمص.\n\nتفاصيل أخرى.") == [None]
    titled = extracted("قُتل شاب برصاص مسلحين مجهولين مساء أمس الاثنين.\n\nوجاء ذلك في إطار حملة أمنية تشنها وزارة "
                       "الداخلية في مدينة نوى.\n\nتفاصيل أخرى.", title="مقتل شاب برصاص مجهولين في مدينة طفس")
    assert [e.place.name if e.place else None for e in titled] == ["طفس"]
