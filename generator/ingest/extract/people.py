"""Step: the named people of a clause and their role in the event (victims, detainees, commanders,
spokespeople, people only mentioned).

Finding the names is the language pack's (`arabic_people.find_people`, `english_people.find_people`); the
role comes from the words around each name in its own clause, the same way in every language:
the leader of the acting group is its commander; a person the report quotes or credits ("said X",
"قال X") is a spokesperson; a person governed by a casualty or action word is its victim; anyone
else is mentioned. Every named person of the article is attached to an event, so that the record
of the incident lists who the report names."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ..lang import common as C
from ..mentions import ExtractedEvent, PersonMention
from .clauses import dated_by_period, is_denial, only_background_dates
from .wounds import own_role_after_kin, wound_means
from .model import Clause, FoundName, Hit, Told
from .list_lines import list_header_role
from .place_context import list_names
from .same_incident import VICTIM_ROLES

_WORD = re.compile(r"\S+")
_QUOTE_MARKS = "\"“«'‘"
_PUNCTUATION = "\"“”«»'‘’،,.:؛;()"
SPOKESPERSON = "spokesperson"
KILLED = "killed"
INJURED = "injured"
MENTIONED = "mentioned"
COMMANDER = "commander"
TARGET = "target"
DETAINED = "detained"
ABDUCTED = "abducted"
PERPETRATOR = C.PERPETRATOR
# How far (characters, words) a casualty word's own object may stand after it: "مقتل الشاب X", "the killing of X".
GOVERNED_REACH = 40
GOVERNED_WORDS = 3
# How far (characters) a death word may follow an injury word it completes.
THEN_DIED_REACH = 40
# How far (characters) a name's casualty verb may follow it ("X and Z, 25, were wounded"), or a mourner's office lead it.
PREDICATE_REACH = MOURNER_REACH = 120
# How far (characters) the words of who did it may stand before the name ("برصاص مسلحين ينتمون لمجموعة القيادي السابق X").
HAND_REACH = 90
# What `referred_count` says for a plural pronoun or noun: every person waiting for a role, two or more.
ANY_NUMBER = 0


def people_of(clause: Clause, type_: str, sub_type: str) -> list[PersonMention]:
    """Named people of an event's clause with their role in the event."""
    found = found_people(clause)
    by_order = _ordinal_roles(clause, found)
    return [_mention(clause, f, _role(clause, f, by_order.get(i) or f.role
                                      or person_role(clause, f.start, sub_type, _others(found, f), f.end)))
            for i, f in enumerate(found)]


def _others(found: list[FoundName], one: FoundName) -> list[int]:
    """Where the clause's other names start."""
    return [f.start for f in found if f is not one]


def found_people(clause: Clause) -> list[FoundName]:
    """The language pack's names of the clause, with the cues news gives for the people an incident hit: an age
    right after the name ("X (34 عاماً)", "X, 34,") describes a victim, and a name listed right after a victim's
    ("X (30 عاماً) وY", "the dead were X and Y") is one too, with the same role."""
    age, link = clause.pack.cue("AGE_AFTER"), clause.pack.cue("LIST_LINK")
    text = clause.a.text
    out: list[FoundName] = []
    # the names of a place list are places, whatever person's name one is like ("بلدات “البرقوقة، أم الزيتون”")
    places = [(start, start + len(name)) for start, name in list_names(clause)]
    for found in clause.pack.passes.find_people(clause):
        if any(start <= found.start < end for start, end in places):
            continue
        if not found.victim_cue and age.match(text[found.end:clause.end]):
            found = replace(found, victim_cue=True)
        previous = out[-1] if out else None
        if previous and previous.victim_cue and not found.victim_cue and link.match(text[previous.end:found.start]):
            found = replace(found, victim_cue=True, role=found.role or previous.role)
        out.append(found)
    return out


