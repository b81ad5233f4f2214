"""The publication date a saved page states, and where it was found.

A saved `.txt` page rarely says when it was published in a form a machine
reads, but a newcomer's pages often do somewhere: a file name such as
`2023-08-04-daraa.txt`, a header line holding only a date ("4 August 2023",
"الجمعة 4 آب 2023", "2023-08-04"), or a line that says so ("Published:
04/08/2023", "تاريخ النشر ..."). Sources are tried in this order, each only
when the ones before gave nothing, and always after the `--published` flag:

    flag  >  page meta (HTML) or feed date  >  page header line  >  file name

A date in the body is an event's date, never the publication date: only the
short lines before the body (`MAX_HEADER_LINES`), or a line with a
publication cue, are read. A date without a year is not taken (the year
would be a guess). Where the date came from is kept in the source record's
`published_from`, so an editor knows what to check.
"""

from __future__ import annotations

import datetime as dt
import re

from . import dates
from .lang import ar, en
from .normalise import normalise

PUBLICATION_CUES = en.PUBLICATION_CUES + ar.PUBLICATION_CUES
"""A header line with one of these says it gives the publication date (either language)."""

MAX_HEADER_LINES = 5
"""Lines before the body that may state the date (site line, title, marker, credit, date)."""

MAX_DATE_LINE_WORDS = 8
"""A line of the header with more words than this is a sentence, not a date line."""

EARLIEST = dt.date(1990, 1, 1)
"""Dates before this in a file name or header are numbers, not publication dates."""

_ANY_DIGIT = re.compile(r"\d")
_GLUED_DIGITS = re.compile(r"(?<=[\u0621-\u064a])(?=\d)|(?<=\d)(?=[\u0621-\u064a])")   # not "4th"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "0123456789" * 2)
_ISO = re.compile(r"(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)")
_DAY_FIRST = re.compile(r"(?<!\d)(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})(?!\d)")


def _date(year: str, month: str, day: str, today: dt.date) -> dt.date | None:
    try:
        value = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return value if EARLIEST <= value <= today else None


def date_in_file_name(name: str, today: dt.date | None = None) -> dt.date | None:
    """`2023-08-04-x.txt`, `x_2023_08_04.txt` or `20230804-x.txt` give 2023-08-04."""
    today = today or dt.date.today()
    stem = name.rsplit("/", 1)[-1]
    for pattern in (_ISO, _COMPACT):
        for match in pattern.finditer(stem):
            year, month, day = match.groups()
            found = _date(year, month, day, today)
            if found:
                return found
    return None


def _numeric_date(line: str, today: dt.date) -> dt.date | None:
    for match in _ISO.finditer(line):
        year, month, day = match.groups()
        found = _date(year, month, day, today)
        if found:
            return found
    for match in _DAY_FIRST.finditer(line):
        day, month, year = match.groups()
        found = _date(year, month, day, today=today)
        if found:
            return found
    return None


def _written_date(line: str, language: str, today: dt.date) -> dt.date | None:
    if not _ANY_DIGIT.search(normalise(line).text):
        return None   # a written date with its day and year has digits (`find_dates` folds the line the same way)
    for match in dates.find_dates(line, language):
        if match.kind == dates.ABSOLUTE and match.year and match.month and match.day:
            found = _date(str(match.year), str(match.month), str(match.day), today=today)
            if found:
                return found
    return None


def date_of_line(line: str, language: str, today: dt.date | None = None) -> dt.date | None:
    """The date a header line states, when the line is a date line or says "published"."""
    today = today or dt.date.today()
    # a page copied without its layout glues the date to the words around it ("فريق التحرير24 سبتمبر 2024آخر تحديث")
    text = _GLUED_DIGITS.sub(" ", line.translate(_DIGITS))
    cue = any(word in text.lower() for word in PUBLICATION_CUES)
    if not cue and len(text.split()) > MAX_DATE_LINE_WORDS:
        return None
    return _numeric_date(text, today) or _written_date(text, language, today)


def date_in_header(lines: list[str], language: str, today: dt.date | None = None) -> tuple[int, dt.date] | None:
    """(index, date) of the first of the first lines of a page that states its date."""
    for index, line in enumerate(lines[:MAX_HEADER_LINES]):
        found = date_of_line(line, language, today)
        if found:
            return index, found
    return None
