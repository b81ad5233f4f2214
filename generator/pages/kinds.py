"""The page kinds: one per record kind plus the hubs, each with its template and context.

A page kind is registered in `PAGE_KINDS` (record pages) or `HUBS` (hub pages);
`generate` walks the registries, so adding a kind does not add an `if`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..records import vocab
from ..records.model import Event
from ..urls import PAGE_FOLDERS
from .graph import Graph, counts_by_year
from .view import DIRECTION, View, event_title, page_url, source_anchor


@dataclass(frozen=True)
class Page:
    """One page to write: its path under the language folder, URL, template, title, meta and context."""

    path: str
    url: str
    template: str
    title: str
    meta: dict
    context: dict


@dataclass(frozen=True)
class RecordPageKind:
    kind: str
    template: str
    context: Callable[[View, object], dict]
    # The words besides the title that find the page in search (see "search documents" below).
    search: Callable[[View, object], list[str]]


ORDER_SIDES = {s: i for i, s in enumerate(vocab.SIDES)}
ORDER_ROLES = {r: i for i, r in enumerate(vocab.PERSON_ROLES)}


def _meta(v: View, kind: str, record) -> dict:
    return {"kb": {"kind": kind, "id": record.id, "record": v.graph.path_of(kind, record.id).as_posix()}}


# ---- search documents -----------------------------------------------------------
# A record page is one search document: its title plus `kb.search_text` from its front matter,
# which the `kb` MkDocs plugin adds to the index instead of Material's sections. Not the whole page: its tables repeat what the linked records' own documents
# say, and with them the index of a 10,000-incident site was 174 MB, which a reader's browser
# downloads before showing the first result.

def _names(record) -> list[str]:
    """A person's, organization's or place's names in both languages and every alias."""
    return [n for n in (record.name.en, record.name.ar) if n] + record.aliases.en + record.aliases.ar


def _name(v: View, kind: str, record_id: str | None) -> str:
    record = v.graph.record(kind, record_id)  # the survivor's name when merged
    return v.plain(record.name) if record is not None else ""


def incident_search(v: View, e: Event) -> list[str]:
    return [v.event_date(e), v.term("event_type", e.type), v.term("sub_type", e.sub_type),
            *(v.plain(p.name) for p in v.graph.admin_chain(e.place)),
            *(_name(v, "organization", ref.id) for ref in e.actors),
            *(_name(v, "person", ref.id) for ref in e.people), v.plain(e.summary),
            *(_source_words(v, claim.source) for claim in e.sources)]


def _source_words(v: View, source_id: str) -> str:
    """A cited article's outlet and headline: searching for an article finds the incidents it reports."""
    source = v.graph.record("source", source_id)
    if source is None:
        return ""
    return " ".join(x for x in (v.plain(source.outlet.name), v.plain(source.title)) if x)


def person_search(v: View, p) -> list[str]:
    return [*_names(p), *(_name(v, "organization", a.org) for a in p.affiliations), v.plain(p.description)]


def organization_search(v: View, o) -> list[str]:
    return [*_names(o), v.term("category", o.category), _name(v, "organization", o.parent), v.plain(o.description)]


def place_search(v: View, p) -> list[str]:
    return [*_names(p), v.term("kind", p.kind), *(v.plain(c.name) for c in v.graph.admin_chain(p.parent))]


def search_text(parts: list[str]) -> str:
    return " · ".join(dict.fromkeys(p for p in parts if p))


# ---- record pages -------------------------------------------------------------

def incident_context(v: View, e: Event) -> dict:
    g = v.graph
    chain = g.admin_chain(e.place)
    place = chain[0] if chain else None
    coords = place.coordinates if place else None
    actors_by_side = defaultdict(list)
    for ref in e.actors:
        actors_by_side[ref.side].append(ref)
    people_by_role = defaultdict(list)
    for ref in e.people:
        people_by_role[ref.role].append(ref)
    claims = []
    for claim in e.sources:
        source = g.record("source", claim.source)
        language = source.language if source else v.lang
        claims.append({
            "claim": claim, "source": source, "lang": language, "dir": DIRECTION[language],
            "archived": archive_file(g, source) is not None, "anchor": source_anchor(claim.source),
            "others": [other for other in g.source_events.get(claim.source, []) if other.id != e.id],
        })
    low, high = e.fatalities.low, e.fatalities.high
    range_html = v.num(low) + " – " + v.num(high) if (low is not None or high is not None) else ""
    return {
        "chain": chain, "coords": coords, "place_label": v.plain(place.name) if place else "",
        "actors_by_side": sorted(actors_by_side.items(), key=lambda kv: ORDER_SIDES[kv[0]]),
        "people_by_role": sorted(people_by_role.items(), key=lambda kv: ORDER_ROLES[kv[0]]),
        "claims": claims, "range_html": range_html,
    }


def archive_file(g: Graph, source) -> Path | None:
    """The archived article text file of a source (inside the knowledge base), or None when it is missing.

    Pages do not inline the text: the site ships each file once (the `kb` MkDocs plugin copies it to
    `archive/<source id>.txt`, see `archive_files`) and pages link to it and load it on demand.
    """
    if source is None:
        return None
    return g.memo(("archive", source.id), lambda: source_archive(g.store, source.id))


