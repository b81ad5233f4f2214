"""Rules of session 30 (5 December 2026); each sentence written for its test."""

from __future__ import annotations

from generator.ingest.numbers import find_counts
from test_probes_session23 import summary


def test_a_year_after_a_determiner_is_no_count() -> None:
    assert [c.value for c in find_counts("a rebel who joined the 2018 settlement and the 2019 offensive", "en")] == []
    # a toll in figures stays a toll, a count of that size too
    assert [c.value for c in find_counts("the 12 men and 2,018 people", "en")] == [12, 2018]
    assert summary("A former rebel who joined the 2018 settlement was shot dead in the town of Tafas on Monday.",
                   "en") == [("Tafas", 1, None)]


LEAD = "قُتل الشاب سامر خالد العلي برصاص مجهولين في مدينة طفس بريف درعا الغربي، مساء أمس الاثنين."
LEAD_EN = "Unknown gunmen shot dead a young man in the town of Tafas in the western Daraa countryside on Monday."


def test_one_periods_share_of_a_tally_is_no_incident() -> None:
    assert summary(f"{LEAD_EN} Last week alone, nine civilians were killed in attacks in the area.", "en") \
        == [("Tafas", 1, None)]
    assert summary(f"{LEAD} وقتل في الأسبوع الماضي وحده 7 مدنيين في هجمات على المنطقة.") == [("طفس", 1, None)]
    assert summary(f"{LEAD} وقتل في شهر شباط وحده 12 شخصاً في المحافظة.") == [("طفس", 1, None)]
    # "alone" of a person is no period
    assert summary("Gunmen shot dead a farmer who was working alone in his field near the town of Tafas on Monday.",
                   "en") == [("Tafas", 1, None)]
