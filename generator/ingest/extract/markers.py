"""What a sentence says of the incident told before it: that it tells another one ("in a separate incident", "وفي
وقت سابق"), or that its toll adds to the incident's ("were also killed", "كما قُتل عنصر آخر"). Split from
`frames.py`, which reads them when it joins a sentence to an incident."""

from __future__ import annotations

from ..lang import common as C
from .clauses import event_hits
from .counts import other_than_own_dead
from .model import Clause, Hit

# How far (characters) an additive word ("also", "أيضاً") may stand from the casualty word it qualifies.
ADDITIVE_REACH = 40

# How far into a sentence a marker of another incident ("وفي حادثة أخرى", "in a separate incident") stands.
NEW_INCIDENT_REACH = 30


def opens_new_incident(clause: Clause) -> bool:
    """A sentence that says it is about another incident ("in a separate incident", "وفي وقت سابق") where it opens,
    or anywhere for an explicit one ("... في حادثة منفصلة"); not "earlier" or "meanwhile" right before a speech verb,
    which says when a source spoke."""
    if clause.has("SEPARATE_INCIDENT"):
        return True   # wherever it stands
    speech = clause.pack.cue("MARKED_SPEECH")
    same_day = clause.spans("SAME_DAY")
    if same_day and clause.pack.cue("BURIAL").search(clause.text):
        # "the same day" after the verb of a funeral ("وشُيّع جثمانه عصر اليوم ذاته") is the day of the incident's burial
        first = min((h.start for h in event_hits(clause)), default=clause.end)
        same_day = [span for span in same_day if span[0] < first]
    return any(start - clause.start <= NEW_INCIDENT_REACH and not speech.match(clause.a.text, start, clause.end)
               for start, _ in clause.spans("NEW_INCIDENT") + same_day)


def adds_victims(clause: Clause, klass: str) -> bool:
    """True when a later sentence's toll adds to the event's ("were also killed", "كما قُتل عنصر آخر"):
    an additive word near its first casualty word of that kind, and no subset marker (بينهم، "among them")
    nor toll update ("the death toll rose to")."""
    if clause.has("SUBSET") or clause.has("DETAIL"):
        return False   # a subset, a list of the dead or a new toll restates the count
    hit = next((h for h in clause.hits if h.klass == klass), None)
    if hit is None or any(start <= hit.start < end for start, end in clause.spans("KNOWN_VICTIMS")):
        return False   # "the two bodies ... were also": the dead told before
    casualties = [h for h in clause.hits if h.klass in (C.KILL, C.INJURE)]
    return any(hit.start - ADDITIVE_REACH <= start and end <= hit.end + ADDITIVE_REACH
               and not _after_count(clause, start) and not _before_attribution(clause, end)
               and not other_than_own_dead(clause, start)
               and _qualified(casualties, start, end).klass == klass   # "مقتل عنصر وإصابة آخرين": the others are hurt
               for start, end in clause.spans("ADDITIVE"))


def _qualified(hits: list[Hit], start: int, end: int) -> Hit:
    """The casualty word an additive word qualifies: the first one right after it ("five were killed, and
    another fighter was wounded"), else the closest ("مقتل عنصر وإصابة آخرين")."""
    after = [h for h in hits if 0 <= h.start - end <= ADDITIVE_REACH]
    if after:
        return min(after, key=lambda h: h.start)
    return min(hits, key=lambda h: min(abs(h.start - start), abs(h.end - start)))


def _before_attribution(clause: Clause, end: int) -> bool:
    """"Another group also said that 10 were killed", "كما أفاد المرصد": the addition is to who said it."""
    return any(0 <= start - end <= 12 for start, _ in clause.spans("ATTRIBUTION"))


def _after_count(clause: Clause, start: int) -> bool:
    """"وإصابة 35 آخرين", "and 35 others": "others" right after a count is how a toll is phrased, not
    an addition to an earlier one."""
    return any(0 <= start - count.end <= 3 for count in clause.counts)