def source_archive(store, source_id: str) -> Path | None:
    entry = store.by_kind["source"].get(source_id)
    if entry is None or not entry.record.text_file:
        return None
    path = (entry.path.parent / entry.record.text_file).resolve()
    if path.is_relative_to(store.root.resolve()) and path.is_file():
        return path
    return None


def archive_files(store) -> dict[str, Path]:
    """Source id -> its archived text file, for every source that has one (what the site ships in archive/)."""
    found = {}
    for source_id in store.by_kind["source"]:
        path = source_archive(store, source_id)
        if path is not None:
            found[source_id] = path
    return found


def _related(g: Graph, events: list[Event], kind: str, exclude: str) -> list[str]:
    found: dict[str, None] = {}
    for e in events:
        if kind == "organization":
            ids = [g.resolve("organization", r.id) for r in e.actors]
        elif kind == "person":
            ids = [g.resolve("person", r.id) for r in e.people]
        else:
            ids = [g.resolve("place", e.place)]
        for i in ids:
            if i and i != exclude:
                found[i] = None
    return sorted(found)


def person_context(v: View, p) -> dict:
    g = v.graph
    rows = g.person_events.get(p.id, [])
    events = [e for e, _ in rows]
    orgs = set(_related(g, events, "organization", "")) | {
        x for x in (g.resolve("organization", a.org) for a in p.affiliations) if x}
    return {
        "rows": rows, "related_orgs": sorted(orgs), "related_people": _related(g, events, "person", p.id),
        "related_places": _related(g, events, "place", ""), "counts": counts_by_year(events),
    }


def organization_context(v: View, o) -> dict:
    g = v.graph
    rows = g.org_events.get(o.id, [])
    events = [e for e, _ in rows]
    return {
        "rows": rows, "inter": vocab.ORG_CATEGORIES[o.category], "children": g.org_children.get(o.id, []),
        "members": g.org_people.get(o.id, []), "related_orgs": _related(g, events, "organization", o.id),
        "related_places": _related(g, events, "place", ""), "outlet_sources": g.outlet_sources.get(o.id, []),
        "counts": counts_by_year(events),
    }


MAX_WITHIN_ROWS = 200


def place_context(v: View, p) -> dict:
    g = v.graph
    here = g.place_events.get(p.id, [])
    within: list[Event] = []
    for child in g.place_descendants(p.id):
        within.extend(g.place_events.get(child, []))
    within.sort(key=lambda e: (e.date or dt.date.min, e.id), reverse=True)
    return {
        "chain": g.admin_chain(p.id), "children": g.place_children.get(p.id, []), "here": here,
        "within": within[:MAX_WITHIN_ROWS], "related_orgs": _related(g, here, "organization", ""),
        "counts": counts_by_year(here + within),
    }


PAGE_KINDS: dict[str, RecordPageKind] = {
    k.kind: k for k in (
        RecordPageKind("event", "incident.md.j2", incident_context, incident_search),
        RecordPageKind("person", "person.md.j2", person_context, person_search),
        RecordPageKind("organization", "organization.md.j2", organization_context, organization_search),
        RecordPageKind("place", "place.md.j2", place_context, place_search),
    )
}


def record_title(v: View, kind: str, record) -> str:
    if kind == "event":
        return event_title(v.s, v.graph, record)
    return record.name.any(v.lang)


def record_page(graph: Graph, language: str, settings, kind: str, record) -> Page:
    """The page of one record (a redirect when it is merged)."""
    page_kind = PAGE_KINDS[kind]
    url = page_url(kind, record.id)
    path = f"{PAGE_FOLDERS[kind]}/{record.id}.md"
    v = View(graph, language, url, settings)
    if getattr(record, "status", None) == "merged":
        return redirect_page(v, kind, record, path, url)
    title = record_title(v, kind, record)
    meta = _meta(v, kind, record)
    meta["kb"]["search_text"] = search_text(page_kind.search(v, record))
    return Page(path, url, page_kind.template, title, meta, {"v": v, "record": record, **page_kind.context(v, record)})


def redirect_page(v: View, kind: str, record, path: str, url: str) -> Page:
    target = v.graph.resolve(kind, record.id)
    target_url = v.record_href(kind, record.id) if target and target != record.id else None
    title = record_title(v, kind, record)
    meta = _meta(v, kind, record)
    if target_url:
        meta["kb_redirect"] = target_url
    label = record_title(v, kind, v.graph.record(kind, target)) if target_url else record.merged_into
    return Page(path, url, "redirect.md.j2", title, meta,
                {"v": v, "target_url": target_url or "", "target_label": label})


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
        months = []
        for key in sorted(groups, reverse=True):
            label = yv.month_year(year, key) if key else (str(year) if year is not None else v.s("undated"))
            months.append((key, label, groups[key]))
        title = f"{v.s('timeline')}: {year if year is not None else v.s('undated')}"
        yield Page(f"timeline/{slug}.md", url, "hub_timeline_year.md.j2", title, {}, {"v": yv, "months": months})


def hub_people(v: View, settings) -> Iterator[Page]:
    g = v.graph
    people = sorted(g.live("person"), key=lambda p: (v.plain(p.name).casefold(), p.id))
    rows = [(p, len(g.person_events.get(p.id, []))) for p in people]
    yield Page("people/index.md", v.url, "hub_people.md.j2", v.s("people"), {}, {"v": v, "people": rows})


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
from .datahubs import HUBS as _DATA_HUBS  # noqa: E402  (needs Page, defined above)

HUBS.update(_DATA_HUBS)

