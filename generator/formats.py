"""The downloads the site offers: each file's name and media type, and what every CSV column holds.

The exports (`generator/exports`) write these files; the Data page
(`generator/pages/datahubs.py`) links and documents them. Both read this one
list, so the page cannot drift from the files. A column's value is computed in
`exports/columns.py`, keyed by the column names below (a name without a value,
or a value without a name, stops the import).

- ACLED: the 31 columns of ACLED's data export, in its order (codebook 2024+).
- UCDP GED: the 47 columns of the GED event dataset (version 25.1), in its order.
"""

from __future__ import annotations

from dataclasses import dataclass

from .urls import PAGE_FOLDERS, language_prefix

DATA_FOLDER = "data"  # at the site root, shared by every language


@dataclass(frozen=True)
class ColumnDoc:
    name: str
    en: str  # how the column maps to our fields, in English (`backticks` name fields)
    ar: str  # the same, in Arabic

    def mapping(self, language: str) -> str:
        return self.ar if language == "ar" else self.en


ACLED: tuple[ColumnDoc, ...] = (
    ColumnDoc("event_id_cnty", "`id` of the event record (our own ids, not ACLED's)",
              "`id`: معرّف سجل الحادثة (معرّفاتنا لا معرّفات ACLED)"),
    ColumnDoc("event_date", "`date` (`YYYY-MM-DD`); empty when unknown",
              "`date` بصيغة `YYYY-MM-DD`؛ فارغ إن كان مجهولاً"),
    ColumnDoc("year", "year of `date`",
              "سنة `date`"),
    ColumnDoc("time_precision", "`date_precision`: day 1, days/week 2, month/year 3",
              "`date_precision`: يوم 1، أيام/أسبوع 2، شهر/سنة 3"),
    ColumnDoc("disorder_type", "from `sub_type` (ACLED's grouping)",
              "مشتق من `sub_type` (تصنيف ACLED)"),
    ColumnDoc("event_type", "`type`, as ACLED's label",
              "`type` بتسمية ACLED"),
    ColumnDoc("sub_event_type", "`sub_type`, as ACLED's label",
              "`sub_type` بتسمية ACLED"),
    ColumnDoc("actor1", "name of the first actor with `side: a`",
              "اسم أول فاعل في `side: a`"),
    ColumnDoc("assoc_actor_1", "other `side: a` actors, then `side: associated_a`, separated by `; `",
              "بقية فاعلي `side: a` ثم `side: associated_a`، تفصل بينها `; `"),
    ColumnDoc("inter1", "ACLED `inter` code (1-8) of actor1's organization `category`",
              "رمز `inter` في ACLED (1-8) من `category` منظمة الفاعل الأول"),
    ColumnDoc("actor2", "name of the first actor with `side: b`",
              "اسم أول فاعل في `side: b`"),
    ColumnDoc("assoc_actor_2", "other `side: b` actors, then `side: associated_b`",
              "بقية فاعلي `side: b` ثم `side: associated_b`"),
    ColumnDoc("inter2", "ACLED `inter` code of actor2's `category`",
              "رمز `inter` لفئة الفاعل الثاني"),
    ColumnDoc("interaction", "`inter1` and `inter2` combined, smaller first (e.g. 12); 10 × code for a sole actor",
              "`inter1` و`inter2` معاً، الأصغر أولاً (مثل 12)؛ 10 × الرمز لفاعل وحيد"),
    ColumnDoc("civilian_targeting", "`civilian_targeting`: `Civilian targeting` when true, else empty",
              "`civilian_targeting`: `Civilian targeting` إن كانت صحيحة، وإلا فارغ"),
    ColumnDoc("iso", "ISO 3166 numeric code of the country (setting `country_iso`, 760 for Syria)",
              "رمز ISO 3166 الرقمي للبلد (الإعداد `country_iso`، ‏760 لسوريا)"),
    ColumnDoc("region", "ACLED region (setting `region`)",
              "منطقة ACLED (الإعداد `region`)"),
    ColumnDoc("country", "the country at the top of `place`'s parent chain",
              "البلد في أعلى سلسلة `parent` للمكان"),
    ColumnDoc("admin1", "the governorate in `place`'s parent chain",
              "المحافظة في سلسلة المكان"),
    ColumnDoc("admin2", "the district in the chain",
              "المنطقة (الناحية الإدارية الثانية) في السلسلة"),
    ColumnDoc("admin3", "the subdistrict in the chain",
              "الناحية في السلسلة"),
    ColumnDoc("location", "name of `place`",
              "اسم `place`"),
    ColumnDoc("latitude", "`coordinates.lat` of the place (or of its nearest parent below the country)",
              "`coordinates.lat` للمكان (أو لأقرب مكان أعلى منه دون البلد)"),
    ColumnDoc("longitude", "`coordinates.lon`, likewise",
              "`coordinates.lon` كذلك"),
    ColumnDoc("geo_precision", "`geo_precision` (1 when empty); 3 when a parent's coordinates were used",
              "`geo_precision` (‏1 إن كان فارغاً)؛ 3 إن استُعملت إحداثيات مكان أعلى"),
    ColumnDoc("source", "outlet names of the event's `sources`, separated by `; `",
              "أسماء وسائل الإعلام في `sources`، تفصل بينها `; `"),
    ColumnDoc("source_scale", "empty: we do not record it",
              "فارغ: لا نسجّله"),
    ColumnDoc("notes", "`summary` (English, else Arabic), else the title",
              "`summary` (بالإنكليزية وإلا بالعربية)، وإلا العنوان"),
    ColumnDoc("fatalities", "`fatalities.best`; 0 when not reported (ACLED's convention)",
              "`fatalities.best`؛ 0 إن لم يُذكر (عرف ACLED)"),
    ColumnDoc("tags", "`tags`, separated by `; `",
              "`tags` تفصل بينها `; `"),
    ColumnDoc("timestamp", "latest `retrieved` time of the event's sources, as Unix seconds",
              "آخر وقت `retrieved` لمصادر الحادثة بثواني يونكس"),
)

