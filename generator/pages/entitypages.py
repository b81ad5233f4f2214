"""The bodies of the person, organization and place pages, written in Python.

They were Jinja templates (person.md.j2, organization.md.j2, place.md.j2), a fifth of a full run's
profile after the incident pages moved to Python (pages/incidentpage.py): Jinja's call and attribute
machinery around the View helpers. Each value is escaped once with `markupsafe.escape`, as the
templates' autoescape did, and each function returns the text its template gave before `_tidy`
(pages/render.py), lines and all: a block tag's line break was dropped (Jinja's `trim_blocks`), so
an optional infobox row runs on into the next row's line as it did there. Full runs of the sample,
edge-case and benchmark knowledge bases give the same files byte for byte as the templates did
(docs/benchmarks.md); tests/test_pages_entitypages.py checks each branch.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import escape

from .pieces import counts as yearly_counts
from .pieces import footer_html, incident_table, link_list, names, role_table, status_badge
from .view import View, code


def _head(v: View, kind: str, record) -> str:
    """The record's box up to its names: the title, the draft or retracted banner, the names rows."""
    return (f'<div class="kb-record kb-{kind}" data-kb-kind="{kind}" data-kb-id="{escape(record.id)}">\n'
            f'<h1 id="kb-title">{v.text(record.name)}</h1>\n'
            f'{status_badge(v, record)}\n<dl class="kb-infobox">\n{names(v, record)}\n')


def _external(v: View, label: str, url: str, value) -> str:
    """The external ids row: a link to the record's entry in Wikidata or GeoNames, or "none"."""
    shown = f"{label}: {v.external(url + str(value), str(value))}" if value else v.label("none")
    return f'<dt>{v.label("external_ids")}</dt><dd>{shown}</dd>\n'


def _status(v: View, record) -> str:
    return (f'<dt>{v.label("status")}</dt><dd><span class="kb-status kb-status--{escape(record.status)}">'
            f'{v.term_label("status", record.status)}</span></dd>\n</dl>\n')


def _description(v: View, record) -> str:
    """The description (no line break of its own), then the end of the record's box."""
    text = (f'<div class="kb-description">{v.text(record.description, block=True)}</div>'
            if record.description else "")
    return f"{text}</div>\n\n"


def _row(v: View, label: str, value) -> str:
    """An optional infobox row: no line break after it (see the module's comment)."""
    return f"<dt>{v.label(label)}</dt><dd>{value}</dd>"


def _section(v: View, heading: str, body) -> str:
    return f"## {v.label(heading)}\n\n{body}\n\n"


def _backlinks(v: View, rows: list, column: str, vocabulary: str) -> str:
    """The incidents the record takes part in, or "none"."""
    table = (f"{role_table(v, rows, column, vocabulary)}\n" if rows
             else f'<p class="kb-none">{v.label("none")}</p>\n')
    return f'## {v.label("appears_in")}\n\n{table}\n'


def _related(v: View, lists: Iterable[tuple[str, str, list]]) -> str:
    """The related actors: one row per kind that has any; nothing when none has."""
    rows = "".join(_row(v, label, link_list(v, kind, ids)) for label, kind, ids in lists if ids)
    if not rows:
        return ""
    return f'## {v.label("related_actors")}\n\n<div class="kb-related">\n<dl>\n{rows}</dl>\n</div>\n\n'


def _end(v: View, kind: str, record_id: str, rows: list, footer: dict) -> str:
    """The yearly counts (when there are any) and the footer."""
    yearly = _section(v, "counts_over_time", yearly_counts(v, kind, record_id, rows)) if rows else ""
    return f"{yearly}{footer_html(v, kind, record_id, footer)}\n"


def _day_span(v: View, start, end) -> str:
    """" (from 2012 to 2014)" after an affiliation; nothing when neither end is known."""
    if not (start or end):
        return ""
    parts = [f'{v.label("from")} {escape(v.day(start))}' if start else "",
             " " if start and end else "", f'{v.label("to")} {escape(v.day(end))}' if end else ""]
    return f' <span class="kb-note">({"".join(parts)})</span>'


