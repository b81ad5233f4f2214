"""The built site in a real browser: map markers, popups, the incidents filter in the URL, plots.

One site is built per module from a copy of the knowledge base with extra
incidents spread over Syria (plus a merged, a retracted, an undated one and
one whose title is markup). It is served on 127.0.0.1; tile requests are
aborted (markers must still show) and any other request leaving 127.0.0.1
fails the test.
"""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import CHROMIUM, copy_knowledge_base, mkdocs_build, served
from generator.records.store import Store

pytestmark = pytest.mark.browser

PLACES = {
    "aleppo-governorate": ("governorate", "Aleppo Governorate", "محافظة حلب", "syria", (36.2, 37.6)),
    "aleppo": ("city", "Aleppo", "حلب", "aleppo-governorate", (36.2021, 37.1343)),
    "deir-ez-zor-governorate": ("governorate", "Deir ez-Zor Governorate", "محافظة دير الزور", "syria", (35.3, 40.2)),
    "deir-ez-zor": ("city", "Deir ez-Zor", "دير الزور", "deir-ez-zor-governorate", (35.3359, 40.1408)),
    "bukamal": ("town", "Albu Kamal", "البوكمال", "deir-ez-zor-governorate", (34.4536, 40.9367)),
    "qamishli": ("city", "Qamishli", "القامشلي", "syria", (37.0522, 41.2317)),
}
XSS_TITLE = '<img src=x onerror="window.kbPwned=1"> Qamishli & <b>drone</b>'
EVENTS = [
    # (id, date, type, sub_type, place, best, status, title)
    ("2023-01-05-aleppo-shelling", "2023-01-05", "explosions_remote_violence", "shelling_artillery_missile_attack",
     "aleppo", 2, "reviewed", None),
    ("2023-01-20-aleppo-clash", "2023-01-20", "battles", "armed_clash", "aleppo", 4, "draft", None),
    ("2023-02-11-aleppo-protest", "2023-02-11", "protests", "peaceful_protest", "aleppo", 0, "reviewed", None),
    ("2023-03-02-deir-ez-zor-clash", "2023-03-02", "battles", "armed_clash", "deir-ez-zor", 7, "reviewed", None),
    ("2023-03-09-bukamal-drone", "2023-03-09", "explosions_remote_violence", "air_drone_strike", "bukamal", 5,
     "reviewed", None),
    ("2023-03-10-qamishli-drone", "2023-03-10", "explosions_remote_violence", "air_drone_strike", "qamishli", 1,
     "reviewed", XSS_TITLE),
    ("2023-04-01-inkhil-abduction", "2023-04-01", "violence_against_civilians", "abduction_forced_disappearance",
     "inkhil", 0, "draft", None),
    ("2023-04-15-western-daraa-clash", "2023-04-15", "battles", "armed_clash", "western-daraa-countryside", 1,
     "reviewed", None),
    ("2023-05-01-daraa-clash-merged", "2023-05-01", "battles", "armed_clash", "daraa", 9, "merged", None),
    ("2023-05-02-daraa-clash-retracted", "2023-05-02", "battles", "armed_clash", "daraa", 9, "retracted", None),
    ("undated-placeless-arrests", None, "strategic_developments", "arrests", None, None, "draft", None),
]


