"""Formatting helpers that templates call: escaped text, links, dates, numbers.

Every value that comes from a record goes through `markupsafe.escape` here or
through Jinja's autoescape in the templates; helpers that build HTML return
`Markup` so it is not escaped twice. Pages put record values only inside raw
HTML blocks, which Markdown does not process, so Markdown syntax in a value
(`[x](javascript:…)`, `**`, `---`) stays literal text.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from collections.abc import Callable
from typing import TypeVar
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from ..records.model import Event, Text
from ..urls import ARCHIVE_FOLDER, page_url
from .graph import Graph
from .strings import Strings

T = TypeVar("T")
DIRECTION = {"ar": "rtl", "en": "ltr"}
ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def source_anchor(source_id: str) -> str:
    """The id of a source's section on the incident pages citing it (source ids are ASCII slugs)."""
    return f"source-{source_id}"


def source_url(graph: Graph, source_id: str | None) -> str | None:
    """Site-relative URL of a source: its section on the oldest incident citing it (None when none does)."""
    home = graph.source_home(source_id)
    return f"{page_url('event', home)}#{source_anchor(source_id)}" if home and source_id else None


def code(text: str) -> Markup:
    """Interface text with `backticks` around field names and values: those as <code dir="ltr">, all escaped."""
    parts = str(text).split("`")
    return Markup("".join(f'<code dir="ltr">{escape(p)}</code>' if i % 2 else str(escape(p))
                          for i, p in enumerate(parts)))


def relative_url(from_url: str, to_url: str) -> str:
    """A link from page `from_url` to `to_url`, both directory-style site-relative URLs ("kind/id/").

    Up to the site root, then down: not always the shortest link, but every
    link has the same form and costs no path arithmetic (tens of thousands of
    pages each have dozens of links).
    """
    return "../" * from_url.count("/") + to_url if (from_url or to_url) else "./"


@lru_cache(maxsize=None)  # a source's link is on each page citing it, in each language (urlsplit each time)
def safe_href(url: str | None) -> str | None:
    """The URL if it is an absolute http(s) URL, else None (javascript:, data:, relative … are refused)."""
    if not url or not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if any(ch in url for ch in "\x00\n\r\t <>\"'`"):
        return None
    return url


@lru_cache(maxsize=None)
def _label(language: str, key: str) -> Markup:
    return escape(Strings(language)(key))


@lru_cache(maxsize=None)
def _term_label(language: str, vocabulary: str, value) -> Markup:
    return escape(Strings(language).term(vocabulary, value))


