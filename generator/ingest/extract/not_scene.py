"""Words around a place's name that say the incident did not happen there (`place.places_of`, `place.event_place`):
the second place of "between X and Y", where the wounded were taken or the attackers fled, where the fire came from,
a dateline, a city named for its suburbs, a town in a road's name."""

from __future__ import annotations

from ..lexicon import LexiconMatch
from .model import Clause

# How far (characters) before a place the words saying the fire came from it may start ("مصدره مواقع قوات سوريا
# الديمقراطية (قسد) وقوات النظام في محيط بلدة X").
FIRED_FROM_REACH = 100

# How far (characters) before a place the words taking the wounded or the attackers there may start.
DESTINATION_REACH = 60


def second_of_between(clause: Clause, first: LexiconMatch, second: LexiconMatch) -> bool:
    """Y in "between X and Y" (بين بلدتي X وY, "on the road between X and Y"): X places the incident."""
    joiner = clause.a.text[first.end:second.start]
    return bool(clause.pack.cue("BETWEEN_JOINER").search(joiner)
                and clause.pack.cue("BETWEEN_BEFORE").search(clause.before(first.start, 30)))


def destination(clause: Clause, start: int) -> bool:
    """"نُقلوا إلى مشفى الحكمة بالقامشلي", "taken to a hospital in X", "ولاذوا بالفرار باتجاه قرية X": the place at
    `start` is where the victims were taken or the attackers fled."""
    return bool(clause.pack.cue("DESTINATION_BEFORE").search(clause.before(start, DESTINATION_REACH)))


def fired_from(clause: Clause, start: int) -> bool:
    """"قصف أطلقته قوات النظام من قواعدها في قرية X", "launched from its bases in X": where the fire came from."""
    return bool(clause.pack.cue("FIRED_FROM_BEFORE").search(clause.before(start, FIRED_FROM_REACH)))


def dateline(clause: Clause, match: LexiconMatch) -> bool:
    """A city at the head of a line, or in capitals, followed by the outlet or a dash ("DEIR EZ-ZOR, Syria
    (North Press) –", "الحسكة ـ خاص", "2023-02-22 ERBIL (Kurdistan 24) –"): where the report was filed,
    never the scene."""
    text = clause.a.text
    line_start = text.rfind("\n", 0, match.start) + 1
    if text[line_start:match.start].strip(" \t\"'“«") and not match.surface.isupper():
        return False
    if text[match.end:match.end + 2].lstrip(" ").startswith(":") and _labelled_lines(clause) > 1:
        return False   # "Nawa: gunmen shot dead ...", "Dael: ...": a roundup's lines labelled by their town
    return bool(clause.pack.cue("DATELINE_AFTER", 0).search(clause.after(match.end, 60)))


def _labelled_lines(clause: Clause) -> int:
    """How many lines of the article open with a place of the gazetteer and a colon and go on with an event word
    ("Dael: gunmen killed ...", not a table of the dead by home town: "Sarmin: Ahmad al-Hamoud, 34")."""
    a = clause.a

    def count() -> int:
        labels = [m for m in a.names if m.kind == "place" and a.text[m.end:m.end + 2].lstrip(" ").startswith(":")
                  and not a.text[a.text.rfind("\n", 0, m.start) + 1:m.start].strip(" \t-–•*")]
        ends = [a.text.find("\n", m.end) % (len(a.text) + 1) for m in labels]
        return sum(1 for m, end in zip(labels, ends) if any(m.end <= h.start < end for h in a.hits))
    return a.memo("labelled-lines", count)


def suburbs_of(clause: Clause, match: LexiconMatch) -> bool:
    """"stormed a Damascus suburb", "في إحدى ضواحي دمشق": a city named for its suburbs is not the scene."""
    return bool(clause.pack.cue("SUBURB_BEFORE").search(clause.before(match.start, 40))
                or clause.pack.cue("SUBURB_AFTER").search(clause.after(match.end, 20)))


def road_place(clause: Clause, match: LexiconMatch) -> bool:
    """A town named in a road's name ("the Damascus-Deraa highway", "طريق دمشق - درعا")."""
    return clause.pack.passes.road_place(clause.before(match.start, 40), clause.after(match.end, 40), clause.pack)
