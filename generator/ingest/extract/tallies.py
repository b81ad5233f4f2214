"""Statistics and tallies: a sentence that counts many incidents (a month's dead, a running toll, a monitor's
breakdown) is nobody's incident, and the totals it gives are nobody's toll, also where a headline repeats them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import dates as dates_mod
from ..numbers.model import CountMatch
from ..lang import common as C
from .clauses import PERIOD_KINDS, counts_casualties, dated_by_period, has_own_day, only_background_dates, speech_days
from .counts import casualty_counts
from .model import Analysis, Clause
from .two_incidents import own_place

# How far (characters) before a span of statistics a superlative may stand and make it a comparison.
COMPARED_REACH = 80


def is_statistics(clause: Clause) -> bool:
    if any(not _compared(clause, start) and not _documents_one(clause, end) and not _documents_incident(clause, start, end)
           and not _person_since(clause, start, end) for start, end in clause.spans("STATISTICS")) \
            or running_tally_total(clause) is not None:
        return True
    if (clause.has("ROSE_TO") or clause.has("TIMES_COUNTED")) and clause.has("TALLY_SPAN"):
        return True    # a toll that rose over a span ("since the fall of the regime", "this month"), or strikes
        # counted in times since a start ("struck Syria 109 times since the war began"): a tally
    if any(len(_governorates(clause, end)) > 1 for _, end in clause.spans("ROSE_TO")):
        return True    # "the number killed in Aleppo, Raqqa and Hasakah rose to 652": an incident is in one governorate
    spans = clause.spans("TALLY")
    if spans and not has_own_day(clause, outside=spans + speech_days(clause)):
        return True    # "during the past week, nine were killed", "41 assassinations": many incidents; the day its
        # source spoke ("the League said Tuesday") dates no incident
    return any(d.match.kind == dates_mod.YEAR_START and not _compared(clause, d.match.start) for d in clause.dates)


# How far into a sentence a tally's opener must stand to leave an incident before it (characters).
TAIL_AFTER = 15


def split_tally_tails(analysis: Analysis, spans: Sequence[tuple[int, int]]) -> tuple[list[tuple[int, int]],
                                                                                    set[tuple[int, int]]]:
    """«قُتل الشاب X في طفس، ليرتفع عدد القتلى في المحافظة منذ مطلع الشهر إلى 23», "..., the 18th killing in the city
    this month": a sentence that tells an incident at a town and ends, after a comma, on a tally (a span of statistics,
    a tally's span or a period in the part after the opener) is two clauses, the incident and the tally: the tally
    makes the sentence no statistics and its total no toll of the incident. Not a sentence whose first part counts
    a governorate's or a region's dead ("قُتل 7 أشخاص في محافظة درعا الأسبوع الماضي، ليرتفع ...": a tally too), nor
    one that is a tally with its source ("..., بحسب إحصائية محلية"). The spans, and those of the tallies cut off."""
    out: list[tuple[int, int]] = []
    tails: set[tuple[int, int]] = set()
    for start, end in spans:
        cut = next((s for s, _ in analysis.search("TALLY_TAIL", start + TAIL_AFTER, end)
                    if _after_a_break(analysis, start, s) and _counts_a_period(Clause(analysis, s, end))
                    and _one_incident(Clause(analysis, start, s))), None)
        if cut is None:
            out.append((start, end))
        else:
            out += [(start, cut), (cut, end)]
            tails.add((cut, end))
    return out, tails


def _after_a_break(analysis: Analysis, start: int, opener: int) -> bool:
    """The tally's opener comes after a comma, is a semicolon ("...; in the week alone, four were killed"), or needs
    no comma («... بريف درعا الغربي لتضاف عملية الاغتيال هذه لسلسلة ...»)."""
    text = analysis.text
    return text[start:opener].rstrip().endswith((",", "،")) or text.startswith(";", opener) \
        or bool(analysis.pack.cue("TALLY_TAIL_BARE").match(text, opener))


def _one_incident(clause: Clause) -> bool:
    """The part before a tally's opener tells one incident: no statistics of its own, a town or one person hurt or
    killed («قُتل الشاب X برصاص مجهولين في ريف درعا الغربي، ليرتفع ...»), and a day of its own or no date at all
    ("قُتل 7 أشخاص في مدينة جاسم الأسبوع الماضي، ليرتفع ...": a week's count, a tally too)."""
    return not is_statistics(clause) \
        and (own_place(clause, casualty=False) is not None or casualty_counts(clause) in ((1, None), (None, 1))) \
        and (has_own_day(clause) or not clause.dates) \
        and not any(d.match.kind == dates_mod.LAST_WEEK for d in clause.dates)


def _counts_a_period(clause: Clause) -> bool:
    return bool(clause.spans("STATISTICS") or clause.spans("TALLY") or clause.spans("TALLY_SPAN")) \
        or any(d.match.kind in PERIOD_KINDS or d.match.kind == dates_mod.YEAR_START for d in clause.dates)


def day_total(clause: Clause) -> bool:
    """«وثّق المرصد، اليوم الثلاثاء، مقتل 11 مدنياً في مناطق متفرقة»: a statistics sentence that counts the dead of one
    day it names (no period, no span of the tally, no year since): a roundup's total, whose incidents are told after it
    one by one (they are no share of a tally). Not a toll that rose to a total ("وبذلك يرتفع إلى 2 تعداد القتلى")."""
    periods = any(d.match.kind in PERIOD_KINDS or d.match.kind == dates_mod.YEAR_START for d in clause.dates) \
        or clause.has("TALLY") or clause.has("TALLY_SPAN") or running_tally_total(clause) is not None
    return not periods and has_own_day(clause)


def counts_its_incidents(clause: Clause) -> bool:
    """«قُتل 7 أشخاص وأُصيب 5 آخرون في 4 حوادث منفصلة خلال اليومين الماضيين», "killed in four separate incidents": a
    toll that says how many incidents it sums, a few, over a few days: a roundup's lead, whose incidents are told after
    it one by one (they are no share of a tally); not over a month or a year ("في 6 هجمات منفصلة خلال الشهر الماضي": a
    tally, whose examples have no day of their own)."""
    return bool(clause.pack.cue("COUNTED_INCIDENTS").search(clause.a.text, clause.start, clause.end)) \
        and not dated_by_period(clause)


def _compared(clause: Clause, start: int) -> bool:
    """"The deadliest assault since the fall of the regime", «الهجوم الأعنف منذ بداية العام»: a span of statistics
    after a superlative compares the incident with the others of the span, it counts none of them."""
    return bool(clause.pack.cue("SUPERLATIVE_BEFORE").search(clause.a.text, max(clause.start, start - COMPARED_REACH),
                                                             start))


def _person_since(clause: Clause, start: int, end: int) -> bool:
    """«الشاب X المعتقل منذ عام 2020», "detained since 2020": a span of statistics inside a person's state since a year
    describes the person; it counts nobody."""
    return any(s <= start and end <= e for s, e in clause.spans("PERSON_SINCE"))


def _documents_one(clause: Clause, end: int) -> bool:
    """«وثّق المكتب مقتل الشاب X», "SNHR documented the killing of a young man": a documenting verb whose object is one
    person's death, wound or arrest reports one incident; it counts none."""
    return bool(clause.pack.cue("DOCUMENTED_ONE_AFTER").match(clause.a.text[end:clause.end]))


def _documents_incident(clause: Clause, start: int, end: int) -> bool:
    """«وثّق المرصد، اليوم، مقتل أربعة عناصر في كمين ... مساء أمس»: a documenting verb whose object is the toll of an
    incident the sentence names (an attack, a blast, a shelling after the verb) at no places in the plural, and dates to
    a day of its own, other than the day the source spoke, reports that incident; a tally dates no incident to a day."""
    incident = (any(hit.start >= end and hit.klass not in (C.KILL, C.INJURE) for hit in clause.hits)
                or bool(clause.pack.cue("INCIDENT_NOUN").search(clause.a.text, end, clause.end))) \
        and not clause.pack.cue("SEVERAL_PLACES").search(clause.text)
    periods = any(d.match.kind in PERIOD_KINDS for d in clause.dates) or clause.has("TALLY")   # "خلال أيام الاشتباكات"
    return incident and not periods and has_own_day(clause, outside=[(start, end), *speech_days(clause)])


def _governorates(clause: Clause, end: int) -> set[str]:
    """The governorates of the gazetteer places the clause names before `end`."""
    lex = clause.a.options.lexicon
    found = set()
    for name in clause.names:
        if name.kind == "place" and name.end <= end:
            chain = [lex.get(name.entry_id), *lex.ancestors(name.entry_id)]
            found |= {e.id for e in chain if e.place_kind == "governorate"}
    return found


def goes_on_with_tally(clause: Clause) -> bool:
    """A sentence after a statistics sentence that opens as more of it ("وبالإضافة إلى إصابة 67 آخرين",
    "Also, four soldiers were killed") or names its incidents again ("those strikes killed 287") and has no day
    of its own: the tally goes on. One that gives the number counted ("وبلغ عدد الشهداء 145") goes on with it
    unless it names a single incident again ("وبلغ عدد المصابين جراء التفجير 45").
    """
    opening = clause.pack.cue("TALLY_GOES_ON").match(clause.text) \
        or clause.pack.cue("TALLY_NUMBER_GOES_ON").match(clause.text) and not clause.has("INCIDENT_AGAIN")
    return (bool(opening) or clause.has("TALLY_REFERENCE")) and not has_own_day(clause)


def breaks_down_tally(clause: Clause, tally: Clause) -> bool:
    """"وفي حماة، لقي 43 شخصاً مصرعهم" right after "وفي محافظة حمص وحدها، قُتل 76 شخصاً، مع تسجيل 70 حالة": a
    sentence that opens with "in X," as the statistics sentence before it did, with no day of its own, is the
    tally's next place, no incident."""
    breakdown = clause.pack.cue("PLACE_BREAKDOWN")
    return bool(breakdown.match(clause.text) and breakdown.match(tally.text)) and not has_own_day(clause)


# A list item: a line that opens with a bullet mark (any language).
_LIST_ITEM = re.compile(r"\s*[•●▪◦·*-]\s")


def lists_tally_part(clause: Clause) -> bool:
    """A list item after a statistics sentence ("The dead are distributed as follows:" then "• Hama: Nine
    murders left nine men dead") with no day of its own: one line of the tally's breakdown, whether it counts
    its incidents in digits or in words, never an incident."""
    return bool(_LIST_ITEM.match(clause.text)) and not has_own_day(clause)


def running_tally_total(clause: Clause) -> int | None:
    """"The toll of the clashes rose to 28: 3 civilians, 19 tribal fighters and 6 members of X": a toll
    of ongoing fighting that rose to a count which the sentence then splits by side (the parts add
    up to it) is a monitor's running tally, never an incident's toll. Its total, or None. Parts given
    as a subset ("17 killed, among them 12 soldiers and 5 residents") are the breakdown of one
    incident's toll, not a tally."""
    fighting = clause.spans("ONGOING_FIGHTING")
    for _, rose_end in clause.spans("ROSE_TO"):
        if not any(end <= rose_end for _, end in fighting):
            continue
        after = sorted((c for c in clause.counts if c.start >= rose_end and c.value is not None),
                       key=lambda c: c.start)
        if not after:
            continue
        total, parts = after[0], [c for c in after[1:] if not _in_brackets(clause, c.start)]
        if parts and any(total.end <= start < parts[0].start for start, _ in clause.spans("SUBSET")):
            continue
        if len(parts) >= 2 and sum(c.value for c in parts) == total.value:
            return total.value
    return None


def summed_incidents_total(clause: Clause) -> int | None:
    """"قُتل عنصران ...، وبذلك يرتفع إلى 183 عدد الذين لقوا حتفهم نتيجة هذه الاغتيالات": a count that rose to the sum
    of incidents the sentence names in the plural is their tally's total, not the toll of the incident it tells
    first. That total, or None."""
    for _, rose_end in clause.spans("ROSE_TO"):
        after = [c for c in clause.counts if c.start >= rose_end and c.value is not None]
        if after and any(start >= rose_end for start, _ in clause.spans("TALLY_REFERENCE")):
            return after[0].value
    return None


def drop_tally_totals(analysis: Analysis, clauses: Sequence[Clause]) -> None:
    """The total of a running tally is nobody's toll, also where the headline repeats it ("28 killed
    in clashes in the Deir ez-Zor countryside" over "the toll of the clashes rose to 28: ..."); nor is a toll
    dated only by an earlier start ("بلغت حصيلة الضحايا 638 قتيلاً منذ صباح الأحد 13 تموز", a background date), where
    a sentence with no date at all repeats it ("638 قتيلاً في اشتباكات السويداء"). `clauses` are the text's
    sentences."""
    running: dict[tuple[int, int], int] = {}
    summed: set[int] = set()    # dropped everywhere: the sentence also tells its own incident, with its own toll
    earlier: dict[tuple[int, int], set[int]] = {}
    rose = bool(analysis.search("ROSE_TO", 0, len(analysis.text)))
    for clause in clauses:
        span = (clause.start, clause.end)
        if rose and (total := running_tally_total(clause)) is not None:
            running[span] = total
        elif rose and (total := summed_incidents_total(clause)) is not None:
            summed.add(total)
        elif counts_casualties(clause) and only_background_dates(clause):
            earlier[span] = {c.value for c in clause.counts if c.value}
    undated = [(c.start, c.end) for c in clauses if not c.dates]
    totals, repeated = set(running.values()) | summed, set().union(*earlier.values())
    kept = [*running, *earlier]   # the tally sentences keep their counts: they make them tallies

    def tally_total(count: CountMatch) -> bool:
        if any(start <= count.start < end for start, end in kept):
            return False
        return count.value in totals or count.value in repeated and any(
            start <= count.start < end for start, end in undated)

    if totals or repeated:
        analysis.counts = [c for c in analysis.counts if not tally_total(c)]


def _in_brackets(clause: Clause, start: int) -> bool:
    """Inside an open bracket before `start` in the clause ("3 مدنيين (طفلتان وسيدة)")."""
    before = clause.a.text[clause.start:start]
    return before.rfind("(") > before.rfind(")")