def _ordinal_roles(clause: Clause, found: list[FoundName]) -> dict[int, str]:
    """"أطلقوا النار على X وY، ما أدى لمقتل الأول وإصابة الثاني": the role of each name by its rank."""
    if len(found) < 2:
        return {}
    roles = {}
    for hit in clause.hits:
        if hit.klass not in C.ROLE_OF_CLASS or hit.start < found[0].end:
            continue
        rank = _ordinal_after(clause, hit)
        if 0 < rank <= len(found):
            roles[rank - 1] = C.ROLE_OF_CLASS[hit.klass]
    return roles


def identified_people(clause: Clause, role: str, told: Told = Told.WITH_EVENT) -> list[PersonMention]:
    """Names of a sentence without an event word of its own, for the event before it. A name that
    the sentence identifies ("Relatives named him as X", "ويدعى القتيل X") or lists ("الضحايا هم: X، Y",
    a numbered line) takes the event's victim role `role` (or the role its own death or casualty word
    gives); the leader of a group is its commander; anyone else takes the role of its own casualty word,
    or is a spokesperson or mentioned. In a sentence that makes no event (`told` as background: statistics, a
    denial, an earlier date) only a name the sentence identifies is the event's victim for being
    introduced, and a name's own casualty word counts unless the sentence is dated in an earlier period,
    denies, or tells another incident (a precedent, a cause). A sentence that opens on
    another incident names nobody as a victim of this one."""
    passes = clause.pack.passes
    out = []
    background = told is not Told.WITH_EVENT
    listed = None if background else list_header_role(clause)
    role = listed or role
    # a sentence dated in an earlier period tells of another incident; a denial says it did not happen; a sentence
    # that opens on another incident ("In another incident, X was fatally shot") is not the incident before it
    earlier = told is Told.ANOTHER_INCIDENT or background and (dated_by_period(clause) or is_denial(clause))
    past = earlier or background and only_background_dates(clause)
    if clause.pack.cue("ANOTHER_INCIDENT").match(clause.a.text, clause.start, clause.end):
        return [_mention(clause, found, _role(clause, found, None)) for found in found_people(clause)]
    every = found_people(clause)
    mourning = [m.end() for m in clause.pack.cue("VICTIMS_NAMED").finditer(clause.a.text, clause.start, clause.end)]
    for found in every:
        before = clause.a.text[max(clause.start, found.start - 45):found.start]
        # "ونعت عائلته ابنها X", "His family mourned X": the mourned are the incident's dead
        mourned = not background and any(end <= found.start for end in mourning) and not clause.pack.cue(
            "MOURNER_BEFORE").search(clause.a.text, max(clause.start, found.start - MOURNER_REACH), found.start)
        harmed = bool(clause.pack.cue("HARMED_AFTER").match(clause.a.text, found.end, clause.end))   # "X was shot"
        # "X was taken to a hospital in Y": the wounded (not "the body of X"), when nothing else identifies X ("X, 34,
        # was taken to a hospital, but doctors could not save him" died)
        taken = bool(clause.pack.cue("TAKEN_TO_HOSPITAL_AFTER").match(clause.a.text, found.end, clause.end)) \
            and not clause.pack.cue("BODY_OF_BEFORE").search(clause.before(found.start, 20))
        otherwise = found.victim_cue or listed is not None or mourned or harmed
        identified = (otherwise or taken) and not background \
            or passes.identified_as(before, clause.pack) and not (
                earlier and any(d.match.start < found.start for d in clause.dates)   # "حاول في كانون الأول ... المدعو X"
                or _kin_of_another(clause, found.start))   # "وهو شقيق المدعو X": X is the victim's brother
        # "أدى إلى وفاتهما", "ومن بين المصابين X", "وتوفي الشاب X": the person's own death or casualty word, after
        # the role the noun before the name gives ("أما المصاب فهو X" after the names of the dead)
        own = None if past else found.role or person_role(clause, found.start, "", _others(every, found), found.end)
        victim = found.role or own or (INJURED if taken and not otherwise else role)
        out.append(_mention(clause, found, _role(clause, found, victim if identified else own)))
    return out


