"""Charts in a real browser: drawn by ECharts from the data each figure carries, labels of 12 px or
more that never overlap at phone and desktop widths, values on hover and keyboard focus, legend
buttons that hide a type, right to left on Arabic pages, light and dark schemes, totals that say
what they leave out, and the timeline's table inside its column.

The site is conftest's `incidents_site` (served on 127.0.0.1, no request leaves it).
"""

from __future__ import annotations

import re

import pytest
from lxml import html

from conftest import parse_page

pytestmark = pytest.mark.browser

# The text ECharts drew on a chart's canvas: zrender's display list, with each text's box on the canvas.
DRAWN_TEXT = """figure => {
  const chart = echarts.getInstanceByDom(figure.querySelector('.kb-chart-plot'));
  return chart.getZr().storage.getDisplayList().filter(el => el.type === 'tspan').map(el => {
    const box = el.getBoundingRect().clone();
    if (el.transform) { box.applyTransform(el.transform); }
    return {text: el.style.text, size: parseFloat(/(\\d+(?:\\.\\d+)?)px/.exec(el.style.font)[1]), x: box.x, y: box.y, width: box.width};
  });
}"""
OPTION = "figure => echarts.getInstanceByDom(figure.querySelector('.kb-chart-plot')).getOption()"


def open_page(browser, url: str, width: int):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.route("**/*", lambda route: route.continue_() if "//127.0.0.1:" in route.request.url else route.abort())
    page.goto(url)
    page.wait_for_function("document.querySelectorAll('figure.kb-chart.kb-chart-ready').length >= "
                           "document.querySelectorAll('figure.kb-chart script.kb-chart-spec').length")
    return context, page, errors


def overlaps(a: dict, b: dict) -> bool:
    """Two labels' boxes (one line of 12 px text each) share more than a pixel."""
    return (min(a["x"] + a["width"], b["x"] + b["width"]) - max(a["x"], b["x"]) > 1
            and abs(a["y"] - b["y"]) < 11)


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("prefix", ["", "ar/"])
def test_labels_are_12px_and_never_overlap(browser, incidents_site, prefix: str, width: int) -> None:
    context, page, errors = open_page(browser, incidents_site["url"] + prefix + "statistics/", width)
    figures = page.locator("figure.kb-chart.kb-chart-ready")
    assert figures.count() == 5
    for index in range(5):
        texts = figures.nth(index).evaluate(DRAWN_TEXT)
        assert texts, index
        assert min(t["size"] for t in texts) >= 12, texts
        clashes = [(a["text"], b["text"]) for i, a in enumerate(texts) for b in texts[i + 1:] if overlaps(a, b)]
        assert clashes == [], (index, clashes)
        box = figures.nth(index).locator("canvas").first.bounding_box()
        assert box and box["width"] <= width
    # Seven months: all labelled on an English desktop page; on a phone (and with the longer Arabic
    # month names) some labels are left out rather than crowded.
    months = [t["text"] for t in figures.first.evaluate(DRAWN_TEXT) if re.search(r"20\d\d", t["text"])]
    assert 2 <= len(months) <= 7
    assert (len(months) == 7) if (width, prefix) == (1280, "") else (len(months) < 7), months
    assert errors == []
    context.close()


def test_arabic_charts_run_right_to_left(browser, incidents_site) -> None:
    context, page, _ = open_page(browser, incidents_site["url"] + "ar/statistics/", 1280)
    time, bars = page.locator("figure.kb-chart").nth(0), page.locator("figure.kb-chart").nth(2)
    assert time.get_attribute("dir") == "rtl"
    option = time.evaluate(OPTION)
    assert option["xAxis"][0]["inverse"] is True and option["yAxis"][0]["position"] == "right"
    labels = {t["text"]: t["x"] for t in time.evaluate(DRAWN_TEXT)}
    assert labels["تشرين الأول 2022"] > labels["نيسان 2023"]  # the earliest month on the right
    option = bars.evaluate(OPTION)
    assert option["yAxis"][0]["position"] == "right" and option["xAxis"][0]["inverse"] is True
    context.close()


@pytest.mark.parametrize("prefix,forward,first,total", [("", "ArrowRight", "Oct 2022", "Total: 2"),
                                                         ("ar/", "ArrowLeft", "تشرين الأول 2022", "المجموع: 2")])
def test_values_show_on_keyboard_focus_and_hover(browser, incidents_site, prefix, forward, first, total) -> None:
    context, page, _ = open_page(browser, incidents_site["url"] + prefix + "statistics/", 1280)
    figure = page.locator("figure.kb-chart").first
    plot = figure.locator(".kb-chart-plot")
    plot.focus()
    tip = page.locator(".kb-chart-tip")
    tip.wait_for(state="visible", timeout=5000)
    assert tip.locator("strong").inner_text() == first
    assert tip.inner_text().splitlines()[-1] == total
    assert figure.locator(".kb-chart-live").inner_text().startswith(first + " — ")
    plot.press(forward)
    next_month = "Nov 2022" if not prefix else "تشرين الثاني 2022"
    page.wait_for_function("label => document.querySelector('.kb-chart-tip strong').textContent === label", arg=next_month)
    plot.press("End")
    page.wait_for_function("label => document.querySelector('.kb-chart-tip strong').textContent === label",
                           arg="Apr 2023" if not prefix else "نيسان 2023")
    plot.evaluate("el => el.blur()")
    # Hover over the tallest bar (March 2023: three incidents), where ECharts says it is drawn.
    march = "Mar 2023" if not prefix else "آذار 2023"
    x = figure.evaluate("(f, label) => echarts.getInstanceByDom(f.querySelector('.kb-chart-plot'))"
                        ".convertToPixel({xAxisIndex: 0}, label)", march)
    box = plot.bounding_box()
    page.mouse.move(box["x"] + x, box["y"] + box["height"] / 2)
    page.wait_for_function("label => document.querySelector('.kb-chart-tip strong').textContent === label", arg=march)
    assert page.locator(".kb-chart-tip").inner_text().splitlines()[-1].endswith(": 3")
    context.close()


