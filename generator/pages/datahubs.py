"""Hubs for the map, the statistics and the data downloads, and the charts templates call.

Registered in `kinds.HUBS` like every other hub. The interface words of these
pages are in `WORDS` below (both languages, same keys; a test checks it); the
vocabulary names (event types) come from `strings.EVENT_TYPES`.

Charts count the incidents every export counts: draft and reviewed events
(merged and retracted ones are left out).
"""

from __future__ import annotations

from collections.abc import Iterator

from markupsafe import Markup, escape

from ..exports import FORMATS, feed_path
from ..exports.facts import EXPORTED_STATUSES, language_prefix
from ..records.model import Event
from . import charts
from .graph import Graph
from .kinds import Page
from .strings import EVENT_TYPES
from .view import View, relative_url

WORDS = {
    "en": {
        "feed_title": "Syria incidents knowledge base: latest incidents",
        "map": "Map", "map_intro": "Every incident with a known place. Click a cluster to zoom in, a point to open the incident.",
        "map_text": "The same incidents as a table: the incidents list; as data: the GeoJSON download.",
        "statistics": "Statistics", "statistics_intro": "Incidents and fatalities (best estimates) by month, type, governorate and organization.",
        "per_month": "Incidents per month, by type", "fatalities_per_month": "Fatalities per month, by type",
        "by_governorate": "Incidents by governorate", "fatalities_by_governorate": "Fatalities by governorate",
        "by_organization": "Incidents by organization", "governorate": "governorate", "organization": "organization",
        "over_time": "Incidents over time, by type",
        "data": "Data", "data_intro": "Downloads of every incident (merged and retracted records are left out). "
                                      "They are rebuilt with the site and made by the same code as `kb export`.",
        "file": "File", "format": "Format", "what": "What it holds",
        "acled_csv": "CSV in ACLED's 31 columns and order", "ucdp_csv": "CSV in UCDP GED's columns and order",
        "geojson": "GeoJSON (RFC 7946) FeatureCollection, one feature per incident, [longitude, latitude]",
        "json": "JSON dump of every record (events, people, organizations, places, sources)",
        "feed": "Atom feed of the latest incidents in English", "feed_ar": "Atom feed of the latest incidents in Arabic",
        "columns_acled": "ACLED columns", "columns_ucdp": "UCDP GED columns", "column": "Column",
        "maps_from": "Filled from",
        "columns_intro": "Each column and the field of our records it is filled from. "
                         "Names of actors and places are written in English, else Arabic.",
    },
    "ar": {
        "feed_title": "قاعدة معرفة الحوادث في سوريا: أحدث الحوادث",
        "map": "الخريطة", "map_intro": "كل حادثة معروفة المكان. انقر مجموعة للتكبير، ونقطة لفتح الحادثة.",
        "map_text": "الحوادث نفسها في جدول: قائمة الحوادث؛ وبيانات: ملف GeoJSON.",
        "statistics": "الإحصاءات", "statistics_intro": "الحوادث والقتلى (التقدير المعتمد) بحسب الشهر والنوع والمحافظة والجهة.",
        "per_month": "الحوادث في كل شهر بحسب النوع", "fatalities_per_month": "القتلى في كل شهر بحسب النوع",
        "by_governorate": "الحوادث بحسب المحافظة", "fatalities_by_governorate": "القتلى بحسب المحافظة",
        "by_organization": "الحوادث بحسب الجهة", "governorate": "المحافظة", "organization": "الجهة",
        "over_time": "الحوادث عبر الزمن بحسب النوع",
        "data": "البيانات", "data_intro": "ملفات كل الحوادث للتنزيل (تُستبعد السجلات المدموجة والمسحوبة). "
                                         "تُعاد مع كل بناء للموقع وتصنعها الشيفرة نفسها التي يستعملها `kb export`.",
        "file": "الملف", "format": "الصيغة", "what": "المحتوى",
        "acled_csv": "ملف CSV بأعمدة ACLED الـ31 وترتيبها", "ucdp_csv": "ملف CSV بأعمدة UCDP GED وترتيبها",
        "geojson": "مجموعة معالم GeoJSON ‏(RFC 7946)، معلم لكل حادثة، [خط الطول، خط العرض]",
        "json": "كل السجلات بصيغة JSON (الحوادث والأشخاص والجهات والأماكن والمصادر)",
        "feed": "موجز Atom لأحدث الحوادث بالإنجليزية", "feed_ar": "موجز Atom لأحدث الحوادث بالعربية",
        "columns_acled": "أعمدة ACLED", "columns_ucdp": "أعمدة UCDP GED", "column": "العمود",
        "maps_from": "مصدره في سجلاتنا",
        "columns_intro": "كل عمود والحقل الذي يُملأ منه في سجلاتنا. تُكتب أسماء الأطراف والأماكن بالإنجليزية وإلا بالعربية.",
    },
}

DOWNLOADS = (("csv", "acled_csv"), ("ucdp", "ucdp_csv"), ("geojson", "geojson"), ("json", "json"))


def words(v: View, key: str) -> str:
    return WORDS[v.lang][key]


def exported(graph: Graph) -> list[Event]:
    return [e for e in graph.events_newest_first if e.status in EXPORTED_STATUSES]


def root_href(v: View, path: str) -> str:
    """A link from the page to a file at the site root (data/, feeds), whatever the page's language."""
    here = language_prefix(v.lang, v.settings.default_language) + v.url
    return relative_url(here, path)