def _yaml_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def write_records(root: Path) -> None:
    source = sorted(s.id for s in Store.load(root).records("source"))[0]  # any source of the sample will do
    for pid, (kind, en, ar, parent, (lat, lon)) in PLACES.items():
        (root / "places" / f"{pid}.yaml").write_text(
            f"id: {pid}\nstatus: reviewed\nname: {{en: {en}, ar: {ar}}}\nkind: {kind}\nparent: {parent}\n"
            f"coordinates: {{lat: {lat}, lon: {lon}}}\n", encoding="utf-8")
    for eid, day, kind, sub, place, best, status, title in EVENTS:
        folder = root / "events" / (day[:4] if day else "undated")
        folder.mkdir(parents=True, exist_ok=True)
        lines = [f"id: {eid}", f"status: {status}"]
        if status == "merged":
            lines.append("merged_into: 2023-01-20-aleppo-clash")
        if title:
            lines.append(f"title: {{en: {_yaml_text(title)}, ar: {_yaml_text(title)}}}")
        lines += [f"date: {day or 'null'}", f"date_precision: {'day' if day else 'unknown'}", f"type: {kind}",
                  f"sub_type: {sub}"]
        if place:
            lines.append(f"place: {place}")
        lines += ["actors:", "  - {id: islamic-state, side: a}" if kind == "battles" else "  - {id: syrian-arab-army, side: a}"]
        lines.append(f"fatalities: {{best: {best if best is not None else 'null'}}}")
        lines += ["sources:", f"  - source: {source}"]
        (folder / f"{eid}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> dict:
    if not CHROMIUM.exists():
        pytest.skip("Chromium is missing: `apt-get install chromium` enables the browser tests")
    root = copy_knowledge_base(tmp_path_factory.mktemp("kb-site"))
    write_records(root)
    store = Store.load(root)
    assert not store.problems, store.problems
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr[-3000:]
    points = json.loads((root / "site/map/points.json").read_text(encoding="utf-8"))["points"]
    with served(root / "site") as url:
        yield {"url": url, "store": store, "points": points}


@pytest.fixture
def page(browser, site):
    context = browser.new_context()
    page = context.new_page()
    page.kb_leaks, page.kb_tiles, page.kb_errors = [], [], []

    def route(request_route) -> None:
        url = request_route.request.url
        host = urlsplit(url).hostname
        if host == "127.0.0.1":
            request_route.continue_()
        elif host and host.endswith("tile.openstreetmap.org"):
            page.kb_tiles.append(url)
            request_route.abort()
        else:
            page.kb_leaks.append(url)
            request_route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: page.kb_errors.append(str(error)))
    yield page
    assert page.kb_leaks == [], f"requests left 127.0.0.1: {page.kb_leaks}"
    assert page.kb_errors == [], page.kb_errors
    context.close()


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


def test_popup_links_to_the_incident_in_the_page_language_and_escapes_text(page, site) -> None:
    page.goto(site["url"] + "ar/map/")
    marker_total(page)
    marker = page.locator(".leaflet-marker-icon.kb-marker").first
    marker.click()
    link = page.locator(".kb-popup a")
    link.wait_for(timeout=5000)
    href = link.get_attribute("href")
    assert "/ar/incidents/" in href
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


@pytest.mark.parametrize("prefix,direction", [("", "ltr"), ("ar/", "rtl")])
def test_plots_on_hubs_and_entity_pages(page, site, prefix: str, direction: str) -> None:
    for path, minimum in (("statistics/", 5), ("timeline/", 1), ("organizations/islamic-state/", 1),
                          ("places/aleppo/", 1)):
        page.goto(site["url"] + prefix + path)
        figures = page.locator("figure.kb-chart")
        assert figures.count() >= minimum, path
        assert page.locator("figure.kb-chart svg[role=img]").count() >= minimum
        assert figures.first.get_attribute("dir") == direction
        assert page.locator("figure.kb-chart table").count() >= minimum  # the numbers as text
        box = page.locator("figure.kb-chart svg").first.bounding_box()
        assert box and box["width"] > 100 and box["height"] > 20


def test_data_page_links_every_download(page, site) -> None:
    for prefix in ("", "ar/"):
        page.goto(site["url"] + prefix + "data/")
        hrefs = page.locator("a[download]").evaluate_all("links => links.map(a => a.href)")
        assert len(hrefs) == 6
        for href in hrefs:
            response = page.request.get(href)
            assert response.ok, href
        assert page.locator("[data-kb-columns=acled] tbody tr").count() == 31