class View:
    """What one page in one language needs to format values and link to other pages."""

    def __init__(self, graph: Graph, language: str, url: str, settings):
        self.graph = graph
        self.lang = language
        self.other = "ar" if language == "en" else "en"
        self.dir = DIRECTION[language]
        self.s = Strings(language)
        self.url = url
        self.settings = settings
        # Every link is "../" * depth + target, so a snippet (a link, a table row) is the same on
        # every page of one language and depth: render it once (tens of thousands of pages).
        self._scope = (language, url.count("/"))

    def _shared(self, key: tuple, make: Callable[[], T]) -> T:
        """A snippet made once for every page of this language and depth (`Graph.memo`)."""
        return self.graph.memo(self._scope + key, make)

    # ---- text ---------------------------------------------------------------

    def span(self, value: str | None, language: str, block: bool = False) -> Markup:
        """Escaped text, marked with lang/dir when its language is not the page's."""
        if value is None or value == "":
            return Markup("")
        if language == self.lang:
            return escape(value)
        tag = "div" if block else "bdi"
        return Markup(f'<{tag} lang="{language}" dir="{DIRECTION[language]}">{escape(value)}</{tag}>')

    def text(self, value: Text | None, block: bool = False) -> Markup:
        """A bilingual text in the page's language, else the other one, marked as foreign."""
        if value is None:
            return Markup("")
        mine = value.get(self.lang)
        if mine:
            return self.span(mine, self.lang, block)
        return self.span(value.get(self.other), self.other, block)

    def free_text(self, value: str) -> Markup:
        """A paragraph of text without a language field (editors' notes), marked with the language its
        script shows when that is not the page's: most letters Arabic means Arabic, else English."""
        arabic = len(ARABIC_LETTER.findall(value))
        latin = len(LATIN_LETTER.findall(value))
        language = "ar" if arabic > latin else "en"
        if language == self.lang:
            return Markup('<p dir="auto">%s</p>') % value
        return Markup('<p lang="%s" dir="%s">%s</p>') % (language, DIRECTION[language], value)

    def plain(self, value: Text | None) -> str:
        """Unescaped plain text in the page's language (for front matter titles and sorting)."""
        return value.any(self.lang) if value else ""

    def label(self, key: str) -> Markup:
        """`escape(self.s(key))`, made once per language: a record page shows a few dozen labels,
        which a full run escaped again on each of its tens of thousands of pages."""
        return _label(self.lang, key)

    def term(self, vocabulary: str, value) -> str:
        return self.s.term(vocabulary, value)

    def term_label(self, vocabulary: str, value) -> Markup:
        """`escape(self.term(vocabulary, value))`, made once per language (as `label`): incident rows and
        record pages show an event type, a status, a side or a role each."""
        return _term_label(self.lang, vocabulary, value)

    # ---- numbers and dates ---------------------------------------------------

    def num(self, value: int | float | None) -> Markup:
        if value is None:
            return Markup(escape(self.s("not_reported")))
        text = f"{value:,}" if isinstance(value, int) else f"{value}"
        return Markup(f'<bdi dir="ltr">{escape(text)}</bdi>') if self.lang == "ar" else escape(text)

    def day(self, value: dt.date | None) -> str:
        if value is None:
            return self.s("date_unknown")
        if isinstance(value, dt.datetime):
            value = value.date()
        return f"{value.day} {self.s.month(value.month)} {value.year}"

    def month_year(self, year: int, month: int) -> str:
        return f"{self.s.month(month)} {year}"

    def event_date(self, event: Event) -> str:
        """The date as precise as the record says it is."""
        return self._shared(("date", event.id), lambda: format_event_date(self.s, event))

    def iso(self, value) -> str:
        return value.isoformat() if value else ""

    # ---- links ---------------------------------------------------------------

    def href(self, to_url: str) -> str:
        return relative_url(self.url, to_url)

    def record_href(self, kind: str, record_id: str | None) -> str | None:
        if kind == "source":
            url = source_url(self.graph, self.graph.resolve(kind, record_id))
            return self.href(url) if url else None
        target = self.graph.resolve(kind, record_id)
        return self.href(page_url(kind, target)) if target else None

    def name_of(self, kind: str, record_id: str | None) -> Markup:
        record = self.graph.record(kind, record_id)
        if record is None:
            return Markup(f'<code>{escape(record_id or "")}</code>')
        if kind == "event":
            return self.span(event_title(self.s, self.graph, record), self.lang)
        if kind == "source":
            return self.text(record.title) if record.title else Markup(f"<code>{escape(record.id)}</code>")
        return self.text(record.name)

    def link(self, kind: str, record_id: str | None, label: Markup | str | None = None) -> Markup:
        """A link to a record's page (its survivor's when merged); plain text when the record is missing."""
        if label is not None:
            return self._link(kind, record_id, label)
        return self._shared(("link", kind, record_id), lambda: self._link(kind, record_id, None))

    def _link(self, kind: str, record_id: str | None, label: Markup | str | None) -> Markup:
        shown = self.name_of(kind, record_id) if label is None else escape(label)
        href = self.record_href(kind, record_id)
        if href is None:
            return Markup(shown)
        return Markup(f'<a href="{escape(href)}">{shown}</a>')

    # ---- table rows shared by hubs and record pages ---------------------------

    def incident_row(self, e: Event, show_place: bool = True) -> Markup:
        """One row of an incident table: date, title, type, place, fatalities."""
        return self._shared(("incident-row", e.id, show_place), lambda: self._incident_row(e, show_place))

    def _incident_row(self, e: Event, show_place: bool) -> Markup:
        # One f-string with one `escape` per value, not `Markup % ...` per cell: tens of thousands of rows.
        draft = e.status == "draft"
        badge = f' <span class="kb-badge kb-badge--draft">{self.term_label("status", "draft")}</span>' if draft else ""
        place = f"<td>{self.link('place', e.place) if e.place else ''}</td>" if show_place else ""
        best = e.fatalities.best
        # What filter.js (the incidents hub filter) filters and sorts on.
        orgs = " ".join(dict.fromkeys(ref.id for ref in e.actors))
        gov = self.graph.governorate(e.place)
        date = escape(self.iso(e.date))
        row = ' class="kb-draft"' if draft else ""
        gov_id = escape(gov.id) if gov else ""
        deaths, shown = ("", "") if best is None else (escape(best), self.num(best))
        return Markup(
            f'<tr{row} data-type="{escape(e.type)}" data-place="{escape(e.place or "")}" data-gov="{gov_id}" '
            f'data-orgs="{escape(orgs)}" data-date="{date}" data-fatalities="{deaths}">'
            f'<td><time datetime="{date}">{escape(self.event_date(e))}</time></td>'
            f'<td>{self.link("event", e.id)}{badge}</td><td>{self.term_label("event_type", e.type)}</td>'
            f'{place}<td>{shown}</td></tr>')

    def role_row(self, e: Event, value: str, vocabulary: str) -> Markup:
        """One row of a backlink table: date, incident, role or side, place."""
        return self._shared(("role-row", e.id, vocabulary, value), lambda: Markup(
            f'<tr><td><time datetime="{escape(self.iso(e.date))}">{escape(self.event_date(e))}</time></td>'
            f'<td>{self.link("event", e.id)}</td><td>{self.term_label(vocabulary, value)}</td>'
            f'<td>{self.link("place", e.place) if e.place else ""}</td></tr>'))

    def person_row(self, p, count: int) -> Markup:
        """One row of the people hub: name (and draft badge), name in the other language, affiliations, count
        (kept from the last run while what it read is unchanged: pages/rows.py)."""
        return self.graph.rows.row(self.graph, (self.lang, self.url, "person", p.id, count),
                                   lambda: self._person_row(p, count))

    def _person_row(self, p, count: int) -> Markup:
        self.graph.note([("person", p.id)])  # read through `p`: the row is the person's whatever else it reads
        badge = f' <span class="kb-badge kb-badge--draft">{self.term_label("status", "draft")}</span>' \
            if p.status == "draft" else ""
        orgs = str(escape(self.s("list_separator"))).join(
            self.link("organization", a.org) for a in p.affiliations)
        return Markup(f'<tr><td>{self.link("person", p.id)}{badge}</td>'
                      f'<td>{self.span(p.name.get(self.other), self.other)}</td><td>{orgs}</td>'
                      f'<td>{self.num(count)}</td></tr>')

    def archive_href(self, source_id: str) -> str:
        """Link to a source's archived text, shipped once at the site root (`archive/<id>.txt`).

        Pages of the other languages live one folder deeper (`ar/...`), as static-i18n builds them.
        """
        up = self.url.count("/") + (0 if self.lang == self.settings.default_language else 1)
        return "../" * up + f"{ARCHIVE_FOLDER}/{source_id}.txt"

    def external(self, url: str | None, label: Markup | str | None = None) -> Markup:
        """A link to an outside http(s) URL; anything else is shown as text, never linked."""
        href = safe_href(url)
        shown = escape(url or "") if label is None else escape(label)
        if href is None:
            return Markup(f"<code>{shown}</code>") if url else Markup("")
        return Markup(f'<a href="{escape(href)}" rel="nofollow noopener" dir="ltr">{shown}</a>')

    def edit_link(self, kind: str, record_id: str) -> Markup:
        path = self.graph.path_of(kind, record_id)
        base = self.settings.edit_base_url
        if base:
            return self.external(base.rstrip("/") + "/" + path, self.s("edit"))
        return Markup(f'{escape(self.s("record_file"))}: <code dir="ltr">{escape(path)}</code>')


