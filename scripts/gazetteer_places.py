"""Assembling the gazetteer's places (scripts/build_gazetteer.py): ids that
never change, the admin chain, landmarks left out, names that need a place
word, names matched across scripts and the index of same-named places.
Development time only; the rules are documented in docs/gazetteer.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from gazetteer_names import (
    MIN_CROSS_SCRIPT_SIMILARITY, arabic_key, arabic_skeleton, display_name, distance_km, latin_key,
    latin_skeleton, merge_aliases, ordinary_names, similarity, slug)
from gazetteer_sources import GEONAMES_GOVERNORATES, AdminUnit, Locality
from generator.ingest.normalise import fold, fold_latin_name

# Population thresholds for the kind of a GeoNames place.
CITY_POPULATION = 20_000
TOWN_POPULATION = 5_000
TOWN_LEVEL = ("city", "town", "village", "neighbourhood", "site")
# A first word that makes a name a landmark, not a populated place.
LANDMARK_WORDS_AR = frozenset(fold(w) for w in (
    "دوار", "ساحة", "طريق", "أوتوستراد", "حاجز", "مشفى", "مستشفى", "جسر", "مفرق", "سجن", "مطار",
    "معبر", "جامع", "مسجد", "فرع", "مفرزة", "كتيبة", "ثكنة", "مدرسة"))
LANDMARK_WORDS_EN = frozenset(("roundabout", "square", "road", "highway", "checkpoint", "hospital", "bridge",
                               "junction", "prison", "airport", "crossing", "mosque", "barracks", "school"))
# How near a populated place must be to a unit's centroid to be its seat, and
# to a place of another source to be the same place.
SEAT_RADIUS_KM = 25.0
SAME_PLACE_KM = 5.0
_NISBA = re.compile(r"^ال\S{3,}ي$")
_INNER_ARTICLE = re.compile(r"\b(?:al|el|ad|an|ar|as|ash|at|az)-", re.IGNORECASE)
# A subdistrict named after a mountain or plain has no seat town of that name.
_AREA_WORDS_AR = ("جبل", "سهل", "وادي")
_UNIT_WORDS_EN = re.compile(r"\b(?:district|sub-?district|nahiya|nahiyat|mintaqat)\b", re.IGNORECASE)
_UNIT_WORDS_AR = ("منطقة", "ناحية")
_GOVERNORATE_WORDS_EN = re.compile(r"\b(?:governorate|province)\b", re.IGNORECASE)


@dataclass
class PreviousIds:
    """The ids of the current gazetteer.json: kept for the same place, never given to another."""

    all: set[str] = field(default_factory=set)
    by_geonames: dict[int, str] = field(default_factory=dict)
    by_pcode: dict[str, str] = field(default_factory=dict)
    by_name: dict[tuple[str, str, str], str] = field(default_factory=dict)

    @classmethod
    def read(cls, path: Path) -> "PreviousIds":
        previous = cls()
        if not path.exists():
            return previous
        for place in json.loads(path.read_text(encoding="utf-8")).get("places") or []:
            previous.all.add(place["id"])
            if place.get("geonames"):
                previous.by_geonames[int(place["geonames"])] = place["id"]
            if place.get("pcode"):
                previous.by_pcode[place["pcode"]] = place["id"]
            previous.by_name[(place["kind"], place.get("parent") or "", place["name"]["en"])] = place["id"]
        return previous


def is_landmark(name_en: str, name_ar: str | None) -> bool:
    first_ar = fold(name_ar).split()[0] if name_ar and name_ar.split() else ""
    first_en = name_en.split()[0].casefold() if name_en.split() else ""
    return first_ar in LANDMARK_WORDS_AR or first_en in LANDMARK_WORDS_EN


def _point(place: dict) -> tuple[float, float] | None:
    coordinates = place.get("coordinates")
    return (coordinates["lat"], coordinates["lon"]) if coordinates else None


def _keys(place: dict) -> set[str]:
    """The Arabic and Latin matching keys of a place's names and aliases."""
    names_ar = [place["name"].get("ar")] + place["aliases"]["ar"]
    names_en = [place["name"].get("en")] + place["aliases"]["en"]
    return {arabic_key(n) for n in names_ar if n} | {latin_key(n) for n in names_en if n}


def _nisba_village(place: dict) -> bool:
    """A village whose Arabic name has the shape of a nisba (one word, ال...ي): a family name as well."""
    return place["kind"] == "village" and bool(_NISBA.match(fold(place["name"].get("ar") or "")))


