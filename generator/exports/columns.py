"""Column definitions of the two CSV exports, each with how it maps to our fields.

One list per format drives both the CSV writer and the table on the site's
Data page (en and ar), so the documentation cannot drift from the file.

- ACLED: the 31 columns of ACLED's data export, in its order (codebook 2024+).
- UCDP GED: the 47 columns of the GED event dataset (version 25.1), in its order.

Names of actors and places are written in English, falling back to Arabic.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..records import vocab
from ..settings import Settings
from .facts import EventFacts, name, names, text

Value = str | int | float | None


@dataclass(frozen=True)
class Column:
    name: str
    en: str  # how the column maps to our fields, in English
    ar: str  # the same, in Arabic
    value: Callable[[EventFacts, Settings], Value]

    def mapping(self, language: str) -> str:
        return self.ar if language == "ar" else self.en


# ---- ACLED vocabulary labels ------------------------------------------------



def disorder_type(sub_type: str, event_type: str) -> str:
    """ACLED's disorder type of a sub-event type."""
    if sub_type == "excessive_force_against_protesters":
        return "Political violence; Demonstrations"
    if sub_type in ("peaceful_protest", "protest_with_intervention", "violent_demonstration"):
        return "Demonstrations"
    if event_type == "strategic_developments":
        return "Strategic developments"
    return "Political violence"


def inter_code(facts: EventFacts, main: str) -> int | None:
    """ACLED inter code (1-8) of the side's first actor, from its organization category."""
    actors = facts.side(main)
    return vocab.ORG_CATEGORIES.get(actors[0].category) if actors else None


def interaction(facts: EventFacts) -> int | None:
    """ACLED's two-digit interaction code: the smaller inter code first; 10 x inter1 for a sole actor."""
    codes = sorted(code for code in (inter_code(facts, "a"), inter_code(facts, "b")) if code is not None)
    if not codes:
        return None
    if len(codes) == 1:
        return 10 * codes[0]
    low, high = codes
    return 10 * low + high


def _others(facts: EventFacts, main: str, associated: str) -> str:
    """Associated actors: the side's actors after the first, then its associated ones."""
    return names(facts.side(main)[1:] + facts.side(associated))


def _iso_date(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _timestamp(facts: EventFacts, _: Settings) -> Value:
    stamp = facts.last_retrieved
    if stamp is None:
        return None
    if stamp.tzinfo is None:
        stamp = stamp.replace(tzinfo=dt.timezone.utc)
    return int(stamp.timestamp())


def _notes(facts: EventFacts, _: Settings) -> str:
    return text(facts.event.summary) or facts.title("en")


def _outlets(facts: EventFacts) -> str:
    seen: list[str] = []
    for source in facts.sources:
        outlet = source.outlet.name.any("en")
        if outlet and outlet not in seen:
            seen.append(outlet)
    return "; ".join(seen)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 5)


