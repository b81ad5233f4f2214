"""Date phrases in Arabic and English text, resolved against the publication date.

`find_dates` finds the spans with its own rules (relative days, weekdays,
"N days ago", "since Friday", absolute dates in the Levantine and standard
month systems, months and years) and records what each phrase says;
`resolve` turns one match into dates using the publication date. Relative
phrases without a publication date resolve to nothing: the date is never
guessed.

The package: `model` (kinds of phrase, `DateMatch`, `ResolvedDate`),
`patterns` (the regexes of each language), `finding` (`find_dates`,
`is_background`), `resolving` (`resolve`).
"""

from __future__ import annotations

from .finding import Reference, find_dates, is_background, older_than_reference, stated_reference
from .model import (
    ABSOLUTE, AGO, BACKGROUND_AGE_DAYS, DAY_BEFORE_YESTERDAY, DAY_OF_MONTH, LAST_MONTH, LAST_WEEK, LAST_WEEKDAY, MONTH,
    RELATIVE_KINDS, SINCE_AGO, SINCE_WEEKDAY, TODAY, WEEKDAY, YEAR, YEAR_START, YESTERDAY, DateMatch, ResolvedDate,
)
from .resolving import resolve

__all__ = [
    "ABSOLUTE", "AGO", "BACKGROUND_AGE_DAYS", "DAY_BEFORE_YESTERDAY", "DAY_OF_MONTH", "LAST_MONTH", "LAST_WEEK",
    "LAST_WEEKDAY", "MONTH", "RELATIVE_KINDS", "SINCE_AGO", "SINCE_WEEKDAY", "TODAY", "WEEKDAY", "YEAR", "YEAR_START",
    "YESTERDAY", "DateMatch", "Reference", "ResolvedDate", "find_dates", "is_background", "older_than_reference",
    "resolve", "stated_reference",
]
