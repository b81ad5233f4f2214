"""The record pages: one page kind per record kind, each with its template, context and search words.

A page kind is registered in `PAGE_KINDS`; `generate` walks it (and the hubs of
`hubs.py`), so adding a kind does not add an `if`.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markupsafe import Markup, escape

from ..records import vocab
from ..records.model import Event
from ..urls import PAGE_FOLDERS
from .cite import record_footer
from .graph import Graph, counts_by_year
from .entitypages import organization_body, person_body, place_body
from .incidentpage import incident_body
from .page import Page
from .view import DIRECTION, View, event_title, page_url, source_anchor


@dataclass(frozen=True)
class RecordPageKind:
    kind: str
    template: str | Callable[..., str]  # a template's name, or what renders the body in Python (render_page)
    context: Callable[[View, Any], dict]
    # The words besides the title that find the page in search (see "search documents" below).
    search: Callable[[View, Any], list[str]]
    # Whether `context` reads nothing of the page's language (only the graph): then it is made once for every
    # language (`Graph.memo`, which notes its reads for each page using it).
    same_context: bool = False


ORDER_SIDES = {s: i for i, s in enumerate(vocab.SIDES)}
ORDER_ROLES = {r: i for i, r in enumerate(vocab.PERSON_ROLES)}


def _meta(v: View, kind: str, record) -> dict:
    return {"kb": {"kind": kind, "id": record.id, "record": v.graph.path_of(kind, record.id)}}


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
    """Date, type, places, actors, people, summary and headlines: the place, the actors and the people by
    every name and alias they have (searching "Jassim" finds the incidents at Jasim)."""
    chain = v.graph.admin_chain(e.place)
    return [v.event_date(e), v.term("event_type", e.type), v.term("sub_type", e.sub_type),
            *(_names(chain[0]) if chain else []), *(v.plain(p.name) for p in chain[1:]),
            *_all_names(v, "organization", [ref.id for ref in e.actors]),
            *_all_names(v, "person", [ref.id for ref in e.people]), v.plain(e.summary),
            *(_source_words(v, claim.source) for claim in e.sources)]


def _all_names(v: View, kind: str, ids: list[str]) -> list[str]:
    records = (v.graph.record(kind, record_id) for record_id in ids)  # the survivors of merged ones
    return [name for record in records if record is not None for name in _names(record)]


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
    for person in e.people:
        people_by_role[person.role].append(person)
    claims = []
    for claim in e.sources:
        source = g.record("source", claim.source)
        language = source.language if source else v.lang
        claims.append({
            "claim": claim, "source": source, "lang": language, "dir": DIRECTION[language],
            "archived": archive_file(g, source) is not None, "anchor": source_anchor(claim.source),
            "others": [other for other in g.source_events.get(claim.source, []) if other.id != e.id],
        })
    return {
        "chain": chain, "coords": coords, "place_label": v.plain(place.name) if place else "",
        "actors_by_side": sorted(actors_by_side.items(), key=lambda kv: ORDER_SIDES[kv[0]]),
        "people_by_role": sorted(people_by_role.items(), key=lambda kv: ORDER_ROLES[kv[0]]),
        "claims": claims, "range_html": fatality_range(v, e.fatalities),
    }


def fatality_range(v: View, fatalities) -> Markup:
    """"3 – 17"; one number when both ends are the same; "at least 3" or "at most 17" when one end is unknown;
    nothing when there is no range or it says no more than the best estimate."""
    low, high = fatalities.low, fatalities.high
    if (low is None and high is None) or low == high == fatalities.best:
        return Markup("")
    if low is None or high is None:
        return Markup(escape(v.s("at_least" if high is None else "at_most"))).format(n=v.num(low if high is None else high))
    if low == high:
        return v.num(low)
    return v.num(low) + Markup(" – ") + v.num(high)


def archive_file(g: Graph, source) -> Path | None:
    """The archived article text file of a source (inside the knowledge base), or None when it is missing.

    Pages do not inline the text: the site ships each file once (`exports.copy_archives` copies it to
    `archive/<source id>.txt`) and pages link to it and load it on demand.
    """
    if source is None:
        return None
    return g.memo(("archive", source.id), lambda: g.store.archive_file(source.id))


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
        RecordPageKind("event", incident_body, incident_context, incident_search),
        RecordPageKind("person", person_body, person_context, person_search, same_context=True),
        RecordPageKind("organization", organization_body, organization_context, organization_search,
                       same_context=True),
        RecordPageKind("place", place_body, place_context, place_search, same_context=True),
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
    if page_kind.same_context:
        context = graph.memo(("context", kind, record.id), lambda: page_kind.context(v, record))
    else:
        context = page_kind.context(v, record)
    return Page(path, url, page_kind.template, title, meta,
                {"v": v, "record": record, "footer": record_footer(v, kind, record, title), **context})


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
