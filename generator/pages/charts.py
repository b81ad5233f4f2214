"""Build-time charts: small inline SVG figures with a data table as their text alternative.

Hand-written SVG rather than pygal: pygal lays text out left to right only,
and Arabic pages need mirrored axes and right-to-left labels. Each chart is
an HTML `<figure>` that Markdown passes through untouched:

- the SVG has `role="img"`, a `<title>` and a `<desc>` with the totals;
- text and axes use `currentColor`, so they follow Material's light and dark
  schemes; bar colours come from CSS custom properties (`--kb-type-<type>`,
  set in charts.css) with a fallback colour in the attribute;
- a `<details>` table under the chart holds every number;
- on Arabic pages the time axis runs right to left and labels are Arabic.

The aggregations read the events every export reads (`exports.facts`), so the
plots, the map and the downloads count the same incidents.
"""

from __future__ import annotations

import hashlib
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from html import escape

from ..records import vocab
from ..records.model import Event
from .strings import CHART_WORDS, SHORT_MONTHS

# One colour per event type; the same in map.js (keep in step) and charts.css.
TYPE_COLOURS: dict[str, str] = {
    "battles": "#d62728",
    "explosions_remote_violence": "#ff7f0e",
    "violence_against_civilians": "#9467bd",
    "protests": "#2ca02c",
    "riots": "#8c564b",
    "strategic_developments": "#1f77b4",
}



# Above this many months the time axis counts years instead.
MAX_MONTHS = 48
WIDTH, HEIGHT = 720, 260
MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM = 44, 12, 40


@dataclass(frozen=True)
class Period:
    year: int
    month: int | None  # None when counting by year

    def label(self, language: str) -> str:
        if self.month is None:
            return str(self.year)
        return f"{SHORT_MONTHS[language][self.month - 1]} {self.year}"

    def short(self, language: str) -> str:
        if self.month is None:
            return str(self.year)
        return SHORT_MONTHS[language][self.month - 1]


@dataclass(frozen=True)
class Series:
    """Counts per period, split by event type: the data behind a time chart."""

    periods: tuple[Period, ...]
    by_type: Mapping[str, tuple[int, ...]]  # type -> one count per period, types in vocabulary order

    def totals(self) -> list[int]:
        return [sum(values[i] for values in self.by_type.values()) for i in range(len(self.periods))]


def time_series(events: Iterable[Event], metric: str = "incidents") -> Series:
    """Incidents (or best fatalities) per month by type, over every month from the first to the last.

    Undated events are left out; past MAX_MONTHS months the series counts per year.
    """
    dated = [e for e in events if e.date is not None]
    if not dated:
        return Series((), {})
    first, last = min(e.date for e in dated), max(e.date for e in dated)  # type: ignore[type-var]
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    by_year = months > MAX_MONTHS
    if by_year:
        periods = tuple(Period(y, None) for y in range(first.year, last.year + 1))
    else:
        periods = tuple(Period(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1)
                        for i in range(months))
    index = {p: i for i, p in enumerate(periods)}
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(periods))
    for event in dated:
        key = Period(event.date.year, None if by_year else event.date.month)  # type: ignore[union-attr]
        value = 1 if metric == "incidents" else (event.fatalities.best or 0)
        counts[event.type][index[key]] += value
    ordered = {t: tuple(counts[t]) for t in vocab.EVENT_TYPES if t in counts and any(counts[t])}
    return Series(periods, ordered)


def _chart_id(*parts: object) -> str:
    return "kb-chart-" + hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:10]


def _nice_max(value: int) -> tuple[int, int]:
    """An axis maximum >= value and a tick step giving at most 5 gridlines."""
    if value <= 0:
        return 1, 1
    raw = value / 4
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    return step * math.ceil(value / step), step


def _type_label(labels: Mapping[str, str], key: str) -> str:
    return labels.get(key) or key.replace("_", " ")


