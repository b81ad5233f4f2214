"""The pieces record pages share, written in Python: each value escaped once, as the templates' autoescape did.

The hub templates call them through `_macros.j2` (the macros of the same names), the record pages
(pages/incidentpage.py, pages/entitypages.py) directly. The tables' rows were Jinja loops and calls around View helpers,
a good part of a full run; each piece returns exactly the text its macro gave.
"""

from __future__ import annotations

from collections.abc import Iterable

from markupsafe import Markup, escape

from .datahubs import kb_charts
from .view import View


def status_badge(v: View, record) -> Markup:
    """The banner of a draft or retracted record (nothing for the others), ending with a line break."""
    status = getattr(record, "status", None)
    if status not in ("draft", "retracted"):
        return Markup("")
    return Markup(f'<p class="kb-badge kb-badge--{status}" data-status="{status}"><strong>'
                  f'{v.term_label("status", status)}</strong> — {v.label(status + "_banner")}</p>\n')


def footer_html(v: View, kind: str, record_id: str, foot: dict) -> Markup:
    """The end of a record page: when it last changed, its JSON, how to cite it, how to edit it (pages/cite.py)."""
    changed = foot["changed"]
    json_link = (f' · <a href="{escape(foot["json_href"])}" download type="application/json">'
                 f'{v.label("record_json")}</a>') if foot.get("json_href") else ""
    return Markup(
        f'<div class="kb-edit">\n'
        f'<p class="kb-changed">{v.label("last_changed")}: <time datetime="{escape(changed.isoformat())}">'
        f'{escape(v.day(changed))}</time>{json_link}</p>\n'
        f'<details class="kb-cite"><summary>{v.label("cite")}</summary>\n'
        f'<p>{v.label("cite_text")}</p><pre class="kb-cite-text">{escape(foot["cite_text"])}</pre>\n'
        f'<p>{v.label("cite_bibtex")}</p><pre class="kb-cite-bibtex" dir="ltr" lang="en">'
        f'{escape(foot["cite_bibtex"])}</pre>\n'
        f'</details>\n'
        f'<p>{v.edit_link(kind, record_id)}</p><p class="kb-generated">{v.label("generated_note")}</p></div>')


def incident_table(v: View, events: Iterable, show_place: bool = True, filter: bool = False) -> Markup:
    """A table of incidents, one row each (`View.incident_row`); `filter`: the incidents hub's filter and map."""
    # --kb-label-fatalities: the label phones show before the number, where the table is a list of cards (kb.css).
    hub = f' data-kb-filter data-kb-map="{escape(v.href("map/"))}"' if filter else ""
    place = f'<th data-kb-col="place">{v.label("place_label")}</th>' if show_place else ""
    rows = "".join(f"{v.incident_row(e, show_place)}\n" for e in events)
    return Markup(
        f'<div class="kb-table kb-incidents" style="--kb-label-fatalities: \'{v.label("fatalities")}: \'"{hub}>\n'
        f'<table>\n<thead><tr><th data-kb-col="date">{v.label("date")}</th>'
        f'<th data-kb-col="incident">{v.label("incident")}</th><th data-kb-col="type">{v.label("type")}</th>'
        f'{place}<th data-kb-col="fatalities">{v.label("fatalities")}</th></tr></thead>\n'
        f'<tbody>\n{rows}</tbody>\n</table>\n</div>')


def role_table(v: View, rows: Iterable, column: str, vocabulary: str) -> Markup:
    """A backlink table: the incidents a record takes part in, with its role or side (`View.role_row`)."""
    body = "".join(f"{v.role_row(e, value, vocabulary)}\n" for e, value in rows)
    return Markup(
        f'<div class="kb-table kb-backlinks">\n<table>\n'
        f'<thead><tr><th>{v.label("date")}</th><th>{v.label("incident")}</th><th>{v.label(column)}</th>'
        f'<th>{v.label("place_label")}</th></tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n</div>')


def counts(v: View, kind: str, record_id: str, rows: Iterable) -> Markup:
    """The plot (an SVG drawn at build time, pages/charts.py) and the yearly counts with fatalities."""
    body = []
    for year, n, deaths in rows:
        shown = (v.label("undated") if year is None
                 else f'<a href="{escape(v.href(f"timeline/{year}/"))}">{escape(year)}</a>')
        body.append(f"<tr><td>{shown}</td><td>{v.num(n)}</td><td>{v.num(deaths)}</td></tr>\n")
    return Markup(
        f'{kb_charts.entity(v, kind, record_id)}\n<div class="kb-counts">\n<table>\n'
        f'<thead><tr><th>{v.label("year")}</th><th>{v.label("count")}</th><th>{v.label("fatalities_total")}</th>'
        f'</tr></thead>\n<tbody>\n{"".join(body)}</tbody>\n</table>\n</div>')


def names(v: View, record) -> Markup:
    """The names in both languages and the aliases, as rows of an infobox."""
    name, aliases = record.name, record.aliases
    en = v.span(name.en, "en") if name.en else "—"
    ar = v.span(name.ar, "ar") if name.ar else "—"
    out = f'<dt>{v.label("name_en")}</dt><dd>{en}</dd>\n<dt>{v.label("name_ar")}</dt><dd>{ar}</dd>\n'
    if aliases.en or aliases.ar:
        items = "".join(f"<li>{v.span(a, 'en')}</li>" for a in aliases.en)
        items += "".join(f"<li>{v.span(a, 'ar')}</li>" for a in aliases.ar)
        out += f'<dt>{v.label("aliases")}</dt><dd><ul class="kb-aliases">{items}</ul></dd>\n'
    return Markup(out)


def link_list(v: View, kind: str, ids: Iterable) -> Markup:
    return Markup('<ul class="kb-links">' + "".join(f"<li>{v.link(kind, i)}</li>" for i in ids) + "</ul>")


# What the templates call, by the names of the macros in _macros.j2.
MACROS = {"status_badge": status_badge, "footer": footer_html, "incident_table": incident_table,
          "role_table": role_table, "counts": counts, "names": names, "link_list": link_list}
