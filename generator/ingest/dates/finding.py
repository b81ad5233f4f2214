"""Finding date phrases in a text, and telling which ones are background (context, not an event date)."""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import replace
from datetime import date
from functools import lru_cache
from typing import NamedTuple

from generator.ingest.lang import ar, common, en
from generator.ingest.normalise import Normalised, fold, normalise
from generator.ingest.numbers import parse_number_word

from .model import (
    ABSOLUTE, AGO, BACKGROUND_AGE_DAYS, CUE_KINDS, DAY_OF_MONTH, MONTH, SINCE_AGO, WEEKDAY, YEAR, YEAR_START,
    DateMatch,
)
from .patterns import AR_LETTER, arabic_rules, english_rules
from .resolving import resolve


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
def _ordinal_days() -> dict[str, int]:
    return {fold(word): number for word, number in ar.ORDINAL_DAYS.items()}


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
    day = int(match.group("d")) if _group(match, "d") else _ordinal_days().get(re.sub(r"\s+", " ", _group(match, "od") or ""))
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
    rules = arabic_rules() if language == "ar" else english_rules()
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
    born = _birth_cue(language)
    return [replace(m, background=_has_background_cue(norm, m, language) or _dates_an_issue(norm, m, language))
            for m in matches if not any(start <= m.start and m.end <= end for start, end in names)
            and not (m.kind == YEAR and born.search(text, max(0, m.start - BIRTH_CUE_REACH), m.start))]


# How far (characters) before a year a word of birth may stand ("من مواليد عام 1995", "born in 1995").
BIRTH_CUE_REACH = 30


@lru_cache(maxsize=2)
def _birth_cue(language: str) -> re.Pattern[str]:
    """A birth year is a person's age, no date of the report: "الشاب X (مواليد 1995)", "X, born in 1995"."""
    return re.compile((ar if language == "ar" else en).BIRTH_YEAR_BEFORE + "$", re.IGNORECASE)


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
    words = re.findall(rf"[{AR_LETTER}a-z0-9]+", before)
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
    if match.kind not in CUE_KINDS:
        return False
    cues, fillers = _cues(language)
    for word in _words_before(norm, match, 4):
        bare = _strip_clitic(word) if language == "ar" else word
        if word in cues or bare in cues:
            return True
        if word not in fillers and bare not in fillers:
            return False
    return False


@lru_cache(maxsize=2)
def _issue_cues(language: str) -> tuple[frozenset[str], frozenset[str]]:
    words = ar if language == "ar" else en
    return (frozenset(fold(w) for w in words.ISSUED_CUES), frozenset(fold(w) for w in words.ISSUED_FILLERS))


def _dates_an_issue(norm: Normalised, match: DateMatch, language: str) -> bool:
    """"تقرير الشبكة الصادر اليوم الأحد", "the report released on Sunday": the day a report or statement came
    out, not the day of an incident it counts."""
    cues, fillers = _issue_cues(language)
    for word in _words_before(norm, match, 3):
        if word in cues:
            return True
        if word not in fillers:
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


# The year a stated day without one is given when it stands in for the publication date: any leap year (29
# February exists); the year-less dates of the article are compared with it within that year.
_ANY_LEAP_YEAR = 2024
# Two year-less days more than half a year apart are read across the turn of the year ("28 كانون الأول" then "3
# كانون الثاني": six days later, not 359 days earlier).
_HALF_YEAR_DAYS = 182


class Reference(NamedTuple):
    """The day an article without a publication date speaks from, and whether its year was stated."""

    day: date
    year_given: bool


def stated_reference(matches: list[DateMatch]) -> Reference | None:
    """The day an article without a publication date speaks from, for the test of background: its first day
    stated with its weekday ("اليوم الإثنين 11 تشرين الأول", "on Monday, October 11"), as a lead dates its news (a
    hearing to come or a birthday has no weekday), unless a cue before it marks it as context.

    "وفي 5 أيلول الماضي" told after such a lead is five weeks older than it: an earlier incident told as context, as
    it would be against a known publication date."""
    for match in matches:
        if match.kind == ABSOLUTE and not match.background and match.day and match.month and match.weekday is not None:
            try:
                return Reference(date(match.year or _ANY_LEAP_YEAR, match.month, match.day), match.year is not None)
            except ValueError:
                continue   # (an impossible day: 30 February)
    return None


def older_than_reference(match: DateMatch, reference: Reference) -> bool:
    """Whether a stated day or month ends more than BACKGROUND_AGE_DAYS before the reference day, both with
    their year or both without ("11 July" after "5 July 2018" may be of the next year). Without years, a date after
    the reference in its year is later, never older, and so is one more than half a year before it (across the turn
    of the year)."""
    if match.kind not in (ABSOLUTE, MONTH) or (match.year is not None) != reference.year_given:
        return False
    day = reference.day
    if reference.year_given:
        last = resolve(match, day)
        end = last.date_end or last.date
    else:
        try:
            end = (date(day.year, match.month, match.day) if match.kind == ABSOLUTE and match.day and match.month
                   else date(day.year, match.month, calendar.monthrange(day.year, match.month)[1]) if match.month
                   else None)
        except ValueError:
            return False
    if end is None:
        return False
    age = (day - end).days
    if reference.year_given:
        return age > BACKGROUND_AGE_DAYS
    return BACKGROUND_AGE_DAYS < age <= _HALF_YEAR_DAYS