UCDP: tuple[ColumnDoc, ...] = (
    ColumnDoc("id", "`id` of the event record",
              "`id`: معرّف سجل الحادثة"),
    ColumnDoc("relid", "`id` again (we have no UCDP release id)",
              "`id` مرة أخرى (لا معرّف إصدار UCDP لدينا)"),
    ColumnDoc("year", "year of `date`",
              "سنة `date`"),
    ColumnDoc("active_year", "empty (a UCDP conflict-year notion)",
              "فارغ (مفهوم خاص بـUCDP)"),
    ColumnDoc("code_status", "`status`: reviewed → `Clear`, draft → `Check`",
              "`status`: مراجَع ← `Clear`، مسودة ← `Check`"),
    ColumnDoc("type_of_violence", "from `type` and the actors' categories: battles and explosions with state or "
           "external forces 1, without 2; violence against civilians 3; otherwise empty",
              "من `type` وفئات الفاعلين: معارك وتفجيرات بمشاركة قوات حكومية أو خارجية 1، وبدونها 2؛ "
           "العنف ضد المدنيين 3؛ وإلا فارغ"),
    ColumnDoc("conflict_dset_id", "empty",
              "فارغ"),
    ColumnDoc("conflict_new_id", "empty",
              "فارغ"),
    ColumnDoc("conflict_name", "empty (we do not code UCDP conflicts)",
              "فارغ (لا نرمّز نزاعات UCDP)"),
    ColumnDoc("dyad_dset_id", "empty",
              "فارغ"),
    ColumnDoc("dyad_new_id", "empty",
              "فارغ"),
    ColumnDoc("dyad_name", "`side_a - side_b`",
              "`side_a - side_b`"),
    ColumnDoc("side_a_dset_id", "empty",
              "فارغ"),
    ColumnDoc("side_a_new_id", "empty",
              "فارغ"),
    ColumnDoc("side_a", "names of the `side: a` and `associated_a` actors, separated by `, `",
              "أسماء فاعلي `side: a` و`associated_a` تفصل بينها `, `"),
    ColumnDoc("side_b_dset_id", "empty",
              "فارغ"),
    ColumnDoc("side_b_new_id", "empty",
              "فارغ"),
    ColumnDoc("side_b", "names of the `side: b` and `associated_b` actors",
              "أسماء فاعلي `side: b` و`associated_b`"),
    ColumnDoc("number_of_sources", "number of `sources`",
              "عدد `sources`"),
    ColumnDoc("source_article", "per source: outlet, title, published date, url; sources separated by `; `",
              "لكل مصدر: الوسيلة والعنوان وتاريخ النشر والرابط؛ تفصل بين المصادر `; `"),
    ColumnDoc("source_office", "outlet names",
              "أسماء وسائل الإعلام"),
    ColumnDoc("source_date", "`published` dates of the sources",
              "تواريخ `published` للمصادر"),
    ColumnDoc("source_headline", "`title` of the sources, in their language",
              "`title` للمصادر بلغتها"),
    ColumnDoc("source_original", "`attribution` of the sources (whom the outlet credits)",
              "`attribution` للمصادر (من تنسب إليه الوسيلة الخبر)"),
    ColumnDoc("where_prec", "from `geo_precision`: 1 → 1, 2 → 2, 3 → 4",
              "من `geo_precision`: ‏1 ← 1، 2 ← 2، 3 ← 4"),
    ColumnDoc("where_coordinates", "name of `place`",
              "اسم `place`"),
    ColumnDoc("where_description", "`place_detail`",
              "`place_detail`"),
    ColumnDoc("adm_1", "the governorate in `place`'s parent chain",
              "المحافظة في سلسلة المكان"),
    ColumnDoc("adm_2", "the district in the chain",
              "المنطقة في السلسلة"),
    ColumnDoc("latitude", "as in the ACLED export",
              "كما في تصدير ACLED"),
    ColumnDoc("longitude", "as in the ACLED export",
              "كما في تصدير ACLED"),
    ColumnDoc("geom_wkt", "`POINT (longitude latitude)`",
              "`POINT (longitude latitude)`"),
    ColumnDoc("priogrid_gid", "PRIO-GRID cell of the point, computed",
              "خلية PRIO-GRID للنقطة، محسوبة"),
    ColumnDoc("country", "the country at the top of the chain",
              "البلد في أعلى السلسلة"),
    ColumnDoc("country_id", "Gleditsch-Ward code (setting `country_gwno`, 652 for Syria)",
              "رمز Gleditsch-Ward (الإعداد `country_gwno`، ‏652 لسوريا)"),
    ColumnDoc("region", "setting `region`",
              "الإعداد `region`"),
    ColumnDoc("event_clarity", "empty",
              "فارغ"),
    ColumnDoc("date_prec", "`date_precision`: day 1, days 2, week 3, month 4, year 5",
              "`date_precision`: يوم 1، أيام 2، أسبوع 3، شهر 4، سنة 5"),
    ColumnDoc("date_start", "`date`",
              "`date`"),
    ColumnDoc("date_end", "`date_end`, else `date`",
              "`date_end` وإلا `date`"),
    ColumnDoc("deaths_a", "empty: we do not split deaths by side",
              "فارغ: لا نقسم القتلى بحسب الطرف"),
    ColumnDoc("deaths_b", "empty",
              "فارغ"),
    ColumnDoc("deaths_civilians", "empty",
              "فارغ"),
    ColumnDoc("deaths_unknown", "`fatalities.best` (all deaths are of unknown side)",
              "`fatalities.best` (كل القتلى من طرف غير محدد)"),
    ColumnDoc("best", "`fatalities.best`; empty when not reported",
              "`fatalities.best`؛ فارغ إن لم يُذكر"),
    ColumnDoc("high", "`fatalities.high`",
              "`fatalities.high`"),
    ColumnDoc("low", "`fatalities.low`",
              "`fatalities.low`"),
)

@dataclass(frozen=True)
class Format:
    name: str  # as `kb export --format` takes it
    filename: str  # under DATA_FOLDER in the built site
    media_type: str
    columns: tuple[ColumnDoc, ...] = ()


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("csv", "incidents-acled.csv", "text/csv", ACLED),
        Format("ucdp", "incidents-ucdp-ged.csv", "text/csv", UCDP),
        Format("geojson", "incidents.geojson", "application/geo+json"),
        Format("json", "records.json", "application/json"),
    )
}


def record_json_path(kind: str, record_id: str) -> str:
    """Site-relative path of one record as JSON (`data/records/<page folder>/<id>.json`)."""
    return f"{DATA_FOLDER}/records/{PAGE_FOLDERS[kind]}/{record_id}.json"


def download_path(name: str) -> str:
    """Site-relative path of a download (`data/<file name>`)."""
    return f"{DATA_FOLDER}/{FORMATS[name].filename}"


def feed_path(language: str, default_language: str = "en") -> str:
    """Site-relative path of a language's Atom feed: `feed.xml` at the root for the default language."""
    return f"{language_prefix(language, default_language)}feed.xml"
