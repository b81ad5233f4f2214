"""Build-time charts: well-formed SVG, numbers in a table, Arabic labels and a mirrored axis on Arabic pages."""

from __future__ import annotations

import datetime as dt

from lxml import etree

from conftest import copy_records
from generator.pages.charts import bar_chart, time_chart, time_series
from generator.pages.strings import SHORT_MONTHS as MONTHS
from generator.records.model import Event

SVG = "{http://www.w3.org/2000/svg}"


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


def test_time_chart_is_well_formed_with_a_text_alternative() -> None:
    figure = parse(time_chart(EVENTS, "en", LABELS, title="Incidents per month"))
    svg = figure.find(f"{SVG}svg")
    assert svg.get("role") == "img" and svg.get("fill") == "currentColor"
    (caption,) = [el for el in figure.iter("figcaption") if el.get("id") == svg.get("aria-labelledby")]
    assert caption.text.startswith("Incidents per month. ") and "3 incidents" in caption.text
    assert len(svg.findall(f".//{SVG}rect")) == 3
    rows = figure.findall(".//tbody/tr")
    assert [r.find("th").text for r in rows] == ["Oct 2022", "Jan 2023"]
    assert [r.findall("td")[-1].text for r in rows] == ["2", "1"]
    assert "Battles & <clashes>" in [li.xpath("string()") for li in figure.findall(".//ul/li")]  # escaped, parsed back


def test_arabic_chart_runs_right_to_left_with_arabic_months() -> None:
    html = time_chart(EVENTS, "ar", {}, title="الحوادث")
    figure = parse(html)
    assert figure.get("dir") == "rtl"
    texts = [t.text for t in figure.iter(f"{SVG}text")]
    assert MONTHS["ar"][9] in texts and MONTHS["ar"][0] in texts  # تشرين الأول, كانون الثاني
    october = next(t for t in figure.iter(f"{SVG}text") if t.text == MONTHS["ar"][9])
    january = next(t for t in figure.iter(f"{SVG}text") if t.text == MONTHS["ar"][0])
    assert float(october.get("x")) > float(january.get("x"))  # earliest month on the right
    english = parse(time_chart(EVENTS, "en", {}, title="x"))
    oct_en = next(t for t in english.iter(f"{SVG}text") if t.text == "Oct")
    jan_en = next(t for t in english.iter(f"{SVG}text") if t.text == "Jan")
    assert float(oct_en.get("x")) < float(jan_en.get("x"))


def test_empty_chart_says_so() -> None:
    figure = parse(time_chart([event(None)], "ar", {}, title="لا شيء"))
    assert figure.find("p").text == "لا حوادث لرسمها."


def test_bar_chart_orders_rows_and_escapes_labels() -> None:
    figure = parse(bar_chart([("Daraa", 2), ("<b>Aleppo</b>", 5), ("Empty", 0)], "en", title="By governorate",
                             what="governorate", href={"Daraa": "../places/daraa/"}))
    rows = figure.findall(".//tbody/tr")
    assert [r.find("th").xpath("string()") for r in rows] == ["<b>Aleppo</b>", "Daraa"]
    assert rows[1].find("th/a").get("href") == "../places/daraa/"
    assert len(figure.findall(f".//{SVG}rect")) == 2
    arabic = parse(bar_chart([("درعا", 2)], "ar", title="x", what="المحافظة"))
    label = next(t for t in arabic.iter(f"{SVG}text") if t.xpath("string()").endswith("درعا"))
    assert label.get("direction") == "rtl"


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
