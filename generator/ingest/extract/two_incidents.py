"""A sentence that tells two incidents at two places, the second after a joiner ("... في منطقة الكسوة، في حين
أصيب شاب ... في مدينة جرمانا", "... in Tafas, while a man was wounded in Inkhil"), or an arrest joined as a second
act after a killing ("قُتل شاب برصاص مجهولين، وألقت الشرطة القبض على القاتل"): split in two clauses, so that the
second opens its own incident instead of being read as more of the first (which took the first place)."""

from __future__ import annotations

from ..lang import common as C
from ..mentions import Mention
from .clauses import event_hits
from .model import Clause
from .place import event_place
from .place_order import kind_of, same_or_within

# The kinds of place that make a half of the sentence an incident of its own: a village, town or city of the
# gazetteer (a governorate after the joiner is as often a tally going on by governorate).
OWN_PLACE_KINDS = frozenset({"village", "town", "city"})


def incident_clauses(clause: Clause) -> list[Clause]:
    """The clause, or its two halves when a joiner (`SECOND_INCIDENT`, or a comma before "and" and a casualty verb)
    stands between two parts that each have a casualty word and a place of their own, neither inside the other (the
    second half is split again when its turn comes). Only for a sentence that would be a candidate: a tally's or the
    background's halves stay one clause."""
    arrest = _arrest_half(clause)
    if arrest is not None:
        return arrest
    after_comma = [(clause.start + m.start(), clause.start + m.end())
                   for m in clause.pack.cue("SECOND_INCIDENT_CASUALTY").finditer(clause.text)]
    for start, end in sorted(clause.spans("SECOND_INCIDENT") + after_comma):
        first, second = Clause(clause.a, clause.start, start), Clause(clause.a, end, clause.end)
        here, there = own_place(first), own_place(second)
        if here is None or there is None:
            continue
        lex = clause.a.options.lexicon
        if same_or_within(here, there, lex) or same_or_within(there, here, lex) or _more_of_the_victims(second):
            continue
        return [first, second]
    return [clause]


def _arrest_half(clause: Clause) -> list[Clause] | None:
    """The two halves of a sentence whose first half tells a killing or a wounding and whose second, joined as a second
    act, opens on an arrest and tells no casualty ("قُتل شاب برصاص مجهولين، وألقت الشرطة القبض على القاتل", "..., and
    police arrested the gunman"): another kind of act, an incident of its own (`frames.arrests_after`)."""
    if not any(h.klass in (C.KILL, C.INJURE) for h in event_hits(clause)):
        return None
    for joint in clause.pack.cue("SECOND_ACT_JOINER").finditer(clause.a.text, clause.start, clause.end):
        first, second = Clause(clause.a, clause.start, joint.start()), Clause(clause.a, joint.end(), clause.end)
        acts = event_hits(second)
        if acts and acts[0].sub_type == C.ARRESTS and not any(h.klass in (C.KILL, C.INJURE) for h in acts) \
                and any(h.klass in (C.KILL, C.INJURE) for h in event_hits(first)):
            return [first, second]
    return None


def _more_of_the_victims(half: Clause) -> bool:
    """The second half tells of the first half's victims where they were mourned or buried, or that they died of their
    wounds ("، وفي جاسم مسقط رأسه نعاه ذووه"، "، وفي بلدة X أُسعف إلى المشفى حيث توفي متأثراً بجراحه"): no incident."""
    text = half.a.text
    return any(half.pack.cue(cue).search(text, half.start, half.end)
               for cue in ("VICTIMS_NAMED", "BURIAL", "DIED_OF_WOUNDS"))


def own_place(clause: Clause, casualty: bool = True) -> Mention | None:
    """The place of a half that tells an incident: a casualty word among its event words (unless not `casualty`), and
    a village, town or city, of the gazetteer or named after its place word, not a destination (None otherwise)."""
    if casualty and not any(h.klass in (C.KILL, C.INJURE) for h in event_hits(clause)):
        return None
    place, _ = event_place(clause)
    if place is None or clause.pack.cue("DESTINATION_BEFORE").search(clause.before(place.start, 80)):
        return None   # where the wounded were taken or someone was driving to ("while driving to Daraa") is no scene
    return place if kind_of(place, clause.a.options.lexicon) in OWN_PLACE_KINDS else None


def told_without_means(half: Clause) -> bool:
    """A second half that tells only its casualties by bare casualty words (`BARE_CASUALTY`), no means and no act of its
    own ("... while another one was killed in Balshun village", not "shot dead", "برصاص"): it was hit by the same kind of
    act as the first half."""
    hits, bare = event_hits(half), half.pack.cue("BARE_CASUALTY")
    return bool(hits) and all(h.klass in (C.KILL, C.INJURE) and bare.fullmatch(half.a.text, h.start, h.end) for h in hits)
