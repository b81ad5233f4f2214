"""A draft place that OCHA's community list knows: the village, with its map point.

About 5,300 of the gazetteer's villages come from OCHA's list of Syrian communities alone
(`needs_place_noun` in gazetteer.json, docs/gazetteer.md). Their names are as often given names,
family names and words (السبيل "the way", البياضة, قصيبة), so the lexicon never looks for them in text
(lexicon.py): measured on the real-news corpus, matching them wherever they stood split incidents and
lost victims. A village the article names with its place word (قرية X، بلدة X، "the village of X") is a
draft place as before, and the incident is cut as before; once it is, the draft is the community of
that name

- in the area the article puts it in (`Mention.within`: "قرية X بريف حماة"; not a town whose name the
  gazetteer matched inside the village's own: «دوير الشيخ سعد» does not lie in الشيخ سعد), else in the area
  holding every other place the article names (`Mention.context_area`), when one community of the name
  lies there;
- when the article places it in no area and one community in all Syria has the name: then a `review`
  says it is a guess;
- when no community has its name but one community of the area's governorate has its consonant skeleton
  (`romanisation.skeleton`, in either script, three consonants at least): English transliterations are
  rarely OCHA's ("Shuhail" for Shiheil, الشحيل), and Arabic spellings differ in their long vowels
  (قريفيص، قرفيص).

Where several communities bear the name, or none lies in the article's area, the places the article names
decide, as a reader of the map would (measured in docs/gazetteer.md, "Session 17"):

- of several, the one within `NEAR_KM` (extract/nearby.py) of a town or village the article names when
  every other one lies at least twice as far from them ("الرشيدية" in an article about Tal Tamr's villages);
- several lying within `CLUSTER_KM` of each other are one point on the map (الباغوز فوقاني and تحتاني when
  the news says الباغوز): the first is taken and the review names the others;
- none in the article's governorate, but one within `NEAR_KM` of a place it names: a village across a
  governorate's border from the town the article names (OCHA puts Sayyida Zaynab in Rif Dimashq, the news
  south of Damascus), with a review naming both governorates.

Each of these is a guess that the review says. None of them, or two that stay equal, leave the draft as it
is (a draft place record without a map point, reviewed as before).
"""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import replace

from ...records.consistency import distance_km
from ..lexicon import Entry, Lexicon, LexiconMatch
from ..mentions import Mention
from ..normalise import fold, fold_latin_name
from ..romanisation import skeleton
from .nearby import clearly_nearest, near, places_named, reference_points

CLUSTER_KM = 5.0   # same-named communities this close are one point on the map (فوقاني، تحتاني)
MIN_SKELETON = 3   # "Biwera" and "Abra" share the skeleton "br": two consonants tell no village apart
_SKELETONS: weakref.WeakKeyDictionary[Lexicon, dict[tuple[str | None, str], list[str]]] = weakref.WeakKeyDictionary()


def as_community(place: Mention | None, lex: Lexicon,
                 names: Sequence[LexiconMatch] = ()) -> tuple[Mention | None, list[tuple[str, str]]]:
    """The draft place as the one community it names (with reviews to add), or the place as it is. `names`: the
    names the article's text matched (`Analysis.names`), read only when a community of the name is to be chosen."""
    if place is None or place.lexicon_id or place.kind != "place":
        return place, []
    everywhere = lex.communities(place.name, place.language)
    if not everywhere and place.within is None and place.context_area is None:
        return place, []
    named = places_named(names)
    area = place.within or place.context_area
    if place.within is not None and _named_inside(lex, place, place.within):
        area = place.context_area   # "قرية دوير الشيخ سعد": the town الشيخ سعد inside its name is not where it lies
    found, how = everywhere, "only"
    if area is not None:
        found = [e for e in everywhere
                 if area in {a.id for a in lex.ancestors(e.id)} or _same_governorate(lex, area, e.id)]
        if not found and len(key := skeleton(place.name)) >= MIN_SKELETON:
            found, how = [lex.get(i) for i in _by_skeleton(lex).get((lex.governorate_of(area), key), ())], "consonants"
        if not found:
            found, how = near(everywhere, reference_points(lex, [*named, area])), "across"
    candidates, reference, spelled = found, "", how == "consonants"
    if len(found) > 1:
        found, how, reference = _chosen(found, reference_points(lex, named))
    if len(found) != 1:
        return place, []
    entry = found[0]
    others = [e.id for e in candidates if e.id != entry.id]
    reviews = _review(lex, place, entry, area, how, reference, others, spelled)
    return replace(place, lexicon_id=entry.id, hint=entry.place_kind), reviews


