"""A draft place that OCHA's community list knows: the village, with its map point.

About 5,300 of the gazetteer's villages come from OCHA's list of Syrian communities alone
(`needs_place_noun` in gazetteer.json, docs/gazetteer.md). Their names are as often given names,
family names and words (السبيل "the way", البياضة, قصيبة), so the lexicon never looks for them in text
(lexicon.py): measured on the real-news corpus, matching them wherever they stood split incidents and
lost victims. A village the article names with its place word (قرية X، بلدة X، "the village of X") is a
draft place as before, and the incident is cut as before; once it is, the draft is the community of
that name

- in the area the article puts it in (`Mention.within`: "قرية X بريف حماة"), else in the area holding
  every other place the article names (`Mention.context_area`), when one community of the name lies
  there;
- when the article places it in no area and one community in all Syria has the name: then a `review`
  says it is a guess;
- when no community has its name but one community of the area's governorate has its consonant skeleton
  (`romanisation.skeleton`, in either script, three consonants at least): English transliterations are
  rarely OCHA's ("Shuhail" for Shiheil, الشحيل), and Arabic spellings differ in their long vowels
  (قريفيص، قرفيص).

Two communities of the name in that area, or none, leave the draft as it is (a draft place record
without a map point, reviewed as before).
"""

from __future__ import annotations

import weakref
from dataclasses import replace

from ..lexicon import Entry, Lexicon
from ..mentions import Mention
from ..romanisation import skeleton

MIN_SKELETON = 3   # "Biwera" and "Abra" share the skeleton "br": two consonants tell no village apart
_SKELETONS: weakref.WeakKeyDictionary[Lexicon, dict[tuple[str | None, str], list[str]]] = weakref.WeakKeyDictionary()


def as_community(place: Mention | None, lex: Lexicon) -> tuple[Mention | None, list[tuple[str, str]]]:
    """The draft place as the one community it names (with reviews to add), or the place as it is."""
    if place is None or place.lexicon_id or place.kind != "place":
        return place, []
    found = lex.communities(place.name, place.language)
    area = place.within or place.context_area
    by_consonants = False
    if area is not None:
        found = [e for e in found if area in {a.id for a in lex.ancestors(e.id)} or _same_governorate(lex, area, e.id)]
        if not found and len(key := skeleton(place.name)) >= MIN_SKELETON:
            found = [lex.get(i) for i in _by_skeleton(lex).get((_governorate(lex, area), key), ())]
            by_consonants = True
    if len(found) != 1:
        return place, []
    entry = found[0]
    taken = f"{place.name} is taken for the village {entry.id} ({entry.name_ar}, {entry.name_en}) of OCHA's community list"
    review = ([("place", f"{taken}, the only one of that name; the article does not say where it is, so this is a guess")]
              if area is None else
              [("place", f"{taken}, the one of {_governorate(lex, area)} spelled with the same consonants: check it")]
              if by_consonants else [])
    return replace(place, lexicon_id=entry.id, hint=entry.place_kind), review


def _same_governorate(lex: Lexicon, area: str, entry_id: str) -> bool:
    """Whether the area and the village lie in one governorate (a village near a town, "قرية X شرقي مدينة Y",
    is rarely inside the town's own subdistrict in OCHA's chain)."""
    return _governorate(lex, area) is not None and _governorate(lex, area) == _governorate(lex, entry_id)


def _governorate(lex: Lexicon, place_id: str) -> str | None:
    chain = [lex.get(place_id), *lex.ancestors(place_id)]
    return next((e.id for e in chain if e.place_kind == "governorate"), None)


def _by_skeleton(lex: Lexicon) -> dict[tuple[str | None, str], list[str]]:
    """(governorate, consonant skeleton of one of its names in either script) -> the communities, made once per
    lexicon."""
    table = _SKELETONS.get(lex)
    if table is None:
        table = {}
        communities: list[Entry] = [e for e in lex.places_of_kind("village") if e.needs_place_noun]
        for entry in communities:
            governorate = _governorate(lex, entry.id)
            for key in {skeleton(n) for n in entry.names("ar") + entry.names("en")}:
                table.setdefault((governorate, key), []).append(entry.id)
        _SKELETONS[lex] = table
    return table