def code(text: str) -> Markup:
    """A mapping description with `backticks` as <code>, everything else escaped."""
    parts = str(text).split("`")
    return Markup("".join(f"<code>{escape(p)}</code>" if i % 2 else str(escape(p)) for i, p in enumerate(parts)))


# ---- charts templates call (Jinja global `kb_charts`) -----------------------------

class TemplateCharts:
    """What templates call to draw: `kb_charts.timeline(v)`, `kb_charts.entity(v, kind, id)`."""

    def __init__(self) -> None:
        self._within: dict[int, tuple[Graph, dict[str, list[Event]]]] = {}

    def timeline(self, v: View) -> Markup:
        return Markup(charts.time_chart(exported(v.graph), v.lang, EVENT_TYPES[v.lang], title=words(v, "per_month")))

    def entity(self, v: View, kind: str, record_id: str) -> Markup:
        events = self.entity_events(v.graph, kind, record_id)
        return Markup(charts.time_chart(events, v.lang, EVENT_TYPES[v.lang], title=words(v, "over_time")))

    def entity_events(self, graph: Graph, kind: str, record_id: str) -> list[Event]:
        if kind == "person":
            events = [e for e, _ in graph.person_events.get(record_id, [])]
        elif kind == "organization":
            events = [e for e, _ in graph.org_events.get(record_id, [])]
        elif kind == "place":
            events = self._place_index(graph).get(record_id, [])
        else:
            events = []
        unique = {e.id: e for e in events if e.status in EXPORTED_STATUSES}
        return list(unique.values())

    def _place_index(self, graph: Graph) -> dict[str, list[Event]]:
        """Place id -> the incidents at it or anywhere within it; built once per graph."""
        cached = self._within.get(id(graph))
        if cached is not None and cached[0] is graph:
            return cached[1]
        index: dict[str, list[Event]] = {}
        for event in exported(graph):
            for place in graph.admin_chain(event.place):
                index.setdefault(place.id, []).append(event)
        self._within = {id(graph): (graph, index)}
        return index


kb_charts = TemplateCharts()


# ---- hubs ---------------------------------------------------------------------------

def hub_map(v: View, settings) -> Iterator[Page]:
    types = [(t, EVENT_TYPES[v.lang][t], charts.TYPE_COLOURS[t]) for t in EVENT_TYPES[v.lang]]
    yield Page("map/index.md", v.url, "hub_map.md.j2", words(v, "map"), {},
               {"v": v, "w": WORDS[v.lang], "types": types,
                "geojson": root_href(v, f"data/{FORMATS['geojson'].filename}")})


def hub_statistics(v: View, settings) -> Iterator[Page]:
    g = v.graph
    events = exported(g)
    labels = EVENT_TYPES[v.lang]
    governorates: dict[str, tuple[str, int, int]] = {}
    for event in events:
        chain = g.admin_chain(event.place)
        gov = next((p for p in chain if p.kind == "governorate"), None)
        if gov is None:
            continue
        name, n, deaths = governorates.get(gov.id, (v.plain(gov.name), 0, 0))
        governorates[gov.id] = (name, n + 1, deaths + (event.fatalities.best or 0))
    gov_links = {name: v.record_href("place", pid) or "" for pid, (name, _, _) in governorates.items()}
    orgs = []
    for org in g.live("organization"):
        count = len({e.id for e, _ in g.org_events.get(org.id, []) if e.status in EXPORTED_STATUSES})
        if count:
            orgs.append((org.id, v.plain(org.name), count))
    orgs.sort(key=lambda o: (-o[2], o[1]))
    top = orgs[:20]
    figures = [
        charts.time_chart(events, v.lang, labels, title=words(v, "per_month")),
        charts.time_chart(events, v.lang, labels, title=words(v, "fatalities_per_month"), metric="fatalities"),
        charts.bar_chart([(name, n) for name, n, _ in governorates.values()], v.lang,
                         title=words(v, "by_governorate"), what=words(v, "governorate"), href=gov_links),
        charts.bar_chart([(name, d) for name, _, d in governorates.values()], v.lang,
                         title=words(v, "fatalities_by_governorate"), what=words(v, "governorate"),
                         metric="fatalities", href=gov_links),
        charts.bar_chart([(name, n) for _, name, n in top], v.lang, title=words(v, "by_organization"),
                         what=words(v, "organization"),
                         href={name: v.record_href("organization", oid) or "" for oid, name, _ in top}),
    ]
    yield Page("statistics/index.md", v.url, "hub_statistics.md.j2", words(v, "statistics"), {},
               {"v": v, "w": WORDS[v.lang], "figures": [Markup(f) for f in figures]})


def hub_data(v: View, settings) -> Iterator[Page]:
    downloads = [(root_href(v, f"data/{FORMATS[name].filename}"), FORMATS[name].filename, words(v, key))
                 for name, key in DOWNLOADS]
    for language, key in (("en", "feed"), ("ar", "feed_ar")):
        if language in settings.languages:
            path = feed_path(language, settings.default_language)
            downloads.append((root_href(v, path), path, words(v, key)))
    tables = [(words(v, "columns_acled"), "acled", [(c.name, code(c.mapping(v.lang))) for c in FORMATS["csv"].columns]),
              (words(v, "columns_ucdp"), "ucdp", [(c.name, code(c.mapping(v.lang))) for c in FORMATS["ucdp"].columns])]
    yield Page("data/index.md", v.url, "hub_data.md.j2", words(v, "data"), {},
               {"v": v, "w": WORDS[v.lang], "intro": code(words(v, "data_intro")), "downloads": downloads,
                "tables": tables})


HUBS = {"map": hub_map, "statistics": hub_statistics, "data": hub_data}
