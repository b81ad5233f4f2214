"""Rules of session 22 (4 December 2026), from phrasing probes (`tests/probes/`); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted  # the same article builder


def named(text: str) -> list[list[tuple[str, str]]]:
    """The (name, role) pairs of each incident of an article whose whole text is `text`."""
    return [[(p.name, p.role) for p in e.people] for e in extracted(text)]


def test_a_listed_victim_with_an_age_in_brackets_is_no_photo_caption() -> None:
    lead = "قُتل أربعة مدنيين بقصف مدفعي استهدف سوقاً شعبية وسط مدينة أريحا جنوبي إدلب، ظهر أمس.\n\n"
    assert named(lead + "وفيما يلي أسماء الضحايا:\n1- سعيد محمود الخطيب (52 عاماً)\n2- عمر سعيد الخطيب (9 أعوام)") \
        == [[("سعيد محمود الخطيب", "killed"), ("عمر سعيد الخطيب", "killed")]]
    # a line that ends with a credit in brackets is still a caption, and names no one
    assert named(lead + "صورة من موقع القصف في مدينة أريحا (ناشطون)") == [[]]


def test_a_given_name_written_with_a_hamza_before_its_lam_opens_a_name() -> None:
    # إلياس folds to الياس, which looks like a family name with the article
    assert named("قُتل الشاب إلياس نقولا عبود برصاص مجهولين في مدينة السقيلبية.\n\nتفاصيل أخرى.") \
        == [[("إلياس نقولا عبود", "killed")]]
    # a family name with the article still does not open one
    people = named("قُتل الشاب الياسين نقولا عبود برصاص مجهولين في مدينة السقيلبية.\n\nتفاصيل أخرى.")
    assert not any(name.startswith("الياسين") for incident in people for name, _ in incident)


def test_a_sentence_placed_only_where_its_victim_comes_from_is_more_of_the_incident() -> None:
    lead = "قُتل شاب مدني إثر تعرضه لهجوم مسلح في مدينة الباب شرقي حلب، فجر اليوم.\n\n"
    events = extracted(lead + "وأفاد مراسلنا أن المدعو سامر خليل، وهو نازح من مدينة تدمر، قُتل على يد مسلحين مجهولين "
                              "فجر اليوم.")
    assert [(e.place.name if e.place else None, e.fatalities, [p.name for p in e.people]) for e in events] \
        == [("الباب", 1, ["سامر خليل"])]
    # a toll of its own is another incident, wherever its victims come from
    events = extracted(lead + "كما قُتل ثلاثة شبان من أبناء مدينة تدمر برصاص مجهولين فجر اليوم.")
    assert len(events) == 2


def test_a_name_after_a_death_word_that_a_source_confirmed_is_the_dead_not_the_source() -> None:
    lead = "قُتل طفل وأُصيب ثلاثة آخرون جراء انفجار وقع اليوم في بلدة كناكر بريف دمشق الغربي.\n\n"
    assert named(lead + "وأكد المصدر وفاة الطفل سامر ماهر الخطيب، وإصابة ثلاثة آخرين جراء الانفجار.") \
        == [[("سامر ماهر الخطيب", "killed")]]
    # the source named after its speech verb is still the source
    assert named(lead + "وأكد الناشط سامر الخطيب وفاة الطفل وإصابة ثلاثة آخرين جراء الانفجار.") \
        == [[("سامر الخطيب", "spokesperson")]]
