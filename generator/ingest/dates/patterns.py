"""The regexes that find date phrases, one list of (kind, pattern) per language, over folded text."""

from __future__ import annotations

import re
from functools import lru_cache

from generator.ingest.lang import ar, en
from generator.ingest.normalise import fold

from .model import (
    ABSOLUTE, AGO, DAY_BEFORE_YESTERDAY, DAY_OF_MONTH, LAST_MONTH, LAST_WEEK, LAST_WEEKDAY, MONTH, SINCE_AGO,
    SINCE_WEEKDAY, TODAY, WEEKDAY, YEAR, YEAR_START, YESTERDAY,
)


def alternation(words) -> str:
    """A regex alternation of folded words, longest first, spaces flexible."""
    folded = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in folded)


AR_LETTER = "\u0621-\u064a"
_AR_START = rf"(?<![{AR_LETTER}\w])(?:[وف]?[بل]?)"
_AR_END = rf"(?![{AR_LETTER}])"
_SEP = r"[\s،,\-–(]*"


@lru_cache(maxsize=1)
def arabic_rules() -> list[tuple[str, re.Pattern[str]]]:
    wd = alternation(ar.WEEKDAYS)
    months = alternation(ar.MONTHS)
    part = rf"(?:(?:{alternation(ar.DAY_PARTS)})\s+)?"
    day_word = rf"(?:{re.escape(fold(ar.DAY_WORD))}\s+)"
    last = alternation(ar.LAST)
    units = alternation(ar.TIME_UNITS)
    about = rf"(?:(?:{alternation(ar.ABOUT)})\s+)?"
    number = r"(?P<n>\d+|[" + AR_LETTER + r"]+(?:\s+(?:و[" + AR_LETTER + r"]+|عشر|عشره))?)"
    year_word = rf"(?:(?:{alternation(ar.YEAR_WORDS)})\s*)?"
    of = rf"(?:{re.escape(fold(ar.OF))}\s+)?"
    month_word = rf"(?:{re.escape(fold(ar.MONTH_WORD))}\s+)?"
    month_pair = rf"(?P<m1>{months})(?:\s*[/\\(\-]\s*(?P<m2>{months})\)?)?"
    year = r"(?P<y>(?:19|20)\d\d)"
    weekday_then = rf"(?:(?P<wd>{wd}){_SEP})?"
    # an ordinal day needs its "من": "الأول من نيسان"; "الأسبوع الأول من آذار" is a week, not a day
    not_a_part = "".join(rf"(?<!{fold(w)}\s)" for w in ar.ORDINAL_NOT_DAY)
    ordinal = rf"{not_a_part}(?P<od>{alternation(ar.ORDINAL_DAYS)})\s+{re.escape(fold(ar.OF))}\s+"
    rules = [
        (YEAR_START, rf"(?:{alternation(ar.YEAR_START)})"),
        (DAY_OF_MONTH,
         rf"{part}{day_word}?(?P<d>\d{{1,2}})\s*{of}(?:(?P<cur>{alternation(ar.THIS_MONTH)})"
         rf"|(?P<prev>{alternation(ar.PREVIOUS_MONTH)}))"),
        (DAY_OF_MONTH,
         rf"{part}{day_word}?{ordinal}(?:(?P<cur>{alternation(ar.THIS_MONTH)})|(?P<prev>{alternation(ar.PREVIOUS_MONTH)}))"),
        (LAST_WEEK, rf"(?:{alternation(ar.LAST_WEEK)})"),
        (LAST_MONTH, rf"(?:{alternation(ar.LAST_MONTH)})"),
        (DAY_BEFORE_YESTERDAY,
         rf"{part}(?:{alternation(ar.DAY_BEFORE_YESTERDAY)})(?:{_SEP}{day_word}?(?P<wd>{wd}))?"),
        (YESTERDAY,
         rf"{part}(?:{alternation(ar.YESTERDAY)})(?:{_SEP}{day_word}?(?P<wd>{wd}))?"),
        (TODAY, rf"{part}(?:{alternation(ar.TODAY)})(?:{_SEP}(?P<wd>{wd}))?"),
        (SINCE_WEEKDAY,
         rf"{re.escape(fold(ar.SINCE))}\s+{part}{day_word}?(?P<wd>{wd})(?:\s+(?:{last}))?"),
        (ABSOLUTE,
         rf"{part}{day_word}?{weekday_then}(?P<d>\d{{1,2}})\s*{of}{month_word}{month_pair}"
         rf"(?:\s*{of}{year_word}{year}|\s+(?:{alternation(ar.MONTH_RELATIVE)}))?"),
        (ABSOLUTE,
         rf"{part}{day_word}?{weekday_then}{ordinal}{month_word}{month_pair}"
         rf"(?:\s*{of}{year_word}{year}|\s+(?:{alternation(ar.MONTH_RELATIVE)}))?"),
        (ABSOLUTE, rf"{weekday_then}(?P<d>\d{{1,2}})[/.\-](?P<mn>\d{{1,2}})[/.\-]{year}"),
        (ABSOLUTE, rf"{year}-(?P<mn>\d{{1,2}})-(?P<d>\d{{1,2}})"),
        (MONTH, rf"{month_word}{month_pair}\s*{of}{year_word}{year}"),
        (MONTH, rf"{month_word}{month_pair}\s*{of}(?P<prev_year>{alternation(ar.LAST_YEAR)})"),
        (MONTH, rf"{month_word}{month_pair}\s+(?:{alternation(ar.MONTH_RELATIVE)})"),
        (MONTH, rf"{re.escape(fold(ar.MONTH_WORD))}\s+{month_pair}"),
        (MONTH, rf"(?:{alternation(ar.MONTH_SPAN_OPENERS)})\s+(?:(?:{alternation(ar.MONTH_PARTS)})\s+)?{month_word}"
                rf"{month_pair}"),
        (YEAR, rf"(?:{alternation(ar.YEAR_WORDS)})\s*{year}"),
        (YEAR, rf"(?:{alternation(ar.YEAR_INTRO)})\s+{year}"),
        (LAST_WEEKDAY, rf"{part}{day_word}?(?P<wd>{wd})\s+(?:{last})"),
        (WEEKDAY, rf"{part}{day_word}?(?P<wd>{wd})"),
        (AGO, rf"{re.escape(fold(ar.AGO))}\s+{about}(?:{number}\s+)?(?P<unit>{units})"),
        (SINCE_AGO, rf"{re.escape(fold(ar.SINCE))}\s+{about}(?:{number}\s+)?(?P<unit>{units})"),
    ]
    return [(kind, re.compile(_AR_START + f"(?P<body>{body})" + _AR_END)) for kind, body in rules]