def test_legend_buttons_hide_and_show_a_type(browser, incidents_site) -> None:
    context, page, _ = open_page(browser, incidents_site["url"] + "statistics/", 1280)
    figure = page.locator("figure.kb-chart").first
    button = figure.locator(".kb-chart-toggle[data-kb-series=battles]")
    assert button.inner_text() == "Battles" and button.get_attribute("aria-pressed") == "true"
    button.click()
    assert button.get_attribute("aria-pressed") == "false"
    assert figure.evaluate(OPTION)["legend"][0]["selected"]["Battles"] is False
    figure.locator(".kb-chart-plot").focus()  # October 2022: a battle and a strategic development
    page.locator(".kb-chart-tip").wait_for(state="visible")
    assert page.locator(".kb-chart-tip").inner_text().splitlines()[1:] == ["Strategic developments: 1", "Total: 1"]
    button.press("Enter")
    assert button.get_attribute("aria-pressed") == "true"
    assert figure.evaluate(OPTION)["legend"][0]["selected"]["Battles"] is True
    context.close()


def test_charts_follow_the_dark_scheme(browser, incidents_site) -> None:
    """The site ships Material's light scheme only (no theme.palette: no toggle on every page); with a
    palette, Material sets data-md-color-scheme="slate" and its colours, and the charts redraw in them."""
    context, page, _ = open_page(browser, incidents_site["url"] + "statistics/", 1280)
    figure = page.locator("figure.kb-chart").first
    light = figure.evaluate(OPTION)["xAxis"][0]["axisLabel"]["color"]
    page.add_style_tag(content="[data-md-color-scheme=slate] { --md-typeset-color: rgb(226, 228, 233); }")
    page.evaluate("document.body.setAttribute('data-md-color-scheme', 'slate')")
    page.wait_for_function("light => echarts.getInstanceByDom(document.querySelector('figure.kb-chart .kb-chart-plot'))"
                           ".getOption().xAxis[0].axisLabel.color !== light", arg=light)
    dark = figure.evaluate(OPTION)
    assert dark["xAxis"][0]["axisLabel"]["color"] == "rgb(226, 228, 233)"
    colours = {s["name"]: s["itemStyle"]["color"] for s in dark["series"]}
    assert colours["Battles"] == "#ff6b6b"  # kb-data.css, slate scheme
    context.close()


def test_totals_say_what_the_charts_leave_out(incidents_site) -> None:
    site_dir = incidents_site["root"] / "site"
    exported = [e for e in incidents_site["store"].records("event") if e.status in ("draft", "reviewed")]
    doc = parse_page(site_dir, "statistics")
    summaries = [p.text_content() for p in doc.xpath("//p[@class='kb-chart-summary']")]
    undated = sum(1 for e in exported if e.date is None)
    assert summaries[0].endswith(f"Incidents without a date (not shown): {undated}.") and undated == 1
    assert summaries[0].startswith(f"Incidents: {len(exported) - undated} from Oct 2022 to Apr 2023")
    # By governorate: the bars and the incidents without a known governorate add up to every incident.
    shown = sum(int(td.text) for td in doc.xpath("(//figure[@data-kb-chart='bars'])[1]//tbody//td"))
    left_out = int(re.search(r"not shown\): (\d+)\.$", summaries[2]).group(1))
    assert shown + left_out == len(exported) and left_out == 2  # Qamishli (no governorate) and the placeless one
    assert "organizations with the most incidents, of 5" in summaries[4]
    arabic = [p.text_content() for p in parse_page(site_dir, "ar/statistics").xpath("//p[@class='kb-chart-summary']")]
    assert arabic[2].endswith(f"حوادث محافظتها غير معروفة (غير معروضة): {left_out}.")


def test_timeline_table_fits_its_column(browser, incidents_site) -> None:
    for prefix in ("", "ar/"):
        context, page, _ = open_page(browser, incidents_site["url"] + prefix + "timeline/", 1280)
        # Material wraps tables in a scrolling box (.md-typeset__scrollwrap): nothing to scroll in it.
        sizes = page.locator(".kb-timeline table").evaluate(
            "t => { const box = t.closest('.md-typeset__scrollwrap') || t.parentNode;"
            " return [box.scrollWidth, box.clientWidth, t.getBoundingClientRect().width,"
            " document.querySelector('article').getBoundingClientRect().width]; }")
        scroll, client, table, article = sizes
        assert scroll <= client and table <= article, sizes
        december = page.locator(".kb-timeline thead th").nth(12).bounding_box()
        content = page.locator("article").bounding_box()
        assert content["x"] <= december["x"] and december["x"] + december["width"] <= content["x"] + content["width"]
        context.close()
    heads = html.fromstring((incidents_site["root"] / "site/timeline/index.html").read_bytes()).xpath(
        "//div[contains(@class,'kb-timeline')]//thead//abbr")
    assert [(a.text, a.get("title")) for a in heads][:2] == [("Jan", "January"), ("Feb", "February")]
