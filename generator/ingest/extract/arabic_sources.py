"""Whether a person named in an Arabic clause is a source of the report ("قال X"، "X، قال"، "بحسب X") rather than
someone the incident hit. Split from `arabic.py`."""

from __future__ import annotations

import re

from ..lang import ar
from ..normalise import fold
from .arabic_named_after import after_kin_word
from .model import Clause

_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]+")
# Nouns of the victims before a copula, and the copulas ("والقتلى هم"): their names follow.
_NAMES_FOLLOW = (frozenset(fold(w) for w in ar.VICTIMS_NOUNS + tuple(w for words in ar.ROLE_NOUNS.values() for w in words)),
                 frozenset(fold(w) for w in ar.COPULAS))
# Nouns of one person (a spokesman, an office, a rank, a correspondent, a noun that introduces a name): a name in
# apposition after them may be theirs, as before the rule that reads the dead's names after a body's account.
_SOURCE_PERSON_NOUNS = frozenset(fold(w.split()[0]) for w in ar.SPOKESPERSON_NOUNS + ar.OFFICE_TITLES + ar.NAME_INTRODUCERS
                                 + ar.MILITARY_RANKS + ar.SOURCE_AFTER_NOUNS)


# How far (characters) before a name the words that make its person a source are looked for, and an event word that
# makes a job noun after the name (مراسل) describe the person it hit rather than a source.
SOURCE_REACH = 90


def is_source(clause: Clause, start: int, end: int) -> bool:
    """The person is a source of the report ("قال X"، "X، قال"، "بحسب X"): a source word before the name
    with no casualty word in between, or right after the name."""
    cues, after_cues, after_nouns, complementizers = clause.pack.memo("source-cues", lambda: (
        frozenset(fold(w) for w in ar.SOURCE_CUES), frozenset(fold(w) for w in ar.SOURCE_AFTER),
        frozenset(fold(w) for w in ar.SOURCE_AFTER_NOUNS), frozenset(fold(w) for w in ar.COMPLEMENTIZERS)))
    text = clause.a.text
    # "وقالت والدة القتيل ... X": the dead man's relative, and القتيل no casualty word between the verb and X
    casualty_ends = [h.end for h in clause.hits if h.end <= start and not after_kin_word(clause, h.start)]
    # ... nor a death or injury word that makes no event: "وأكد المصدر وفاة الطفل X": X died
    casualty_ends += [e for name in ("DEATH_WORDS", "INJURY_WORDS") for s, e in clause.spans(name)
                      if e <= start and not after_kin_word(clause, s)]
    window = max(clause.start, start - SOURCE_REACH)
    before = text[max([window] + casualty_ends):start]
    # "بحسب مصادر محلية، أطلق مسلحون النار على X": X is not the source; but a name in apposition right after the
    # comma ("وقال مدير المشفى، X، إن"، "أعلن وزير الداخلية، "X"، عن مقتل") is the one the words before it credit
    parts = re.split(r"[،,.:]", before)
    # ... and a name in apposition after a title that itself stands between commas, when what the person said follows
    # the name ("وأكد قائد الشرطة في المحافظة، العميد X، أن ..."، "وقال ...، العقيد X: ...")
    says = len(parts) > 1 and clause.pack.cue("SAYS_AFTER").match(text, end, clause.end)
    apposition = len(parts) > 1 and not (parts[-1].strip(" \"“«'‘") and not says)
    if apposition and not _names_a_person(parts[-2]) and _names_follow(re.split(r"[،,.:]", text[window:start])[:-2]):
        # "والقتلى هم، وفقاً للتجمع، “X”": a body as the source between the dead and their names (not "بحسب المتحدث
        # باسم التجمع، X،": the spokesman is X)
        return False
    before = parts[-2] + parts[-1] if apposition else parts[-1]
    words_before = _ARABIC_WORD.findall(fold(before))
    said = [i for i, w in enumerate(words_before) if w in complementizers]
    words_before = words_before[said[-1] + 1:] if said else words_before   # "قال إن X قتل": X is what was said
    victims = clause.pack.memo("victims-nouns", lambda: frozenset(fold(w) for w in ar.VICTIMS_NOUNS))
    named = [i for i, w in enumerate(words_before) if w in victims or w[:1] in "وف" and w[1:] in victims]
    words_before = words_before[named[-1] + 1:] if named else words_before   # "بحسب المصادر فالضحايا هم X"
    carried = clause.pack.memo("carried-cues", lambda: (frozenset(fold(w) for w in ar.CARRIED_CUES),
                                                        frozenset(fold(w) for w in ar.VICTIM_INTRODUCERS)))
    to = fold("إلى")
    words_before = [w for n, w in enumerate(words_before)   # "ونُقل الشاب X إلى المشفى": carried, not reported
                    if not (w.lstrip("و") in carried[0] and (n + 1 < len(words_before) and words_before[n + 1] in carried[1]
                                                              or to in words_before[n + 1:]))]   # "نقل إلى المشفى كل من X"
    if words_before and words_before[-1].lstrip("و") in carried[0] and clause.pack.cue("CARRIED_TO_AFTER").match(text, end):
        words_before = words_before[:-1]   # "ونُقل X إلى المشفى": carried to a place
    words_after = _ARABIC_WORD.findall(fold(text[end:min(clause.end, end + 25)]))[:1]   # "X، قال"، "X مراسل"
    if words_after and words_after[0] in after_nouns and any(start - e <= SOURCE_REACH for e in casualty_ends):
        words_after = []   # "قُتل الإعلامي X، مراسل إحدى الوكالات": what the person hit did, not who says it
    # after the name, "و" opens another clause of the report, whose speaker is the one named before the name:
    # "القتلى هم X وY، وأوضح أن ...", "X، والمتحدث باسم ..."
    return any(w in cues or w[1:] in cues and w[0] in "وفل" for w in words_before) \
        or any(w in after_cues or w[1:] in after_cues and w[0] in "فل" for w in words_after) \
        or bool(clause.pack.cue("SOURCE_AFTER_PHRASE").match(text, end, clause.end))   # "X، في بيان، إن"


def _names_follow(parts: list[str]) -> bool:
    """The last of the parts (of the text before a name, cut at its commas) ends with a noun of the victims and a
    copula ("والقتلى هم"، "الضحية هو"): names of them follow."""
    nouns, copulas = _NAMES_FOLLOW
    words = _ARABIC_WORD.findall(fold(parts[-1]))[-2:] if parts else []
    return len(words) == 2 and words[1] in copulas and words[0].removeprefix("و") in nouns


def _names_a_person(words: str) -> bool:
    """The words hold a noun for one person (a spokesman, an office, a rank, a correspondent, a noun that introduces a
    name): a name in apposition after them may be that person's."""
    found = [w.removeprefix("و") for w in _ARABIC_WORD.findall(fold(words))]
    return any(w in _SOURCE_PERSON_NOUNS or w[:1] in "بل" and w[1:] in _SOURCE_PERSON_NOUNS for w in found)