def _role(clause: Clause, found: FoundName, victim: str | None) -> str:
    if found.role in (PERPETRATOR, SPOKESPERSON):
        return found.role   # "المتهم X"، "the suspect, X,", a witness: whatever the casualty word near the name
    passes = clause.pack.passes
    if passes.is_commander(clause, found.start):
        return COMMANDER
    if found.role is None and passes.is_source(clause, found.start, found.end):
        return SPOKESPERSON   # "ونُقل المصاب X": a noun for the dead or hurt before the name makes no source
    if found.role is None and not found.victim_cue and _reacts(clause, found):
        return MENTIONED
    return victim or MENTIONED


def _reacts(clause: Clause, found: FoundName) -> bool:
    """The person reacts to the incident, visits or attends, or ruled in a period the clause names: "أدان عضو مجلس
    الشعب X مقتل الشاب"، "زيارة المحافظ X"، "Governor X condemned the killing", "after a visit by Governor X"، "في عهد
    الرئيس السابق X": only mentioned, whatever casualty word comes after the name. No casualty word stands between
    the reaction and the name ("أدان ... مقتل الشاب X": X died)."""
    text = clause.a.text
    window = max(clause.start, found.start - 80)
    before = clause.pack.cue("REACTOR_BEFORE").search(text, window, found.start)
    if before is not None and not any(before.start() <= h.start < found.start for h in clause.hits):
        return True
    if clause.pack.cue("ERA_BEFORE").search(text, window, found.start) \
            or clause.pack.cue("ERA_AFTER").match(text, found.end, clause.end):
        return True   # "في عهد الرئيس السابق X", "under former President X", "X's government": a ruler
    return bool(clause.pack.cue("REACTOR_AFTER").match(text, found.end, clause.end))


def _mention(clause: Clause, found: FoundName, role: str) -> PersonMention:
    return PersonMention(name=found.name, language=clause.a.language, role=role, rank=found.rank,
                         aliases=found.aliases)


def later_roles(people: list[PersonMention], clause: Clause) -> None:
    """A person named before with no role yet, referred to again by the family name (أن "السلطان" قتل
    متأثراً بإصابته) or, in quotation marks, by the given name (توفي الشاب "لؤي"), takes the victim role
    of that later clause; an injured person who died later becomes one of the dead. A family name that
    two people of the event share points at neither. A clause that refers to them without a name gives
    its role too (`_referred_roles`)."""
    if not people or not clause.hits and not clause.has("DEATH_WORDS"):
        return
    _referred_roles(people, clause)
    waiting = [i for i, p in enumerate(people) if p.role in (MENTIONED, TARGET, INJURED) and len(p.name.split()) > 1]
    if not waiting:
        return
    key = clause.pack.match_key
    family: dict[str, list[PersonMention]] = {}  # match key of a family name -> the people who bear it
    for p in people:
        family.setdefault(key(p.name.split()[-1]), []).append(p)
    # the waiting people by the key of their family name and of their given name, in the order of `people`
    by_last: dict[str, list[int]] = {}
    by_first: dict[str, list[int]] = {}
    for i in waiting:
        words = people[i].name.split()
        last = key(words[-1])
        if len(last) > 3 and len(family[last]) == 1:
            by_last.setdefault(last, []).append(i)
        by_first.setdefault(key(words[0]), []).append(i)
    for m in _WORD.finditer(clause.text):
        word = key(m.group(0).strip(_PUNCTUATION))
        quoted = m.group(0)[:1] in _QUOTE_MARKS
        named = by_last.get(word, []) + (by_first.get(word, []) if quoted else [])
        for i in sorted(set(named)):
            if i not in waiting:
                continue
            role = person_role(clause, clause.start + m.start(), "")
            if role in VICTIM_ROLES and (people[i].role in (MENTIONED, TARGET) or role == KILLED):   # died of wounds
                people[i] = replace(people[i], role=role)
                waiting.remove(i)


