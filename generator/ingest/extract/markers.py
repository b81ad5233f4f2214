"""What a sentence says of the incident told before it: that it tells another one ("in a separate incident", "وفي
وقت سابق"), that its toll adds to the incident's ("were also killed", "كما قُتل عنصر آخر"), or that it tells what the
incident came after or within ("ويأتي الانفجار بعد ..."، "تأتي هذه الاعتقالات في إطار ..."). Split from `frames.py`,
which reads them when it joins a sentence to an incident, and from `clauses.py`."""

from __future__ import annotations

import re

from ..lang import common as C
from .clauses import event_hits, has_own_day
from .counts import other_than_own_dead
from .model import Clause, Hit
from .place import event_place, places_of
from .place_order import AREA_KINDS

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
               and not _comma_between(clause.a.text, end, hit.start)   # "كما فُقد الاتصال معه، إلى أن وجد مقتولاً"
               and _qualified(casualties, start, end).klass == klass   # "مقتل عنصر وإصابة آخرين": the others are hurt
               for start, end in clause.spans("ADDITIVE"))


# Words between an additive word and a comma that make a clause of their own ("كما تم فقد الاتصال معه،"), not a
# connective ("وبالإضافة إلى ذلك،", "Also,") or an aside ("Another, a lieutenant, was killed").
OWN_CLAUSE_WORDS = 3


def _comma_between(text: str, start: int, end: int) -> bool:
    """An additive word that opens a clause of its own before a comma adds to that clause's verb, not to the
    casualty word after the comma."""
    between = text[start:end]
    comma = min((i for i in (between.find("،"), between.find(",")) if i >= 0), default=-1)
    return comma >= 0 and len(between[:comma].split()) >= OWN_CLAUSE_WORDS


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


def told_as_cause(clause: Clause) -> bool:
    """"The explosion comes after the president on Wednesday threatened to launch an offensive", «وجاءت تلك الهجمات بعد
    محاولة دورية اعتقال شخص»: a sentence that opens by saying what the incident came after, with no casualty word and
    no count, tells its cause or context (settled rule 5), whatever day or place it gives; with a toll of its own ("came
    one day after the death of two gunmen in a blast") it tells an earlier incident. The incident's own toll told again
    between commas after the subject ("The attack, which killed two fighters, came days after ...") is no toll here.
    What the incident came within or amid («تأتي هذه الاعتقالات في إطار ...»، "came as part of a campaign") is its
    context too, unless the sentence gives a day of its own or an act of its own after its comma (`_acts_after`)."""
    opening = clause.pack.cue("COMES_AFTER_OPENING").match(clause.text)
    if opening is None or opening.groupdict().get("within") and (has_own_day(clause) or _acts_after(clause, opening)):
        return False   # "وتأتي في إطار حملة، إذ اعتقلت ... يوم الأحد"، "وجاء ذلك وسط انتشار أمني، واعتقلت القوات أيضاً
        # X": what it came within goes on with another incident
    recap = opening.span("recap") if "recap" in opening.re.groupindex and opening.group("recap") else (0, 0)
    told_again = range(clause.start + recap[0], clause.start + recap[1])   # offsets in the article
    return not any(c.value and c.start not in told_again for c in clause.counts) \
        and not any(h.klass in (C.KILL, C.INJURE) and h.start not in told_again for h in clause.hits)


def came_within(clause: Clause) -> bool:
    """A sentence that opens by saying what the incident came within («وجاء ذلك ضمن حملة مداهمات في بلدة X», "came as
    part of a campaign of raids in the town of X"): the place it names may be where the incident was
    (`places_within`)."""
    opening = clause.pack.cue("COMES_AFTER_OPENING").match(clause.text)
    return opening is not None and bool(opening.groupdict().get("within"))


# How far (characters) before a place's name the word saying what kind of place it is may start ("في بلدة X").
PLACE_WORD_REACH = 20


def places_within(clause: Clause) -> bool:
    """What the incident came within names one place, with its place word («ضمن حملة مداهمات في بلدة X», "in the town
    of X"): where the incident was, when neither the article's sentences nor its title placed it (`__init__.drafted`).
    Not a place named without its place word ("an escalation of strikes on Damascus"), nor places in two governorates
    ("التصعيد الإسرائيلي على مواقع في دمشق وحمص", "attacks across the desert and Deir ez-Zor"): where a series was."""
    place, _ = event_place(clause)
    if place is None:
        return False
    lex = clause.a.options.lexicon
    own = lex.governorate_of(place.lexicon_id) if place.lexicon_id else None

    def elsewhere(entry_id: str) -> bool:   # not the area around the place ("في بلدة X بريف دمشق"، "in western Daraa
        # countryside"); around a place the gazetteer lacks, any area
        if own is not None:
            return lex.governorate_of(entry_id) != own
        return lex.get(entry_id).place_kind not in AREA_KINDS

    if any(m.entry_id != place.lexicon_id and elsewhere(m.entry_id) for m in places_of(clause)):
        return False
    window = clause.a.text[max(clause.start, place.start - PLACE_WORD_REACH):place.start + PLACE_WORD_REACH]
    return bool(clause.pack.cue("WITHIN_PLACE_WORD").search(window))


# How far (characters) before an event word the word of a campaign or a series that makes it generic may stand.
GENERIC_ACT_REACH = 25


def _acts_after(clause: Clause, opening: re.Match[str]) -> bool:
    """After the comma that ends what the incident came within, an event word of its own ("، حيث أقدمت دورية على
    اعتقال X"، ", which also detained X"); not one of a campaign or a series spoken of in general ("، ضمن حملة
    مداهمات"، "a campaign of raids")."""
    commas = [i for i in (clause.text.find(mark, opening.end()) for mark in "،,;؛") if i >= 0]
    if not commas:
        return False
    generic = clause.pack.cue("GENERIC_ACTS_BEFORE")
    end = clause.start + min(commas)
    # the event words, and the words of a protest ("، حيث خرج العشرات في مظاهرة")
    acts = [h.start for h in clause.hits] + [start for start, _ in clause.spans("PROTEST")]
    return any(start >= end and not generic.search(clause.a.text, max(end, start - GENERIC_ACT_REACH), start)
               for start in acts)
