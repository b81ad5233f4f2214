"""Cities that give their name to a governorate (درعا، حلب، دير الزور): when a city's name stands for its
governorate or its countryside ("ريف حلب", "Idlib province", "east of Aleppo"), and when a town the article puts
in the countryside of such a city shows that the city, named before, stood for the governorate."""

from __future__ import annotations

import re
from dataclasses import replace

from ..lexicon import Entry, Lexicon, LexiconMatch
from ..normalise import fold
from .model import Clause


def countryside_of_seat(area_id: str, city_id: str, lex: Lexicon) -> bool:
    """Whether `area_id` is the governorate or district whose seat is `city_id`: a place the article puts in
    the countryside of the city is not in it, so the city named before stood for its governorate or district
    ("Gunmen killed four in Baniyas" then "X, a village in the Baniyas countryside")."""
    if area_id not in lex or city_id not in lex:
        return False
    area, city = lex.get(area_id), lex.get(city_id)
    return (area.place_kind in ("governorate", "district") and city.place_kind == "city"
            and area_id in {e.id for e in lex.ancestors(city_id)} and _seat_of(city, area))


def governorate_of(clause: Clause, match: LexiconMatch) -> LexiconMatch:
    """A city named as its governorate or countryside ("ريف حلب", "Idlib province") is the governorate;
    the countryside of a town that is not its governorate's seat (ريف جبلة) is the town's district. A
    direction from a governorate's seat ("غرب درعا", "east of Aleppo") is its governorate, or the
    governorate of its countryside where there is one ("south of Damascus" is Rif Dimashq)."""
    lex = clause.a.options.lexicon
    town = lex.get(match.entry_id)
    if town.place_kind not in ("city", "town"):
        return match
    before = clause.before(match.start, 30)
    named_governorate = clause.pack.cue("GOVERNORATE_BEFORE")
    direction = clause.pack.cue("COUNTRYSIDE_BEFORE").search(before)
    if not (direction or named_governorate.search(before)
            or clause.pack.cue("GOVERNORATE_AFTER").search(clause.after(match.end, 20))):
        return match
    above = lex.places_containing(match.entry_id)
    governorate = next((e for e in above if e.place_kind == "governorate"), None)
    if governorate is None:
        return match
    if direction and not named_governorate.search(before):
        if not _seat_of(town, governorate):
            return match    # "west of al-Muzayrib" is al-Muzayrib
        around = _countryside_governorate(lex, town, governorate, named_governorate, clause.a.language)
        return replace(match, entry_id=(around or governorate).id)
    district = next((e for e in above if e.place_kind == "district"), None)
    if district is not None and not _seat_of(town, governorate):
        return replace(match, entry_id=district.id)
    return replace(match, entry_id=governorate.id)


def _countryside_governorate(lex: Lexicon, city: Entry, governorate: Entry, countryside: re.Pattern[str],
                             language: str) -> Entry | None:
    """Another governorate named as the city's countryside (ريف دمشق, "countryside of Damascus"), if any."""
    names = [fold(name) for name in city.names(language)]
    for other in lex.places_of_kind("governorate"):
        if other.id != governorate.id and any(
                full.endswith(name) and countryside.search(full[:-len(name)])
                for full in map(fold, other.names(language)) for name in names):
            return other
    return None


def _seat_of(town: Entry, governorate: Entry) -> bool:
    """Whether the governorate or district is named after the town (محافظة حلب and حلب، منطقة جبلة and جبلة)."""
    own = {fold(n) for n in town.names("ar") + town.names("en")}
    return any(fold(n).removeprefix(fold("محافظة ")).removeprefix(fold("منطقة ")).removesuffix(" governorate")
               .removesuffix(" district") in own for n in governorate.names("ar") + governorate.names("en"))


def is_governorate_seat(place_id: str, lex: Lexicon) -> bool:
    """Whether a place is a city that gives its name to the governorate it lies in (درعا in محافظة درعا):
    its name may stand for the whole governorate."""
    if place_id not in lex:
        return False
    city = lex.get(place_id)
    return city.place_kind == "city" and any(
        area.place_kind == "governorate" and _seat_of(city, area) for area in lex.places_containing(place_id))


def seat_of_governorate_holding(seat_id: str | None, place_id: str | None, lex: Lexicon) -> bool:
    """Whether `seat_id` is a governorate's seat and `place_id` lies in that governorate (a town of it, or the
    governorate itself): after an incident in a village of Daraa, "درعا" may name the governorate of the incident."""
    if not seat_id or not place_id or place_id not in lex or not is_governorate_seat(seat_id, lex):
        return False
    governorates = {e.id for e in lex.ancestors(seat_id) if e.place_kind == "governorate"}
    return bool(governorates & ({place_id} | {e.id for e in lex.ancestors(place_id)}))


# How far (characters) around a seat's name the word for a city may stand ("مدينة درعا", "the city of Daraa").
SEAT_WORD_REACH = 9


def named_as_city(clause: Clause, start: int, end: int) -> bool:
    """"مدينة درعا", "the city of Idlib": the seat's name (at `start`-`end`) said to be the city, not its governorate."""
    return bool(clause.pack.cue("SEAT_AS_CITY").search(
        clause.before(start, SEAT_WORD_REACH) + clause.a.text[start:end] + clause.after(end, SEAT_WORD_REACH)))


def without_seats_of_towns(matches: list[LexiconMatch], clause: Clause) -> list[LexiconMatch]:
    """The sentence's places without a governorate's seat named bare when a village or town of that governorate is
    named too ("وثق مكتب توثيق الشهداء في درعا مقتل شاب في بلدة المسيفرة"): the seat's name stands for its
    governorate there, not for the city (named as the city, "مدينة درعا", "Daraa city", it stays)."""
    lex = clause.a.options.lexicon
    road = clause.pack.passes.road_place   # a road named by its ends ("طريق دير الزور-الميادين") names no area either
    seats = [m for m in matches if is_governorate_seat(m.entry_id, lex) and not named_as_city(clause, m.start, m.end)
             and not road(clause.before(m.start, 40), clause.after(m.end, 40), clause.pack)]
    if not seats:
        return matches

    def governorates(match: LexiconMatch) -> set[str]:
        return {e.id for e in lex.ancestors(match.entry_id) if e.place_kind == "governorate"}

    held = set().union(*(governorates(m) for m in seats))
    towns = [m for m in matches if m not in seats and lex.get(m.entry_id).place_kind in ("village", "town", "city")
             and governorates(m) & held]
    return [m for m in matches if m not in seats] if towns else matches

