"""Step: the ACLED type and sub-type of an event, and whether it targeted civilians."""

from __future__ import annotations

from ..lang import common as C
from .clauses import event_hits, has_protest
from .model import Clause, Hit


# How far (characters) after the word for making a weapon safe its object may stand ("أسقطت قوات المجلس طائرة").
DISRUPTED_OBJECT_REACH = 50


def event_type(clause: Clause, hits: list[Hit]) -> tuple[str, str]:
    """ACLED type and sub-type: the means (weapon) first, then the action, then the casualty and its victim."""
    if has_protest(clause):
        if clause.has("FORCE") or any(h.klass in (C.KILL, C.INJURE) for h in hits):
            return C.PROTESTS, "excessive_force_against_protesters"
        if not any(h.klass in (C.WEAPON, C.ACTION) for h in hits):
            return C.PROTESTS, "peaceful_protest"
    if _made_safe(hits):
        return C.STRATEGIC, C.DISRUPTED
    fought = any(h.klass == C.ACTION and h.type == C.BATTLES for h in hits)
    first_casualty = min((h.start for h in hits if h.klass in (C.KILL, C.INJURE)), default=None)
    in_fight, in_support = clause.pack.cue("WEAPON_IN_FIGHT"), clause.pack.cue("WEAPON_IN_SUPPORT")
    for klass in (C.WEAPON, C.ACTION, C.SHOOT):
        chosen = [h for h in hits if h.klass == klass]
        if klass == C.ACTION and first_casualty is not None:   # (a sentence `two_incidents` did not split)
            chosen = [h for h in chosen if h.sub_type != C.ARRESTS or not _arrest_after_casualty(clause, first_casualty, h)]
        if klass == C.ACTION and _died_under_torture(clause):   # the death, not the arrest
            chosen = [h for h in chosen if h.sub_type != C.ARRESTS]
        if klass == C.ACTION and any(h.klass == C.KILL for h in hits):   # "عُثر على جثته بعد يومين من خطفه": the death
            chosen = [h for h in chosen if h.sub_type not in C.ROLE_OF_SUB_TYPE or not _told_as_before(clause, h)]
        if klass == C.WEAPON and fought:   # "اشتباكات استُخدمت فيها القذائف": the fight's means, not the event
            chosen = [h for h in chosen if not in_fight.search(clause.before(h.start, 40))]
        if klass == C.WEAPON:   # ("backed by coalition helicopters": the means of a support, not the act's)
            chosen = [h for h in chosen if not in_support.search(clause.before(h.start, 40))]
            chosen.sort(key=lambda h: C.WEAPON_PRIORITY.index(h.sub_type) if h.sub_type in C.WEAPON_PRIORITY else 99)
        if chosen:
            first = chosen[0]
            if first.sub_type == C.REGAINS and not _state_actor_in(clause):
                return C.BATTLES, C.NON_STATE_OVERTAKES
            if first.sub_type == "attack" and first.type == C.VAC and victims_are_fighters(clause) \
                    and not _died_under_torture(clause):
                return C.BATTLES, "armed_clash"
            if first.type == C.BATTLES and first.sub_type == "armed_clash" and attacks_people(clause, first, hits):
                return C.VAC, "attack"
            if first.sub_type == "shelling_artillery_missile_attack" and clause.has("LEFTOVER"):
                return C.EXPLOSIONS, "remote_explosive_landmine_ied"   # «قذيفة من مخلفات الحرب»: a remnant, not a shelling
            return first.type, first.sub_type
    if victims_are_fighters(clause) and not _died_under_torture(clause):   # a detainee is no fighter in a fight
        return C.BATTLES, "armed_clash"
    return C.VAC, "attack"


