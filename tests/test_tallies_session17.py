"""Tallies read in session 17 on the fourteenth collection's dev part, after it was scored blind; each sentence
written for its test."""

from __future__ import annotations

import datetime as dt

import pytest

from generator.ingest.article import Article
from generator.ingest.extract import extract


def events(text: str) -> list[tuple[int | None, int | None]]:
    """(fatalities, injured) of each event."""
    article = Article(text=text, archived=text, language="ar", origin="test", published=dt.date(2024, 5, 9))
    return [(e.fatalities, e.injured) for e in extract(article)]


LEAD = "قُتل رجل وابنه برصاص مسلحين مجهولين أمس في بلدة الشجرة بريف درعا الغربي.\n"
TALLY = "وبحسب إحصائية للمرصد، بلغ عدد الهجمات في درعا خلال الفترة الممتدة من حزيران 2019 وحتى اليوم 950 هجمة.\n"


@pytest.mark.parametrize("reached", ["ووصل عدد القتلى إلى 600، وهم:", "وارتفع عدد القتلى إلى 600 شخص.",
                                     "ووصلت حصيلة القتلى إلى 600 قتيل."])
def test_the_number_a_tally_reached_goes_on_with_it(reached: str) -> None:
    # "the number of the dead reached 600", right after a statistics sentence: the tally's, not an incident's toll
    found = events(LEAD + TALLY + reached)
    assert found == [(2, None)]


def test_a_toll_of_one_incident_that_rose_is_still_its_toll() -> None:
    text = ("انفجرت سيارة مفخخة أمس في سوق مدينة الباب.\n" + TALLY +
            "وارتفع عدد القتلى جراء التفجير إلى 12 شخصاً.")
    assert [fatalities for fatalities, _ in events(text)] == [12]
