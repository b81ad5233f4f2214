"""Where incidents are cut and which sentences make none (generator/ingest/extract/): rules written on the
real-news dev articles no rule writer had read, each with its own sentences."""

from __future__ import annotations

import datetime as dt

from generator.ingest.article import Article
from generator.ingest.extract import extract

PUBLISHED = dt.date(2024, 3, 12)


def events_of(text: str, language: str = "en"):
    return extract(Article(text=text, archived=text, language=language, origin="test", published=PUBLISHED))


def test_bulleted_breakdown_of_a_tally_makes_no_incident() -> None:
    # the lines of a tally's breakdown count their incidents in words as often as in digits
    text = ("A farmer was shot dead by gunmen in Nawa on Monday.\n\n"
            "The monitor has documented 96 killings across the country since the start of 2024. "
            "The dead are spread as follows:\n\n"
            "  • Daraa: 40 killings left 38 men and two women dead.\n\n"
            "  • Hama: Seven killings left six men and a boy dead.\n\n"
            "  - Homs: Three killings left three men dead.\n")
    events = events_of(text)
    assert [(e.place.name, e.fatalities) for e in events] == [("Nawa", 1)]


def test_bulleted_arabic_breakdown_of_a_tally_makes_no_incident() -> None:
    text = ("قُتل مزارع برصاص مسلحين مجهولين في بلدة نوى، يوم الإثنين.\n\n"
            "ووثق المرصد منذ مطلع العام الجاري 96 جريمة قتل، وتوزعت على النحو التالي:\n\n"
            "  • حماة: سبع جرائم راح ضحيتها ستة رجال وطفل.\n\n"
            "  • حمص: ثلاث جرائم قتل فيها ثلاثة رجال.\n")
    events = events_of(text, "ar")
    assert [e.fatalities for e in events] == [1]


def test_a_bulleted_incident_without_a_tally_before_it_stays() -> None:
    text = ("Two incidents were reported on Monday:\n\n"
            "  • A farmer was shot dead by gunmen in Nawa.\n\n"
            "  • A landmine killed a shepherd near Hama.\n")
    assert len(events_of(text)) == 2


def test_arabic_shelling_of_places_listed_after_a_colon_with_dashes() -> None:
    # "villages, among them: A-B-outskirts-C": one shelling incident per place of the list
    text = "قصفت قوات النظام بالمدفعية الثقيلة عدداً من القرى والبلدات منها: كفرنبل-حاس-أطراف-كنصفرة، صباح اليوم."
    events = events_of(text, "ar")
    assert [e.place.name for e in events] == ["كفرنبل", "حاس", "كنصفرة"]
    assert {e.sub_type for e in events} == {"shelling_artillery_missile_attack"}


def test_arabic_shelling_of_several_villages_most_notably_a_list() -> None:
    # "several villages, most notably A, B and C": the names after "most notably" are the list
    text = "قصفت قوات النظام بقذائف الهاون قرى عدة أبرزها الزيتونة والمرجة والصفصافة، صباح اليوم."
    events = events_of(text, "ar")
    assert [e.place.name for e in events] == ["الزيتونة", "المرجة", "الصفصافة"]


def test_systematic_attacks_are_a_pattern_not_an_incident() -> None:
    text = ("A drone struck a house in Nawa on Monday, wounding a farmer. "
            "Villages of the Idlib countryside are seeing systematic drone attacks by the regime forces.")
    events = events_of(text)
    assert [(e.place.name, e.injured) for e in events] == [("Nawa", 1)]
    text = ("استهدفت طائرة مسيّرة منزلاً في بلدة نوى، يوم الإثنين، ما أدى لإصابة مزارع. "
            "وتشهد قرى ريف إدلب هجمات ممنهجة بالطائرات المسيّرة من قبل قوات النظام.")
    assert len(events_of(text, "ar")) == 1


def test_a_span_from_a_start_or_a_whole_period_is_statistics() -> None:
    # each sentence alone: a count over a span that no day of an incident opens is a tally, no incident
    for text in ("Since the beginning of 2024, 120 civilians have been killed in Daraa province.",
                 "In the first half of the year, 120 civilians were killed in Daraa province.",
                 "According to its monthly report, 120 civilians were killed in Daraa province.",
                 "Since the fall of the Assad regime, 120 civilians have been killed in Daraa province.",
                 "Throughout 2023, 120 civilians were killed in Daraa province.",
                 "The death toll for the month of August reached 120 in Daraa province."):
        assert events_of(text) == [], text
    for text in ("قتل 120 مدنياً منذ بداية 2024 في محافظة درعا.",
                 "قتل 120 مدنياً منذ بدء العام الحالي في محافظة درعا.",
                 "قتل 120 مدنياً منذ سقوط النظام في محافظة درعا.",
                 "قتل 120 مدنياً على مدار العام في محافظة درعا.",
                 "قتل 50 شخصاً في النصف الأول من العام في محافظة درعا.",
                 "قتل 120 مدنياً في الأشهر الستة الأولى من العام في محافظة درعا.",
                 "ووفق التقرير الشهري للشبكة، قتل 120 مدنياً في محافظة درعا.",
                 "وبحسب الحصيلة الشهرية، قتل 50 شخصاً في محافظة درعا."):
        assert events_of(text, "ar") == [], text


def test_a_superlative_before_the_span_compares_the_incident() -> None:
    # "the deadliest since ...": the incident measured against the span, which counts nothing
    events = events_of("At least 16 security personnel were killed in an ambush in Jableh on Thursday, marking the "
                       "deadliest assault on government forces since the fall of the previous administration.")
    assert [(e.place.name, e.fatalities) for e in events] == [("Jableh", 16)]
    events = events_of("قُتل 16 عنصراً من الأمن العام في كمين بمدينة جبلة يوم الخميس، في الهجوم الأعنف منذ بداية "
                       "العام.", "ar")
    assert [e.fatalities for e in events] == [16]
    # "أكثر من" is a count, no superlative: the span stays a tally
    assert events_of("قُتل أكثر من 120 مدنياً منذ بداية العام في محافظة درعا.", "ar") == []


def test_the_day_a_source_spoke_dates_no_incident_of_a_tally() -> None:
    assert events_of("Instability has reigned in Daraa province with more than ten assassinations reported in the "
                     "past two months, the Houran Free League said Tuesday.") == []
    assert events_of("أفادت رابطة حوران، اليوم الثلاثاء، بوقوع أكثر من عشر عمليات اغتيال خلال الأشهر الماضية في "
                     "محافظة درعا.", "ar") == []
    # a day of the incident's own, with the span after it, is still an incident
    events = events_of("Gunmen killed a man in Jasim on Tuesday, the third killing in the past two months.")
    assert [(e.place.name, e.fatalities) for e in events] == [("Jasim", 1)]
