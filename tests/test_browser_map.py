"""The map and the incidents filter in a real browser: markers, popups in the page's language, the
filter shared through the URL, the time slider, counts, and the fallback when tiles cannot load.

The site is conftest's `incidents_site`, served on 127.0.0.1; `page` aborts tile requests (markers
must still show) and fails the test on any other request leaving 127.0.0.1 or any page error.
"""

from __future__ import annotations

import pytest

from conftest import XSS_TITLE

pytestmark = pytest.mark.browser


@pytest.fixture
def site(incidents_site: dict) -> dict:
    return incidents_site


@pytest.fixture
def page(offline_page):
    return offline_page

def marker_total(page) -> int:
    """Markers on the map: single markers plus the counts written on the cluster icons."""
    page.wait_for_selector(".kb-map[data-kb-markers]", timeout=15000)
    expected = int(page.get_attribute(".kb-map[data-kb-markers]", "data-kb-markers"))
    total = -1
    for _ in range(25):  # until the drawn markers add up, or 5 s (cluster animations)
        singles = page.locator(".leaflet-marker-icon.kb-marker").count()
        clusters = page.locator(".leaflet-marker-icon.marker-cluster").all_inner_texts()
        total = singles + sum(int(text.strip()) for text in clusters)
        if total == expected:
            break
        page.wait_for_timeout(200)
    return total


@pytest.mark.parametrize("prefix", ["", "ar/"])
def test_map_shows_every_incident_with_coordinates(page, site, prefix: str) -> None:
    expected = len(site["points"])
    exported_ids = {e.id for e in site["store"].records("event") if e.status in ("draft", "reviewed")}
    assert expected == len(exported_ids) - 1  # every exported incident but the placeless one
    page.goto(site["url"] + prefix + "map/")
    assert marker_total(page) == expected
    assert int(page.get_attribute(".kb-map", "data-kb-markers")) == expected
    assert page.kb_tiles, "the map asked for tiles (they were blocked)"


def test_popup_shows_title_and_date_in_the_page_language_and_escapes_text(page, site) -> None:
    page.goto(site["url"] + "ar/map/")
    marker_total(page)
    # Albu Kamal stands alone; its record has no title: the Arabic page's generated title and date.
    target = page.locator('.leaflet-marker-icon.kb-marker[title^="غارة جوية"]')
    target.click()
    link = page.locator(".kb-popup a")
    link.wait_for(timeout=5000)
    assert link.inner_text() == "غارة جوية أو بطائرة مسيّرة في البوكمال، 9 آذار 2023"
    assert link.get_attribute("href").endswith("/ar/incidents/2023-03-09-bukamal-drone/")
    assert page.locator(".kb-popup").get_attribute("dir") == "rtl"
    assert page.locator(".kb-popup-meta").inner_text() == "9 آذار 2023 · انفجارات وعنف عن بعد · القتلى: 5"
    # The incident whose title is markup: shown as text, never run.
    page.goto(site["url"] + "ar/map/")
    marker_total(page)
    target = page.get_by_title(XSS_TITLE, exact=True)  # Qamishli stands alone, far from the others
    target.wait_for(timeout=10000)
    target.click()
    page.locator(".kb-popup a").wait_for(timeout=5000)
    assert page.locator(".kb-popup a").inner_text() == XSS_TITLE
    assert page.locator(".kb-popup img").count() == 0
    assert page.evaluate("window.kbPwned") is None


def test_markers_are_named_buttons(page, site) -> None:
    page.goto(site["url"] + "map/")
    marker_total(page)
    names = page.locator(".leaflet-marker-icon.kb-marker").evaluate_all(
        "icons => icons.map(i => [i.getAttribute('role'), i.getAttribute('aria-label')])")
    assert names and all(role == "button" and label for role, label in names), names
    assert ["button", "Air/drone strike in Albu Kamal, 9 March 2023 (9 March 2023)"] in names


def test_small_maps_on_place_and_incident_pages(page, site) -> None:
    page.goto(site["url"] + "places/aleppo/")
    assert marker_total(page) == 1
    page.goto(site["url"] + "ar/incidents/2023-03-02-deir-ez-zor-clash/")
    assert marker_total(page) == 1


def visible_rows(page) -> int:
    return page.locator(".kb-incidents[data-kb-filter] tbody tr[data-type]:visible").count()


def test_filter_narrows_the_table_and_survives_a_reload(page, site) -> None:
    events = [e for e in site["store"].records("event") if e.status != "merged"]  # the hub lists retracted ones too
    battles = sum(1 for e in events if e.type == "battles")
    page.goto(site["url"] + "incidents/")
    page.wait_for_selector(".kb-incidents.kb-filter-ready")
    assert visible_rows(page) == len(events)
    page.select_option("select[name=type]", "battles")
    assert visible_rows(page) == battles < len(events)
    assert "type=battles" in page.url
    page.select_option("select[name=place]", "aleppo")
    assert visible_rows(page) == 1
    page.reload()
    page.wait_for_selector(".kb-incidents.kb-filter-ready")
    assert visible_rows(page) == 1
    assert page.input_value("select[name=type]") == "battles"
    assert page.input_value("select[name=place]") == "aleppo"
    page.click(".kb-filter-reset")
    assert visible_rows(page) == len(events) and "type=" not in page.url