class Builder:
    """Collects places from the sources in order; the first source to name a place wins."""

    def __init__(self, previous: PreviousIds, needs_context_names: set[str],
                 everyday_words: frozenset[str] = frozenset()):
        self.previous = previous
        self.needs_context_names = needs_context_names
        self.everyday_words = everyday_words
        self.notes: list[str] = []
        self._places: dict[str, dict] = {}
        self._manual: set[str] = set()
        self._subdistricts: list[tuple[AdminUnit, str]] = []     # (unit, our id)
        self._unit_ids: dict[str, str] = {}                      # OpenSyria id → our id
        self._by_key: dict[str, list[str]] = {}                  # name key → town-level place ids
        self._by_geonames: dict[int, str] = {}                   # GeoNames id → town-level place id

    # ---------------------------------------------------------- bookkeeping
    def places(self) -> list[dict]:
        return [{k: v for k, v in p.items() if k != "population"} for p in self._places.values()]

    def geonames_ids(self) -> set[int]:
        return {p["geonames"] for p in self._places.values() if p.get("geonames")}

    def _new_id(self, place: dict, governorate: str) -> str:
        for known in (self.previous.by_geonames.get(place.get("geonames") or 0),
                      self.previous.by_pcode.get(place.get("pcode") or ""),
                      self.previous.by_name.get((place["kind"], place.get("parent") or "", place["name"]["en"]))):
            if known and known not in self._places:
                return known
        base = slug(place["name"]["en"])
        region = governorate.removesuffix("-governorate")
        for candidate in (base, f"{base}-{region}", *(f"{base}-{region}-{n}" for n in range(2, 100))):
            if candidate not in self._places and candidate not in self.previous.all:
                return candidate
        raise ValueError(f"no free id for {base}")

    def _add(self, place: dict, governorate: str) -> str:
        self._places[place["id"]] = place
        self._index(place)
        return place["id"]

    def _index(self, place: dict) -> None:
        if place["kind"] in TOWN_LEVEL:
            if place.get("geonames"):
                self._by_geonames.setdefault(place["geonames"], place["id"])
            for key in _keys(place):
                ids = self._by_key.setdefault(key, [])
                if place["id"] not in ids:
                    ids.append(place["id"])

    def _governorate(self, place_id: str) -> str:
        chain = place_id
        while chain in self._places and self._places[chain]["kind"] not in ("governorate", "country"):
            chain = self._places[chain].get("parent") or ""
        return chain

    # ------------------------------------------------------------- sources
    def add_manual(self, place: dict) -> None:
        # a hand-written village named like a nisba is a family name as well (العجمي); the name lists are for the
        # sources' places (a hand-written city such as جاسم opts in by itself)
        if _nisba_village(place):
            place["needs_context"] = True
        self._manual.add(place["id"])
        self._places[place["id"]] = place
        self._index(place)

    def add_governorate_aliases(self, aliases: dict[str, tuple[list[str], list[str]]]) -> None:
        """Formal names only: a bare "Hasakah" is the city, not the governorate."""
        for governorate, (names_en, names_ar) in sorted(aliases.items()):
            place = self._places[governorate]
            place["aliases"]["en"] = merge_aliases("en", place["name"]["en"], place["aliases"]["en"],
                                                   [n for n in names_en if _GOVERNORATE_WORDS_EN.search(n)])
            place["aliases"]["ar"] = merge_aliases("ar", place["name"]["ar"], place["aliases"]["ar"],
                                                   [n for n in names_ar if n.startswith("محافظة")])

    def add_governorate_centroids(self, centroids: dict[str, tuple[float, float]]) -> None:
        """A governorate's centroid, where the manual file gives it no coordinates: the point an
        incident placed only at its governorate is mapped at (geo precision 3)."""
        for governorate, (lat, lon) in sorted(centroids.items()):
            place = self._places[governorate]
            if place.get("coordinates") is None:
                place["coordinates"] = {"lat": lat, "lon": lon}

    def _manual_district(self, unit: AdminUnit) -> str | None:
        for place in self._places.values():
            if (place["kind"] == "district" and place.get("parent") == unit.governorate and unit.seat_ar
                    and arabic_key(re.sub(r"^منطقة\s+", "", place["name"]["ar"] or "")) == arabic_key(unit.seat_ar)):
                return place["id"]
        return None

    def _unit_place(self, unit: AdminUnit, kind: str, parent: str) -> dict:
        word_en, word_ar = ("District", "منطقة") if kind == "district" else ("Subdistrict", "ناحية")
        name_ar = f"{word_ar} {unit.name_ar}" if unit.name_ar and not unit.name_ar.startswith(word_ar) else unit.name_ar
        name_en = f"{display_name(unit.seat_en)} {word_en}"
        place = {
            "name": {"en": name_en, "ar": name_ar},
            "aliases": {
                "en": merge_aliases("en", name_en, [a for a in unit.aliases_en if _UNIT_WORDS_EN.search(a)]),
                "ar": merge_aliases("ar", name_ar, [a for a in unit.aliases_ar if a.startswith(_UNIT_WORDS_AR)]),
            },
            "kind": kind,
            "parent": parent,
            "coordinates": {"lat": unit.lat, "lon": unit.lon} if unit.lat is not None else None,
            "geonames": unit.geonames,
            "pcode": unit.pcode,
        }
        if unit.wikidata:
            place["wikidata"] = unit.wikidata
        return place

    def add_admin_units(self, districts: list[AdminUnit], subdistricts: list[AdminUnit]) -> None:
        for unit in districts:
            existing = self._manual_district(unit)
            if existing:
                place = self._places[existing]
                for key in ("pcode", "wikidata"):
                    if getattr(unit, key) and not place.get(key):
                        place[key] = getattr(unit, key)
                if place.get("coordinates") is None and unit.lat is not None:
                    place["coordinates"] = {"lat": unit.lat, "lon": unit.lon}
                self._unit_ids[unit.source_id] = existing
                continue
            place = self._unit_place(unit, "district", unit.governorate)
            place["id"] = self._new_id(place, unit.governorate)
            self._unit_ids[unit.source_id] = self._add(_ordered(place), unit.governorate)
        for unit in subdistricts:
            parent = self._unit_ids.get(unit.district or "", unit.governorate)
            place = self._unit_place(unit, "subdistrict", parent)
            place["id"] = self._new_id(place, unit.governorate)
            self._unit_ids[unit.source_id] = self._add(_ordered(place), unit.governorate)
            self._subdistricts.append((unit, place["id"]))

    def _locate(self, governorate: str, point: tuple[float, float] | None, keys: set[str]) -> str:
        """The finest admin unit a populated place is known to lie in: the
        subdistrict it is the seat of, else the district when its two nearest
        subdistrict centroids agree on one, else the governorate."""
        units = [(u, i) for u, i in self._subdistricts if u.governorate == governorate and u.lat is not None]
        if point is None or not units:
            return governorate
        for unit, unit_id in units:
            seat = {arabic_key(unit.seat_ar)} if unit.seat_ar else set()
            if (seat | {latin_key(unit.seat_en)}) & keys and distance_km(point, (unit.lat, unit.lon)) <= SEAT_RADIUS_KM:
                return unit_id
        nearest = sorted(units, key=lambda u: distance_km(point, (u[0].lat, u[0].lon)))[:2]
        parents = {self._places[i]["parent"] for _, i in nearest}
        return parents.pop() if len(parents) == 1 else governorate

    def _needs_context(self, place: dict) -> bool:
        name_ar = place["name"].get("ar")
        if not name_ar:
            return False
        key = arabic_key(name_ar)
        return (key in self.needs_context_names or key in self.everyday_words
                or _nisba_village(place))

    def _add_populated(self, place: dict, governorate: str, source: str, parent: str | None = None) -> str | None:
        if is_landmark(place["name"]["en"], place["name"].get("ar")) and place["kind"] not in ("city", "town"):
            self.notes.append(f"left out (landmark, not a populated place): {source} {place['name']['en']} "
                              f"{place['name'].get('ar') or ''}")
            return None
        place["parent"] = parent or self._locate(governorate, _point(place), _keys(place))
        if self._needs_context(place):
            place["needs_context"] = True
            self.notes.append(f"needs a place word (family name, nisba or everyday word): {place['name']['ar']}")
        place["id"] = self._new_id(place, governorate)
        return self._add(_ordered(place), governorate)

    def add_geonames(self, cities: Iterable[tuple[str, dict]]) -> None:
        for admin1, place in cities:
            governorate = GEONAMES_GOVERNORATES.get(admin1)
            if governorate is None:
                continue
            population = place["population"]
            place["kind"] = ("city" if population >= CITY_POPULATION else
                             "town" if population >= TOWN_POPULATION else "village")
            self._add_populated(place, governorate, f"GeoNames {place['geonames']}")

    def _same_place(self, governorate: str, point: tuple[float, float] | None, keys: set[str],
                    codes: tuple[int | None, str | None]) -> str | None:
        """A town-level place of the governorate with the same GeoNames id or
        P-code, or sharing a name and lying within SAME_PLACE_KM."""
        geonames, pcode = codes
        if geonames and geonames in self._by_geonames:
            return self._by_geonames[geonames]
        candidates = dict.fromkeys(i for key in sorted(keys) for i in self._by_key.get(key, []))
        for place_id in candidates:
            place = self._places[place_id]
            if self._governorate(place_id) != governorate:
                continue
            if pcode and place.get("pcode") == pcode:
                return place_id
            if pcode and place.get("pcode"):
                continue  # two communities of one name: their codes tell them apart
            other = _point(place)
            if point is None or other is None or distance_km(point, other) <= SAME_PLACE_KM:
                return place_id
        return None

    def add_localities(self, localities: list[Locality], place_noun_only: bool = False) -> None:
        """Communities: each gives its code and point to the place of another source it is (same code, or a
        shared name nearby), or is added. `place_noun_only`: an added one is matched only after a word naming a settlement
        (`needs_place_noun`): thousands of village names are also given names, family names and words."""
        for locality in localities:
            place = {
                "name": {"en": display_name(locality.name_en), "ar": locality.name_ar},
                "aliases": {"en": merge_aliases("en", locality.name_en, locality.aliases_en),
                            "ar": merge_aliases("ar", locality.name_ar, ordinary_names(locality.aliases_ar, self.everyday_words))},
                "kind": locality.kind if locality.kind in ("city", "town") else "village",
                "coordinates": {"lat": locality.lat, "lon": locality.lon} if locality.lat is not None else None,
                "geonames": locality.geonames,
                "pcode": locality.pcode,
            }
            point = _point(place)
            existing = self._same_place(locality.governorate, point, _keys(place), (locality.geonames, locality.pcode))
            if existing:
                self._enrich(self._places[existing], place, names=not place_noun_only)
                self._index(self._places[existing])
                continue
            if place_noun_only:
                place["needs_place_noun"] = True
            self._add_populated(place, locality.governorate, locality.source_id, self._unit_ids.get(locality.subdistrict or ""))

    def _enrich(self, place: dict, other: dict, names: bool = True) -> None:
        """Codes, a point and names another source adds to a place already there (the first source's values
        win). `names=False`: codes and a point only (OCHA's community list: its English spellings are rarely
        the news's, and one that is read as another place's spelling, Qarayya for "Al-Qirayya" in Idlib,
        moves incidents)."""
        for key in ("pcode", "geonames", "coordinates"):
            if other.get(key) and not place.get(key):
                place[key] = other[key]
        if place["id"] in self._manual or not names:
            return  # a hand-written place may gain a code or a point it lacks, never a name
        if other["name"].get("ar") and not place["name"].get("ar"):
            place["name"]["ar"] = other["name"]["ar"]
        for language in ("en", "ar"):
            extra = ([other["name"][language]] if other["name"][language] else []) + other["aliases"][language]
            place["aliases"][language] = merge_aliases(language, place["name"][language], place["aliases"][language],
                                                       ordinary_names(extra, self.everyday_words) if language == "ar" else extra)

    def fill_arabic(self) -> None:
        """An Arabic name for a place that has none, from a subdistrict seat of
        its governorate within SEAT_RADIUS_KM whose consonants match the English name."""
        for place_id, place in self._places.items():
            if place["name"].get("ar") or place_id in self._manual or _point(place) is None:
                continue
            reference = latin_skeleton(_INNER_ARTICLE.sub("", place["name"]["en"]))
            best: tuple[float, str] | None = None
            for unit, _ in self._subdistricts:
                if (unit.governorate != self._governorate(place_id) or not unit.seat_ar or unit.lat is None
                        or distance_km(_point(place), (unit.lat, unit.lon)) > SEAT_RADIUS_KM):
                    continue
                score = similarity(reference, arabic_skeleton(unit.seat_ar))
                if score >= MIN_CROSS_SCRIPT_SIMILARITY and (best is None or score > best[0]):
                    best = (score, unit.seat_ar)
            if best:
                place["name"]["ar"] = best[1]
                place["ar_matched"] = True
                self._index(place)
                self.notes.append(f"Arabic name matched across scripts: {place['name']['en']} → {best[1]}")

    def add_subdistrict_seats(self) -> None:
        """The seat town of each subdistrict (named after it), unless a place of that name is already there."""
        self.fill_arabic()
        for unit, unit_id in self._subdistricts:
            if not unit.seat_ar or unit.seat_ar.startswith(_AREA_WORDS_AR):
                continue
            place = {"name": {"en": display_name(unit.seat_en), "ar": unit.seat_ar}, "aliases": {"en": [], "ar": []},
                     "kind": "town", "coordinates": None, "geonames": None}
            found = self._same_place(unit.governorate, None, _keys(place), (None, None))
            if found:
                self._seat_aliases(found, unit)
                continue
            if self._seat_spelled_otherwise(unit):
                continue
            place["parent"] = unit_id
            if self._needs_context(place):
                place["needs_context"] = True
            place["id"] = self._new_id(place, unit.governorate)
            self._add(_ordered(place), unit.governorate)

    def _seat_aliases(self, place_id: str, unit: AdminUnit) -> None:
        """A seat found by a name takes the unit's Arabic spelling of it when it is the seat (near the unit's
        centroid) and the consonants agree: الشدادة is found as "Shadadah", and the news's الشدادي, the
        subdistrict's Arabic name, becomes its alias. (The units' English spellings were measured too and
        left out: "Qarayya" for al-Qurayya folds like "Qirayya" and matched villages of other governorates.)"""
        place, point = self._places[place_id], _point(self._places[place_id])
        if point is None or unit.lat is None or distance_km(point, (unit.lat, unit.lon)) > SEAT_RADIUS_KM:
            return
        if unit.seat_ar and arabic_skeleton(unit.seat_ar) == arabic_skeleton(place["name"]["ar"] or ""):
            place["aliases"]["ar"] = merge_aliases("ar", place["name"]["ar"], place["aliases"]["ar"],
                                                   ordinary_names([unit.seat_ar], self.everyday_words))
            self._index(place)

    def _seat_spelled_otherwise(self, unit: AdminUnit) -> bool:
        """A place near the unit's centroid with the seat's consonants in either
        script (الهول / الحول, Hole / Al-Hawl) is the seat: it takes the
        seat's spelling as an alias and the subdistrict as parent."""
        if unit.lat is None:
            return False
        skeletons = {arabic_skeleton(unit.seat_ar or ""), latin_skeleton(_INNER_ARTICLE.sub("", unit.seat_en))}
        for place_id, place in self._places.items():
            point = _point(place)
            if (place["kind"] not in TOWN_LEVEL or place_id in self._manual or point is None
                    or self._governorate(place_id) != unit.governorate
                    or distance_km(point, (unit.lat, unit.lon)) > SEAT_RADIUS_KM):
                continue
            own = {arabic_skeleton(place["name"]["ar"] or ""), latin_skeleton(_INNER_ARTICLE.sub("", place["name"]["en"]))}
            if skeletons & own - {""}:
                place["aliases"]["ar"] = merge_aliases("ar", place["name"]["ar"], place["aliases"]["ar"], [unit.seat_ar])
                place["parent"] = self._unit_ids[unit.source_id]
                self._index(place)
                return True
        return False

    # ------------------------------------------------------------- homonyms
    def homonyms(self) -> dict[str, list[str]]:
        """Folded names shared by two or more populated places (or sites): the
        admin chain has to decide between them."""
        shared: dict[str, list[str]] = {}
        for place_id, place in self._places.items():
            if place["kind"] not in TOWN_LEVEL:
                continue
            names_ar = [place["name"].get("ar")] + place["aliases"]["ar"]
            names_en = [place["name"].get("en")] + place["aliases"]["en"]
            keys = {" ".join(fold(n).split()) for n in names_ar if n} | {fold_latin_name(n) for n in names_en if n}
            for key in keys:
                shared.setdefault(key, []).append(place_id)
        return {key: ids for key, ids in sorted(shared.items()) if len(ids) > 1}


_FIELD_ORDER = ("id", "name", "aliases", "kind", "parent", "coordinates", "geonames", "pcode", "wikidata",
                "needs_context", "needs_place_noun", "ar_matched", "population")


def _ordered(place: dict) -> dict:
    """The fields in the file's order, optional ones only when set."""
    out = {key: place.get(key) for key in _FIELD_ORDER[:7]}
    out.update({key: place[key] for key in _FIELD_ORDER[7:] if place.get(key)})
    return out
