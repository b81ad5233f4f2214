"""Step: the date of an event, from the first date of its clause that is not background."""

from __future__ import annotations

import datetime as dt

from .. import dates as dates_mod
from ..lang import common as C
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


# What an unresolved day phrase says of its day: days before publication (اليوم 0، أمس 1) or a weekday (Monday 0 ..
# Sunday 6). (A day of a month differs from the lead's in the narrative of one incident, "taken on 30 September, found
# on 1 October": `another_day_of_month` takes it only where it opens the sentence.)
_DAYS_BEFORE = {dates_mod.TODAY: 0, dates_mod.YESTERDAY: 1, dates_mod.DAY_BEFORE_YESTERDAY: 2}
_ONE_DAY = frozenset({dates_mod.TODAY, dates_mod.YESTERDAY, dates_mod.DAY_BEFORE_YESTERDAY, dates_mod.WEEKDAY,
                      dates_mod.LAST_WEEKDAY, dates_mod.ABSOLUTE})


def _unresolved_days(clause: Clause) -> set[tuple[str, object]]:
    """What the clause's own unresolved day phrases say of their day (publication date unknown)."""
    out: set[tuple[str, object]] = set()
    spoken = {start for start, _ in speech_days(clause)}   # the day a source spoke dates nothing that happened
    for dated in clause.dates:
        match = dated.match
        if dated.background or dated.resolved is not None and dated.resolved.date is not None or match.start in spoken:
            continue
        if match.kind in _DAYS_BEFORE:
            out.add(("before", _DAYS_BEFORE[match.kind]))
        if match.kind == dates_mod.LAST_WEEKDAY:
            out.add(("before", "some"))   # "last Saturday": strictly before publication
        if match.weekday is not None and match.kind in _ONE_DAY:   # (not "since Wednesday", a span)
            out.add(("weekday", match.weekday))
    return out


def _tells_on(clause: Clause) -> bool:
    """The sentence tells no act of its own: a death or a toll told on a later day («وفارق الشاب الحياة اليوم الأحد»،
    "the toll rose on Saturday to three"), a death of the incident's wounds, the victim's body found («وعُثر اليوم على
    جثته»)."""
    text, start, end = clause.a.text, clause.start, clause.end
    died = clause.pack.cue("DIED_ALONE")
    # (a death word alone, or the incident's wounded named again: «وتوفي اثنان من المصابين اليوم»)
    hurt_again = clause.spans("AMONG_HURT")
    if all(h.klass in (C.KILL, C.INJURE) and (died.match(text, h.start) or any(s <= h.start < e for s, e in hurt_again))
           for h in clause.hits):
        return True
    if clause.pack.cue("DEATH_OF_EARLIER_WOUNDS").search(text, start, end):
        return True
    if clause.pack.cue("ANOTHER_VICTIM").search(text, start, end):
        return False   # "gunmen shot dead another man ... and dumped his body": a victim of its own
    return len(clause.spans("DETAIL")) > len(clause.spans("DETAIL_SPEECH")) \
        or any(clause.pack.cue(cue).search(text, start, end) for cue in ("VICTIM_AGAIN", "PRONOUN_VICTIM"))


def another_unresolved_day(clause: Clause, incident: list[Clause]) -> bool:
    """"عثر على جثة امرأة قتلت اليوم (الأحد) ... فيما قُتل لاجئ السبت الماضي في المخيم" in an article without a
    publication date: the sentence's day and the incident's, neither resolved, are surely different days (two
    weekdays, today and a day before), so the sentence tells another incident."""
    if clause.a.published is not None or _tells_on(clause):
        return False
    own = _unresolved_days(clause)
    known = set().union(*map(_unresolved_days, incident)) if incident else set()
    if not own or not known or own & known:
        return False
    today_and_before = {("before", 0), ("before", "some")}
    if today_and_before <= own | known and not today_and_before <= own and not today_and_before <= known:
        return True   # today, and "last Saturday"
    return bool({kind for kind, value in own if value != "some"} & {kind for kind, value in known if value != "some"})