def format_event_date(s: Strings, event: Event) -> str:
    def day(value: dt.date) -> str:
        return f"{value.day} {s.month(value.month)} {value.year}"

    if event.date is None or event.date_precision == "unknown":
        return s("date_unknown")
    start = event.date
    if event.date_precision == "year":
        return str(start.year)
    if event.date_precision == "month":
        return f"{s.month(start.month)} {start.year}"
    if event.date_precision == "week":
        return s("week_of", date=day(start))
    if event.date_end and event.date_end != start:
        end = event.date_end
        if (end.year, end.month) == (start.year, start.month):
            return f"{start.day}–{end.day} {s.month(start.month)} {start.year}"
        return f"{day(start)} – {day(end)}"
    return day(start)


def event_title(s: Strings, graph: Graph, event: Event) -> str:
    """The record's title in the page language, else one made from sub-type, place and date.

    A title written only in the other language is not used: a generated title
    in the page's own language reads better than a foreign one.
    """
    title = event.title.get(s.language) if event.title else None
    if title:
        return title
    what = s.term("sub_type", event.sub_type)
    place = graph.record("place", event.place)
    when = format_event_date(s, event)
    if place is None:
        return s("title_pattern_noplace", what=what, date=when)
    return s("title_pattern", what=what, place=place.name.any(s.language), date=when)