def _referred_roles(people: list[PersonMention], clause: Clause) -> None:
    """A later clause that names nobody and refers back to the people named before, by a pronoun on its casualty
    word (مقتلهما، عثروا على جثته، "killing them"), by a noun (إصابة الشبان الثلاثة، "the two men were wounded")
    or by their order (مقتل الأول وإصابة الثاني), gives them its role when it refers to as many people as wait
    for one: those only mentioned so far and, for a death, those abducted or detained (the body of an abductee
    found later). A count that does not agree changes nobody."""
    hits = [h for h in clause.hits if h.klass in C.ROLE_OF_CLASS]
    hits += [Hit(C.KILL, "", "", s, e) for s, e in clause.spans("DEATH_WORDS")]
    passes = clause.pack.passes
    referred = [(hit, passes.referred_count(clause, hit), _ordinal_after(clause, hit))
                for hit in sorted(hits, key=lambda h: h.start)]
    referred = [(hit, n, rank) for hit, n, rank in referred if n is not None or rank]
    if not referred or passes.find_people(clause):
        return
    before = [p.role for p in people]     # the roles as the clause found them: "مقتل الأول وإصابة الثاني"
    for hit, n, rank in referred:
        role = C.ROLE_OF_CLASS[hit.klass]
        waiting = [i for i, r in enumerate(before)
                   if r in (MENTIONED, TARGET) or role == KILLED and r in (DETAINED, ABDUCTED)]
        if rank:
            chosen = [waiting[rank - 1]] if rank <= len(waiting) and len(waiting) > 1 else []
        else:
            chosen = waiting if n == len(waiting) or n == ANY_NUMBER and len(waiting) > 1 else []
        for i in chosen:
            people[i] = replace(people[i], role=role)


def _ordinal_after(clause: Clause, hit: Hit) -> int:
    """The rank of an ordinal right after a casualty word (مقتل الأول وإصابة الثاني), 0 when none."""
    ordinals = clause.pack.memo("ordinals", lambda: {clause.pack.match_key(w): r
                                                     for w, r in clause.pack.words.ORDINALS.items()})
    after = clause.a.text[hit.end:min(clause.end, hit.end + 12)].split()
    return ordinals.get(clause.pack.match_key(after[0].strip("،,.")), 0) if after and ordinals else 0


def people_told_again(clause: Clause, people: list[PersonMention], event: ExtractedEvent) -> list[PersonMention]:
    """The people of a sentence that tells more of `event` without a casualty word of its own ("The man, X, was
    shot in front of his house"): a name it identifies is the event's victim, as in a sentence with no event
    word; the others keep the role their own sentence gave them. Only for an event that counts its dead or
    wounded: which of them a name is cannot be told otherwise (an attempt on a man's life may have killed nobody)."""
    if any(h.klass in (C.KILL, C.INJURE) for h in clause.hits) or all(p.role != "mentioned" for p in people) \
            or event.fatalities is None and event.injured is None:
        return people
    named = {p.name: p for p in identified_people(clause, victim_role(event))}
    return [named.get(p.name, p) if p.role == "mentioned" else p for p in people]


def victim_role(event: ExtractedEvent) -> str:
    """The role of a person named later for an event: its detainees, abductees or dead."""
    if event.sub_type in C.ROLE_OF_SUB_TYPE:
        return C.ROLE_OF_SUB_TYPE[event.sub_type]
    return "injured" if not event.fatalities and event.injured else "killed"


