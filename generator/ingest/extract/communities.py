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
  says it is a guess.

Two communities of the name in that area, or none, leave the draft as it is (a draft place record
without a map point, reviewed as before).
"""

from __future__ import annotations

from dataclasses import replace

from ..lexicon import Lexicon
from ..mentions import Mention


def as_community(place: Mention | None, lex: Lexicon) -> tuple[Mention | None, list[tuple[str, str]]]:
    """The draft place as the one community it names (with reviews to add), or the place as it is."""
    if place is None or place.lexicon_id or place.kind != "place":
        return place, []
    found = lex.communities(place.name, place.language)
    area = place.within or place.context_area
    if area is not None:
        found = [e for e in found if area in {a.id for a in lex.ancestors(e.id)} or _same_governorate(lex, area, e.id)]
    if len(found) != 1:
        return place, []
    entry = found[0]
    review = [] if area is not None else [
        ("place", f"{place.name} is taken for the village {entry.id} of OCHA's community list, the only one of "
                  f"that name; the article does not say where it is, so this is a guess")]
    return replace(place, lexicon_id=entry.id, hint=entry.place_kind), review


def _same_governorate(lex: Lexicon, area: str, entry_id: str) -> bool:
    """Whether the area and the village lie in one governorate (a village near a town, "قرية X شرقي مدينة Y",
    is rarely inside the town's own subdistrict in OCHA's chain)."""
    def governorate(place_id: str) -> str | None:
        chain = [lex.get(place_id), *lex.ancestors(place_id)]
        return next((e.id for e in chain if e.place_kind == "governorate"), None)
    return governorate(area) is not None and governorate(area) == governorate(entry_id)
