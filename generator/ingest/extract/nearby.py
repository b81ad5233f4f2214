"""Which of several same-named places an article means, read off the map: the one clearly nearest to the other
places the article names.

Toponym resolvers of the field (the "spatial minimality" heuristic of geoparsers such as the Edinburgh
Geoparser and CLAVIN) prefer, among places of one name, the one closest to the other places of the text.
Those tools need their own gazetteers and servers; here the rule is a few lines over the shipped gazetteer's
points, used where the admin chain cannot decide between OCHA's same-named villages (extract/communities.py).
(Tried on the gazetteer's homonyms found in text, extract/place.py, it moved nothing on the dev part, and
swapping a town found in text for a same-named village of the article's area lost more incidents than it
placed: docs/gazetteer.md, "Session 17".)

Only towns, villages and sites are reference points: an area's point is its middle, nowhere in particular.
A name several places share is none either: it would choose by itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from ...records.consistency import distance_km
from ..lexicon import Entry, Lexicon, LexiconMatch

NEAR_KM = 15.0     # a village this near a town the article names is the one it means (a subdistrict's reach)
POINT_KINDS = frozenset({"site", "neighbourhood", "village", "town", "city"})

Points = dict[str, tuple[float, float]]


def places_named(matches: Sequence[LexiconMatch]) -> list[str]:
    """The lexicon ids of the places an article names, but for names several places share (a span matched
    twice)."""
    spans = Counter((m.start, m.end) for m in matches if m.kind == "place")
    return [m.entry_id for m in matches if m.kind == "place" and spans[(m.start, m.end)] == 1]


def reference_points(lex: Lexicon, ids: Iterable[str | None]) -> Points:
    """The map points of the towns, villages and sites among these places."""
    out = {}
    for place_id in ids:
        entry = lex.get(place_id) if place_id and place_id in lex else None
        if entry is not None and entry.lat is not None and entry.lon is not None and entry.place_kind in POINT_KINDS:
            out[entry.id] = (entry.lat, entry.lon)
    return out


def distance_to(entry: Entry, points: Points) -> tuple[float, str]:
    """How far the place lies from the nearest of the points, and which; infinite with no point."""
    if entry.lat is None or entry.lon is None or not points:
        return float("inf"), ""
    return min((distance_km((entry.lat, entry.lon), point), place_id) for place_id, point in points.items())


def near(candidates: Iterable[Entry], points: Points) -> list[Entry]:
    """The candidates within NEAR_KM of one of the points."""
    return [e for e in candidates if distance_to(e, points)[0] <= NEAR_KM]


def clearly_nearest(candidates: Sequence[Entry], points: Points) -> tuple[Entry, str] | None:
    """The candidate within NEAR_KM of a point while every other lies at least twice as far (and over a
    kilometre), with the point's id; None when the map does not tell them apart."""
    if len(candidates) < 2:
        return None
    ranked = sorted((distance_to(e, points), e.id, e) for e in candidates)
    (first_km, reference), _, first = ranked[0]
    if first_km <= NEAR_KM and ranked[1][0][0] >= 2 * max(first_km, 1.0):
        return first, reference
    return None