def time_chart(events: Iterable[Event], language: str, type_labels: Mapping[str, str], *,
               title: str, metric: str = "incidents") -> str:
    """A `<figure>`: stacked bars of incidents (or fatalities) per month by type, with its table."""
    words = CHART_WORDS[language]
    series = time_series(events, metric)
    rtl = language == "ar"
    chart_id = _chart_id("time", title, language, metric, series)
    if not series.periods:
        return (f'<figure class="kb-chart" id="{chart_id}" dir="{"rtl" if rtl else "ltr"}">'
                f'<figcaption>{escape(title)}</figcaption><p>{escape(words["none"])}</p></figure>')
    totals = series.totals()
    grand = sum(totals)
    peak = max(range(len(totals)), key=lambda i: (totals[i], -i))
    metric_word = words[metric]
    desc = words["summary"].format(total=grand, metric=metric_word.lower() if language == "en" else metric_word,
                                   first=series.periods[0].label(language), last=series.periods[-1].label(language),
                                   peak=totals[peak], peak_label=series.periods[peak].label(language))

    top, step = _nice_max(max(totals))
    plot_w = WIDTH - 2 * MARGIN_SIDE
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM
    n = len(series.periods)
    slot = plot_w / n
    bar_w = max(1.0, min(slot * 0.8, 48))

    def x_of(i: int) -> float:  # left edge of the slot; mirrored on RTL pages
        start = MARGIN_SIDE + i * slot
        return (WIDTH - start - slot) if rtl else start

    def y_of(v: float) -> float:
        return MARGIN_TOP + plot_h * (1 - v / top)

    # Named by the figure's caption (title and summary), which sighted readers see too.
    parts = [f'<svg class="kb-chart-svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" '
             f'aria-labelledby="{chart_id}-c" xmlns="http://www.w3.org/2000/svg" '
             f'font-size="11" fill="currentColor" direction="ltr">']
    # Gridlines and value labels (on the start side: left in English, right in Arabic).
    label_x = WIDTH - MARGIN_SIDE + 6 if rtl else MARGIN_SIDE - 6
    anchor = "start" if rtl else "end"
    for value in range(0, top + 1, step):
        y = y_of(value)
        parts.append(f'<line x1="{MARGIN_SIDE}" x2="{WIDTH - MARGIN_SIDE}" y1="{y:.1f}" y2="{y:.1f}" '
                     f'stroke="currentColor" stroke-opacity="{0.5 if value == 0 else 0.15}"/>')
        parts.append(f'<text x="{label_x}" y="{y + 4:.1f}" text-anchor="{anchor}">{value}</text>')
    # Bars, stacked in vocabulary order.
    for i, period in enumerate(series.periods):
        x = x_of(i) + (slot - bar_w) / 2
        base = 0
        for kind, values in series.by_type.items():
            value = values[i]
            if not value:
                continue
            y0, y1 = y_of(base + value), y_of(base)
            colour = TYPE_COLOURS.get(kind, "#777")
            parts.append(f'<rect x="{x:.1f}" y="{y0:.1f}" width="{bar_w:.1f}" '
                         f'height="{max(0.5, y1 - y0):.1f}" style="fill:var(--kb-type-{kind},{colour})">'
                         f'<title>{escape(period.label(language))}: {escape(_type_label(type_labels, kind))} {value}</title></rect>')
            base += value
    # Period labels: at most about 8, always the first and every January.
    every = max(1, math.ceil(n / 8))
    for i, period in enumerate(series.periods):
        if i % every and period.month != 1:
            continue
        cx = x_of(i) + slot / 2
        parts.append(f'<text x="{cx:.1f}" y="{HEIGHT - MARGIN_BOTTOM + 15}" text-anchor="middle">'
                     f'{escape(period.short(language))}</text>')
        if period.month in (None, 1) or i == 0:
            if period.month is not None:
                parts.append(f'<text x="{cx:.1f}" y="{HEIGHT - MARGIN_BOTTOM + 30}" text-anchor="middle" '
                             f'font-weight="bold">{period.year}</text>')
    parts.append("</svg>")

    legend = "".join(
        f'<li><span class="kb-swatch" style="background:var(--kb-type-{k},{TYPE_COLOURS.get(k, "#777")})"></span>'
        f'{escape(_type_label(type_labels, k))}</li>' for k in series.by_type)
    head = "".join(f"<th>{escape(_type_label(type_labels, k))}</th>" for k in series.by_type)
    body = "".join(
        f"<tr><th scope=\"row\">{escape(p.label(language))}</th>"
        + "".join(f"<td>{series.by_type[k][i]}</td>" for k in series.by_type)
        + f"<td>{totals[i]}</td></tr>" for i, p in enumerate(series.periods) if totals[i])
    period_word = words["year"] if series.periods[0].month is None else words["month"]
    table = (f'<details class="kb-chart-data"><summary>{escape(words["data"])}</summary>'
             f'<table><thead><tr><th scope="col">{escape(period_word)}</th>{head}<th>{escape(words["total"])}</th></tr></thead>'
             f'<tbody>{body}</tbody></table></details>')
    return (f'<figure class="kb-chart" id="{chart_id}" data-kb-chart="time" data-metric="{metric}" '
            f'dir="{"rtl" if rtl else "ltr"}">' + "".join(parts)
            + f'<ul class="kb-chart-legend">{legend}</ul>'
            + f'<figcaption id="{chart_id}-c">{escape(title)}. {escape(desc)}</figcaption>' + table + "</figure>")