def test_filter_by_organization_and_dates_from_a_shared_url(page, site) -> None:
    events = [e for e in site["store"].records("event") if e.status != "merged"]  # the hub lists retracted ones too
    in_range = [e for e in events if e.date and "2023-02-01" <= e.date.isoformat() <= "2023-03-31"]
    page.goto(site["url"] + "ar/incidents/?from=2023-02-01&to=2023-03-31")
    page.wait_for_selector(".kb-incidents.kb-filter-ready")
    assert visible_rows(page) == len(in_range)
    assert page.input_value("input[name=from]") == "2023-02-01"
    by_org = [e for e in events if any(a.id == "islamic-state" for a in e.actors)]
    page.goto(site["url"] + "incidents/?org=islamic-state&sort=fatalities&order=desc")
    page.wait_for_selector(".kb-incidents.kb-filter-ready")
    assert visible_rows(page) == len(by_org)
    shown = page.locator(".kb-incidents tbody tr[data-type]:visible").evaluate_all(
        "rows => rows.map(r => parseInt(r.dataset.fatalities || '-1', 10))")
    assert shown == sorted(shown, reverse=True)


def test_data_page_links_every_download(page, site) -> None:
    for prefix in ("", "ar/"):
        page.goto(site["url"] + prefix + "data/")
        hrefs = page.locator("a[download]").evaluate_all("links => links.map(a => a.href)")
        assert len(hrefs) == 6
        for href in hrefs:
            response = page.request.get(href)
            assert response.ok, href
        assert page.locator("[data-kb-columns=acled] tbody tr").count() == 31


def shown_on_map(page) -> int:
    return int(page.get_attribute(".kb-map[data-kb-markers]", "data-kb-markers"))


def expected(site, **state) -> int:
    """How many map points match a filter, counted from the English points file."""
    def ok(p: dict) -> bool:
        return ((not state.get("type") or p["type"] == state["type"]) and (not state.get("gov") or p["gov"] == state["gov"])
                and (not state.get("org") or state["org"] in p["orgs"])
                and (not state.get("to") or (p["date"] is not None and p["date"] <= state["to"])))
    return sum(1 for p in site["points"] if ok(p))


def test_map_filter_counts_and_url_open_the_list_with_the_same_filter(page, site) -> None:
    page.goto(site["url"] + "ar/map/?type=battles&gov=aleppo-governorate")
    marker_total(page)
    assert shown_on_map(page) == expected(site, type="battles", gov="aleppo-governorate") == 1
    assert page.input_value(".kb-map-filter select[name=gov]") == "aleppo-governorate"
    total = len(site["points"])
    assert page.locator(".kb-map-filter ~ .kb-filter-status").inner_text() == f"تظهر على الخريطة 1 من أصل {total} حادثة"
    legend = dict(page.locator(".kb-map-legend li").evaluate_all(
        "items => items.map(li => [li.dataset.kbType, li.textContent])"))
    assert legend["battles"] == "معارك (1)" and legend["protests"] == "احتجاجات (0)"
    page.select_option(".kb-map-filter select[name=type]", "")
    assert shown_on_map(page) == expected(site, gov="aleppo-governorate") == 3
    assert "type=" not in page.url and "gov=aleppo-governorate" in page.url
    page.select_option(".kb-map-filter select[name=type]", "battles")
    href = page.get_attribute(".kb-map-list", "href")
    assert href.endswith("incidents/?type=battles&gov=aleppo-governorate")
    page.click(".kb-map-list")
    page.wait_for_selector(".kb-incidents.kb-filter-ready")
    assert visible_rows(page) == 1
    assert page.input_value(".kb-filter select[name=gov]") == "aleppo-governorate"
    # and back: the hub links to the map with its filter
    assert page.get_attribute(".kb-filter-map", "href").endswith("map/?type=battles&gov=aleppo-governorate")
    page.click(".kb-filter-map")
    marker_total(page)
    assert shown_on_map(page) == 1


def test_time_slider_and_dates_narrow_the_map(page, site) -> None:
    page.goto(site["url"] + "map/?org=islamic-state")
    marker_total(page)
    assert shown_on_map(page) == expected(site, org="islamic-state")
    slider = page.locator(".kb-map-slider input[type=range]")
    assert page.locator(".kb-map-slider span").inner_text() == "All dates"
    months = int(slider.get_attribute("max"))
    first = min(p["date"] for p in site["points"] if p["date"])
    assert first == "2022-10-15" and months == 7  # October 2022 to April 2023
    slider.fill("4")  # the fifth month: February 2023
    assert page.locator(".kb-map-slider span").inner_text() == "Up to February 2023"
    assert "to=2023-02-28" in page.url
    assert shown_on_map(page) == expected(site, org="islamic-state", to="2023-02-28") == 2
    assert page.input_value(".kb-map-filter input[name=to]") == "2023-02-28"
    page.fill(".kb-map-filter input[name=to]", "2023-03-31")
    page.locator(".kb-map-filter input[name=to]").dispatch_event("change")
    assert page.input_value(".kb-map-slider input") == "5"
    page.click(".kb-map-filter .kb-filter-reset")
    assert shown_on_map(page) == len(site["points"]) and "org=" not in page.url


@pytest.mark.parametrize("prefix,name", [("", "Aleppo Governorate"), ("ar/", "محافظة حلب")])
def test_without_tiles_the_map_draws_syria_and_its_governorates(page, site, prefix: str, name: str) -> None:
    page.goto(site["url"] + prefix + "map/")
    marker_total(page)
    page.wait_for_selector(".kb-map.kb-map-no-tiles path.kb-outline", timeout=10000)
    labels = page.locator(".kb-gov-label").all_inner_texts()
    assert name in labels and len(labels) == 3
    box = page.locator("path.kb-outline").bounding_box()
    assert box and box["width"] > 100 and box["height"] > 100
