"""Hubs for the map, the statistics and the data downloads, and the charts templates call.

Registered in `hubs.HUBS` like every other hub. The interface words of these
pages are `strings.HUB_WORDS`, the vocabulary names (event types)
`strings.EVENT_TYPES`.

Charts count the incidents every export counts: draft and reviewed events
(merged and retracted ones are left out).
"""

from __future__ import annotations

from collections.abc import Iterator

from markupsafe import Markup

from ..formats import FORMATS, download_path, feed_path
from ..records.model import Event
from ..records.vocab import is_exported
from ..urls import language_prefix
from . import charts, mapdata
from .graph import Graph, event_sort_key
from .mapdata import exported
from .page import Page
from .strings import CHART_WORDS, EVENT_TYPES, HUB_WORDS
from .view import View, code, relative_url

# The organizations the statistics page charts (the rest are counted in the chart's note).
TOP_ORGANIZATIONS = 20
# Record kind -> the interface word naming its records (strings.UI), for the changelog.
KIND_WORDS = {"event": "incidents", "person": "people", "organization": "organizations", "place": "places",
              "source": "sources"}
DOWNLOADS = (("csv", "acled_csv"), ("ucdp", "ucdp_csv"), ("geojson", "geojson"), ("json", "json"))


def words(v: View, key: str) -> str:
    return HUB_WORDS[v.lang][key]


def root_href(v: View, path: str) -> str:
    """A link from the page to a file at the site root (data/, feeds), whatever the page's language."""
    here = language_prefix(v.lang, v.settings.default_language) + v.url
    return relative_url(here, path)


# ---- charts templates call (Jinja global `kb_charts`) -----------------------------

class TemplateCharts:
    """What templates call to draw: `kb_charts.timeline(v)`, `kb_charts.entity(v, kind, id)`."""

    def timeline(self, v: View) -> Markup:
        return Markup(charts.time_chart(exported(v.graph), v.lang, EVENT_TYPES[v.lang], title=words(v, "per_month")))

    def entity(self, v: View, kind: str, record_id: str) -> Markup:
        """A record page's chart; its series, the same in every language, counted once (`Graph.memo`)."""
        series = v.graph.memo(("chart-series", kind, record_id),
                              lambda: charts.time_series(self.entity_events(v.graph, kind, record_id)))
        return Markup(charts.series_chart(series, v.lang, EVENT_TYPES[v.lang], title=words(v, "over_time")))

    def entity_events(self, graph: Graph, kind: str, record_id: str) -> list[Event]:
        if kind == "person":
            events = [e for e, _ in graph.person_events.get(record_id, [])]
        elif kind == "organization":
            events = [e for e, _ in graph.org_events.get(record_id, [])]
        elif kind == "place":
            # At the place or anywhere within it (the same places as the admin chains leading up to it).
            events = list(graph.place_events.get(record_id, []))
            for child in graph.place_descendants(record_id):
                events.extend(graph.place_events.get(child, []))
            events.sort(key=event_sort_key, reverse=True)
        else:
            events = []
        unique = {e.id: e for e in events if is_exported(e)}
        return list(unique.values())


kb_charts = TemplateCharts()


# ---- hubs ---------------------------------------------------------------------------

def hub_map(v: View, settings) -> Iterator[Page]:
    yield Page("map/index.md", v.url, "hub_map.md.j2", words(v, "map"), {},
               {"v": v, "w": HUB_WORDS[v.lang], "points": v.href(mapdata.POINTS_FILE),
                "geojson": root_href(v, download_path("geojson"))})


def hub_statistics(v: View, settings) -> Iterator[Page]:
    g = v.graph
    events = exported(g)
    labels = EVENT_TYPES[v.lang]
    chart_words = CHART_WORDS[v.lang]
    governorates: dict[str, tuple[str, int, int]] = {}
    without_gov, without_gov_deaths = 0, 0
    for event in events:
        gov = g.governorate(event.place)
        if gov is None:
            without_gov += 1
            without_gov_deaths += event.fatalities.best or 0
            continue
        name, n, deaths = governorates.get(gov.id, (v.plain(gov.name), 0, 0))
        governorates[gov.id] = (name, n + 1, deaths + (event.fatalities.best or 0))
    gov_links = {name: v.record_href("place", pid) or "" for pid, (name, _, _) in governorates.items()}
    orgs = []
    for org in g.live("organization"):
        count = len({e.id for e, _ in g.org_events.get(org.id, []) if is_exported(e)})
        if count:
            orgs.append((org.id, v.plain(org.name), count))
    orgs.sort(key=lambda o: (-o[2], o[1]))
    top = orgs[:TOP_ORGANIZATIONS]

    def note(key: str, n: int) -> str:
        return chart_words[key].format(n=n) if n else ""

    figures = [
        charts.time_chart(events, v.lang, labels, title=words(v, "per_month")),
        charts.time_chart(events, v.lang, labels, title=words(v, "fatalities_per_month"), metric="fatalities"),
        charts.bar_chart([(name, n) for name, n, _ in governorates.values()], v.lang,
                         title=words(v, "by_governorate"), what=words(v, "governorate"), href=gov_links,
                         note=note("no_governorate_incidents", without_gov)),
        charts.bar_chart([(name, d) for name, _, d in governorates.values()], v.lang,
                         title=words(v, "fatalities_by_governorate"), what=words(v, "governorate"),
                         metric="fatalities", href=gov_links, note=note("no_governorate_fatalities", without_gov_deaths)),
        charts.bar_chart([(name, n) for _, name, n in top], v.lang, title=words(v, "by_organization"),
                         what=words(v, "organization"),
                         href={name: v.record_href("organization", oid) or "" for oid, name, _ in top},
                         note=chart_words["top_organizations"].format(shown=len(top), total=len(orgs))),
    ]
    yield Page("statistics/index.md", v.url, "hub_statistics.md.j2", words(v, "statistics"), {},
               {"v": v, "w": HUB_WORDS[v.lang], "figures": [Markup(f) for f in figures]})


def hub_data(v: View, settings) -> Iterator[Page]:
    downloads = [(root_href(v, download_path(name)), FORMATS[name].filename, words(v, key))
                 for name, key in DOWNLOADS]
    for language, key in (("en", "feed"), ("ar", "feed_ar")):
        if language in settings.languages:
            path = feed_path(language, settings.default_language)
            downloads.append((root_href(v, path), path, words(v, key)))
    tables = [(words(v, "columns_acled"), "acled", [(c.name, code(c.mapping(v.lang))) for c in FORMATS["csv"].columns]),
              (words(v, "columns_ucdp"), "ucdp", [(c.name, code(c.mapping(v.lang))) for c in FORMATS["ucdp"].columns])]
    g = v.graph

    def version() -> str:  # the same in every language: made once (every record's file, 26,500 at 10,000 incidents)
        return g.history.version(g.store.root, g.record_paths())

    changes = [(change, {action: [(v.s(KIND_WORDS[kind]), n) for (kind, done), n in sorted(change.counts.items())
                                  if done == action] for action in ("added", "changed", "removed")})
               for change in g.history.changes]
    yield Page("data/index.md", v.url, "hub_data.md.j2", words(v, "data"), {},
               {"v": v, "w": HUB_WORDS[v.lang], "intro": code(words(v, "data_intro")), "downloads": downloads,
                "tables": tables, "version": g.memo(("dataset-version",), version), "changes": changes})


HUBS = {"map": hub_map, "statistics": hub_statistics, "data": hub_data}
