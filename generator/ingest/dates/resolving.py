"""Resolving a date phrase against the publication date: the dates it stands for, their precision, flags."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from .model import (
    ABSOLUTE, AGO, DAY_BEFORE_YESTERDAY, DAY_OF_MONTH, LAST_MONTH, LAST_WEEK, LAST_WEEKDAY, MONTH, RELATIVE_KINDS,
    SINCE_AGO, SINCE_WEEKDAY, TODAY, WEEKDAY, WEEKDAY_WINDOW, YEAR, YEAR_START, YESTERDAY, DateMatch, ResolvedDate,
)


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
        precision = {1: "day", 7: "week", 30: "month", 365: "year"}[unit_days]
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
        if abs((candidate - day).days) <= WEEKDAY_WINDOW:
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
