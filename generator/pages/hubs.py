"""The hub pages: lists of incidents, people, organizations, places and sources, the timeline, and the
registry of every hub (`HUBS`), with the map, statistics and data hubs of `datahubs.py` and the codebook.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator

from markupsafe import escape

from ..records import vocab
from ..records.model import Event
from .codebook import codebook_page
from .datahubs import HUBS as DATA_HUBS
from .graph import Graph
from .page import Page
from .view import View


# ---- hubs ---------------------------------------------------------------------

def hub_incidents(v: View, settings) -> Iterator[Page]:
    g = v.graph
    events = g.events_newest_first
    limit = settings.hub_max_rows
    totals = {k: sum(1 for _ in g.live(k)) if k != "source" else len(g.store.by_kind["source"])
              for k in ("event", "person", "organization", "place", "source")}
    yield Page("incidents/index.md", v.url, "hub_incidents.md.j2", v.s("incidents"), {},
               {"v": v, "events": events[:limit], "shown": min(limit, len(events)), "total": len(events),
                "totals": totals})


def _by_year(events: list[Event]) -> dict:
    years: dict = defaultdict(list)
    for e in events:
        years[e.date.year if e.date else None].append(e)
    return years


def hub_timeline(v: View, settings) -> Iterator[Page]:
    g = v.graph
    years = _by_year(g.events_newest_first)
    rows = []
    ordered = sorted((y for y in years if y is not None), reverse=True) + ([None] if None in years else [])
    for year in ordered:
        months = [0] * 12
        for e in years[year]:
            if year is not None and e.date_precision != "year":
                months[e.date.month - 1] += 1
        slug = str(year) if year is not None else "undated"
        label = str(year) if year is not None else v.s("undated")
        rows.append({"slug": slug, "label": label, "months": months, "total": len(years[year])})
    yield Page("timeline/index.md", "timeline/", "hub_timeline.md.j2", v.s("timeline"), {},
               {"v": v, "years": rows})
    for year in ordered:
        slug = str(year) if year is not None else "undated"
        url = f"timeline/{slug}/"
        yv = View(g, v.lang, url, settings)
        groups: dict = defaultdict(list)
        for e in years[year]:
            key = e.date.month if (year is not None and e.date_precision != "year") else 0
            groups[key].append(e)
        sections = []
        for key in sorted(groups, reverse=True):
            label = yv.month_year(year, key) if key else (str(year) if year is not None else v.s("undated"))
            sections.append((key, label, groups[key]))
        title = f"{v.s('timeline')}: {year if year is not None else v.s('undated')}"
        yield Page(f"timeline/{slug}.md", url, "hub_timeline_year.md.j2", title, {}, {"v": yv, "months": sections})


def hub_people(v: View, settings) -> Iterator[Page]:
    g = v.graph
    people = sorted(g.live("person"), key=lambda p: (v.plain(p.name).casefold(), p.id))
    rows = [(p, len(g.person_events.get(p.id, []))) for p in people]
    yield Page("people/index.md", v.url, people_body, v.s("people"), {}, {"v": v, "people": rows})


def people_body(*, title: str, v: View, people: list) -> str:
    """The people hub's body, in Python as the entity pages are: every edit of a person renders it again
    (3,000 rows at 10,000 incidents, in each language), and a Jinja loop adds its own cost to each row's."""
    headers = "".join(f"<th>{escape(v.s(label))}</th>" for label in ("name", "aliases", "affiliations", "count"))
    rows = "".join(f"{v.person_row(p, count)}\n" for p, count in people)
    return (f'<div class="kb-hub kb-hub-people">\n<h1 id="kb-title">{escape(title)}</h1>\n'
            f'<p>{escape(v.s("hub_people_intro"))}</p>\n</div>\n\n<div class="kb-table">\n<table>\n'
            f"<thead><tr>{headers}</tr></thead>\n<tbody>\n{rows}</tbody>\n</table>\n</div>\n")


def hub_organizations(v: View, settings) -> Iterator[Page]:
    g = v.graph
    groups = []
    orgs = sorted(g.live("organization"), key=lambda o: (v.plain(o.name).casefold(), o.id))
    for category in vocab.ORG_CATEGORIES:
        members = [(o, len(g.org_events.get(o.id, []))) for o in orgs if o.category == category]
        if members:
            groups.append((category, members))
    yield Page("organizations/index.md", v.url, "hub_organizations.md.j2", v.s("organizations"), {},
               {"v": v, "groups": groups})


def hub_places(v: View, settings) -> Iterator[Page]:
    g = v.graph
    places = {p.id: p for p in g.live("place")}

    def node(pid: str, seen: frozenset) -> dict:
        p = places[pid]
        children = [node(c, seen | {pid}) for c in sorted(g.place_children.get(pid, []),
                                                          key=lambda c: v.plain(places[c].name).casefold())
                    if c in places and c not in seen]
        return {"id": pid, "kind": p.kind, "count": len(g.place_events.get(pid, [])), "children": children}

    roots = [pid for pid, p in places.items() if not g.resolve("place", p.parent) or g.resolve("place", p.parent) == pid]
    # Places caught in a parent cycle have no root; list them at the top so none is lost.
    reachable: set[str] = set()
    stack = list(roots)
    while stack:
        pid = stack.pop()
        if pid not in reachable:
            reachable.add(pid)
            stack.extend(g.place_children.get(pid, []))
    roots += [pid for pid in places if pid not in reachable]
    roots.sort(key=lambda pid: v.plain(places[pid].name).casefold())
    yield Page("places/index.md", v.url, "hub_places.md.j2", v.s("places"), {},
               {"v": v, "roots": [node(r, frozenset()) for r in roots]})


def hub_sources(v: View, settings) -> Iterator[Page]:
    g = v.graph
    sources = sorted(g.store.records("source"), key=lambda s: (s.published_date or dt.date.min, s.id), reverse=True)
    rows = [(s, len(g.source_events.get(s.id, []))) for s in sources[:settings.hub_max_rows]]
    yield Page("sources/index.md", v.url, "hub_sources.md.j2", v.s("sources"), {}, {"v": v, "sources": rows})


# Hub pages: (folder, producer). The folder is the hub's URL and is owned by the generator.
HUBS: dict[str, Callable[[View, object], Iterator[Page]]] = {
    "incidents": hub_incidents,
    "timeline": hub_timeline,
    "people": hub_people,
    "organizations": hub_organizations,
    "places": hub_places,
    "sources": hub_sources,
}


# Map, statistics and data downloads (generator/pages/datahubs.py) register the same way.
HUBS.update(DATA_HUBS)


def hub_pages(graph: Graph, language: str, settings, name: str) -> Iterator[Page]:
    """The pages of one hub: one of `HUBS`, or the codebook."""
    if name == "codebook":
        yield codebook_page(View(graph, language, "codebook/", settings))
    else:
        yield from HUBS[name](View(graph, language, f"{name}/", settings), settings)