def person_role(clause: Clause, start: int, sub_type: str, others: Sequence[int] = (), end: int | None = None) -> str | None:
    """The role from the word governing the name: the nearest casualty or action word in the clause
    (death words that make no event of their own count as killing words). A casualty word after the name
    that has a name of its own right after it (`others`: where the clause's other names start) governs that
    name, and the words after it are that name's too, not this one's: "Governor X visited the town after gunmen
    shot dead Y", "دان المحافظ X اغتيال Y". A name after a relation word ("the son of X", "نجل القيادي X") names
    the kin of the person hit, and a casualty word the clause answers or threatens ("in retaliation for the killing
    of X", "تهديد ... بالاعتقال") hits nobody here. Wounded, then dead ("مما أدى إلى إصابته ووفاته") is dead. The
    name's own predicate (`end`: where the name ends), a casualty word right after it ("X was killed and Y was wounded",
    "Y and Z wounded"), comes before every other word."""
    text = clause.a.text
    if _kin_of_another(clause, start):
        return None
    if clause.pack.cue("BY_THE_HAND_OF").search(text, max(clause.start, start - HAND_REACH), start):
        return PERPETRATOR   # "قُتل الشاب X طعناً على يد شاب يُدعى Y": the one by whose hand
    if clause.pack.cue("MOURNER_BEFORE").search(text, max(clause.start, start - MOURNER_REACH), start):
        return MENTIONED     # "قُتل الشاب X ...، ونعاه شقيقه Y": who mourns the dead
    among = [(s[1], "killed") for s in clause.spans("AMONG_DEAD") if s[1] <= start]
    among += [(s[1], "injured") for s in clause.spans("AMONG_HURT") if s[1] <= start]
    if among:
        return max(among)[1]   # the nearest: "among the dead X ... among the injured Y"
    hits = clause.hits + [Hit(C.KILL, "", "", s, e) for s, e in clause.spans("DEATH_WORDS")]
    hits += [Hit(C.INJURE, "", "", s, e) for s, e in clause.spans("HURT_WORDS")]
    hits += [Hit(C.ACTION, "", C.ARRESTS, s, e) for s, e in clause.spans("DETENTION_WORDS")]
    none_hurt = clause.spans("NO_CASUALTIES")   # "دون وقوع إصابات", "no one was hurt": hurts nobody
    hits = [h for h in hits if not wound_means(clause, h) and not any(s <= h.start < e for s, e in none_hurt)]
    unreal = clause.pack.cue("UNREAL_BEFORE")
    real = [h for h in hits if not unreal.search(text, max(clause.start, h.start - 50), h.start)]
    nearest = max((h for h in hits if h.end <= start), key=lambda h: h.start, default=None)
    if nearest is not None and nearest not in real:
        return None   # "مجزرة أودت بحياة ... رداً على مقتل القائد X": X is the one answered, not a victim here
    hits = real
    before = sorted((h for h in hits if h.start < start), key=lambda h: start - h.start)
    after = sorted((h for h in hits if h.start > start), key=lambda h: h.start - start)
    owner = next((n for n, h in enumerate(after) if _governs_another(clause, h, others, hits)), len(after))
    after = after[:owner]   # that casualty word and those after it are the other name's
    kin = clause.pack.cue("KIN_AFTER_HIT")
    hit_kin = [h for h in after if kin.match(text, h.end)]
    if hit_kin:   # "منزل المواطن X، ما أسفر عن مقتل طفلتيه": the word and those after it hit X's relatives ...
        own = own_role_after_kin(clause, after[after.index(hit_kin[0]) + 1:], hits)
        if own is not None and not any(h.klass in C.ROLE_OF_CLASS for h in before):
            return own   # ... but one of them hits X: "بمقتل زوجته وتعرضه لإصابة"
        after = after[:after.index(hit_kin[0])]
    if end is not None and after and _predicate_of(clause, end, after[0]):
        before = []   # "X was killed and Y was wounded": Y's own verb, not the "killed" before Y
    attempted = False
    for hit in before + after:
        if hit.klass == C.INJURE and (_then_died(clause, hit, hits) or _died_of_wounds(clause, hit, start, others)):
            return KILLED
        if hit.klass in C.ROLE_OF_CLASS:
            return C.ROLE_OF_CLASS[hit.klass]
        if hit.sub_type in C.ROLE_OF_SUB_TYPE:
            return C.ROLE_OF_SUB_TYPE[hit.sub_type]
        if hit.sub_type == "attack" and hit.klass == C.ACTION:   # اغتيال: the target dies ...
            result = _result_of_attack(clause, hit, start, after)
            if result is not None:
                return result   # ... or what the attack's result says of them: "استهدف X، ما أدى إلى إصابته"
            if not _attempt(clause, hit):
                return KILLED
            attempted = True   # ... unless it was an attempt: a casualty word further away, or the target
    return TARGET if attempted or hit_kin else None


