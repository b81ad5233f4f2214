"""The body of an incident's page, written in Python.

An incident page was the heaviest template of a full run (a quarter of its time in a profile at 2,000
incidents, much of it Jinja's call and attribute machinery around the View helpers). Here each value
is escaped once, as the template's autoescape did: the pages are byte for byte what the template
it replaced (incident.md.j2) gave, compared over full runs of the sample and of the 2,000-incident
benchmark (docs/benchmarks.md); tests/test_pages_incidentpage.py checks each branch. The record pages
of the other kinds are in Python too (pages/entitypages.py), and the pieces they share (pages/pieces.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape

from .pieces import footer_html, status_badge
from .view import View


def _links(v: View, kind: str, refs: Iterable) -> str:
    return "".join(f"<li>{v.link(kind, ref.id)}</li>" for ref in refs)


def incident_body(*, title: str, v: View, record, footer: dict, chain: list, coords, place_label: str,
                  actors_by_side: list, people_by_role: list, claims: list[dict], range_html: Markup) -> str:
    """The page's Markdown (raw HTML blocks between headings), from `kinds.incident_context`."""
    e = record
    out = [f'<div class="kb-record kb-incident" data-kb-kind="incident" data-kb-id="{escape(e.id)}">\n'
           f'<h1 id="kb-title">{escape(title)}</h1>\n{status_badge(v, e)}\n<dl class="kb-infobox">\n'
           f'<dt>{v.label("date")}</dt><dd><time datetime="{escape(v.iso(e.date))}">{escape(v.event_date(e))}</time> '
           f'<span class="kb-precision">({v.label("date_precision")}: '
           f'{v.term_label("date_precision", e.date_precision)})</span></dd>\n']
    if e.place:
        detail = f" — {v.text(e.place_detail)}" if e.place_detail else ""
        place = f"{v.link('place', e.place)}{detail}"
    else:
        place = v.label("unknown")
    out.append(f'<dt>{v.label("place_label")}</dt><dd>{place}</dd>\n')
    if len(chain) > 1:
        parents = " ‹ ".join(v.link("place", p.id) for p in chain[1:])
        out.append(f'<dt>{v.label("admin_chain")}</dt><dd class="kb-admin-chain">{parents}</dd>')
    if e.geo_precision:
        out.append(f'<dt>{v.label("geo_precision")}</dt><dd>{v.term_label("geo_precision", e.geo_precision)}</dd>')
    best = e.fatalities.best
    toll = (f'{v.num(best)} <span class="kb-note">({v.label("best")})</span>' if best is not None
            else str(v.label("not_reported")))  # text, not Markup: Markup + text would escape the text
    if range_html:
        toll += f'{v.label("clause_separator")}{v.label("range")}: {escape(range_html)}'
    out.append(
        f'<dt>{v.label("type")}</dt><dd>{v.term_label("event_type", e.type)}</dd>\n'
        f'<dt>{v.label("sub_type")}</dt><dd>{v.term_label("sub_type", e.sub_type)}</dd>\n'
        f'<dt>{v.label("fatalities")}</dt><dd class="kb-fatalities">{toll}</dd>\n'
        f'<dt>{v.label("injured")}</dt><dd>{v.num(e.injured)}</dd>\n'
        f'<dt>{v.label("civilian_targeting")}</dt><dd>{v.label("yes" if e.civilian_targeting else "no")}</dd>\n'
        f'<dt>{v.label("status")}</dt><dd><span class="kb-status kb-status--{escape(e.status)}">'
        f'{v.term_label("status", e.status)}</span></dd>\n')
    if e.tags:
        tags = "".join(f"<code>{escape(t)}</code> " for t in e.tags)
        out.append(f'<dt>{v.label("tags")}</dt><dd>{tags}</dd>')
    out.append("</dl>\n")
    if coords:
        out.append(f'<div class="kb-map" data-kind="incident" data-id="{escape(e.id)}" data-lat="{escape(coords.lat)}" '
                   f'data-lon="{escape(coords.lon)}" data-label="{escape(title)}" data-place="{escape(place_label)}"></div>')
    if e.summary:
        out.append(f'<div class="kb-summary">{v.text(e.summary, block=True)}</div>')
    out.append("</div>\n\n")
    for heading, css, groups, vocabulary, kind in (("actors", "kb-actors", actors_by_side, "side", "organization"),
                                                   ("people_roles", "kb-people", people_by_role, "role", "person")):
        if groups:
            rows = "".join(f"<dt>{v.term_label(vocabulary, value)}</dt><dd><ul>{_links(v, kind, refs)}</ul></dd>\n"
                           for value, refs in groups)
            out.append(f'## {v.label(heading)}\n\n<div class="{css}">\n<dl>\n{rows}</dl>\n</div>\n\n')
    out.append(_sources(v, claims))
    if e.notes:
        out.append(f'## {v.label("notes")}\n\n<div class="kb-notes">{v.free_text(e.notes)}</div>\n\n')
    out.append(footer_html(v, "event", e.id, footer))
    return "".join(out)