def _review(lex: Lexicon, place: Mention, entry: Entry, area: str | None, how: str, reference: str,
            others: list[str], spelled: bool) -> list[tuple[str, str]]:
    """What an editor is told about the choice ("only" in the article's area needs no word); `others`: the
    communities it was chosen from; `spelled`: they were found by their consonants."""
    taken = f"{place.name} is taken for the village {entry.id} ({entry.name_ar}, {entry.name_en}) of OCHA's community list"
    if spelled and how != "consonants":
        taken += ", spelled with the same consonants"
    if how == "only":
        return [] if area is not None else [
            ("place", f"{taken}, the only one of that name; the article does not say where it is, so this is a guess")]
    if how == "consonants":
        return [("place", f"{taken}, the one of {lex.governorate_of(area or entry.id)} spelled with the same consonants: "
                          "check it")]
    if how == "across":
        return [("place", f"{taken}, which lies in {lex.governorate_of(entry.id)} near a place the article names; "
                          f"the article puts it in {area}: check it")]
    if how == "cluster":
        return [("place", f"{taken}, one of neighbouring communities of that name ({', '.join(others)}): check which")]
    return [("place", f"{taken}, the one nearest to {reference}, which the article names (others: {', '.join(others)}): "
                      "check it")]


def _chosen(candidates: list[Entry], points: dict[str, tuple[float, float]]) -> tuple[list[Entry], str, str]:
    """Of several same-named communities: the one clearly nearest to the article's places, else one of a cluster
    that is one point on the map, else all of them (no choice)."""
    nearest = clearly_nearest(candidates, points)
    if nearest is not None:
        return [nearest[0]], "nearest", nearest[1]
    located = [(e.lat, e.lon) for e in candidates if e.lat is not None and e.lon is not None]
    if len(located) == len(candidates) and all(distance_km(a, b) <= CLUSTER_KM for a in located for b in located):
        return [min(candidates, key=lambda e: e.id)], "cluster", ""
    return candidates, "", ""


def _named_inside(lex: Lexicon, place: Mention, area: str) -> bool:
    """The area's name is part of the draft's own name (the gazetteer matched it inside the longer name)."""
    own = fold(place.name) if place.language == "ar" else fold_latin_name(place.name)
    names = lex.get(area).names(place.language)
    return any((fold(n) if place.language == "ar" else fold_latin_name(n)) in own for n in names if n)


def _same_governorate(lex: Lexicon, area: str, entry_id: str) -> bool:
    """Whether the area and the village lie in one governorate (a village near a town, "قرية X شرقي مدينة Y",
    is rarely inside the town's own subdistrict in OCHA's chain)."""
    governorate = lex.governorate_of(area)
    return governorate is not None and governorate == lex.governorate_of(entry_id)


def _by_skeleton(lex: Lexicon) -> dict[tuple[str | None, str], list[str]]:
    """(governorate, consonant skeleton of one of its names in either script) -> the communities, made once per
    lexicon."""
    table = _SKELETONS.get(lex)
    if table is None:
        table = {}
        communities: list[Entry] = [e for e in lex.places_of_kind("village") if e.needs_place_noun]
        for entry in communities:
            governorate = lex.governorate_of(entry.id)
            for key in {skeleton(n) for n in entry.names("ar") + entry.names("en")}:
                table.setdefault((governorate, key), []).append(entry.id)
        _SKELETONS[lex] = table
    return table