def bar_chart(rows: Sequence[tuple[str, int]], language: str, *, title: str, what: str,
              metric: str = "incidents", href: Mapping[str, str] | None = None) -> str:
    """A `<figure>`: horizontal bars, one per (label, value), largest first, with its table."""
    words = CHART_WORDS[language]
    rtl = language == "ar"
    rows = sorted(((label, value) for label, value in rows if value), key=lambda r: (-r[1], r[0]))
    chart_id = _chart_id("bars", title, language, tuple(rows))
    total = sum(v for _, v in rows)
    metric_word = words[metric]
    desc = words["bars"].format(metric=metric_word, what=what, total=total)
    if not rows:
        return (f'<figure class="kb-chart" id="{chart_id}" dir="{"rtl" if rtl else "ltr"}">'
                f'<figcaption>{escape(title)}</figcaption><p>{escape(words["none"])}</p></figure>')
    row_h, label_w = 22, 200
    height = MARGIN_TOP + row_h * len(rows) + 8
    top, _ = _nice_max(rows[0][1])
    plot_w = WIDTH - label_w - 60
    parts = [f'<svg class="kb-chart-svg" viewBox="0 0 {WIDTH} {height}" role="img" '
             f'aria-labelledby="{chart_id}-c" xmlns="http://www.w3.org/2000/svg" '
             f'font-size="12" fill="currentColor" direction="ltr">']
    for i, (label, value) in enumerate(rows):
        y = MARGIN_TOP + i * row_h
        w = max(1.0, plot_w * value / top)
        if rtl:
            label_x, anchor, bar_x, value_x, value_anchor = WIDTH - 4, "end", WIDTH - label_w - w, WIDTH - label_w - w - 4, "end"
        else:
            label_x, anchor, bar_x, value_x, value_anchor = label_w - 6, "end", label_w, label_w + w + 4, "start"
        if rtl:
            anchor = "start"  # with direction=rtl, "start" is the right edge
        shown = label if len(label) <= 30 else label[:29] + "…"
        direction = ' direction="rtl"' if rtl else ""
        parts.append(f'<text x="{label_x}" y="{y + 15}" text-anchor="{anchor}"{direction}>'
                     f'<title>{escape(label)}</title>{escape(shown)}</text>')
        parts.append(f'<rect x="{bar_x:.1f}" y="{y + 4}" width="{w:.1f}" height="{row_h - 8}" '
                     f'style="fill:var(--kb-bar,#1f77b4)"/>')
        parts.append(f'<text x="{value_x:.1f}" y="{y + 15}" text-anchor="{value_anchor}">{value}</text>')
    parts.append("</svg>")

    def cell(label: str) -> str:
        link = (href or {}).get(label)
        return f'<a href="{escape(link)}">{escape(label)}</a>' if link else escape(label)

    body = "".join(f'<tr><th scope="row">{cell(label)}</th><td>{value}</td></tr>' for label, value in rows)
    table = (f'<details class="kb-chart-data"><summary>{escape(words["data"])}</summary>'
             f'<table><thead><tr><th scope="col">{escape(words["name"])}</th><th scope="col">{escape(metric_word)}</th></tr></thead>'
             f'<tbody>{body}</tbody></table></details>')
    return (f'<figure class="kb-chart" id="{chart_id}" data-kb-chart="bars" dir="{"rtl" if rtl else "ltr"}">'
            + "".join(parts) + f'<figcaption id="{chart_id}-c">{escape(title)}. {escape(desc)}</figcaption>' + table + "</figure>")
