"""Date phrases in Arabic and English text, resolved against the publication date.

`find_dates` finds the spans with its own rules (relative days, weekdays,
"N days ago", "since Friday", absolute dates in the Levantine and standard
month systems, months and years) and records what each phrase says;
`resolve` turns one match into dates using the publication date. Relative
phrases without a publication date resolve to nothing: the date is never
guessed.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from datetime import date as _Date  # the type, where a field named `date` hides `date`
from functools import lru_cache

from generator.ingest.lang import ar, common, en
from generator.ingest.normalise import Normalised, fold, normalise
from generator.ingest.numbers import parse_number_word

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
_CUE_KINDS = frozenset({ABSOLUTE, MONTH, YEAR})
# A date more than this many days before publication is context, not news.
BACKGROUND_AGE_DAYS = 31
# Weekdays of an absolute date are corrected within this many days.
_WEEKDAY_WINDOW = 3


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


# ------------------------------------------------------------------ regexes

def _alternation(words) -> str:
    """A regex alternation of folded words, longest first, spaces flexible."""
    folded = sorted({fold(w) for w in words}, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in folded)


_AR_LETTER = "\u0621-\u064a"
_AR_START = rf"(?<![{_AR_LETTER}\w])(?:[وف]?[بل]?)"
_AR_END = rf"(?![{_AR_LETTER}])"
_SEP = r"[\s،,\-–(]*"


@lru_cache(maxsize=1)
def _arabic_rules() -> list[tuple[str, re.Pattern[str]]]:
    wd = _alternation(ar.WEEKDAYS)
    months = _alternation(ar.MONTHS)
    part = rf"(?:(?:{_alternation(ar.DAY_PARTS)})\s+)?"
    day_word = rf"(?:{re.escape(fold(ar.DAY_WORD))}\s+)"
    last = _alternation(ar.LAST)
    units = _alternation(ar.TIME_UNITS)
    number = r"(?P<n>\d+|[" + _AR_LETTER + r"]+(?:\s+(?:و[" + _AR_LETTER + r"]+|عشر|عشره))?)"
    year_word = rf"(?:(?:{_alternation(ar.YEAR_WORDS)})\s*)?"
    of = rf"(?:{re.escape(fold(ar.OF))}\s+)?"
    month_word = rf"(?:{re.escape(fold(ar.MONTH_WORD))}\s+)?"
    month_pair = rf"(?P<m1>{months})(?:\s*[/\\(\-]\s*(?P<m2>{months})\)?)?"
    year = r"(?P<y>(?:19|20)\d\d)"
    weekday_then = rf"(?:(?P<wd>{wd}){_SEP})?"
    rules = [
        (YEAR_START, rf"(?:{_alternation(ar.YEAR_START)})"),
        (DAY_OF_MONTH,
         rf"{part}{day_word}?(?P<d>\d{{1,2}})\s*{of}(?:(?P<cur>{_alternation(ar.THIS_MONTH)})"
         rf"|(?P<prev>{_alternation(ar.PREVIOUS_MONTH)}))"),
        (LAST_WEEK, rf"(?:{_alternation(ar.LAST_WEEK)})"),
        (LAST_MONTH, rf"(?:{_alternation(ar.LAST_MONTH)})"),
        (DAY_BEFORE_YESTERDAY,
         rf"{part}(?:{_alternation(ar.DAY_BEFORE_YESTERDAY)})(?:{_SEP}{day_word}?(?P<wd>{wd}))?"),
        (YESTERDAY,
         rf"{part}(?:{_alternation(ar.YESTERDAY)})(?:{_SEP}{day_word}?(?P<wd>{wd}))?"),
        (TODAY, rf"{part}(?:{_alternation(ar.TODAY)})(?:{_SEP}(?P<wd>{wd}))?"),
        (SINCE_WEEKDAY,
         rf"{re.escape(fold(ar.SINCE))}\s+{part}{day_word}?(?P<wd>{wd})(?:\s+(?:{last}))?"),
        (ABSOLUTE,
         rf"{part}{day_word}?{weekday_then}(?P<d>\d{{1,2}})\s*{of}{month_word}{month_pair}"
         rf"(?:\s*{of}{year_word}{year}|\s+(?:{_alternation(ar.MONTH_RELATIVE)}))?"),
        (ABSOLUTE, rf"{weekday_then}(?P<d>\d{{1,2}})[/.\-](?P<mn>\d{{1,2}})[/.\-]{year}"),
        (ABSOLUTE, rf"{year}-(?P<mn>\d{{1,2}})-(?P<d>\d{{1,2}})"),
        (MONTH, rf"{month_word}{month_pair}\s*{of}{year_word}{year}"),
        (MONTH, rf"{month_word}{month_pair}\s*{of}(?P<prev_year>{_alternation(ar.LAST_YEAR)})"),
        (MONTH, rf"{month_word}{month_pair}\s+(?:{_alternation(ar.MONTH_RELATIVE)})"),
        (MONTH, rf"{re.escape(fold(ar.MONTH_WORD))}\s+{month_pair}"),
        (YEAR, rf"(?:{_alternation(ar.YEAR_WORDS)})\s*{year}"),
        (YEAR, rf"(?:{_alternation(ar.YEAR_INTRO)})\s+{year}"),
        (LAST_WEEKDAY, rf"{part}{day_word}?(?P<wd>{wd})\s+(?:{last})"),
        (WEEKDAY, rf"{part}{day_word}?(?P<wd>{wd})"),
        (AGO, rf"{re.escape(fold(ar.AGO))}\s+(?:{number}\s+)?(?P<unit>{units})"),
        (SINCE_AGO, rf"{re.escape(fold(ar.SINCE))}\s+(?:{number}\s+)?(?P<unit>{units})"),
    ]
    return [(kind, re.compile(_AR_START + f"(?P<body>{body})" + _AR_END)) for kind, body in rules]


_EN_START = r"(?<![a-z0-9])"
_EN_END = r"(?![a-z0-9])"


@lru_cache(maxsize=1)
def _english_rules() -> list[tuple[str, re.Pattern[str]]]:
    wd = _alternation(en.WEEKDAYS)
    months = _alternation(en.MONTHS)
    part = rf"(?:\s+(?:{_alternation(en.DAY_PARTS)}))?"
    units = _alternation(en.TIME_UNITS)
    number = r"(?P<n>\d+|a|an|[a-z]+(?:-[a-z]+)?)"
    year = r"(?P<y>(?:19|20)\d\d)"
    ordinal = r"(?:st|nd|rd|th)?"
    weekday_then = rf"(?:(?:on\s+)?(?P<wd>{wd}),?\s+)?"
    rules = [
        (YEAR_START, rf"(?:{_alternation(en.YEAR_START)})"),
        (LAST_WEEK, rf"(?:{_alternation(en.LAST_WEEK)})"),
        (LAST_MONTH, rf"(?:{_alternation(en.LAST_MONTH)})"),
        (DAY_BEFORE_YESTERDAY, rf"(?:{_alternation(en.DAY_BEFORE_YESTERDAY)})"),
        (YESTERDAY, rf"(?:{_alternation(en.YESTERDAY)}){part}(?:,?\s+(?P<wd>{wd}))?"),
        (TODAY, rf"(?:{_alternation(en.TODAY)})(?:,?\s+\(?(?P<wd>{wd})\)?)?"),
        (SINCE_WEEKDAY, rf"since\s+(?:last\s+)?(?P<wd>{wd})"),
        (ABSOLUTE, rf"{weekday_then}(?:the\s+)?(?P<d>\d{{1,2}}){ordinal}\s+(?:of\s+)?(?P<m1>{months})\.?"
                   rf"(?:,?\s+{year})?"),
        (ABSOLUTE, rf"{weekday_then}(?P<m1>{months})\.?\s+(?P<d>\d{{1,2}}){ordinal}(?:,?\s+{year})?"),
        (ABSOLUTE, rf"{year}-(?P<mn>\d{{1,2}})-(?P<d>\d{{1,2}})"),
        (MONTH, rf"(?P<m1>{months})\.?,?\s+(?:of\s+)?{year}"),
        (MONTH, rf"(?:in|since|during|early|late|mid)[\s\-]+(?P<m1>{months})"),
        (YEAR, rf"(?:{_alternation(en.YEAR_INTRO)})[\s\-]+{year}"),
        (LAST_WEEKDAY, rf"last\s+(?P<wd>{wd}){part}"),
        (WEEKDAY, rf"(?:on\s+)?(?P<wd>{wd}){part}"),
        (AGO, rf"{number}\s+(?P<unit>{units})\s+ago"),
        (SINCE_AGO, rf"for\s+(?:the\s+(?:past|last)\s+)?{number}\s+(?P<unit>{units})"),
    ]
    return [(kind, re.compile(_EN_START + f"(?P<body>{body})" + _EN_END)) for kind, body in rules]


# ------------------------------------------------------------------ finding

@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    table = {fold(name): number for name, number in ar.MONTHS.items()}
    table.update(en.MONTHS)
    return {re.sub(r"\s+", " ", k): v for k, v in table.items()}


@lru_cache(maxsize=1)
def _weekday_numbers() -> dict[str, int]:
    table = {fold(name): number for name, number in ar.WEEKDAYS.items()}
    table.update(en.WEEKDAYS)
    return table


@lru_cache(maxsize=1)
def _unit_table() -> dict[str, tuple[int, int | None]]:
    table = {fold(w): v for w, v in ar.TIME_UNITS.items()}
    table.update(en.TIME_UNITS)
    return table


def _group(match: re.Match[str], name: str) -> str | None:
    return match.groupdict().get(name)


def _month_of(match: re.Match[str]) -> tuple[int | None, tuple[str, ...]]:
    """The month of a match and a flag when a month pair disagrees."""
    if _group(match, "mn"):
        month = int(match.group("mn"))
        return (month, ()) if 1 <= month <= 12 else (None, ())
    names = [_group(match, "m1"), _group(match, "m2")]
    numbers = [_month_numbers()[re.sub(r"\s+", " ", n)] for n in names if n]
    if not numbers:
        return None, ()
    flags = ("month-pair-mismatch",) if len(set(numbers)) > 1 else ()
    return numbers[0], flags


def _amount_of(match: re.Match[str], original: str) -> int | None:
    """The count of an AGO / SINCE_AGO phrase: قبل ثلاثة أيام → 3, يومين → 2."""
    unit = _unit_table()[re.sub(r"\s+", " ", match.group("unit"))]
    words = _group(match, "n")
    if words is None:
        return unit[1]
    if words in ("a", "an"):
        return 1
    return parse_number_word(original)


def _build_match(kind: str, match: re.Match[str], norm: Normalised) -> DateMatch | None:
    start, end = norm.to_original(match.start("body"), match.end("body"))
    text = norm.original[start:end]
    weekday_name = _group(match, "wd")
    weekday = _weekday_numbers()[weekday_name] if weekday_name else None
    month, flags = _month_of(match)
    day = int(match.group("d")) if _group(match, "d") else None
    year = int(match.group("y")) if _group(match, "y") else None
    amount = unit_days = None
    if kind == DAY_OF_MONTH:
        amount = 1 if _group(match, "prev") else 0   # months back from publication
    if kind == MONTH and _group(match, "prev_year"):
        amount = 1                                    # years back from publication
    if kind in (AGO, SINCE_AGO):
        unit_days = _unit_table()[re.sub(r"\s+", " ", match.group("unit"))][0]
        n_start, n_end = (match.start("n"), match.end("n")) if _group(match, "n") else (0, 0)
        number_text = norm.original[slice(*norm.to_original(n_start, n_end))] if n_end else ""
        amount = _amount_of(match, number_text)
        if amount is None:
            return None  # "قبل ان" etc.: not a count of days
    if kind in (ABSOLUTE, MONTH) and month is None:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    return DateMatch(start=start, end=end, text=text, kind=kind, weekday=weekday, day=day,
                     month=month, year=year, amount=amount, unit_days=unit_days, flags=flags)


def _weekday_needs_context(match: re.Match[str], kind: str) -> bool:
    """A bare الاثنين ("the two") is not a date without يوم or a day part."""
    if kind != WEEKDAY:
        return False
    body = match.group("body")
    return body in {fold(w) for w in ar.WEEKDAYS_NEED_CONTEXT}


def _english_case_ok(match: re.Match[str], norm: Normalised) -> bool:
    """"may" and "march" are months only when capitalised (May 2019)."""
    month = _group(match, "m1")
    if month not in ("may", "march", "mar"):
        return True
    start, _ = norm.to_original(match.start("m1"), match.end("m1"))
    return norm.original[start].isupper()


def _candidates(norm: Normalised, language: str) -> list[DateMatch]:
    rules = _arabic_rules() if language == "ar" else _english_rules()
    found: list[DateMatch] = []
    for kind, pattern in rules:
        for match in pattern.finditer(norm.text):
            if _weekday_needs_context(match, kind):
                continue
            if language != "ar" and not _english_case_ok(match, norm):
                continue
            built = _build_match(kind, match, norm)
            if built is not None:
                found.append(built)
    return found


def _drop_overlaps(matches: list[DateMatch]) -> list[DateMatch]:
    """Longest match wins; ties go to the earlier rule (more specific)."""
    ranked = sorted(enumerate(matches), key=lambda im: (-(im[1].end - im[1].start), im[0]))
    kept: list[DateMatch] = []
    for _, match in ranked:
        if all(match.end <= k.start or match.start >= k.end for k in kept):
            kept.append(match)
    return sorted(kept, key=lambda m: m.start)


def find_dates(text: str, language: str) -> list[DateMatch]:
    """Every date phrase in `text` ("ar" or "en"), in text order, overlaps
    resolved (longest wins), each marked `background` when it is context."""
    norm = normalise(text)
    matches = _drop_overlaps(_candidates(norm, language))
    names = _quoted_names(text)
    return [replace(m, background=_has_background_cue(norm, m, language)) for m in matches
            if not any(start <= m.start and m.end <= end for start, end in names)]


_QUOTED_NAME = re.compile(common.QUOTED_NAME)


def _quoted_names(text: str) -> list[tuple[int, int]]:
    """Spans of short quoted names ("حوران اليوم", "Syria Today"): a date word inside one is part of a name."""
    if '"' not in text and "“" not in text and "«" not in text:
        return []
    return [m.span(1) for m in _QUOTED_NAME.finditer(text)
            if len(m.group(1).split()) <= common.QUOTED_NAME_MAX_WORDS]


# --------------------------------------------------------------- background

def _words_before(norm: Normalised, match: DateMatch, count: int) -> list[str]:
    """Up to `count` folded words right before the match, nearest first,
    stopping at a sentence or clause boundary."""
    folded_start = bisect.bisect_left(norm.origins, match.start)
    before = norm.text[max(0, folded_start - 80):folded_start]
    before = re.split(r"[.،,؛;:!?؟\n()]", before)[-1]
    words = re.findall(rf"[{_AR_LETTER}a-z0-9]+", before)
    return list(reversed(words))[:count]


@lru_cache(maxsize=2)
def _cues(language: str) -> tuple[frozenset[str], frozenset[str]]:
    if language == "ar":
        return (frozenset(fold(w) for w in ar.BACKGROUND_CUES),
                frozenset(fold(w) for w in ar.BACKGROUND_FILLERS))
    return frozenset(en.BACKGROUND_CUES), frozenset(en.BACKGROUND_FILLERS)


def _has_background_cue(norm: Normalised, match: DateMatch, language: str) -> bool:
    if match.kind in (YEAR_START, YEAR):
        return True
    if match.kind not in _CUE_KINDS:
        return False
    cues, fillers = _cues(language)
    for word in _words_before(norm, match, 4):
        bare = _strip_clitic(word) if language == "ar" else word
        if word in cues or bare in cues:
            return True
        if word not in fillers and bare not in fillers:
            return False
    return False


def _strip_clitic(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وفبل" else word


def is_background(text: str, match: DateMatch, published: date | None = None) -> bool:
    """Whether a date phrase is context rather than an event date.

    True when `find_dates` marked it (a cue before it, "since the start of
    the year", a bare year), or when, with a publication date, the phrase
    ends more than BACKGROUND_AGE_DAYS before publication. `text` is the
    text the match was found in (kept for callers that re-check context).
    """
    if match.background:
        return True
    if published is None:
        return False
    resolved = resolve(match, published)
    last = resolved.date_end or resolved.date
    return last is not None and (published - last).days > BACKGROUND_AGE_DAYS


# ---------------------------------------------------------------- resolving

def _on_or_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _strictly_before(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday - 1) % 7 + 1)


def _nearest(target: date, weekday: int) -> date:
    back = (target.weekday() - weekday) % 7
    return target - timedelta(days=back) if back <= 3 else target + timedelta(days=7 - back)


def _check_weekday(resolved: date, weekday: int | None, published: date,
                   flags: list[str]) -> date:
    """Prefer the named weekday when it disagrees: the nearest such day on or
    before publication, flagged."""
    if weekday is None or resolved.weekday() == weekday:
        return resolved
    flags.append("weekday-mismatch")
    return _on_or_before(published, weekday)


def _given(value: int | None, part: str, match: DateMatch) -> int:
    """A part the parser always sets for the phrase's kind (the weekday of WEEKDAY, ...)."""
    if value is None:
        raise ValueError(f"a {match.kind} date phrase without its {part}: {match.text!r}")
    return value


def _relative(match: DateMatch, published: date) -> ResolvedDate:
    flags = list(match.flags)
    kind = match.kind
    if kind in (TODAY, YESTERDAY, DAY_BEFORE_YESTERDAY):
        back = {TODAY: 0, YESTERDAY: 1, DAY_BEFORE_YESTERDAY: 2}[kind]
        day = _check_weekday(published - timedelta(days=back), match.weekday, published, flags)
        return ResolvedDate(day, None, "day", flags)
    if kind == WEEKDAY:
        return ResolvedDate(_on_or_before(published, _given(match.weekday, "weekday", match)), None, "day", flags)
    if kind == LAST_WEEKDAY:
        return ResolvedDate(_strictly_before(published, _given(match.weekday, "weekday", match)), None, "day", flags)
    if kind == SINCE_WEEKDAY:
        return ResolvedDate(_on_or_before(published, _given(match.weekday, "weekday", match)), published, "days", flags)
    if kind in (AGO, SINCE_AGO):
        unit_days = _given(match.unit_days, "unit", match)
        start = published - timedelta(days=_given(match.amount, "amount", match) * unit_days)
        precision = {1: "day", 7: "week", 30: "month"}[unit_days]
        if kind == SINCE_AGO:
            return ResolvedDate(start, published, "days", flags)
        return ResolvedDate(start, None, precision, flags)
    if kind == LAST_WEEK:
        return ResolvedDate(published - timedelta(days=7), published - timedelta(days=1), "week", flags)
    if kind == LAST_MONTH:
        last_day = published.replace(day=1) - timedelta(days=1)
        return ResolvedDate(last_day.replace(day=1), last_day, "month", flags)
    if kind == YEAR_START:
        return ResolvedDate(date(published.year, 1, 1), published, "year", flags)
    if kind == DAY_OF_MONTH:
        month_start = published.replace(day=1)
        if match.amount:
            month_start = (month_start - timedelta(days=1)).replace(day=1)
        day_of_month = _given(match.day, "day", match)
        try:
            return ResolvedDate(month_start.replace(day=day_of_month), None, "day", flags)
        except ValueError:
            return ResolvedDate(None, None, "unknown", flags + ["invalid-date"])
    raise ValueError(f"not a relative date kind: {kind}")


def _year_for(month: int, day: int, published: date | None, flags: list[str]) -> int | None:
    """The year of a day and month written without one: the publication
    year, or the one before when the date would fall after publication."""
    if published is None:
        flags.append("no-year")
        return None
    year = published.year
    if (month, day) > (published.month, published.day):
        year -= 1
    flags.append("year-inferred")
    return year


def _absolute(match: DateMatch, published: date | None) -> ResolvedDate:
    flags = list(match.flags)
    month, day_of_month = _given(match.month, "month", match), _given(match.day, "day", match)
    year = match.year or _year_for(month, day_of_month, published, flags)
    if year is None:
        return ResolvedDate(None, None, "unknown", flags)
    try:
        day = date(year, month, day_of_month)
    except ValueError:
        return ResolvedDate(None, None, "unknown", flags + ["invalid-date"])
    if match.weekday is not None and day.weekday() != match.weekday:
        flags.append("weekday-mismatch")
        candidate = _nearest(day, match.weekday)
        if abs((candidate - day).days) <= _WEEKDAY_WINDOW:
            day = candidate
    return ResolvedDate(day, None, "day", flags)


def _month(match: DateMatch, published: date | None) -> ResolvedDate:
    flags = list(match.flags)
    month = _given(match.month, "month", match)
    if match.year is None and match.amount and published is not None:
        year: int | None = published.year - match.amount      # a month of last year
    else:
        year = match.year or _year_for(month, 1, published, flags)
    if year is None:
        return ResolvedDate(None, None, "unknown", flags)
    last = calendar.monthrange(year, month)[1]
    return ResolvedDate(date(year, month, 1), date(year, month, last), "month", flags)


def resolve(match: DateMatch, published: date | None) -> ResolvedDate:
    """The dates a phrase stands for, given the publication date.

    Relative phrases without `published` give date None, precision
    "unknown" and flag "no-date-anchor". A weekday that disagrees with the
    date of today / yesterday / the day before is preferred (the nearest
    such day on or before publication) and flagged "weekday-mismatch"; for
    an absolute date the weekday wins within three days of it, flagged too.
    A missing year is the publication year, or the year before when the
    date would otherwise fall after publication (flag "year-inferred").
    """
    if match.kind in RELATIVE_KINDS:
        if published is None:
            return ResolvedDate(None, None, "unknown", list(match.flags) + ["no-date-anchor"])
        return _relative(match, published)
    if match.kind == ABSOLUTE:
        return _absolute(match, published)
    if match.kind == MONTH:
        return _month(match, published)
    if match.kind == YEAR:
        year = _given(match.year, "year", match)
        return ResolvedDate(date(year, 1, 1), date(year, 12, 31), "year", list(match.flags))
    raise ValueError(f"unknown date kind: {match.kind}")