def _sources(v: View, claims: list[dict]) -> str:
    """The table of what each source claims, then each source in full."""
    out = [f'## {v.label("sources")}\n\n<div class="kb-sources">\n<table class="kb-claims">\n'
           f'<thead><tr><th>{v.label("source")}</th><th>{v.label("outlet")}</th><th>{v.label("published")}</th>'
           f'<th>{v.label("claimed_fatalities")}</th><th>{v.label("claimed_injured")}</th></tr></thead>\n<tbody>\n']
    for c in claims:
        src, claim = c["source"], c["claim"]
        if src:
            name = f'<a href="#{escape(c["anchor"])}">{v.name_of("source", src.id)}</a>'
            outlet, day = v.text(src.outlet.name), escape(v.day(src.published_date))
        else:
            name, outlet, day = f"<code>{escape(claim.source)}</code>", Markup(""), Markup("")
        out.append(f"<tr><td>{name}</td><td>{outlet}</td><td>{day}</td><td>{v.num(claim.fatalities)}</td>"
                   f"<td>{v.num(claim.injured)}</td></tr>\n")
    out.append("</tbody>\n</table>\n")
    for c in claims:
        if c["source"]:
            out.append(_source(v, c))
    out.append("</div>\n\n")
    return "".join(out)


def _source(v: View, c: dict) -> str:
    """One source in full: its facts, the quote the incident takes from it, its archived text."""
    src, claim = c["source"], c["claim"]
    own_title = src.title.get(src.language) if src.title else None
    head = v.span(own_title, src.language) if own_title else v.name_of("source", src.id)
    outlet = (v.link("organization", src.outlet.org, v.plain(src.outlet.name)) if src.outlet.org
              else v.text(src.outlet.name))
    published = (f'<time datetime="{escape(v.iso(src.published))}">{escape(v.day(src.published_date))}</time>'
                 if src.published else v.label("unknown"))
    out = [f'<div class="kb-source" id="{escape(c["anchor"])}" data-kb-kind="source" data-kb-id="{escape(src.id)}">\n'
           f'<p class="kb-source-head"><strong>{head}</strong></p>\n<dl class="kb-source-facts">\n'
           f'<dt>{v.label("outlet")}</dt><dd>{outlet}</dd>\n<dt>{v.label("published")}</dt><dd>{published}</dd>\n']
    if src.retrieved:
        out.append(f'<dt>{v.label("retrieved")}</dt><dd><time datetime="{escape(v.iso(src.retrieved))}">'
                   f'{escape(v.day(src.retrieved))}</time></dd>')
    link = v.external(src.url) if src.url else v.label("no_link")
    out.append(f'<dt>{v.label("language")}</dt><dd>{v.term_label("language", src.language)}</dd>\n'
               f'<dt>{v.label("link")}</dt><dd>{link}</dd>\n')
    if src.attribution:
        out.append(f'<dt>{v.label("attribution")}</dt><dd>{v.text(src.attribution)}</dd>')
    out.append(f'<dt>SHA-256</dt><dd><code dir="ltr">{escape(src.sha256)}</code></dd>\n')
    if c["others"]:
        others = "".join(f'<li>{v.link("event", other.id)} <span class="kb-note">'
                         f'({escape(v.event_date(other))})</span></li>' for other in c["others"])
        out.append(f'<dt>{v.label("also_cited_by")}</dt><dd><ul>{others}</ul></dd>')
    out.append("</dl>\n")
    lang, direction = escape(c["lang"]), escape(c["dir"])
    if claim.quote:
        out.append(f'<blockquote class="kb-quote" lang="{lang}" dir="{direction}">{escape(claim.quote)}</blockquote>')
    if c["archived"]:
        href = escape(v.archive_href(src.id))
        out.append(f'<details class="kb-archive" data-kb-archive="{href}"><summary>{v.label("archived_text")}</summary>'
                   f'<p class="kb-archive-file"><a href="{href}" type="text/plain">{v.label("archived_text")} '
                   f'(<code>.txt</code>)</a></p><pre lang="{lang}" dir="{direction}"></pre></details>')
    else:
        out.append(f'<p class="kb-note">{v.label("archived_missing")}</p>')
    out.append("</div>\n")
    return "".join(out)
