"""Charts: a `<figure>` per chart holding its data, its totals in words and its numbers as a table.

The page carries the numbers; the browser draws them with Apache ECharts
(`site-overrides/assets/vendor/echarts`, loaded by `assets/javascripts/charts.js` only on pages
with a chart). ECharts was chosen after measuring it beside Vega-Lite and the
former hand-written SVG on Arabic pages (docs/site.md, "Charts"): it lays labels
out in CSS pixels at the real width (12 px at any width, overlapping labels
thinned), and with its canvas renderer Arabic labels and a right-to-left axis
come out right, where SVG text anchors flip under `dir="rtl"`.

Each figure holds:

- a caption (the title) and a summary in words: totals, the highest period, and
  what the chart leaves out and why ("incidents without a date: 2");
- a `<script type="application/json" class="kb-chart-spec">` with the series
  (the JSON escapes `<`, `>` and `&`, so record text cannot close the script);
- a `<details>` table with every number: the text alternative, and what readers
  without JavaScript get.

The aggregations read the events every export reads (draft and reviewed), so
the charts, the map and the downloads count the same incidents.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from html import escape
from typing import NamedTuple

from ..records import vocab
from ..records.model import Event
from .strings import CHART_WORDS, SHORT_MONTHS

# Above this many months the time axis counts years instead.
MAX_MONTHS = 48


# Period and Series are named tuples rather than frozen dataclasses: a record page draws a chart, and
# making, hashing and printing (the chart's id is a hash of its series' repr, which reads the same either
# way) frozen dataclasses was most of the time its chart took.
class Period(NamedTuple):
    year: int
    month: int | None  # None when counting by year

    def label(self, language: str) -> str:
        if self.month is None:
            return str(self.year)
        return f"{SHORT_MONTHS[language][self.month - 1]} {self.year}"


class Series(NamedTuple):
    """Counts per period, split by event type: the data behind a time chart."""

    periods: tuple[Period, ...]
    by_type: Mapping[str, tuple[int, ...]]  # type -> one count per period, types in vocabulary order
    left_out: int = 0  # the undated events' count (or fatalities), which no period holds

    def totals(self) -> list[int]:
        return [sum(values[i] for values in self.by_type.values()) for i in range(len(self.periods))]


def _value(event: Event, metric: str) -> int:
    return 1 if metric == "incidents" else (event.fatalities.best or 0)


def time_series(events: Iterable[Event], metric: str = "incidents") -> Series:
    """Incidents (or best fatalities) per month by type, over every month from the first to the last.

    Undated events are counted apart (`left_out`); past MAX_MONTHS months the series counts per year.
    """
    events = list(events)
    dated = [(e, e.date) for e in events if e.date is not None]
    left_out = sum(_value(e, metric) for e in events if e.date is None)
    if not dated:
        return Series((), {}, left_out)
    first, last = min(day for _, day in dated), max(day for _, day in dated)
    months = (last.year - first.year) * 12 + last.month - first.month + 1
    by_year = months > MAX_MONTHS
    if by_year:
        periods = tuple(Period(y, None) for y in range(first.year, last.year + 1))
    else:
        periods = tuple(Period(first.year + (first.month - 1 + i) // 12, (first.month - 1 + i) % 12 + 1)
                        for i in range(months))
    index = {p: i for i, p in enumerate(periods)}
    counts: dict[str, list[int]] = defaultdict(lambda: [0] * len(periods))
    for event, day in dated:
        key = Period(day.year, None if by_year else day.month)
        counts[event.type][index[key]] += _value(event, metric)
    ordered = {t: tuple(counts[t]) for t in vocab.EVENT_TYPES if t in counts and any(counts[t])}
    return Series(periods, ordered, left_out)


def _chart_id(*parts: object) -> str:
    return "kb-chart-" + hashlib.sha1(repr(parts).encode("utf-8")).hexdigest()[:10]


def _type_label(labels: Mapping[str, str], key: str) -> str:
    return labels.get(key) or key.replace("_", " ")


# `json.dumps(..., ensure_ascii=False, separators=(",", ":"))`, its encoder made once (a chart a record page).
COMPACT_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def _spec(data: dict) -> str:
    """The chart's data as JSON inside a script element that nothing in it can close."""
    text = COMPACT_JSON.encode(data)
    text = text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
    return f'<script type="application/json" class="kb-chart-spec">{text}</script>'


