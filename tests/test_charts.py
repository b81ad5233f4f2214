"""Charts: the data each figure carries for the browser, its summary in words and its table, in both languages."""

from __future__ import annotations

import datetime as dt
import json

from lxml import etree

from conftest import copy_records
from generator.pages.charts import bar_chart, time_chart, time_series
from generator.pages.strings import SHORT_MONTHS as MONTHS
from generator.records.model import Event

def event(day: str | None, kind: str = "battles", sub: str = "armed_clash", best: int | None = None,
          n: int = 0) -> Event:
    return Event.model_validate({
        "id": f"e-{n}", "date": day, "date_precision": "day" if day else "unknown", "type": kind,
        "sub_type": sub, "fatalities": {"best": best}, "sources": [{"source": "s"}]})


EVENTS = [
    event("2022-10-17", best=3, n=1),
    event("2022-10-15", "strategic_developments", "change_to_group_activity", n=2),
    event("2023-01-02", "explosions_remote_violence", "air_drone_strike", best=5, n=3),
    event(None, n=4),
]
LABELS = {"battles": "Battles & <clashes>", "strategic_developments": "Strategic",
          "explosions_remote_violence": "Explosions"}


def parse(html: str) -> etree._Element:
    return etree.fromstring(html.encode("utf-8"))


def test_series_covers_every_month_and_skips_undated() -> None:
    series = time_series(EVENTS)
    assert [(p.year, p.month) for p in series.periods] == [(2022, 10), (2022, 11), (2022, 12), (2023, 1)]
    assert series.totals() == [2, 0, 0, 1]
    assert time_series(EVENTS, "fatalities").totals() == [3, 0, 0, 5]


def test_long_spans_count_by_year() -> None:
    series = time_series([event("2012-03-01", n=1), event("2020-05-01", n=2)])
    assert [p.month for p in series.periods] == [None] * 9 and series.totals()[0] == 1


def spec(figure: etree._Element) -> dict:
    (script,) = figure.xpath(".//script[@class='kb-chart-spec']")
    return json.loads(script.text)


def test_time_chart_carries_its_data_a_summary_and_a_table() -> None:
    figure = parse(time_chart(EVENTS, "en", LABELS, title="Incidents per month"))
    (caption,) = figure.findall("figcaption")
    assert caption.text == "Incidents per month"
    (plot,) = figure.xpath(".//div[@class='kb-chart-plot']")
    assert plot.get("role") == "img" and plot.get("tabindex") == "0"
    assert plot.get("aria-labelledby") == f"{figure.get('id')}-c {figure.get('id')}-s"
    (summary,) = figure.xpath(".//p[@class='kb-chart-summary']")
    assert summary.text == ("Incidents: 3 from Oct 2022 to Jan 2023; highest: 2 in Oct 2022. "
                            "Incidents without a date (not shown): 1.")
    data = spec(figure)
    assert data["labels"] == ["Oct 2022", "Nov 2022", "Dec 2022", "Jan 2023"]
    assert [(s["key"], s["name"], s["values"]) for s in data["series"]] == [
        ("battles", "Battles & <clashes>", [1, 0, 0, 0]),
        ("explosions_remote_violence", "Explosions", [0, 0, 0, 1]),
        ("strategic_developments", "Strategic", [1, 0, 0, 0])]
    rows = figure.findall(".//tbody/tr")
    assert [r.find("th").text for r in rows] == ["Oct 2022", "Jan 2023"]
    assert [r.findall("td")[-1].text for r in rows] == ["2", "1"]
    assert "Battles & <clashes>" in [th.xpath("string()") for th in figure.findall(".//thead//th")]


def test_fatalities_chart_explains_what_it_leaves_out() -> None:
    events = [*EVENTS, event(None, best=4, n=5)]
    figure = parse(time_chart(events, "ar", {}, title="القتلى", metric="fatalities"))
    (summary,) = figure.xpath(".//p[@class='kb-chart-summary']")
    assert summary.text.endswith("القتلى في حوادث بلا تاريخ (غير معروضين): 4.")
    assert sum(sum(s["values"]) for s in spec(figure)["series"]) == 8


def test_chart_data_cannot_close_its_script() -> None:
    html = bar_chart([("</script><img src=x onerror=alert(1)>", 3)], "en", title="t", what="w")
    assert "</script><img" not in html
    assert spec(parse(html))["labels"] == ["</script><img src=x onerror=alert(1)>"]


def test_arabic_chart_is_right_to_left_with_arabic_months() -> None:
    figure = parse(time_chart(EVENTS, "ar", {}, title="الحوادث"))
    assert figure.get("dir") == "rtl"
    assert spec(figure)["labels"][0] == f"{MONTHS['ar'][9]} 2022"
    assert parse(time_chart(EVENTS, "en", {}, title="x")).get("dir") == "ltr"


def test_empty_chart_says_so() -> None:
    figure = parse(time_chart([event(None)], "ar", {}, title="لا شيء"))
    assert figure.xpath("string(.//p[@class='kb-chart-summary'])") == "لا حوادث لرسمها. حوادث بلا تاريخ (غير معروضة): 1."
    assert not figure.xpath(".//script") and not figure.xpath(".//div[@class='kb-chart-plot']")


def test_bar_chart_orders_rows_links_them_and_escapes_labels() -> None:
    figure = parse(bar_chart([("Daraa", 2), ("<b>Aleppo</b>", 5), ("Empty", 0)], "en", title="By governorate",
                             what="governorate", href={"Daraa": "../places/daraa/"}, note="Left out: 1."))
    rows = figure.findall(".//tbody/tr")
    assert [r.find("th").xpath("string()") for r in rows] == ["<b>Aleppo</b>", "Daraa"]
    assert rows[1].find("th/a").get("href") == "../places/daraa/"
    assert spec(figure) == {"kind": "bars", "metric": "Incidents", "labels": ["<b>Aleppo</b>", "Daraa"],
                            "values": [5, 2], "links": ["", "../places/daraa/"]}
    assert figure.xpath("string(.//p[@class='kb-chart-summary'])") == "Incidents by governorate; total 7. Left out: 1."


def test_charts_are_deterministic() -> None:
    assert time_chart(EVENTS, "en", LABELS, title="a") == time_chart(list(EVENTS), "en", LABELS, title="a")
    assert dt.date(2022, 10, 17) == EVENTS[0].date


def test_data_hub_words_exist_in_both_languages() -> None:
    from generator.pages.strings import HUB_WORDS, missing_translations

    assert missing_translations() == []
    assert all(HUB_WORDS["ar"][k].strip() for k in HUB_WORDS["ar"])


def test_data_page_column_tables_come_from_the_export_columns(tmp_path) -> None:
    """The Data page lists exactly the export's columns, in order, in both languages."""
    import re

    from generator.exports import ACLED_COLUMNS, UCDP_COLUMNS
    from generator.pages import generate
    from generator.settings import load_settings

    copy_records(tmp_path)
    generate(load_settings(tmp_path))
    for language in ("en", "ar"):
        text = (tmp_path / "content" / language / "data" / "index.md").read_text(encoding="utf-8")
        for key, columns in (("acled", ACLED_COLUMNS), ("ucdp", UCDP_COLUMNS)):
            table = text.split(f'data-kb-columns="{key}"', 1)[1].split("</table>", 1)[0]
            names = re.findall(r'<tr><td>\d+</td><td><code dir="ltr">([a-z0-9_]+)</code></td>', table)
            assert names == [c.name for c in columns], (language, key)
