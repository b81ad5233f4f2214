"""Which wound words hurt someone of the incident: not the wound the dead died of (`dead_own_wound`), which killing
words kill nobody: the means of a wound told right before them (`wound_means`), a later sentence telling the one
wounded died (`count_wounded_died_later`), and a person's own wound told after a relative's death
(`own_role_after_kin`). Split from `counts.py`."""

from __future__ import annotations

from dataclasses import replace

from ..lang import common as C
from ..mentions import ExtractedEvent
from .model import Clause, Hit

# How far (characters) around a casualty word after a relative's the person's pronoun may stand ("وتعرضه لإصابة").
OWN_HIT_REACH = 12


def dead_own_wound(clause: Clause, hit: Hit) -> bool:
    """An injury word that tells the wound the dead died of: after the death word and a word of cause ("قُتل شاب
    جراء إصابته برصاصة"، "فارق الحياة متأثراً بإصابته"), or bearing one person's pronoun in a clause that tells a
    death with no other person told between the two ("قُتل سائق بعد أن أطلقوا النار عليه ما أدى لإصابته"، "قُتلت امرأة
    بعد إصابتها برصاص مجهولين"; not "قُتل شاب، ونُقل شقيقه إلى المشفى لإصابته")."""
    text = clause.a.text
    # the killing words, and the words of an execution read as killing words ("أقدموا على تصفية الشبان الثلاثة بعد
    # إصابتهم", as `counts` reads them)
    kills = [h for h in clause.hits if h.klass == C.KILL] + [Hit(C.KILL, "", "", start, end)
                                                             for start, end in clause.spans("EXECUTIONS")]
    if clause.pack.cue("OWN_WOUND").search(text, max(clause.start, hit.start - 30), hit.end) \
            and any(h.end <= hit.start for h in kills):
        return True
    if clause.pack.cue("OWN_WOUND_AFTER").search(text, max(clause.start, hit.start - 30), hit.end) \
            and any(h.end <= hit.start and not any(mark in text[h.end:hit.start] for mark in "،,") for h in kills):
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


def count_wounded_died_later(clause: Clause, event: ExtractedEvent, target: ExtractedEvent) -> None:
    """A sentence of the incident that tells, with no count or name of its own, that the one person it wounded died
    later (`WOUNDED_DIED_LATER`: "... ما أدى إلى إصابته بجروح بليغة. ونُقل إلى المشفى ليفارق الحياة هناك", "He later died
    of his wounds"): that person is the incident's one dead and nobody is left hurt; the person named as wounded is
    killed. Not when the incident has a dead already or wounded more than one (whose death would it be?)."""
    named_wounded = sum(p.role == "injured" for p in target.people)
    one_wounded = target.injured == 1 or target.injured is None and named_wounded == 1
    # (the sentence may tell the wound again: "وقال إن إصابة العبود بليغة ... ليفارق الحياة")
    if not one_wounded or target.fatalities or event.fatalities is not None or event.injured not in (None, 1) \
            or any(p.role == "killed" for p in (*event.people, *target.people)) \
            or not clause.pack.cue("WOUNDED_DIED_LATER").search(clause.text):
        return
    target.fatalities, target.injured = 1, 0
    target.people = [replace(p, role="killed") if p.role == "injured" else p for p in target.people]


def own_role_after_kin(clause: Clause, later: list[Hit], hits: list[Hit]) -> str | None:
    """The role a casualty word after a relative's gives the person when it is the person's own ("ما تسبب بمقتل زوجته
    وإصابته", "killing his wife and wounding him"): killed when a death word with no object follows the wound ("وإصابته
    بجروح بليغة قبل أن يفارق الحياة")."""
    cue = clause.pack.cue("OWN_HIT_AFTER_KIN")
    text = clause.a.text
    own = next((h for h in later if h.klass in C.ROLE_OF_CLASS and cue.search(
        text, max(clause.start, h.start - OWN_HIT_REACH), min(clause.end, h.end + OWN_HIT_REACH))), None)
    if own is None:
        return None
    alone = clause.pack.cue("DIED_ALONE")
    died = own.klass == C.INJURE and any(h.klass == C.KILL and h.start > own.end and alone.match(text, h.start)
                                         for h in hits)
    return C.ROLE_OF_CLASS[C.KILL if died else own.klass]