_EN_START = r"(?<![a-z0-9])"
_EN_END = r"(?![a-z0-9])"


@lru_cache(maxsize=1)
def english_rules() -> list[tuple[str, re.Pattern[str]]]:
    wd = alternation(en.WEEKDAYS)
    months = alternation(en.MONTHS)
    part = rf"(?:\s+(?:{alternation(en.DAY_PARTS)}))?"
    units = alternation(en.TIME_UNITS)
    number = r"(?P<n>\d+|a|an|[a-z]+(?:-[a-z]+)?)"
    year = r"(?P<y>(?:19|20)\d\d)"
    ordinal = r"(?:st|nd|rd|th)?"
    weekday_then = rf"(?:(?:on\s+)?(?P<wd>{wd}),?\s+)?"
    rules = [
        (YEAR_START, rf"(?:{alternation(en.YEAR_START)})"),
        (LAST_WEEK, rf"(?:{alternation(en.LAST_WEEK)})"),
        (LAST_MONTH, rf"(?:{alternation(en.LAST_MONTH)})"),
        (DAY_BEFORE_YESTERDAY, rf"(?:{alternation(en.DAY_BEFORE_YESTERDAY)})"),
        (YESTERDAY, rf"(?:{alternation(en.YESTERDAY)}){part}(?:,?\s+(?P<wd>{wd}))?"),
        (TODAY, rf"(?:{alternation(en.TODAY)})(?:,?\s+\(?(?P<wd>{wd})\)?)?"),
        (SINCE_WEEKDAY, rf"since\s+(?:last\s+)?(?P<wd>{wd})"),
        (ABSOLUTE, rf"{weekday_then}(?:the\s+)?(?P<d>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<m1>{months})\.?"
                   rf"(?:,?\s+{year})?"),
        (ABSOLUTE, rf"{weekday_then}(?P<m1>{months})\.?\s+(?P<d>\d{{1,2}}){ordinal}(?:,?\s+{year})?"),
        (ABSOLUTE, rf"{year}-(?P<mn>\d{{1,2}})-(?P<d>\d{{1,2}})"),
        (MONTH, rf"(?P<m1>{months})\.?,?\s+(?:of\s+)?{year}"),
        (MONTH, rf"(?:in|since|during|early|late|mid)[\s\-]+(?P<m1>{months})"),
        (MONTH, rf"(?:in|since|during|by)\s+the\s+(?:{alternation(en.MONTH_PARTS)})\s+of\s+(?P<m1>{months})"),
        (YEAR, rf"(?:{alternation(en.YEAR_INTRO)})[\s\-]+{year}"),
        (LAST_WEEKDAY, rf"last\s+(?P<wd>{wd}){part}"),
        (WEEKDAY, rf"(?:on\s+)?(?P<wd>{wd}){part}"),
        (AGO, rf"{number}\s+(?P<unit>{units})\s+ago"),
        (SINCE_AGO, rf"for\s+(?:the\s+(?:past|last)\s+)?{number}\s+(?P<unit>{units})"),
    ]
    return [(kind, re.compile(_EN_START + f"(?P<body>{body})" + _EN_END)) for kind, body in rules]
