"""Arabic search folding: every query word becomes a term that the index holds for the same word."""

from __future__ import annotations

import pytest

from generator.pages.searchnorm import fold, forms, index_text, query_terms


@pytest.mark.parametrize("variant", ["أحمد", "إحمد", "آحمد", "احمد", "أَحْمَد", "أحـــمد"])
def test_hamza_diacritics_tatweel_fold_together(variant):
    assert fold(variant) == "احمد"


def found(query: str, page_text: str) -> bool:
    """What the search does: every term of the query is a prefix of a word the page's index holds."""
    held = index_text(page_text).split()
    return all(any(word.startswith(term) for word in held) for term in query_terms(query))


@pytest.mark.parametrize("query, page_text", [
    ("بجاسم", "مدينة جاسم"), ("وجاسم", "جاسم"), ("جَاسِم", "جاسم"), ("البصرة", "بصره"), ("والبصرة", "البصرة"),
    ("مدينه", "المدينة"), ("للمدينة", "مدينة"), ("مستشفى", "المستشفي"), ("إنخل", "انخل"), ("انخل", "بإنخل"),
    ("Jassim", "Jassim Jassem"), ("Dar'a", "Dara"), ("Jas", "Jasim"),
    # fused and split compound names, both ways, with a clitic
    ("عبدالرحمن", "عبد الرحمن العراقي"), ("عبد الرحمن", "عبدالرحمن العراقي"), ("لعبدالرحمن", "عبد الرحمن"),
    ("عبد الله", "عبدالله"), ("أبو الفضل", "ابوالفضل"),
])
def test_query_finds_page_text(query, page_text):
    assert found(query, page_text)


@pytest.mark.parametrize("query, page_text", [
    ("جاسم درعا", "مدينة جاسم"),  # every word must be there
    ("عبدالرحمن", "عبد الكريم الرحمن"),  # two words apart are no compound
    ("Jassim", "Jasim"),
])
def test_query_misses_page_without_its_words(query, page_text):
    assert not found(query, page_text)


def test_a_query_word_is_one_term_its_shortest_form():
    assert query_terms("والبصرة بجاسم") == ["بصره", "جاسم"]
    assert query_terms("عبدالرحمن") == ["عبدالرحمن"]
    assert query_terms("Jassim jassim") == ["jassim"]
    assert query_terms(" ،؟ ") == []


def test_short_words_are_not_stripped_to_nothing():
    assert forms("بر") == ["بر"]
    assert "عد" not in forms("بعد")