def _figure(chart_id: str, kind: str, language: str, title: str, summary: str, spec: dict | None,
            table: str) -> str:
    """The figure every chart shares: caption, summary in words, data for the browser, table."""
    rtl = language == "ar"
    plot = (f'<div class="kb-chart-plot" role="img" aria-labelledby="{chart_id}-c {chart_id}-s" tabindex="0"></div>'
            + _spec(spec)) if spec else ""
    return (f'<figure class="kb-chart" id="{chart_id}" data-kb-chart="{kind}" dir="{"rtl" if rtl else "ltr"}">'
            f'<figcaption id="{chart_id}-c">{escape(title)}</figcaption>'
            + plot + f'<p class="kb-chart-summary" id="{chart_id}-s">{escape(summary)}</p>' + table + "</figure>")


def _table(words: Mapping[str, str], head: Sequence[str], rows: Iterable[tuple[str, Sequence[object]]]) -> str:
    """The numbers as a table in a collapsed block; `rows` are (row header HTML, cells)."""
    header = "".join(f'<th scope="col">{escape(h)}</th>' for h in head)
    body = "".join(f'<tr><th scope="row">{label}</th>' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
                   for label, cells in rows)
    return (f'<details class="kb-chart-data"><summary>{escape(words["data"])}</summary>'
            f'<div class="kb-chart-table"><table><thead><tr>{header}</tr></thead>'
            f'<tbody>{body}</tbody></table></div></details>')


def time_chart(events: Iterable[Event], language: str, type_labels: Mapping[str, str], *,
               title: str, metric: str = "incidents") -> str:
    """A `<figure>`: stacked bars of incidents (or fatalities) per month by type, with its table."""
    return series_chart(time_series(events, metric), language, type_labels, title=title, metric=metric)


def series_chart(series: Series, language: str, type_labels: Mapping[str, str], *,
                 title: str, metric: str = "incidents") -> str:
    """`time_chart` of a series already counted (`time_series`), which is the same in every language."""
    words = CHART_WORDS[language]
    chart_id = _chart_id("time", title, language, metric, series)
    missing = words[f"undated_{metric}"].format(n=series.left_out) if series.left_out else ""
    if not series.periods:
        summary = " ".join(x for x in (words["none"], missing) if x)
        return _figure(chart_id, "time", language, title, summary, None, "")
    totals = series.totals()
    peak = max(range(len(totals)), key=lambda i: (totals[i], -i))
    summary = words["summary"].format(
        metric=words[metric], total=sum(totals), first=series.periods[0].label(language),
        last=series.periods[-1].label(language), peak=totals[peak], peak_label=series.periods[peak].label(language))
    spec = {
        "kind": "time", "metric": words[metric], "total": words["total"],
        "labels": [p.label(language) for p in series.periods],
        "series": [{"key": k, "name": _type_label(type_labels, k), "values": list(v)} for k, v in series.by_type.items()],
    }
    period_word = words["year"] if series.periods[0].month is None else words["month"]
    head = [period_word, *(_type_label(type_labels, k) for k in series.by_type), words["total"]]
    rows = [(escape(p.label(language)), [*(series.by_type[k][i] for k in series.by_type), totals[i]])
            for i, p in enumerate(series.periods) if totals[i]]
    return _figure(chart_id, "time", language, title, " ".join(x for x in (summary, missing) if x), spec,
                   _table(words, head, rows))


def bar_chart(rows: Sequence[tuple[str, int]], language: str, *, title: str, what: str,
              metric: str = "incidents", href: Mapping[str, str] | None = None, note: str = "") -> str:
    """A `<figure>`: horizontal bars, one per (label, value), largest first, with its table.

    `note` says what the bars leave out and why (incidents without a governorate, organizations
    past the top 20), so a total that differs from the page's is explained.
    """
    words = CHART_WORDS[language]
    rows = sorted(((label, value) for label, value in rows if value), key=lambda r: (-r[1], r[0]))
    chart_id = _chart_id("bars", title, language, metric, tuple(rows), note)
    if not rows:
        return _figure(chart_id, "bars", language, title, " ".join(x for x in (words["none"], note) if x), None, "")
    links = href or {}
    summary = words["bars"].format(metric=words[metric], what=what, total=sum(v for _, v in rows))
    spec = {"kind": "bars", "metric": words[metric], "labels": [label for label, _ in rows],
            "values": [value for _, value in rows], "links": [links.get(label) or "" for label, _ in rows]}

    def cell(label: str) -> str:
        link = links.get(label)
        return f'<a href="{escape(link)}">{escape(label)}</a>' if link else escape(label)

    table = _table(words, [words["name"], words[metric]], ((cell(label), [value]) for label, value in rows))
    return _figure(chart_id, "bars", language, title, " ".join(x for x in (summary, note) if x), spec, table)