def _arrest_after_casualty(clause: Clause, casualty_at: int, arrest: Hit) -> bool:
    """"قُتل شاب برصاص مجهولين، وألقت الشرطة القبض على القاتل", "..., and police arrested the gunman": an arrest told
    as a second act joined after the killing or wounding; the casualties are the killing's, which is the incident.
    Not an arrest for a killing ("المتهم بقتل شاب ... ألقت الشرطة القبض عليه", "the suspect in last week's killing was
    arrested"), where no such joint stands between them: the arrest is the act."""
    return casualty_at < arrest.start and bool(clause.pack.cue("SECOND_ACT_JOINER").search(clause.a.text, casualty_at,
                                                                                          arrest.start))


def _told_as_before(clause: Clause, act: Hit) -> bool:
    """An arrest or abduction told as what a death came days after ("بعد يومين من خطفه", "two days after his
    abduction"): the death is the incident, the act its past (not a release "بعد أسبوع من اختطافه", nor a wound)."""
    return bool(clause.pack.cue("DAYS_AFTER_BEFORE").search(clause.before(act.start, 40)))


def _died_under_torture(clause: Clause) -> bool:
    """"اعتقال الشابين وقتلهم تحت التعذيب", "died under torture after his arrest": a detainee's death. Torture alone
    ("أصبح عاجزاً عن الكلام نتيجة التعذيب"), a death feared or threatened ("مخاوف من قتله تحت التعذيب"), or one
    the arrest came months after ("بعد أشهر من وفاة شاب تحت التعذيب"), is none: the arrest stays the act."""
    unreal, earlier = clause.pack.cue("UNREAL_BEFORE"), clause.pack.cue("DAYS_AFTER_BEFORE")
    return any(not unreal.search(clause.before(start, 50)) and not earlier.search(clause.before(start, 40))
               for start, _ in clause.spans("UNDER_TORTURE"))


def _made_safe(hits: list[Hit]) -> bool:
    """"فككت الهندسة عبوة ناسفة": a weapon made safe, with neither blast nor victim, and no weapon used elsewhere in
    the sentence ("قصفت المسيرات قرية X، فيما أسقطت الهيئة مسيرة": the strike is the event)."""
    stopped = [h for h in hits if h.sub_type == C.DISRUPTED]

    def used(h: Hit) -> bool:   # a blast, a victim, or a weapon that is not the object of the word making it safe
        return h.klass in (C.KILL, C.INJURE) or h.klass == C.ACTION and h.type == C.EXPLOSIONS \
            or h.klass == C.WEAPON and not any(0 <= h.start - s.end <= DISRUPTED_OBJECT_REACH for s in stopped)
    return bool(stopped) and not any(used(h) for h in hits)


def attacks_people(clause: Clause, hit: Hit, hits: list[Hit]) -> bool:
    """"قتل شخصان في هجوم مسلح استهدف مقهى", "gunmen attacked a cafe and killed two": an armed attack by one side
    (no clash word besides it) that killed, wounded or hit civilians, and no fighters, is an attack on people
    (ACLED's violence against civilians), as a shooting is."""
    attacks = clause.spans("ARMED_ATTACK")
    if not any(s <= hit.start < e for s, e in attacks):
        return False
    if any(h.klass == C.ACTION and h.type == C.BATTLES and not any(s <= h.start < e for s, e in attacks) for h in hits):
        return False   # "اشتباكات" besides the attack: a fight between two sides
    hurt = any(h.klass in (C.KILL, C.INJURE) for h in hits) or bool(clause.spans("CIVILIAN"))
    return hurt and not victims_are_fighters(clause)


# A bomb thrown or worn by the attackers: the means a later sentence may name for an attack its lead told without one.
# Not a planted one: a roadside bomb told after an attack is as often a blast of its own ("It came a day after a bomb
# targeted a minibus").
NAMED_LATER = ("grenade", "suicide_bomb")