def _predicate_of(clause: Clause, end: int, hit: Hit) -> bool:
    """The casualty word is the predicate of the name that ends at `end`: only other names of its subject and an
    auxiliary stand between them ("Y was wounded", "Y and Z wounded"), and, without an auxiliary, no object follows
    the word ("Y killed his wife": Y is no victim)."""
    if hit.start - end > PREDICATE_REACH:
        return False
    text = clause.a.text
    link = clause.pack.cue("PREDICATE_BEFORE_VERB").fullmatch(text, end, hit.start)
    return link is not None and bool(link.group("aux") or clause.pack.cue("NO_OBJECT_AFTER").match(text, hit.end))


def _result_of_attack(clause: Clause, attack: Hit, start: int, after: list[Hit]) -> str | None:
    """The role a casualty word after the name gives the target of an attack word before it, when the casualty
    word points back at the people named (a pronoun or a noun for them: "استهدف مجهولون X، ما أدى إلى إصابته",
    "targeted X, wounding him"): an attack says nothing of the outcome that its result clause says."""
    if attack.start > start:
        return None
    result = next((h for h in after if h.klass in C.ROLE_OF_CLASS), None)
    if result is None or clause.pack.passes.referred_count(clause, result) is None:
        return None
    return C.ROLE_OF_CLASS[result.klass]


def _kin_of_another(clause: Clause, start: int) -> bool:
    """A relation word without a pronoun stands before the name ("the son of X", "شقيق المدعو X")."""
    return bool(clause.pack.cue("RELATIVE_OF").search(clause.a.text, max(clause.start, start - 60), start))


def _then_died(clause: Clause, hit: Hit, hits: list[Hit]) -> bool:
    """A death word of the same person joined right after the injury word, with a pronoun for that person or with
    no object: "إصابته ووفاته"، "أصيب ثم توفي", "wounded and later died"; not "لإصابته ومقتل اثنين"."""
    text = clause.a.text
    then, died = clause.pack.cue("THEN_DIED_LINK"), clause.pack.cue("DIED_ALONE")
    return any(h.klass == C.KILL and hit.end <= h.start <= hit.end + THEN_DIED_REACH
               and then.fullmatch(text[hit.end:h.start])
               and (clause.pack.passes.referred_count(clause, h) == 1 or died.match(text, h.start)) for h in hits)


def _died_of_wounds(clause: Clause, hit: Hit, start: int, others: Sequence[int]) -> bool:
    """A death of wounds later in the clause of the injury, with no other name of the clause between the person and it:
    "أصيب الشاب X بجروح ... وتوفي لاحقاً متأثراً بجراحه", "wounding X, who later died of his wounds"."""
    first = max(hit.end, start)
    died = clause.pack.cue("DIED_OF_WOUNDS").search(clause.a.text, first, clause.end)
    return died is not None and not any(first < other < died.start() for other in others)


def _governs_another(clause: Clause, hit: Hit, others: Sequence[int], hits: list[Hit]) -> bool:
    """Another name of the clause stands right after the casualty word, at most a few words on, with no
    punctuation, conjunction or other casualty word between ("shot dead Y", "the killing of the young man Y",
    "مقتل الشاب Y")."""
    text = clause.a.text
    between = clause.pack.cue("NOT_GOVERNED")
    return any(0 <= other - hit.end <= GOVERNED_REACH and not between.search(text[hit.end:other])
               and len(text[hit.end:other].split()) <= GOVERNED_WORDS
               and not any(hit.end <= h.start < other for h in hits) for other in others)


def _attempt(clause: Clause, hit: Hit) -> bool:
    """"محاولة اغتيال"، "نجا من محاولة اغتيال", "an assassination attempt", "tried to assassinate"."""
    text = clause.a.text
    return bool(clause.pack.cue("ATTEMPT_BEFORE").search(text, max(clause.start, hit.start - 40), hit.start)
                or clause.pack.cue("ATTEMPT_AFTER").match(text, hit.end, clause.end))
