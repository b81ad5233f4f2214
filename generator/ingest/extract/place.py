"""Step: the place of an event (the gazetteer's most specific place of the clause, else a draft
place after a place word) and a finer place detail inside it."""

from __future__ import annotations

from ..lexicon import LexiconMatch
from ..mentions import Mention
from .model import Clause

# Place kinds from the most specific to the least; the most specific place of a sentence wins.
PLACE_SPECIFICITY = ("site", "neighbourhood", "village", "town", "city", "subdistrict", "district",
                     "region", "governorate", "country")
# Places an event is coded one level above, with the name kept as place_detail (a neighbourhood of Daraa).
FINER_THAN_TOWN = frozenset({"neighbourhood", "site"})
# ACLED geo precision by the chosen place's kind.
GEO_PRECISION = {"site": 1, "neighbourhood": 1, "village": 1, "town": 1, "city": 1, "subdistrict": 2,
                 "district": 2, "region": 3, "governorate": 3, "country": 3}


def places_of(clause: Clause) -> list[LexiconMatch]:
    """Gazetteer places of the clause, without names used for a neighbourhood (حي الثورة is not al-Thawra city)."""
    out = []
    neighbourhood = clause.pack.cue("NEIGHBOURHOOD_BEFORE", 0)
    for match in clause.names:
        if match.kind != "place":
            continue
        if neighbourhood.search(clause.before(match.start, 6)):
            continue
        out.append(match)
    located = [m for m in out if not _origin_place(clause, m) and not _road_place(clause, m)]
    if len(located) < len(out) and any(_located_town(clause, m) for m in located):
        return located   # "on the A-B highway near C", "natives of A ... near C": the event is at C
    return out


def _located_town(clause: Clause, match: LexiconMatch) -> bool:
    """A village, town or city introduced as the scene ("near Khirbet Ghazala", "قرب مدينة درعا")."""
    if clause.a.options.lexicon.get(match.entry_id).place_kind not in ("village", "town", "city"):
        return False
    return bool(clause.pack.cue("LOCATION_CUE").search(clause.before(match.start, 30)))


def _origin_place(clause: Clause, match: LexiconMatch) -> bool:
    """"ثلاثة شبان من أبناء طفس", "a native of Jasim": where the victims come from, not where it happened."""
    return bool(clause.pack.cue("ORIGIN").search(clause.before(match.start, 40)))


def _road_place(clause: Clause, match: LexiconMatch) -> bool:
    """A town named in a road's name ("the Damascus-Deraa highway", "طريق دمشق - درعا")."""
    return clause.pack.passes.road_place(clause.before(match.start, 40), clause.after(match.end, 40), clause.pack)


def best_place(matches: list[LexiconMatch], clause: Clause) -> LexiconMatch | None:
    """The most specific place: descendants beat their ancestors, then kind, then text order."""
    if not matches:
        return None
    lex = clause.a.options.lexicon
    ancestors = {a.id for m in matches for a in lex.ancestors(m.entry_id)}
    candidates = [m for m in matches if m.entry_id not in ancestors] or matches

    def rank(m: LexiconMatch) -> tuple[int, int]:
        kind = lex.get(m.entry_id).place_kind or "region"
        specific = PLACE_SPECIFICITY.index(kind) if kind in PLACE_SPECIFICITY else len(PLACE_SPECIFICITY)
        return (0 if specific <= PLACE_SPECIFICITY.index("city") else 1, m.start)

    return min(candidates, key=rank)


def event_place(clause: Clause) -> tuple[Mention | None, int | None]:
    """The place of the event: the gazetteer first, then an unknown name after a place word."""
    lex = clause.a.options.lexicon
    places = places_of(clause)
    match = best_place(places, clause)
    if match is not None and lex.get(match.entry_id).place_kind in FINER_THAN_TOWN:
        towns = [m for m in places if lex.get(m.entry_id).place_kind in ("village", "town", "city")]
        match = best_place(towns, clause) or match
    if match is not None:
        kind = lex.get(match.entry_id).place_kind or "region"
        return (Mention("place", clause.pack.passes.place_name(match.surface, clause.pack), clause.a.language,
                        match.entry_id, match.start, kind),
                GEO_PRECISION.get(kind, 2))
    return clause.pack.passes.unknown_place(clause), 1


def place_detail(clause: Clause, place: Mention | None) -> str | None:
    """A finer place inside the town (a neighbourhood, a road, a roundabout) when the text names one."""
    lex = clause.a.options.lexicon
    finer = [m for m in clause.names if m.kind == "place" and lex.get(m.entry_id).place_kind in FINER_THAN_TOWN
             and (place is None or m.entry_id != place.lexicon_id)]
    if finer:
        return finer[0].surface
    return clause.pack.passes.place_detail(clause.text, clause.pack)