ACLED_COLUMNS: tuple[Column, ...] = (
    Column("event_id_cnty", "`id` of the event record (our own ids, not ACLED's)",
           "`id`: معرّف سجل الحادثة (معرّفاتنا لا معرّفات ACLED)", lambda f, s: f.id),
    Column("event_date", "`date` (YYYY-MM-DD); empty when unknown",
           "`date` بصيغة YYYY-MM-DD؛ فارغ إن كان مجهولاً", lambda f, s: _iso_date(f.event.date)),
    Column("year", "year of `date`", "سنة `date`", lambda f, s: f.event.date.year if f.event.date else None),
    Column("time_precision", "`date_precision`: day 1, days/week 2, month/year 3",
           "`date_precision`: يوم 1، أيام/أسبوع 2، شهر/سنة 3",
           lambda f, s: vocab.ACLED_TIME_PRECISION.get(f.event.date_precision)),
    Column("disorder_type", "from `sub_type` (ACLED's grouping)", "مشتق من `sub_type` (تصنيف ACLED)",
           lambda f, s: disorder_type(f.event.sub_type, f.event.type)),
    Column("event_type", "`type`, as ACLED's label", "`type` بتسمية ACLED",
           lambda f, s: vocab.ACLED_TYPE_LABELS[f.event.type]),
    Column("sub_event_type", "`sub_type`, as ACLED's label", "`sub_type` بتسمية ACLED",
           lambda f, s: vocab.ACLED_SUB_TYPE_LABELS[f.event.sub_type]),
    Column("actor1", "name of the first actor with `side: a`", "اسم أول فاعل في `side: a`",
           lambda f, s: name(f.side("a")[0]) if f.side("a") else ""),
    Column("assoc_actor_1", "other `side: a` actors, then `side: associated_a`, separated by `; `",
           "بقية فاعلي `side: a` ثم `side: associated_a`، تفصل بينها `; `",
           lambda f, s: _others(f, "a", "associated_a")),
    Column("inter1", "ACLED inter code (1-8) of actor1's organization `category`",
           "رمز inter في ACLED (1-8) من `category` منظمة الفاعل الأول", lambda f, s: inter_code(f, "a")),
    Column("actor2", "name of the first actor with `side: b`", "اسم أول فاعل في `side: b`",
           lambda f, s: name(f.side("b")[0]) if f.side("b") else ""),
    Column("assoc_actor_2", "other `side: b` actors, then `side: associated_b`",
           "بقية فاعلي `side: b` ثم `side: associated_b`", lambda f, s: _others(f, "b", "associated_b")),
    Column("inter2", "ACLED inter code of actor2's `category`", "رمز inter لفئة الفاعل الثاني",
           lambda f, s: inter_code(f, "b")),
    Column("interaction", "inter1 and inter2 combined, smaller first (e.g. 12); 10 × code for a sole actor",
           "inter1 وinter2 معاً، الأصغر أولاً (مثل 12)؛ 10 × الرمز لفاعل وحيد", lambda f, s: interaction(f)),
    Column("civilian_targeting", "`civilian_targeting`: \"Civilian targeting\" when true, else empty",
           "`civilian_targeting`: ‏\"Civilian targeting\" إن كانت صحيحة، وإلا فارغ",
           lambda f, s: "Civilian targeting" if f.event.civilian_targeting else ""),
    Column("iso", "ISO 3166 numeric code of the country (setting `country_iso`, 760 for Syria)",
           "رمز ISO 3166 الرقمي للبلد (الإعداد `country_iso`، ‏760 لسوريا)", lambda f, s: s.country_iso),
    Column("region", "ACLED region (setting `region`)", "منطقة ACLED (الإعداد `region`)", lambda f, s: s.region),
    Column("country", "the country at the top of `place`'s parent chain", "البلد في أعلى سلسلة `parent` للمكان",
           lambda f, s: name(f.country)),
    Column("admin1", "the governorate in `place`'s parent chain", "المحافظة في سلسلة المكان",
           lambda f, s: name(f.admin(1))),
    Column("admin2", "the district in the chain", "المنطقة (الناحية الإدارية الثانية) في السلسلة",
           lambda f, s: name(f.admin(2))),
    Column("admin3", "the subdistrict in the chain", "الناحية في السلسلة", lambda f, s: name(f.admin(3))),
    Column("location", "name of `place`", "اسم `place`", lambda f, s: name(f.place)),
    Column("latitude", "`coordinates.lat` of the place (or of its nearest parent below the country)",
           "`coordinates.lat` للمكان (أو لأقرب مكان أعلى منه دون البلد)",
           lambda f, s: _round(f.point.lat) if f.point else None),
    Column("longitude", "`coordinates.lon`, likewise", "`coordinates.lon` كذلك",
           lambda f, s: _round(f.point.lon) if f.point else None),
    Column("geo_precision", "`geo_precision` (1 when empty); 3 when a parent's coordinates were used",
           "`geo_precision` (‏1 إن كان فارغاً)؛ 3 إن استُعملت إحداثيات مكان أعلى",
           lambda f, s: f.geo_precision),
    Column("source", "outlet names of the event's `sources`, separated by `; `",
           "أسماء وسائل الإعلام في `sources`، تفصل بينها `; `", lambda f, s: _outlets(f)),
    Column("source_scale", "empty: we do not record it", "فارغ: لا نسجّله", lambda f, s: ""),
    Column("notes", "`summary` (English, else Arabic), else the title", "`summary` (بالإنكليزية وإلا بالعربية)، وإلا العنوان",
           _notes),
    Column("fatalities", "`fatalities.best`; 0 when not reported (ACLED's convention)",
           "`fatalities.best`؛ 0 إن لم يُذكر (عرف ACLED)",
           lambda f, s: f.event.fatalities.best if f.event.fatalities.best is not None else 0),
    Column("tags", "`tags`, separated by `; `", "`tags` تفصل بينها `; `", lambda f, s: "; ".join(f.event.tags)),
    Column("timestamp", "latest `retrieved` time of the event's sources, as Unix seconds",
           "آخر وقت `retrieved` لمصادر الحادثة بثواني يونكس", _timestamp),
)


# ---- UCDP GED ---------------------------------------------------------------

STATE_CATEGORIES = ("state_forces", "external_forces")


