"""Rules of session 39 (6 December 2026); each sentence written for its test."""

from __future__ import annotations

from test_probes_session21 import extracted


def _coded(text: str, language: str = "ar") -> list[tuple[str, str, int | None, int | None]]:
    tail = "\n\nMore details." if language == "en" else "\n\nتفاصيل أخرى."
    return [(e.type, e.sub_type, e.fatalities, e.injured) for e in extracted(text + tail, language)]


def test_livestock_joined_to_the_dead_leaves_their_count() -> None:
    # "Two shepherds and 40 sheep were killed": the sheep are no new clause, the shepherds' count heads the subject
    assert [c[2] for c in _coded("Two shepherds and 40 sheep were killed when a landmine exploded near the village of "
                                 "Maadan in Raqqa countryside on Monday.", "en")] == [2]
    assert [c[2] for c in _coded("Three people and dozens of sheep were killed in a Turkish drone strike on the "
                                 "village of Tal Tamr on Monday.", "en")] == [3]
    # people joined by "and" still end the subject: the count before them is not the toll
    assert [c[2] for c in _coded("Two shepherds were wounded and three soldiers were killed when a landmine exploded "
                                 "near the village of Maadan on Monday.", "en")] == [3]


def test_a_casualty_word_in_the_dual_is_its_own_count() -> None:
    # «جثتين»: the word that tells the dead is itself their number
    assert [c[2] for c in _coded("عثرت فرق الدفاع المدني اليوم على رفات جثتين داخل منزل مهجور في حي المضابع في "
                                 "مدينة حمص.")] == [2]
    assert [c[2] for c in _coded("عُثر صباح اليوم على جثتين مجهولتي الهوية على طريق بلدة الكسوة بريف دمشق.")] == [2]
    # «قتيلين وعدد من الجرحى»: two dead, the wounded not counted (not the dead's two)
    assert _coded("سقط قتيلين وعدد من الجرحى من عناصر الأمن العام، جراء هجوم استهدف حاجزاً لهم في مدينة جبلة بريف "
                  "اللاذقية يوم الأحد.")[0][2:] == (2, None)
