"""Hubs for the map, the statistics and the data downloads, and the charts templates call.

Registered in `kinds.HUBS` like every other hub. The interface words of these
pages are `strings.HUB_WORDS`, the vocabulary names (event types)
`strings.EVENT_TYPES`.

Charts count the incidents every export counts: draft and reviewed events
(merged and retracted ones are left out).
"""

from __future__ import annotations

from collections.abc import Iterator

from markupsafe import Markup, escape

from ..exports import FORMATS, feed_path
from ..exports.facts import is_exported
from ..records.model import Event
from ..urls import language_prefix
from . import charts
from .graph import Graph, event_sort_key
from .kinds import Page
from .strings import EVENT_TYPES, HUB_WORDS
from .view import View, relative_url

DOWNLOADS = (("csv", "acled_csv"), ("ucdp", "ucdp_csv"), ("geojson", "geojson"), ("json", "json"))


def words(v: View, key: str) -> str:
    return HUB_WORDS[v.lang][key]


def exported(graph: Graph) -> list[Event]:
    return [e for e in graph.events_newest_first if is_exported(e)]


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
    types = [(t, EVENT_TYPES[v.lang][t], charts.TYPE_COLOURS[t]) for t in EVENT_TYPES[v.lang]]
    yield Page("map/index.md", v.url, "hub_map.md.j2", words(v, "map"), {},
               {"v": v, "w": HUB_WORDS[v.lang], "types": types,
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
        count = len({e.id for e, _ in g.org_events.get(org.id, []) if is_exported(e)})
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
               {"v": v, "w": HUB_WORDS[v.lang], "figures": [Markup(f) for f in figures]})


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
               {"v": v, "w": HUB_WORDS[v.lang], "intro": code(words(v, "data_intro")), "downloads": downloads,
                "tables": tables})


HUBS = {"map": hub_map, "statistics": hub_statistics, "data": hub_data}