def type_of_violence(facts: EventFacts) -> int | None:
    """UCDP: 1 state-based, 2 non-state, 3 one-sided; empty for protests, riots and strategic developments."""
    kind = facts.event.type
    if kind == "violence_against_civilians":
        return 3
    if kind in ("battles", "explosions_remote_violence"):
        categories = {o.category for side in facts.actors.values() for o in side}
        return 1 if categories & set(STATE_CATEGORIES) else 2
    return None


def _side(facts: EventFacts, main: str, associated: str) -> str:
    return names(facts.side(main) + facts.side(associated), sep=", ")


def _dyad(facts: EventFacts) -> str:
    a, b = _side(facts, "a", "associated_a"), _side(facts, "b", "associated_b")
    return f"{a} - {b}" if a and b else ""


def where_prec(facts: EventFacts) -> int | None:
    """UCDP where_prec from ACLED geo_precision: 1 exact, 2 within 25 km, 3 -> 4 (first-order admin)."""
    return {1: 1, 2: 2, 3: 4}.get(facts.geo_precision or 0)


def priogrid_gid(lat: float, lon: float) -> int:
    """PRIO-GRID cell (0.5 degree) holding the point: row from the south pole, column from -180."""
    row = min(int(math.floor((lat + 90) / 0.5)), 359)
    col = min(int(math.floor((lon + 180) / 0.5)), 719)
    return row * 720 + col + 1


def _source_dates(facts: EventFacts) -> str:
    return "; ".join(s.published_date.isoformat() for s in facts.sources if s.published_date)


def _headlines(facts: EventFacts) -> str:
    return "; ".join(text(s.title, s.language) for s in facts.sources if s.title)


def _articles(facts: EventFacts) -> str:
    parts = []
    for s in facts.sources:
        bits = [s.outlet.name.any("en"), text(s.title, s.language),
                s.published_date.isoformat() if s.published_date else "", s.url or ""]
        parts.append(", ".join(b for b in bits if b))
    return "; ".join(parts)


def _original(facts: EventFacts) -> str:
    return "; ".join(text(s.attribution, s.language) for s in facts.sources if s.attribution)


def _deaths(facts: EventFacts, which: str) -> int | None:
    return getattr(facts.event.fatalities, which)


