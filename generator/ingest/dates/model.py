"""What a date phrase says (`DateMatch`, with its kind) and the dates it stands for (`ResolvedDate`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date as _Date  # the type, where a field named `date` hides `date`


# Kinds of date phrase.
TODAY = "today"
YESTERDAY = "yesterday"
DAY_BEFORE_YESTERDAY = "day-before-yesterday"
WEEKDAY = "weekday"                # on Sunday: on or before publication
LAST_WEEKDAY = "last-weekday"      # last Sunday: strictly before publication
SINCE_WEEKDAY = "since-weekday"    # since Friday: a span to publication
AGO = "ago"                        # two days ago
SINCE_AGO = "since-ago"            # for two days: a span to publication
ABSOLUTE = "absolute"              # 26 October (2022)
MONTH = "month"                    # July 2018
YEAR = "year"                      # in 2019
LAST_WEEK = "last-week"
LAST_MONTH = "last-month"
DAY_OF_MONTH = "day-of-month"      # the 23rd of this (or last) month
YEAR_START = "year-start"          # since the start of the year (background)

RELATIVE_KINDS = frozenset({
    TODAY, YESTERDAY, DAY_BEFORE_YESTERDAY, WEEKDAY, LAST_WEEKDAY, SINCE_WEEKDAY,
    AGO, SINCE_AGO, LAST_WEEK, LAST_MONTH, YEAR_START, DAY_OF_MONTH,
})
# Kinds whose date is context when a background cue stands before them.
CUE_KINDS = frozenset({ABSOLUTE, MONTH, YEAR})
# A date more than this many days before publication is context, not news.
BACKGROUND_AGE_DAYS = 31
# Weekdays of an absolute date are corrected within this many days.
WEEKDAY_WINDOW = 3


@dataclass(frozen=True)
class DateMatch:
    """A date phrase in the original text and what it says.

    `start`/`end`/`text` refer to the original text. The optional fields
    carry the parsed parts that `resolve` needs: a weekday (Monday 0 ..
    Sunday 6), day, month, year, `amount` days for AGO/SINCE_AGO with the
    `unit_days` of the phrase (1, 7 or 30). `background` is true when the
    phrase describes context (a cue like تسوية / "settlement of" before it,
    "since the start of the year", or a bare year).
    """

    start: int
    end: int
    text: str
    kind: str
    background: bool = False
    weekday: int | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    amount: int | None = None
    unit_days: int | None = None
    flags: tuple[str, ...] = ()


@dataclass(frozen=True)
class ResolvedDate:
    """Dates of a phrase: precision is day | days | week | month | year | unknown."""

    date: _Date | None
    date_end: _Date | None
    precision: str
    flags: list[str] = field(default_factory=list)
