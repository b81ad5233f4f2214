"""The villages of a place list that only OCHA's community list has, named bare next to a town the gazetteer
matched ("قصف مماثل استهدف حاس، كفرنبل وكفرسجنة"; "shelling hit Has, Kafranbel and Kafrsajna").

The lexicon never looks for OCHA's villages in text (extract/communities.py: their names are as often given
names, family names or words), so such a list held one town and the shelling of three villages was one event at
it. Within a list its joiners do what a place word does elsewhere: a name joined to a town the gazetteer matched,
that names a community of OCHA's list lying within `NEAR_KM` of that town, is that village: a word that happens to
spell a village elsewhere in Syria stays a word. Near the town the map cannot tell a word from a village, so a word
of another kind is refused first (`_may_name_a_village`): a review found a time word («ظهر»), a relative («وابنه»),
given names and English words in lower case ("his" spells Has) taken for villages, the incident split and its toll
lost.
"""

from __future__ import annotations

import re

from ..mentions import Mention
from ..normalise import fold
from .model import Clause
from .nearby import near, reference_points

# One or two words of a name, without the marks that end a list's item.
_WORDS = r"[^\s،,.؛;:()\"“”«»]+(?:\s+[^\s،,.؛;:()\"“”«»]+)?"
_GAP = r"[^\S\n]*(?:[،,][^\S\n]*)?(?:(?:ثم|and)[^\S\n]+|و[^\S\n]+)?"
_AFTER = re.compile(r"(?P<gap>" + _GAP + r")(?P<name>" + _WORDS + ")")
_BEFORE = re.compile(r"(?P<name>" + _WORDS + r")(?P<gap>" + _GAP + r"و?)$")


def list_villages(clause: Clause, towns: list[tuple[int, int, str, Mention]]) -> list[tuple[int, int, str, Mention]]:
    """The communities named bare in a list with the clause's matched towns ((start, end, key, place) each, in text
    order), chained either way from them ("A، B، C و D" with only C matched), not overlapping any of them."""
    lex = clause.a.options.lexicon
    points = reference_points(lex, [town[3].lexicon_id for town in towns])
    if not points:
        return []
    found: list[tuple[int, int, str, Mention]] = []
    taken = [(start, end) for start, end, _, _ in towns]
    for start, end, _, _ in towns:
        for forward in (True, False):
            edge = end if forward else start
            while (village := _joined(clause, edge, forward, points)) is not None:
                if any(village[0] < e and s < village[1] for s, e in taken):
                    break
                taken.append(village[:2])
                found.append(village)
                edge = village[1] if forward else village[0]
    return found


def _joined(clause: Clause, edge: int, forward: bool, points: dict[str, tuple[float, float]]
            ) -> tuple[int, int, str, Mention] | None:
    """The community named right after (or before) `edge` with a list's joiner between, the longer name first."""
    text = clause.a.text
    joiner = clause.pack.cue("PLACE_LIST_JOINER")
    if forward:
        seen = _AFTER.match(text, edge, clause.end)
    else:
        window = max(clause.start, edge - 60)
        seen = _BEFORE.search(text, window, edge)
    if seen is None:
        return None
    words = seen.group("name").split()
    joined = joiner.search(clause.pack.passes.cue_text(seen.group("gap"))) is not None
    # the clitic «و» glued to the name after it is the list's joiner ("كفرنبل وكفرسجنة")
    glued = forward and clause.a.language == "ar" and words[0].startswith("و") \
        and joiner.search(clause.pack.passes.cue_text(seen.group("gap") + "و")) is not None
    for count in (2, 1)[2 - len(words):]:     # the longer name first
        part = " ".join(words[:count]) if forward else " ".join(words[-count:])
        offset = seen.start("name") if forward else seen.end("name") - len(part)
        village = _community(clause, part, offset, points) if joined else None
        if village is None and glued:
            village = _community(clause, part[1:], offset + 1, points)
        if village is not None:
            return village
    return None


def _community(clause: Clause, name: str, start: int, points: dict[str, tuple[float, float]]
               ) -> tuple[int, int, str, Mention] | None:
    """The one community of this name within reach of the list's towns, when the name is no word of another kind."""
    found = near(clause.a.options.lexicon.communities(name, clause.a.language), points)
    if len(found) != 1 or not _may_name_a_village(clause, name, start):
        return None
    entry = found[0]
    return (start, start + len(name), entry.id,
            Mention("place", name, clause.a.language, entry.id, start, entry.place_kind))


def _may_name_a_village(clause: Clause, name: str, start: int) -> bool:
    """Not a word of a date ("ظهر الثلاثاء") nor an everyday word the name index also lists (صباح، نور), nor what the
    language's pass refuses (a given name or a word with a pronoun on it in Arabic, a word in lower case in English)."""
    pack, words = clause.pack, name.split()
    if not words or any(d.match.start <= start < d.match.end for d in clause.dates) \
            or fold(words[0]) in pack.memo("everyday-given-names", lambda: {fold(w) for w in pack.words.NOT_GIVEN_NAMES}):
        return False
    return pack.passes.may_name_listed_village(name, pack, clause.a.options.names)