UCDP_COLUMNS: tuple[Column, ...] = (
    Column("id", "`id` of the event record", "`id`: معرّف سجل الحادثة", lambda f, s: f.id),
    Column("relid", "`id` again (we have no UCDP release id)", "`id` مرة أخرى (لا معرّف إصدار UCDP لدينا)",
           lambda f, s: f.id),
    Column("year", "year of `date`", "سنة `date`", lambda f, s: f.event.date.year if f.event.date else None),
    Column("active_year", "empty (a UCDP conflict-year notion)", "فارغ (مفهوم خاص بـUCDP)", lambda f, s: ""),
    Column("code_status", "`status`: reviewed → Clear, draft → Check", "`status`: مراجَع ← Clear، مسودة ← Check",
           lambda f, s: "Clear" if f.event.status == "reviewed" else "Check"),
    Column("type_of_violence", "from `type` and the actors' categories: battles and explosions with state or "
           "external forces 1, without 2; violence against civilians 3; otherwise empty",
           "من `type` وفئات الفاعلين: معارك وتفجيرات بمشاركة قوات حكومية أو خارجية 1، وبدونها 2؛ "
           "العنف ضد المدنيين 3؛ وإلا فارغ", lambda f, s: type_of_violence(f)),
    Column("conflict_dset_id", "empty", "فارغ", lambda f, s: ""),
    Column("conflict_new_id", "empty", "فارغ", lambda f, s: ""),
    Column("conflict_name", "empty (we do not code UCDP conflicts)", "فارغ (لا نرمّز نزاعات UCDP)", lambda f, s: ""),
    Column("dyad_dset_id", "empty", "فارغ", lambda f, s: ""),
    Column("dyad_new_id", "empty", "فارغ", lambda f, s: ""),
    Column("dyad_name", "side_a - side_b", "side_a - side_b", lambda f, s: _dyad(f)),
    Column("side_a_dset_id", "empty", "فارغ", lambda f, s: ""),
    Column("side_a_new_id", "empty", "فارغ", lambda f, s: ""),
    Column("side_a", "names of the `side: a` and `associated_a` actors, separated by `, `",
           "أسماء فاعلي `side: a` و`associated_a` تفصل بينها `, `", lambda f, s: _side(f, "a", "associated_a")),
    Column("side_b_dset_id", "empty", "فارغ", lambda f, s: ""),
    Column("side_b_new_id", "empty", "فارغ", lambda f, s: ""),
    Column("side_b", "names of the `side: b` and `associated_b` actors", "أسماء فاعلي `side: b` و`associated_b`",
           lambda f, s: _side(f, "b", "associated_b")),
    Column("number_of_sources", "number of `sources`", "عدد `sources`", lambda f, s: len(f.event.sources)),
    Column("source_article", "per source: outlet, title, published date, url; sources separated by `; `",
           "لكل مصدر: الوسيلة والعنوان وتاريخ النشر والرابط؛ تفصل بين المصادر `; `", lambda f, s: _articles(f)),
    Column("source_office", "outlet names", "أسماء وسائل الإعلام", lambda f, s: _outlets(f)),
    Column("source_date", "`published` dates of the sources", "تواريخ `published` للمصادر", lambda f, s: _source_dates(f)),
    Column("source_headline", "`title` of the sources, in their language", "`title` للمصادر بلغتها",
           lambda f, s: _headlines(f)),
    Column("source_original", "`attribution` of the sources (whom the outlet credits)",
           "`attribution` للمصادر (من تنسب إليه الوسيلة الخبر)", lambda f, s: _original(f)),
    Column("where_prec", "from `geo_precision`: 1 → 1, 2 → 2, 3 → 4", "من `geo_precision`: ‏1 ← 1، 2 ← 2، 3 ← 4",
           lambda f, s: where_prec(f)),
    Column("where_coordinates", "name of `place`", "اسم `place`", lambda f, s: name(f.place)),
    Column("where_description", "`place_detail`", "`place_detail`", lambda f, s: text(f.event.place_detail)),
    Column("adm_1", "the governorate in `place`'s parent chain", "المحافظة في سلسلة المكان",
           lambda f, s: name(f.admin(1))),
    Column("adm_2", "the district in the chain", "المنطقة في السلسلة", lambda f, s: name(f.admin(2))),
    Column("latitude", "as in the ACLED export", "كما في تصدير ACLED", lambda f, s: _round(f.point.lat) if f.point else None),
    Column("longitude", "as in the ACLED export", "كما في تصدير ACLED",
           lambda f, s: _round(f.point.lon) if f.point else None),
    Column("geom_wkt", "`POINT (longitude latitude)`", "`POINT (longitude latitude)`",
           lambda f, s: f"POINT ({_round(f.point.lon)} {_round(f.point.lat)})" if f.point else ""),
    Column("priogrid_gid", "PRIO-GRID cell of the point, computed", "خلية PRIO-GRID للنقطة، محسوبة",
           lambda f, s: priogrid_gid(f.point.lat, f.point.lon) if f.point else None),
    Column("country", "the country at the top of the chain", "البلد في أعلى السلسلة", lambda f, s: name(f.country)),
    Column("country_id", "Gleditsch-Ward code (setting `country_gwno`, 652 for Syria)",
           "رمز Gleditsch-Ward (الإعداد `country_gwno`، ‏652 لسوريا)", lambda f, s: s.country_gwno),
    Column("region", "setting `region`", "الإعداد `region`", lambda f, s: s.region),
    Column("event_clarity", "empty", "فارغ", lambda f, s: ""),
    Column("date_prec", "`date_precision`: day 1, days 2, week 3, month 4, year 5",
           "`date_precision`: يوم 1، أيام 2، أسبوع 3، شهر 4، سنة 5",
           lambda f, s: vocab.UCDP_DATE_PREC.get(f.event.date_precision)),
    Column("date_start", "`date`", "`date`", lambda f, s: _iso_date(f.event.date)),
    Column("date_end", "`date_end`, else `date`", "`date_end` وإلا `date`",
           lambda f, s: _iso_date(f.event.date_end or f.event.date)),
    Column("deaths_a", "empty: we do not split deaths by side", "فارغ: لا نقسم القتلى بحسب الطرف", lambda f, s: None),
    Column("deaths_b", "empty", "فارغ", lambda f, s: None),
    Column("deaths_civilians", "empty", "فارغ", lambda f, s: None),
    Column("deaths_unknown", "`fatalities.best` (all deaths are of unknown side)", "`fatalities.best` (كل القتلى من طرف غير محدد)",
           lambda f, s: _deaths(f, "best")),
    Column("best", "`fatalities.best`; empty when not reported", "`fatalities.best`؛ فارغ إن لم يُذكر",
           lambda f, s: _deaths(f, "best")),
    Column("high", "`fatalities.high`", "`fatalities.high`", lambda f, s: _deaths(f, "high")),
    Column("low", "`fatalities.low`", "`fatalities.low`", lambda f, s: _deaths(f, "low")),
)


def row(columns: tuple[Column, ...], facts: EventFacts, settings: Settings) -> list[Any]:
    return ["" if (v := c.value(facts, settings)) is None else v for c in columns]
