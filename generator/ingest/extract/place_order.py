"""How two places of an event compare: their kinds, which is more specific, whether one lies within the other (the
gazetteer's admin chain, or the town the article names a draft place in). Split from `place.py`, which picks an
event's place."""

from __future__ import annotations

from ..lexicon import Lexicon
from ..mentions import Mention
from ..normalise import fold, without_alifs
from .place_context import PLACE_SPECIFICITY
from .place_seats import countryside_of_seat

# Kinds that cover many towns: a sentence naming one is about an area, and a later sentence naming a
# town inside it gives the incident its place (the lead's region is the parent, not the place).
AREA_KINDS = frozenset({"subdistrict", "district", "region", "governorate", "country"})


def kind_of(place: Mention, lex: Lexicon) -> str | None:
    """A place's kind: the gazetteer's, or the one a draft place's place word gives."""
    return lex.get(place.lexicon_id).place_kind if place.lexicon_id else place.hint


def specificity(place: Mention) -> int:
    """Rank of a place's kind, 0 the most specific; a draft place of unknown kind counts as a village."""
    kind = place.hint or "village"
    return PLACE_SPECIFICITY.index(kind) if kind in PLACE_SPECIFICITY else PLACE_SPECIFICITY.index("region")


def _chain(place: Mention, lex: Lexicon) -> set[str]:
    """The place's id and the ids of the places that contain it (a region also gives its governorate)."""
    known = place.lexicon_id or place.within
    if not known:
        return set()
    return {known} | {e.id for e in lex.ancestors(known)}


def contains(area: Mention, place: Mention, lex: Lexicon) -> bool:
    """Whether `area` (a coarser place) may hold `place`: it is in place's admin chain, it is the
    country, or it is a region of the governorate that holds the place. A draft place (no gazetteer
    entry) may lie in any area."""
    if area.hint == "country":
        return True
    if not place.lexicon_id and not place.within:
        return area.hint in AREA_KINDS
    chain = _chain(place, lex)
    if area.lexicon_id in chain:
        return True
    if area.hint == "region" and area.lexicon_id:
        above = _chain(area, lex) - {area.lexicon_id}
        governorates = {e.id for e in lex.ancestors(area.lexicon_id) if e.place_kind == "governorate"}
        # a region of the country ("southern Syria") may hold any town; one of a governorate, its towns
        return not governorates or bool(above & chain & governorates)
    return False


def same_or_within(lead: Mention | None, new: Mention | None, lex: Lexicon) -> bool:
    """Whether a new sentence's place may be the same incident's as the lead's: the same place, a
    town inside the lead's area, or a coarser place that holds the lead's town. A region named
    after a town ("shelled the Jabal al-Zawiya area") holds it only when the gazetteer says so:
    a region of the same governorate is another place."""
    if lead is None or new is None:
        return True
    if lead.lexicon_id and lead.lexicon_id == new.lexicon_id:
        return True
    if not lead.lexicon_id and not new.lexicon_id:
        # a place the gazetteer lacks, spelled the same but for a long vowel (قرية الفارت، الفارات)
        return fold(lead.name) == fold(new.name) or without_alifs(lead.name) == without_alifs(new.name) != ""
    if new.within and lead.lexicon_id in _chain(new, lex):
        return True      # a village named against the lead's town or area ("قرية X شرقي مدينة Y")
    if contains(lead, new, lex):
        return True
    if new.hint == "region":
        return bool(new.lexicon_id) and new.lexicon_id in _chain(lead, lex)
    return contains(new, lead, lex)


def finer(new: Mention | None, old: Mention | None, lex: Lexicon) -> bool:
    """Whether `new` should replace `old` as an incident's place: more specific, and inside it."""
    if new is None:
        return False
    if old is None:
        return True
    if new.within and not new.lexicon_id and old.lexicon_id == new.within:
        return True      # the village the article places near the incident's town
    if new.within and not new.lexicon_id and old.lexicon_id and countryside_of_seat(new.within, old.lexicon_id, lex):
        return True      # "قُتل عنصر في دير الزور" then "في مدينة الشحيل بريف دير الزور": the city named its governorate
    return specificity(new) < specificity(old) and old.hint in AREA_KINDS and contains(old, new, lex)
