"""Step: an incident's toll beside a later sentence's: whether the later one tells the whole toll again or names one
of its dead, and the named victims as the toll when none is stated. Split from `counts.py`, which reads the toll of
one clause; `frames.py` reads these when it joins a sentence to an incident."""

from __future__ import annotations

from ..mentions import ExtractedEvent
from .model import Clause


def whole_toll_again(event: ExtractedEvent, target: ExtractedEvent) -> bool:
    """A later sentence that gives the incident's whole toll again, the same killed and the same injured ("killing
    two and wounding another person", then a source's same words): its "another" is one beside the dead, nobody
    added to the toll."""
    return None not in (event.fatalities, event.injured) \
        and (event.fatalities, event.injured) == (target.fatalities, target.injured)


def count_named_victims(event: ExtractedEvent) -> None:
    """No toll stated: the people the report names as killed (or injured) are the count
    ("Gunmen killed X and Y" = 2)."""
    if event.fatalities is None:
        event.fatalities = sum(p.role == "killed" for p in event.people) or None
    if event.injured is None:
        event.injured = sum(p.role == "injured" for p in event.people) or None


def named_within_toll(target: ExtractedEvent, event: ExtractedEvent, clause: Clause, role: str) -> bool:
    """A later sentence whose only count is the people it names ("X, a member of the movement, was also killed"),
    told of an incident whose stated toll is larger than the people of that role named so far: the name is one of
    that toll, not one more ("up to five were killed ... the names of the identified victims: ...")."""
    own = sum(p.role == role for p in event.people)
    told = target.fatalities if role == "killed" else target.injured
    named = sum(p.role == role for p in target.people)
    return not clause.counts and own > 0 and own == (event.fatalities if role == "killed" else event.injured) \
        and told is not None and named + own <= told
