"""Rules of session 41 (6 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted


def _tail(language: str) -> str:
    return "\n\nMore details." if language == "en" else "\n\nتفاصيل أخرى."


def _people(text: str, language: str = "ar") -> list[list[tuple[str, str]]]:
    return [[(p.name, p.role) for p in e.people] for e in extracted(text + _tail(language), language)]


def _places(text: str, language: str = "ar") -> list[tuple[str | None, str | None]]:
    return [(e.place.name if e.place else None, e.date and e.date.isoformat())
            for e in extracted(text + _tail(language), language)]


def test_an_undated_lead_takes_the_place_of_the_sentence_that_dates_it() -> None:
    # the lead says only "northwestern Syria"; the sentence that names the strike again gives its day and its town
    assert _places("A drone strike in northwestern Syria killed two men.\n\nThe strike took place on Monday in the "
                   "town of Ariha.", "en") == [("Ariha", "2023-03-13")]
    assert _places("قتل شابان بقصف لطائرة مسيرة في ريف إدلب.\n\nووقع الاستهداف يوم الاثنين في بلدة أريحا.") \
        == [("أريحا", "2023-03-13")]
    # a dated lead keeps its place: a sentence of another day is about that day
    assert _places("A drone strike killed two men in the town of Sarmin on Sunday.\n\nThe strike took place a day "
                   "after shelling on Monday in the town of Ariha.", "en")[0] == ("Sarmin", "2023-03-12")


def test_one_quoted_word_after_a_word_for_a_victim_or_a_relative_is_a_name() -> None:
    assert _people("قتل 4 أشخاص في قرية البستان بريف مصياف، حيث توفي الأب “رمزي”، والأم “ميس” البالغة من العمر 33 "
                   "عاماً، والطفل “علي” البالغ من العمر 3 سنوات.") \
        == [[("رمزي", "killed"), ("ميس", "killed"), ("علي", "killed")]]
    # not after a word of a job ("والعامل (حارس)"), nor a rank ("العميد “رستم”")
    assert _people("أصيب الشاب إبراهيم مصطفى الرحالة والعامل (حارس) بقصف على مزرعة في بلدة سرمين.") \
        == [[("إبراهيم مصطفى الرحالة", "injured")]]
    # the one word of a person the article names in full is that person told again, not another one
    assert _people("عثر الأهالي على جثة الشاب “فارس طالب صالح” مقتولاً بطلق ناري في قرية كفر شاغر. وقال مسؤول أمني "
                   "إن إطلاق النار على المغدور (فارس) حصل من مسافة قريبة.") == [[("فارس طالب صالح", "killed")]]


def test_the_article_written_a_with_its_hyphen_is_part_of_a_name() -> None:
    # Israeli outlets write the assimilated article "a-": the name goes on after it
    assert _people("An Israeli strike killed a Syrian soldier in Khan Arnabeh on Monday. The soldier was identified as "
                   "Muhammad Hassan a-Sid by his relatives.", "en") == [[("Muhammad Hassan a-Sid", "killed")]]
    # a lower-case word after it is no name
    assert _people("Gunmen killed Khaled Hamdan in a-la-carte style in the town of Nawa on Monday.", "en") \
        == [[("Khaled Hamdan", "killed")]]


def _tolls(text: str, language: str = "ar") -> list[tuple[str | None, int | None]]:
    return [(e.place.name if e.place else None, e.fatalities) for e in extracted(text + _tail(language), language)]


def test_the_dead_of_the_year_so_far_are_a_tally() -> None:
    assert _tolls("At least 62 prisoners, mostly Alawites from Homs, have died in Syrian prisons this year. On Monday, "
                  "gunmen killed two men in the city of Homs.", "en") == [("Homs", 2)]
    # an incident's toll told with the count of the year's killings is the incident's
    assert _tolls("Two men have been killed by gunmen in the town of Nawa on Monday, the third such killing this year.",
                  "en") == [("Nawa", 2)]


def _events(text: str, language: str = "ar") -> list[tuple[str | None, int | None, list[str]]]:
    return [(e.place.name if e.place else None, e.fatalities, [a.mention.name for a in e.actors])
            for e in extracted(text + _tail(language), language)]


def test_a_claim_of_the_incident_is_the_incident_again() -> None:
    # the claimant's toll is its word, not another incident at the same town; the claimant is the incident's side
    events = _events("استهدف مسلحون مساء أمس الجمعة ثلاثة أشخاص في مدينة البصيرة بريف دير الزور، ما أدى إلى مقتل شاب. "
                     "في سياق متصل تبنى “تنظيم الدولة” العملية من خلال بيان قال فيه إن عناصره تمكنوا من قتل عنصرين من "
                     "“قسد” في مدينة البصيرة.")
    assert [(place, toll) for place, toll, _ in events] == [("البصيرة", 1)]
    assert "تنظيم الدولة" in events[0][2]
    assert [(place, toll) for place, toll, _ in _events(
        "Gunmen killed a member of the SDF in the town of Busayrah on Friday.\n\nIS claimed responsibility for the "
        "attack, saying its fighters killed two members of the SDF in Busayrah.", "en")] == [("Busayrah", 1)]
    # "in a related context" with no claim is the next incident
    assert [(place, toll) for place, toll, _ in _events(
        "استهدف مسلحون مساء أمس الجمعة ثلاثة أشخاص في مدينة البصيرة بريف دير الزور، ما أدى إلى مقتل شاب. في سياق "
        "متصل قتل عنصران من “قسد” برصاص مسلحين في مدينة الشحيل.")] == [("البصيرة", 1), ("الشحيل", 2)]


def test_a_lead_that_counts_its_crimes_is_a_roundup() -> None:
    # "4 murders in a week", then each: an incident each, no tally whose shares they are
    assert _tolls("سجل ريف دمشق 4 جرائم قتل خلال أسبوع واحد.\nوعثر على جثة طفلة مدفونة في مقبرة بقرية البويضة.\nوفي "
                  "ذات السياق، أقدم شاب يبلغ من العمر 18 عاماً على قتل جدته في مدينة القطيفة.\nوذكرت الوسائل "
                  "الإعلامية، أن شاباً قتل بالرصاص على يد شخص آخر داخل مزرعة في بلدة دروشا.") \
        == [("البويضة", 1), ("القطيفة", 1), ("دروشا", 1)]
    assert _tolls("Four murders were recorded in Damascus countryside in a week.\nThe body of a girl was found buried "
                  "in a cemetery in the village of al-Buwaydah.\nIn the town of Darousha, a young man was shot dead "
                  "inside a farm.", "en") == [("al-Buwaydah", 1), ("Darousha", 1)]
    # a month's murders are a tally: its examples with no day of their own are its shares
    assert _tolls("سجلت محافظة السويداء 12 جريمة قتل خلال الشهر الماضي، بينها مقتل شاب في بلدة القريا.") == []


def test_a_place_named_like_an_everyday_word_before_a_relative_pronoun_is_the_word() -> None:
    # "داخل المزرعة التي يعمل بها": the farm he works on, not the village of al-Mazraa in Suwayda
    assert _tolls("وذكر التجمع أن الشاب أحمد محمد رمان قُتل برصاص لصوص مسلّحين، داخل المزرعة التي يعمل بها في مدينة "
                  "إنخل شمالي درعا.") == [("إنخل", 1)]
    # a place noun before it keeps the village
    assert _tolls("قُتل شاب بقصف على بلدة المزرعة التي تتعرض للقصف يومياً في ريف السويداء.") == [("المزرعة", 1)]


def test_a_day_of_its_own_with_a_victim_of_its_own_is_another_incident() -> None:
    # an undated report (no publication date): another body found at the same camp on a day told, named, is not the
    # body named before
    def people(text: str) -> list[list[tuple[str, str]]]:
        return [[(p.name, p.role) for p in e.people] for e in extracted(text + _tail("ar"), "ar", published=None)]

    text = ("عثرت القوى الأمنية في مخيم الهول على جثة لاجئ عراقي قُتل بطلق ناري.\n\nوأشارت إدارة المخيم إلى أن الجثة "
            "تعود للعراقي، سيف عبد عاجل، في القسم الثاني من المخيم.\n\nويوم الأحد الماضي عثرت القوى الأمنية على جثة "
            "تعود للاجئ عراقي يدعى نمر ياسين.")
    assert people(text) == [[("سيف عبد عاجل", "killed")], [("نمر ياسين", "killed")]]
    # the incident's own victim named again on a day of its own stays the incident's
    text = ("عثرت القوى الأمنية في مخيم الهول على جثة لاجئ عراقي قُتل بطلق ناري.\n\nوأشارت إدارة المخيم إلى أن الجثة "
            "تعود للعراقي، سيف عبد عاجل، في القسم الثاني من المخيم.\n\nويوم الأحد الماضي عُثر على جثة سيف عبد عاجل "
            "في المخيم.")
    assert people(text) == [[("سيف عبد عاجل", "killed")]]


def test_mends_after_the_first_review() -> None:
    # a named town before a relative pronoun stays the town (towns take the feminine)
    assert _tolls("قُتل شاب برصاص مجهولين في الرقة التي تسيطر عليها قوات سوريا الديمقراطية، مساء أمس الاثنين.") \
        == [("الرقة", 1)]
    # a claimed attack told as another one is another incident
    assert len(_events("قُتل جندي من قوات النظام بهجوم على نقطة عسكرية في بادية الميادين، اليوم. وفي سياق آخر، تبنى "
                       "تنظيم الدولة عملية استهداف سيارة عسكرية أدت لمقتل أربعة عناصر من قوات النظام.")) == 2
    assert len(_events("Two SDF fighters were killed when gunmen attacked a checkpoint in the town of Dhiban on Monday. "
                       "In a separate incident, IS claimed the bombing of an SDF vehicle that killed three fighters.",
                       "en")) == 2
    # a funeral's town is not the strike's
    assert _places("A drone strike in northwestern Syria killed two HTS fighters, a war monitor said.\n\nThe victims "
                   "of the strike were buried on Tuesday in the town of Sarmada.", "en")[0][0] == "Syria"
    # an incident of a day ranked among the year's is an incident
    assert _tolls("7 people have been killed in a car bomb blast in Azaz on Monday, the second bombing in the city "
                  "this year.", "en") == [("Azaz", 7)]
    # the husband who fled is no victim; a given name inside another's name is no longer form of it
    assert _people("قُتلت امرأة برصاص زوجها في بلدة الكسوة بريف دمشق، مساء أمس، وقالت مصادر محلية إن الزوج “خالد” "
                   "فرّ إلى جهة مجهولة بعد ارتكاب الجريمة.") == [[]]
    assert ("علي", "killed") in _people("قُتل الطفل “علي” بقصف مدفعي على بلدة كنصفرة، اليوم الثلاثاء، وأصيب والده "
                                        "حسن علي الزعبي بجروح.")[0]
    # "وجدته" after a casualty is as often "found him"
    assert [e.injured for e in extracted("أصيب طفل وجدته فرق الدفاع المدني تحت الأنقاض إثر قصف على بلدة كنصفرة، "
                                         "اليوم الثلاثاء." + _tail("ar"), "ar")] == [1]


def test_years_ago_date_an_earlier_incident() -> None:
    # "a year ago": the brother's killing recalled, no second dead of this incident
    assert _tolls("Ahmad Mahmoud al-Sharaa was shot dead by unknown gunmen in the town of Dael. In the past, his brother "
                  "Omar was killed in a similar manner in the city a year ago.", "en") == [("Dael", 1)]
    assert _tolls("Gunmen killed two men in the town of Dael two years ago.", "en") == []


def test_mends_after_the_second_review() -> None:
    # a masculine relative pronoun after a construct agrees with its first noun: the town stays
    assert _tolls("قُتل شاب برصاص مجهولين في سوق الباب الذي يشهد ازدحاماً، مساء أمس.")[0][0] == "الباب"
    assert _tolls("قُتل شاب برصاص مجهولين داخل الرقة التي تسيطر عليها قسد، مساء أمس.")[0][0] == "الرقة"
    # a sentence that opens by telling when the incident took place, after another event: that event's day and town
    assert _places("A bomb exploded in Deir ez-Zor countryside, killing two men.\n\nThe blast took place hours after a "
                   "tribal meeting held on Sunday in the town of Shuhayl.", "en")[0][0] != "Shuhayl"
    # an incident of its day ranked by a superlative among the year's is an incident
    assert _tolls("3 soldiers have been killed in an IS ambush near Palmyra in the deadliest attack on government forces "
                  "this year.", "en") != []
    # the husband who fled after the killing is no victim
    assert _people("قُتلت سيدة طعناً بالسكين في مدينة جرمانا، مساء أمس، وفرّ الزوج “خالد” إلى جهة مجهولة بعد ارتكاب "
                   "الجريمة.") == [[]]


def test_a_companion_of_the_victim_stays_with_the_incident() -> None:
    def tolls(text: str) -> list[tuple[int | None, int | None]]:
        return [(e.fatalities, e.injured) for e in extracted(text + _tail("ar"), "ar", published=None)]

    assert tolls("قُتل الشاب محمد علي العبدالله برصاص مسلحين مجهولين في بلدة الكرك الشرقي بريف درعا.\n\nكما أصيب مساء "
                 "الأحد الشاب أحمد سعيد المحاميد الذي كان يقف بالقرب منه.") == [(1, 1)]
