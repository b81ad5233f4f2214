"""Arabic search normalisation: the index and the query fold to the same forms."""

from __future__ import annotations

import pytest

from generator.pages.searchnorm import fold, forms, index_text, query_text


@pytest.mark.parametrize("variant", ["أحمد", "إحمد", "آحمد", "احمد", "أَحْمَد", "أحـــمد"])
def test_hamza_diacritics_tatweel_fold_together(variant):
    assert fold(variant) == "احمد"


@pytest.mark.parametrize("query, page_text", [
    ("بجاسم", "مدينة جاسم"), ("وجاسم", "جاسم"), ("جَاسِم", "جاسم"), ("البصرة", "بصره"), ("والبصرة", "البصرة"),
    ("مدينه", "المدينة"), ("للمدينة", "مدينة"), ("مستشفى", "المستشفي"), ("إنخل", "انخل"), ("انخل", "بإنخل"),
    ("Jassim", "Jassim Jassem"), ("Dar'a", "Dara"),
])
def test_query_finds_page_text(query, page_text):
    assert set(query_text(query).split()) & set(index_text(page_text).split())


def test_short_words_are_not_stripped_to_nothing():
    assert forms("بر") == ["بر"]
    assert "عد" not in forms("بعد")
