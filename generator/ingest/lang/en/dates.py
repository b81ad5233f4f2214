"""English: weekdays, months, relative days and the cues that make a date background."""

from __future__ import annotations

WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}

MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3,
    "april": 4, "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7,
    "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

DAY_PARTS: tuple[str, ...] = (
    "morning", "afternoon", "evening", "night", "dawn", "noon",
)

TODAY: tuple[str, ...] = (
    "today", "earlier today", "this morning", "this afternoon", "this evening", "tonight",
)

YESTERDAY: tuple[str, ...] = ("yesterday", "last night")

DAY_BEFORE_YESTERDAY: tuple[str, ...] = ("the day before yesterday",)

TIME_UNITS: dict[str, tuple[int, int | None]] = {
    "day": (1, 1), "days": (1, None), "week": (7, 1), "weeks": (7, None),
    "month": (30, 1), "months": (30, None),
    "year": (365, 1), "years": (365, None),   # "a year ago": an earlier incident recalled, no day of this one
}

LAST_WEEK: tuple[str, ...] = ("last week", "the past week", "past week")

LAST_MONTH: tuple[str, ...] = ("last month",)

YEAR_START: tuple[str, ...] = (
    "since the start of the year", "since the beginning of the year",
    "since the start of this year", "since the beginning of this year",
    "since january",
)

# Words before a bare year that make it a date: in 2019, since 2011.
YEAR_INTRO: tuple[str, ...] = ("in", "since", "during", "of", "early", "late", "mid")

BACKGROUND_CUES: tuple[str, ...] = (
    "settlement", "agreement", "deal", "start", "beginning", "early", "late",
    "end", "mid", "since", "during", "until", "uprising", "offensive", "campaign",
)

# Words right before a date that make it the day a report or statement came out ("the report, released on
# Sunday"), not the day of an incident; fillers may stand between.
ISSUED_CUES: tuple[str, ...] = ("issued", "released", "published")
ISSUED_FILLERS: tuple[str, ...] = ("on", "this", "late", "early")

BACKGROUND_FILLERS: tuple[str, ...] = ("of", "in", "the", "since", "summer", "winter",
                                              "spring", "autumn", "fall")

# A part of a month as a span ("since the start of October"): a sentence dated only by it is a tally or the
# background, not an incident.
MONTH_PARTS: tuple[str, ...] = ("start", "beginning", "end", "middle", "first half", "second half")

# The words before a birth year ("born in 1995", "(b. 1990)"): the year is the person's age, no date of the report
# (matched on the text as written, right before the year).
BIRTH_YEAR_BEFORE = r"\b(?:born|b\.)\s*(?:in\s+)?"
