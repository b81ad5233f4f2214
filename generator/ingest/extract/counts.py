"""Step: the killed and injured of a clause, each from the count nearest its casualty word."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from ..lang import common as C
from ..mentions import PersonMention
from ..numbers import parse_number_word
from .model import Clause, Hit
from .wounds import dead_own_wound

# A count further than this many characters from its casualty word belongs to something else.
MAX_COUNT_DISTANCE = 60
# How far (characters) after an injury word the death of the one wounded may be told (`_the_wounded_died`).
WOUNDED_DIED_REACH = 60


def casualty_counts(clause: Clause, named: Mapping[str, int] | None = None) -> tuple[int | None, int | None]:
    """(killed, injured) of the clause: the count nearest each casualty word; a bare singular victim is 1.
    A toll read from the casualty word alone is at least the number of people the clause names with that
    role (`named`: "أدى لمقتل المدعو X، والمدعو Y" = 2)."""
    killed = injured = None
    killed_by_word = injured_by_word = None     # a toll read from the casualty word itself (مقتله، قُتلا), no count
    if clause.has("NO_CASUALTIES"):
        return 0, 0
    if clause.has("SEVERAL_INCIDENTS"):
        return None, None   # "six were killed in two separate attacks": the sum of two incidents' tolls
    if clause.has("NO_DEATHS"):
        killed = 0
    subsets = clause.spans("SUBSET")
    combined = clause.spans("COMBINED_CASUALTIES")
    opening = clause.pack.cue("COMBINED_OPENING").match(clause.text)
    if opening:   # "قُتل وجُرح نحو 15 مدنياً": the verbs that open the sentence count their victims together
        combined = combined + [(clause.start, clause.start + opening.end())]
    ages = clause.spans("AGE") + clause.spans("NOT_PEOPLE_COUNT") + clause.spans("NO_INJURED")   # "no one else"
    # a count right before "killed and wounded" ("40 مدنياً بين قتيل وجريح") counts both: neither toll
    ages += [(c.start, c.end) for c in clause.counts if any(0 <= s - c.end <= 20 for s, _ in combined)]
    counts = [c for c in clause.counts
              if not _after_subset(clause, c, subsets) and not any(start <= c.start < end for start, end in ages)
              and not _part_of_count_before(clause, c)]
    taken: set[int] = set()     # ids of counts already a toll: "مقتل 5 مدنيين وإصابة آخرين" wounded no five
    for hit in _casualty_hits(clause):
        if hit.klass not in (C.KILL, C.INJURE):
            continue
        if hit.klass == C.INJURE and dead_own_wound(clause, hit):
            continue    # "قُتل شاب جراء إصابته برصاصة": no one injured
        if any(start <= hit.start < end for start, end in combined):
            continue    # "60 killed and wounded": neither toll
        free = [c for c in counts if id(c) not in taken]
        risen = _risen_toll(clause, hit, free)
        count = risen or _nearest_count(clause, hit, free)
        others = None if risen else _and_others(clause, hit, free)
        if others is not None and count is not None and count is not others:
            others = None    # "مقتل عنصرين و3 آخرين": the counts joined (_coordinated_total)
        if count is not None:
            taken.add(id(count))
        value = _coordinated_total(clause, count, counts) if count is not None else clause.pack.passes.singular(clause, hit)
        if count is not None and value is not None and _one_and(clause, count):
            value += 1    # "a commander and seven of his men": eight
        elif count is not None and value is not None and _one_after(clause, count, subsets):
            value += 1    # "4 أطفال وامرأة", "three soldiers and a civilian": five, four
        elif others is not None and others.value is not None:
            taken.add(id(others))
            value = others.value + 1    # "قتل القيادي X، و أربعة آخرين": the one named and the others
        if count is not None and count.value is None:
            value = None
        # a death added to the toll told before it (the wounded added after "بالإضافة إلى" were as often hurt
        # elsewhere, another incident's)
        added = bool(clause.pack.cue("PLUS_BEFORE").search(clause.before(hit.start, 30)))
        if count is None and value is not None:   # "اغتيال الشاب X وشقيقه، ما أدى لمقتلهما": the larger
            if hit.klass == C.KILL and killed_by_word is not None and value > killed_by_word:
                killed = killed_by_word = value
            if hit.klass == C.INJURE and injured_by_word is not None and value > injured_by_word:
                injured = injured_by_word = value
        if hit.klass == C.KILL and risen is not None:   # "died of his wounds, bringing the toll to three"
            killed, killed_by_word = value, None
        elif hit.klass == C.KILL and killed is not None and value is not None and added:
            killed, killed_by_word = killed + value, None   # "..., بالإضافة إلى مقتل شخصين آخرين"
        elif hit.klass == C.KILL and killed is None and (count is not None or value is not None):
            killed = value
            killed_by_word = value if count is None else None
        elif hit.klass == C.INJURE and injured is None and (count is not None or value is not None):
            injured = value
            injured_by_word = value if count is None else None
    if clause.has("NO_INJURED") and (injured is None or injured_by_word is not None):
        injured = 0     # "مقتل شابين، وعدم وجود مصابين آخرين": nobody else hurt
    named = named or {}
    if killed_by_word is not None and killed == killed_by_word:
        killed = max(killed_by_word, named.get(C.ROLE_OF_CLASS[C.KILL], 0))
    if injured_by_word is not None and injured == injured_by_word:
        injured = max(injured_by_word, named.get(C.ROLE_OF_CLASS[C.INJURE], 0))
    if killed is None and injured == 1 and _the_wounded_died(clause):
        killed, injured = 1, 0   # "أصيب شاب برصاص مجهولين، وفارق الحياة لاحقاً متأثراً بجراحه": one dead
    return killed, injured


def _the_wounded_died(clause: Clause) -> bool:
    """A death of its own wounds told right after the clause's injury word (`DIED_OF_OWN_WOUNDS`: no subject, no count
    of its own; or `WOUNDED_DIED_LATER`'s imperfect: "ونُقل إلى المشفى قبل أن يفارق الحياة متأثراً بجراحه"): the one
    wounded died ("أصيب شاب برصاص مجهولين، وفارق الحياة لاحقاً متأثراً بجراحه"); not another person's death nor one
    told further on (a rumour, an earlier death)."""
    died, later = clause.pack.cue("DIED_OF_OWN_WOUNDS"), clause.pack.cue("WOUNDED_DIED_LATER")
    for hit in (h for h in clause.hits if h.klass == C.INJURE):
        found = died.search(clause.a.text, hit.end, clause.end) or later.search(clause.a.text, hit.end, clause.end)
        if found is not None and found.start() - hit.end <= WOUNDED_DIED_REACH:
            return True
    return False


# How far after a relation word the names of the relatives it introduces may start ("ونجلاه محمد وأحمد").
COMPANION_NAMES_REACH = 20


def named_with_companions(clause: Clause, people: Sequence[PersonMention]) -> Counter[str]:
    """The people the clause names by role, with the unnamed relative or companion told right after a name ("قُتلت
    السيدة X وطفلتها", "X and her daughter were killed"): the least a toll read from the casualty word can be."""
    named = Counter(p.role for p in people)
    companion, counted = clause.pack.cue("COMPANION_AFTER_NAME"), clause.pack.cue("KIN_COUNTED_AFTER")
    for person in people:
        end = span[1] if (span := person.written_in(clause.text)) else None
        while end is not None:   # each relative in turn: "X وزوجته وابنته", "X وزوجته وأطفالهما الثلاثة"
            if found := companion.match(clause.text, end):
                # "X وشقيقه Y"، "X ونجلاه Y وZ": the relatives named after the word are counted as people of their own
                told = sum(at[0] - found.end() <= COMPANION_NAMES_REACH for p in people
                           if (at := p.written_in(clause.text, found.end())))
                named[person.role] += max(0, (2 if found.group("two") else 1) - told)
            elif (found := counted.match(clause.text, end)) and (more := parse_number_word(found.group("count"))):
                named[person.role] += more
            else:
                break
            end = found.end()
    return named


def _casualty_hits(clause: Clause) -> list[Hit]:
    """The clause's trigger hits, with its execution words read as killing words: the executed are the dead."""
    kills = [(h.start, h.end) for h in clause.hits if h.klass == C.KILL]
    attempt = clause.pack.cue("ATTEMPT_BEFORE")   # "نجا من محاولة اغتيال", "survived an assassination attempt"
    executions = [Hit(C.KILL, "", "", start, end) for start, end in clause.spans("EXECUTIONS")
                  if not any(s < end and start < e for s, e in kills) and not attempt.search(clause.before(start, 30))]
    others = [h for h in clause.hits if not any(h.start < x.end and x.start < h.end for x in executions)]
    return sorted([h for h in others + executions if not answered(clause, h)], key=lambda h: h.start)


def answered(clause: Clause, hit: Hit) -> bool:
    """A casualty word after the words of a cause ("على خلفية مقتل شاب", "in retaliation for the killing of"):
    the killing this incident answers, no casualty of it."""
    return bool(clause.pack.cue("UNREAL_BEFORE").search(clause.a.text, max(clause.start, hit.start - 50), hit.start))


def _coordinated_total(clause: Clause, count, counts: list) -> int | None:
    """The sum of counts joined by "and" / و before one casualty word: "two gunmen and one soldier were killed" = 3."""
    if count.value is None:
        return None
    ordered = sorted(counts, key=lambda c: c.start)
    index = next(i for i, c in enumerate(ordered) if c is count)
    joiner = clause.pack.cue("COORDINATION", 0)
    total = count.value
    for step in (-1, 1):
        i = index
        while 0 <= i + step < len(ordered):
            a, b = sorted((ordered[i], ordered[i + step]), key=lambda c: c.start)
            between = clause.a.text[a.end:b.start]
            if b.value is None or not joiner.fullmatch(between) \
                    or any(a.end <= h.start < b.start and h.klass in (C.KILL, C.INJURE) for h in clause.hits):
                break
            i += step
            total += ordered[i].value
    return total


# How far after a casualty word "and N others" may stand ("قتل القيادي السابق في الفصيل "X"، و أربعة آخرين").
OTHERS_REACH = 80


# How far after "N others" their own casualty word may stand ("and two others were injured").
OTHERS_OWN_WORD_REACH = 8


def _and_others(clause: Clause, hit: Hit, counts: list):
    """The count of "and N others" that is the first count after a casualty word, with the person the word
    names between them and no other casualty word."""
    after = [c for c in counts if hit.end < c.start <= hit.end + OTHERS_REACH]
    if not after:
        return None
    count = min(after, key=lambda c: c.start)
    before = clause.a.text[hit.end:count.start + 1]   # with the count's first letter: "وثلاثة" is "و" + "ثلاثة"
    if any(hit.end <= h.start < count.start and h.klass in (C.KILL, C.INJURE) for h in clause.hits):
        return None
    joined = clause.pack.cue("AND_BEFORE_OTHERS").search(before)
    if joined is None or not re.search(r"\w", before[:joined.start()]):
        return None
    others = clause.pack.cue("OTHERS_AFTER").match(clause.a.text[count.end:clause.end])
    if others is None:
        return None
    end = count.end + others.end()
    if any(end <= h.start <= end + OTHERS_OWN_WORD_REACH and h.klass in (C.KILL, C.INJURE) and h.klass != hit.klass
           for h in clause.hits):
        return None   # "a man was killed, and two others were injured": the others have their own casualty word
    return count


# How far before a count the one person joined to it may start ("a commander of the Hamza Division, X, and four").
ONE_AND_REACH = 120


def _one_and(clause: Clause, count) -> bool:
    """One person joined by "and" right before the count ("a woman and three of her children", "قيادي و7 من
    عناصره"), not after a subset marker ("among them a woman and two children" are part of the toll)."""
    before = clause.before(count.start, ONE_AND_REACH)
    if clause.a.text.startswith("و", count.start):
        before += "و"   # "شخص مدني واثنان آخران": the count's token holds the "and"
    return bool(clause.pack.cue("ONE_AND_COUNT").search(before)) \
        and not any(count.start - ONE_AND_REACH <= start < count.start for start, _ in clause.spans("SUBSET"))


def _one_after(clause: Clause, count, subsets: list[tuple[int, int]]) -> bool:
    """One person joined by "and" right after the count's noun ("4 أطفال وامرأة"), not when a subset marker stands
    before the count ("بينهم طفل وامرأة"), nor when the person is another casualty word's ("two killed and a man
    wounded": a casualty word between)."""
    m = clause.pack.cue("ONE_AFTER_COUNT").match(clause.a.text, count.end, clause.end)
    if m is not None and any(count.end < c.start < m.end() for c in clause.counts):
        return False   # "14 women and one man": the one is a count, summed already
    return m is not None and not _after_subset(clause, count, subsets) \
        and not any(count.end <= h.start < m.end() and h.klass in (C.KILL, C.INJURE) for h in clause.hits)


def _part_of_count_before(clause: Clause, count) -> bool:
    """A count told as a part of the count right before it ("six children, four of them from one family", "Four people,
    two of whom were children, were killed"): no count of its own (`SUBSET_AFTER`; a family's only after a comma)."""
    # (matched on a slice: the cue is anchored with ^)
    part = clause.pack.cue("SUBSET_AFTER").match(clause.a.text[count.end:min(clause.end, count.end + 40)])
    before = max((c for c in clause.counts if c.end <= count.start), key=lambda c: c.end, default=None)
    if part is None or before is None:
        return False
    between = clause.a.text[before.end:count.start]
    return bool(clause.pack.cue("COORDINATION", 0).fullmatch(between)) \
        and (part.group("family") is None or "," in between or "،" in between)


def _after_subset(clause: Clause, count, subsets: list[tuple[int, int]]) -> bool:
    """A count right after بينهم / "among them" is part of an earlier count, unless a casualty word
    stands between them ("قتل شخصان، بينهما طفل، وأصيب خمسة عشر": fifteen are the wounded)."""
    return any(0 <= count.start - end <= 25
               and not any(end <= h.start < count.start and h.klass in (C.KILL, C.INJURE) for h in clause.hits)
               for _, end in subsets)


# How far after a casualty word "rose to N" may stand ("the death toll of the strikes on several sites
# near X rose to 14").
ROSE_TO_REACH = 200


def _risen_toll(clause: Clause, hit: Hit, counts: list):
    """The count right after "rose to" / "ارتفعت ... إلى" that follows the casualty word."""
    for _, end in clause.spans("ROSE_TO"):
        if hit.end <= end <= hit.end + ROSE_TO_REACH \
                and not any(hit.end <= h.start < end and h.klass in (C.KILL, C.INJURE) for h in clause.hits):
            return next((c for c in counts if 0 <= c.start - end <= 6), None)
    return None


# Acts that take people away: a count after one of them, told after a casualty word, counts the taken.
TAKING = frozenset({"abduction_forced_disappearance", "arrests"})
# How far (characters) after an arrest or abduction word its count stands ("اعتقلت قوات النظام 3 أشخاص").
TAKEN_COUNT_REACH = 30


def _taken_elsewhere(clause: Clause, count, hit: Hit) -> bool:
    """The count of people an arrest or abduction word right before it took, told at a place before a casualty word
    of another place ("تعتقل 3 أشخاص في X وجثة مواطن في Y"); not the same people's death ("اختطاف 3 شبان وقتلهم")."""
    taken = any(h.sub_type in TAKING and 0 <= count.start - h.end <= TAKEN_COUNT_REACH
                and not any(h.end <= k.start < count.start for k in clause.hits if k.klass in (C.KILL, C.INJURE))
                for h in clause.hits)
    if not taken:
        return False
    places = [n.start for n in clause.names if n.kind == "place"] + [d.start for d in clause.pack.passes.unknown_places(clause)]
    return any(count.end <= start < hit.start for start in places)


def _nearest_count(clause: Clause, hit: Hit, counts: list):
    """The count closest to a casualty word: after it ("مقتل ثلاثة"), or just before it ("20 people were killed")."""
    words = clause.pack.words
    subject = _passive_subject(clause, hit, counts)
    if subject is not None:
        return subject
    best, best_distance = None, MAX_COUNT_DISTANCE + 1
    before_limit = words.MAX_COUNT_BEFORE
    for count in counts:
        # the distance first: the checks below slice the text and walk the clause's casualty words, which on a
        # text with no sentence ends (hundreds of counts in one clause) cost minutes for counts out of reach
        if hit.start <= count.start and count.end <= hit.end:
            # inside a casualty phrase of several words ("فقدان ثلاثة من مقاتليها لحياتهم"), or the casualty word
            # itself in the dual («جثتين»، «قتيلين»): its count
            distance = 0
            between = ""
        elif count.end <= hit.start:
            distance = hit.start - count.end
            if distance >= best_distance:
                continue
            between = clause.a.text[count.end:hit.start]
            if words.COMMA_ENDS_COUNT_BEFORE:
                between = clause.pack.cue("SUBSET_ASIDE", 0).sub(" ", between)   # "، بينهم طفلان،": an aside
            if distance > before_limit or words.COMMA_ENDS_COUNT_BEFORE and _has_comma(between):
                continue
            if words.GERUND_ENDING and clause.a.text[hit.start:hit.end].lower().endswith(words.GERUND_ENDING):
                continue   # "killing two soldiers and wounding a third": a gerund's count comes after it
            if _taken_elsewhere(clause, count, hit):
                continue   # "تعتقل 3 أشخاص في X وجثة مواطن في Y": the count of those arrested, not of the dead
        else:
            distance = count.start - hit.end
            if distance < 0 or distance >= best_distance:
                continue
            between = clause.a.text[hit.end:count.start]
            if _subject_of_other_casualty(clause, hit, count):
                continue   # "two were killed and three were wounded": three belongs to wounded
            if words.SECOND_VERB and clause.pack.cue("SECOND_VERB", 0).search(between):
                continue   # "killing X and capturing two": the count belongs to the second verb
            if any(hit.end <= h.start < count.start and h.sub_type in TAKING for h in clause.hits):
                continue   # "قتل شاباً كان خطفه مع 36 شخصاً": the count is of the abducted
        if distance < 0 or ("،" in between or "," in between) and distance > 30:
            continue
        if _crosses_other_casualty(clause, hit, count):
            continue
        if distance < best_distance:
            best, best_distance = count, distance
    return best


def _has_comma(text: str) -> bool:
    return "،" in text or "," in text


# How far (characters) before a casualty word the count of its subject may stand ("three other members of their
# family were injured"); the words between are the pack's OTHER_CASUALTY_SUBJECT, matched whole.
OTHER_SUBJECT_REACH = 50


def _subject_of_other_casualty(clause: Clause, hit: Hit, count) -> bool:
    """A count standing right before a casualty word of the other kind is that word's count
    ("three were wounded", "three others wounded", "one local fighter was wounded")."""
    if not clause.pack.words.OTHER_CASUALTY_SUBJECT:
        return False
    if not clause.a.text[hit.end:count.start].strip():
        return False   # "قُتل 3 جرحى": the count right after a casualty verb is that verb's
    subject = clause.pack.cue("OTHER_CASUALTY_SUBJECT", 0)
    nouns = clause.pack.words.OTHER_CASUALTY_NOUNS      # words that take a count before them, or any casualty word
    return any(h.klass in (C.KILL, C.INJURE) and h.klass != hit.klass and 0 <= h.start - count.end <= OTHER_SUBJECT_REACH
               and subject.fullmatch(clause.a.text[count.end:h.start])
               and (nouns is None or clause.a.text[h.start:h.end] in nouns) for h in clause.hits)


def _passive_subject(clause: Clause, hit: Hit, counts: list):
    """The count heading the subject of a passive casualty verb: "Two fighters of the
    Russian-backed brigade were killed", "Four people, including a commander, were killed".

    The nearest count before the verb, with no other count or event word between them."""
    words = clause.pack.words
    if not words.PASSIVE_AUXILIARY:
        return None
    before = [c for c in counts if c.end <= hit.start and hit.start - c.end <= words.PASSIVE_SUBJECT_SPAN]
    if not before:
        return None
    count = max(before, key=lambda c: c.end)
    between = clause.a.text[count.end:hit.start]
    intransitive = clause.pack.cue("INTRANSITIVE_DEATH", 0).match(clause.a.text, hit.start, hit.end)
    aside = clause.pack.cue("SUBSET_ASIDE", 0).sub(" ", between)   # ", including women and children,"
    if animals := clause.pack.cue("ANIMALS_JOINED", 0).match(aside):   # "Two shepherds and 40 sheep were killed"
        aside = aside[:animals.start("animals")] + aside[animals.end("animals"):]
    if not (clause.pack.cue("PASSIVE_VERB_END", 0).search(between) or intransitive and between.endswith(" ")) \
            or clause.pack.cue("PASSIVE_SUBJECT_BREAK", 0).search(aside):
        return None
    if any(count.end <= h.start < hit.start for h in clause.hits):
        return None
    return count


def _crosses_other_casualty(clause: Clause, hit: Hit, count) -> bool:
    lo, hi = sorted((hit.start, count.start))
    return any(h is not hit and h.klass in (C.KILL, C.INJURE) and h.klass != hit.klass and lo < h.start < hi
               for h in clause.hits)


# How far after its casualty word "another" stands ("وإصابة آخر", "and wounding another").
OTHER_REACH = 12


def other_than_own_dead(clause: Clause, start: int) -> bool:
    """"ما أدى إلى مقتله وإصابة آخر": "another" right after a casualty word, with a casualty word of the other
    kind before it in the sentence, is another than the sentence's own victims, no one added to an earlier toll."""
    near = [h for h in clause.hits if h.klass in (C.KILL, C.INJURE) and 0 <= start - h.end <= OTHER_REACH]
    hit = max(near, key=lambda h: h.end, default=None)
    return hit is not None and any(h.klass in (C.KILL, C.INJURE) and h.klass != hit.klass and h.end <= hit.start
                                   for h in clause.hits)