def person_body(*, title: str, v: View, record, footer: dict, rows: list, related_orgs: list,
                related_people: list, related_places: list, counts: list) -> str:
    """A person's page (raw HTML blocks between headings), from `kinds.person_context`."""
    p, out = record, [_head(v, "person", record)]
    if p.affiliations:
        items = "".join(f'<li>{v.link("organization", a.org)}'
                        f'{f" — {v.text(a.role)}" if a.role else ""}{_day_span(v, a.from_, a.to)}</li>'
                        for a in p.affiliations)
        out.append(_row(v, "affiliations", f"<ul>{items}</ul>"))
    for label, day in (("born", p.born), ("died", p.died)):
        if day:
            out.append(_row(v, label, f'<time datetime="{escape(v.iso(day))}">{escape(v.day(day))}</time>'))
    out += [_external(v, "Wikidata", "https://www.wikidata.org/wiki/", p.wikidata), _status(v, p),
            _description(v, p), _backlinks(v, rows, "role", "role"),
            _related(v, (("organizations", "organization", related_orgs), ("related_people", "person", related_people),
                         ("related_places", "place", related_places))),
            _end(v, "person", p.id, counts, footer)]
    return "".join(out)


def organization_body(*, title: str, v: View, record, footer: dict, rows: list, inter, children: list,
                      members: list, related_orgs: list, related_places: list, outlet_sources: list,
                      counts: list) -> str:
    """An organization's page, from `kinds.organization_context`."""
    o, out = record, [_head(v, "organization", record)]
    note = f' <span class="kb-note">({code(v.s("acled_inter"))}: {v.num(inter)})</span>' if inter else ""
    out.append(f'<dt>{v.label("category")}</dt><dd>{v.term_label("category", o.category)}{note}</dd>\n')
    if o.parent:
        out.append(_row(v, "parent", v.link("organization", o.parent)))
    if children:
        out.append(_row(v, "sub_organizations", link_list(v, "organization", children)))
    if members:
        out.append(_row(v, "affiliated_people", link_list(v, "person", members)))
    out += [_external(v, "Wikidata", "https://www.wikidata.org/wiki/", o.wikidata), _status(v, o),
            _description(v, o), _backlinks(v, rows, "actors", "side"),
            _related(v, (("organizations", "organization", related_orgs), ("related_places", "place", related_places)))]
    if outlet_sources:
        out.append(_section(v, "outlet_of", link_list(v, "source", outlet_sources)))
    out.append(_end(v, "organization", o.id, counts, footer))
    return "".join(out)


def place_body(*, title: str, v: View, record, footer: dict, chain: list, children: list, here: list,
               within: list, related_orgs: list, counts: list) -> str:
    """A place's page, from `kinds.place_context`."""
    p, out = record, [_head(v, "place", record)]
    out.append(f'<dt>{v.label("kind")}</dt><dd>{v.term_label("kind", p.kind)}</dd>\n')
    if len(chain) > 1:
        parents = " ‹ ".join(v.link("place", q.id) for q in chain[1:])
        out.append(f'<dt>{v.label("admin_chain")}</dt><dd class="kb-admin-chain">{parents}</dd>')
    at = p.coordinates
    shown = (f'<bdi dir="ltr" class="kb-coordinates">{escape(at.lat)}, {escape(at.lon)}</bdi>' if at
             else v.label("unknown"))
    out += [f'<dt>{v.label("coordinates")}</dt><dd>{shown}</dd>\n',
            _external(v, "GeoNames", "https://www.geonames.org/", p.geonames), _status(v, p)]
    if at:
        out.append(f'<div class="kb-map" data-kind="place" data-id="{escape(p.id)}" data-lat="{escape(at.lat)}" '
                   f'data-lon="{escape(at.lon)}" data-label="{escape(title)}"></div>')
    out.append("</div>\n\n")  # a place has no description
    if children:
        out.append(_section(v, "places_within", link_list(v, "place", children)))
    table = (f"{incident_table(v, here, show_place=False)}\n" if here
             else f'<p class="kb-none">{v.label("none")}</p>\n')
    out.append(f'## {v.label("incidents_here")}\n\n{table}\n')
    if within:
        out.append(_section(v, "incidents_within", incident_table(v, within)))
    if related_orgs:
        out.append(_section(v, "related_actors", link_list(v, "organization", related_orgs)))
    out.append(_end(v, "place", p.id, counts, footer))
    return "".join(out)

