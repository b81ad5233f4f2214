"""Which wound words hurt someone of the incident: not the wound the dead died of (`dead_own_wound`), and which killing
words kill nobody: the means of a wound told right before them (`wound_means`). Split from `counts.py`."""

from __future__ import annotations

from ..lang import common as C
from .model import Clause, Hit


def dead_own_wound(clause: Clause, hit: Hit) -> bool:
    """An injury word that tells the wound the dead died of: after the death word and a word of cause ("قُتل شاب
    جراء إصابته برصاصة"، "فارق الحياة متأثراً بإصابته"), or bearing one person's pronoun in a clause that tells a
    death with no other person told between the two ("قُتل سائق بعد أن أطلقوا النار عليه ما أدى لإصابته"، "قُتلت امرأة
    بعد إصابتها برصاص مجهولين"; not "قُتل شاب، ونُقل شقيقه إلى المشفى لإصابته")."""
    text = clause.a.text
    kills = [h for h in clause.hits if h.klass == C.KILL]
    if clause.pack.cue("OWN_WOUND").search(text, max(clause.start, hit.start - 30), hit.end) \
            and any(h.end <= hit.start for h in kills):
        return True
    one_person = clause.pack.cue("ONE_PERSON_WOUND")   # (its prefix: a preposition or "و" of up to three letters)
    if not kills or not one_person.search(text, max(clause.start, hit.start - 3), hit.end):
        return False
    # the death nearest the wound, and no other person told between them ("ونُقل شقيقه إلى المشفى لإصابته")
    kill = min(kills, key=lambda h: abs(h.start - hit.start))
    return not clause.pack.cue("ANOTHER_PERSON").search(text, min(kill.end, hit.end), max(kill.start, hit.start))


def wound_means(clause: Clause, hit: Hit) -> bool:
    """A killing word that is the means of the wound told right before it ("أصيب ثلاثة شبان بجروح برصاص
    مجهولين"): nobody it names was killed."""
    if hit.klass != C.KILL or not clause.pack.cue("WOUND_MEANS").match(clause.a.text, hit.start, hit.end):
        return False
    between = clause.pack.cue("WOUND_MEANS_BETWEEN")
    return any(h.klass == C.INJURE and h.end <= hit.start and between.match(clause.a.text[h.end:hit.start])
               and not any(h.end <= k.start < hit.start and k.klass == C.KILL for k in clause.hits) for h in clause.hits)
