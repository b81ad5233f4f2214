"""Step: the date of an event, from the first date of its clause that is not background."""

from __future__ import annotations

import datetime as dt

from .. import dates as dates_mod
from ..mentions import ExtractedEvent
from .clauses import speech_days
from .model import Clause

# How far into a sentence a roundup's item names its day ("While on December 5, ...").
DAY_OPENING_REACH = 30


def event_date(clause: Clause) -> tuple[dates_mod.ResolvedDate | None, bool]:
    """The clause's first non-background date, resolved; (None, False) when it has none. The day a source spoke
    ("documented on Tuesday the killing of ... on Monday evening") gives way to a day the clause names after it.

    The second value is True when a relative date was found but could not be
    resolved (no publication date).
    """
    spoken = speech_days(clause)
    dates = [d for d in clause.dates if not d.background]
    told = [d for d in dates if d.match.start not in {start for start, _ in spoken}]
    if spoken and told and told[0].match.start > spoken[0][0] and not clause.pack.cue("EARLIER_CLAUSE").search(
            clause.a.text, spoken[0][1], told[0].match.start):
        dates = told   # not a day told in a clause of an earlier happening ("who had been abducted on Saturday")
    for dated in dates:
        if dated.resolved is None or dated.resolved.date is None:
            return None, True
        return dated.resolved, False
    return None, False


def apply_date(event: ExtractedEvent, resolved: dates_mod.ResolvedDate | None) -> None:
    """Set the event's date, precision and date flags (each flag also asks for a review)."""
    if resolved is not None:
        event.date, event.date_end, event.date_precision = resolved.date, resolved.date_end, resolved.precision
        event.flags = list(resolved.flags)
        for flag in resolved.flags:
            event.review.append(("date", f"{flag}: check the date against the text"))
        return
    event.date, event.date_end, event.date_precision = None, None, "unknown"


def assume_date(event: ExtractedEvent, before: ExtractedEvent | None, published: dt.date) -> None:
    """A dated article's event whose sentences give no date of their own happened on the date of the
    article's incident before it, or, for the first, on the publication date (a report of the day).
    Said in a review, since it is an assumption."""
    if before is not None and before.date is not None:
        event.date, event.date_end, event.date_precision = before.date, before.date_end, before.date_precision
        event.review.append(("date", "no date in the text for this event: the date of the incident "
                                     "reported before it; check it against the text"))
        return
    event.date, event.date_end, event.date_precision = published, None, "day"
    event.review.append(("date", "no date in the text for this event: the publication date; "
                                 "check it against the text"))


def same_day(event: ExtractedEvent, before: ExtractedEvent) -> None:
    """"في اليوم ذاته", "on the same day": the date of the article's incident reported before it."""
    event.date, event.date_end, event.date_precision = before.date, before.date_end, before.date_precision
    event.flags = list(before.flags)


def undated_review(event: ExtractedEvent, published_known: bool) -> None:
    """An event left without a date asks for one, saying why."""
    reason = ("relative date but the publication date is unknown (pass --published)"
              if not published_known else "no date in the text for this event")
    event.review.append(("date", reason))
    event.date_precision = "unknown"


def another_day_of_month(clause: Clause, incident: list[Clause]) -> bool:
    """A roundup in an article without a publication date ("While on December 5, a body was found ...",
    "Also, on December 4, ..."): a sentence that opens with a day of a month without its year, other than
    the one the incident's sentences named, tells another incident, as a resolved day would."""
    if clause.a.published is not None:
        return False
    day = _day_of_month(clause, opening=True)
    if day is None:
        return False
    known = {d for d in map(_day_of_month, incident) if d is not None}
    return bool(known) and day not in known


def _day_of_month(clause: Clause, opening: bool = False) -> tuple[int | None, int | None] | None:
    """(month, day) of the clause's first date of its own when it is a day of a month that could not be
    resolved (no year, no publication date), and, with `opening`, the sentence opens with it; None otherwise."""
    dated = next((d for d in clause.dates if not d.background), None)
    if dated is None or dated.match.kind != dates_mod.ABSOLUTE or dated.resolved is not None \
            and dated.resolved.date is not None or opening and dated.match.start - clause.start > DAY_OPENING_REACH:
        return None
    return dated.match.month, dated.match.day