def bomb_named_later(lead: Clause, typed: tuple[str, str], later: tuple[str, str]) -> bool:
    """"قُتل عنصر إثر هجوم استهدف نقطة أمنية" ... "ألقى مسلحون قنبلة يدوية على النقطة": an attack the lead typed as a
    clash by its victims alone (no word of fighting or shooting), whose bomb a later sentence names: the bomb is
    the means, as for an attack on civilians (`frames.merge`)."""
    return typed == (C.BATTLES, "armed_clash") and later[0] == C.EXPLOSIONS and later[1] in NAMED_LATER \
        and not any(h.klass == C.SHOOT or h.klass == C.ACTION and h.type == C.BATTLES for h in event_hits(lead))


def _state_actor_in(clause: Clause) -> bool:
    lex = clause.a.options.lexicon
    return any(n.kind == "organization" and lex.get(n.entry_id).category in C.STATE_CATEGORIES for n in clause.names)


# How far (characters) after a subset marker ("منهم", "including") a fighter word is one of the subset.
SUBSET_REACH = 25


def victims_are_fighters(clause: Clause) -> bool:
    """True when the people hit are members of an armed force rather than civilians (or what was hit
    belongs to one: a patrol, a checkpoint, military positions)."""
    perpetrators = clause.spans("PERPETRATOR") + clause.spans("UNKNOWN_PERPETRATOR")
    by, then = clause.pack.cue("PERPETRATOR_BEFORE"), clause.pack.cue("PERPETRATOR_AFTER")
    fighters = [f for f in clause.spans("FIGHTER") if not any(p0 <= f[0] < p1 + 12 for p0, p1 in perpetrators)
                and not by.search(clause.pack.passes.cue_text(clause.before(f[0], 40)))
                and not then.search(clause.after(f[1], 60))]
    attacks = clause.spans("ARMED_ATTACK")   # "هجوم مسلح": the attack's adjective, no fighter hit
    fighters = [f for f in fighters if not any(s <= f[0] < e for s, e in attacks)]
    # "أعلن قائد الأمن الداخلي أن مجهولين أطلقوا النار على ثلاثة شبان": the officer who speaks is the source, no one hit
    sources = clause.spans("ATTRIBUTION")
    fighters = [f for f in fighters if not any(0 <= f[0] - end <= 1 for _, end in sources)]
    if not clause.has("JOINED"):
        fighters = [f for f in fighters if not is_former(clause, f[0], f[1])]
    # "وإصابة ثلاثة آخرين منهم قيادي", "three wounded, including a commander": a fighter named only among the
    # victims, after a subset marker, does not make the victims fighters
    subsets = clause.spans("SUBSET")
    fighters = [f for f in fighters if not any(0 <= f[0] - end <= SUBSET_REACH for _, end in subsets)]
    # a target right after the perpetrators is what they hit ("استهدف مسلحون مجهولون دورية ..."), unless
    # it is where it happened ("near a military checkpoint")
    near = clause.pack.cue("NEAR_BEFORE")
    fighters = sorted(fighters + [t for t in clause.spans("MILITARY_TARGET")
                                  if not any(p0 <= t[0] < p1 for p0, p1 in perpetrators)
                                  and not by.search(clause.pack.passes.cue_text(clause.before(t[0], 40)))
                                  and not near.search(clause.before(t[0], 40))])
    civilians = clause.spans("CIVILIAN")
    if not fighters:
        return False
    if not civilians:
        return True
    return fighters[0][0] < civilians[0][0]


def is_former(clause: Clause, start: int, end: int) -> bool:
    """A past affiliation: "a former FSA fighter", "عنصر سابق في الجيش الحر", "القيادي السابق"."""
    return clause.pack.passes.is_former(clause, start, end)


def civilian_targeting(clause: Clause, type_: str, sub_type: str) -> bool:
    if type_ == C.VAC or sub_type == "excessive_force_against_protesters":
        return True
    if type_ == C.EXPLOSIONS:
        if clause.has("LEFTOVER") or clause.has("LANDMINE"):
            return False   # a remnant of war or a landmine ("من مخلفات الحرب", "a landmine") is aimed at nobody
        return bool(clause.spans("CIVILIAN")) and not victims_are_fighters(clause)
    return False
