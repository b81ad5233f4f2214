"""The home page in both languages (coverage, date of the last update, latest incidents, counts by
type and year, a small map), and screenshots of the main pages at desktop and phone widths.

Screenshots are test artefacts: PNG files in `tests/screenshots/` (git-ignored, replaced on each run),
never committed.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest

from conftest import REPO, copy_records, parse_page
from generator.pages.graph import build_graph
from generator.pages.home import HOME_MARKER, fill_home, last_update
from generator.records.store import Store

pytestmark = pytest.mark.browser


def exported(incidents_site: dict) -> list:
    return [e for e in incidents_site["store"].records("event") if e.status in ("draft", "reviewed")]


@pytest.mark.parametrize("prefix,words", [
    ("", ("Incidents", "reviewed: 8, drafts: 3", "15 October 2022", "15 April 2023", "undated: 1",
          "articles: 1, outlets: 1", "25 November 2026")),
    ("ar/", ("الحوادث", "مُراجَعة: 8، مسودات: 3", "15 تشرين الأول 2022", "15 نيسان 2023", "غير مؤرخة: 1",
             "المقالات: 1، الوسائل: 1", "25 تشرين الثاني 2026")),
])
def test_home_page_states_coverage_and_the_last_update(incidents_site, prefix: str, words: tuple) -> None:
    doc = parse_page(incidents_site["root"] / "site", prefix.rstrip("/") or ".")
    (block,) = doc.xpath("//div[@data-kb-home]")
    text = block.xpath("string(.//section[contains(@class,'kb-home-coverage')])")
    for word in words:
        assert word in text, word
    events = exported(incidents_site)
    assert block.xpath("string(.//dd[@data-kb-count='incidents'])").startswith(f"{len(events)} (")
    # Not a git repository: the last update is the newest retrieval of a source.
    assert block.xpath(".//time[@data-kb-updated]/@datetime") == ["2026-11-25"]
    # Counts by type and year add up to every incident.
    totals = [int(row.xpath("string(td[last()])")) for row in block.xpath(".//div[contains(@class,'kb-home-counts')]//tbody/tr")]
    assert sum(totals) == len(events) and len(totals) == 3  # 2023, 2022, undated
    # The latest incidents, newest first, linked in the page's language.
    newest = sorted((e for e in events if e.date), key=lambda e: (e.date, e.id), reverse=True)[:5]
    hrefs = block.xpath(".//div[contains(@class,'kb-incidents')]//tbody/tr/td[2]/a/@href")
    assert hrefs == [f"incidents/{e.id}/" for e in newest]
    # The hand-written text around the block is kept.
    assert doc.xpath("//article//a[@href='about/']")


@pytest.mark.parametrize("prefix", ["", "ar/"])
def test_home_page_small_map_shows_every_mapped_incident(offline_page, incidents_site, prefix: str) -> None:
    page = offline_page
    page.goto(incidents_site["url"] + prefix)
    page.wait_for_selector(".kb-map-home[data-kb-markers]", timeout=15000)
    assert int(page.get_attribute(".kb-map-home", "data-kb-markers")) == len(incidents_site["points"])
    assert page.locator(".kb-map-home + p a, .kb-map-home ~ p a").first.get_attribute("href").endswith("map/")
    assert page.locator(".kb-map-filter").count() == 0  # the filters are the map page's


def test_last_update_is_the_last_commit_of_the_records(tmp_path: Path) -> None:
    root = copy_records(tmp_path / "kb")
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_AUTHOR_DATE": "2024-03-05T10:00:00+00:00",
           "GIT_COMMITTER_DATE": "2024-03-05T10:00:00+00:00", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    for command in (["git", "init", "-q"], ["git", "add", "-A"], ["git", "commit", "-q", "-m", "records"]):
        subprocess.run(command, cwd=root, env=env, check=True)
    graph = build_graph(Store.load(root))
    assert last_update(graph) == dt.date(2024, 3, 5)
    (root / "notes.txt").write_text("not a record\n", encoding="utf-8")
    subprocess.run(["git", "add", "-A"], cwd=root, env=env, check=True)
    later = {**env, "GIT_COMMITTER_DATE": "2025-01-01T10:00:00+00:00"}
    subprocess.run(["git", "commit", "-q", "-m", "not records"], cwd=root, env=later, check=True)
    assert last_update(graph) == dt.date(2024, 3, 5)  # only commits touching the record folders count


def test_home_block_goes_only_where_the_page_asks_for_it(tmp_path: Path) -> None:
    (tmp_path / ".kb-home.md").write_text("<div>block</div>\n", encoding="utf-8")
    page = tmp_path / "index.md"
    assert fill_home(f"# Home\n\n{HOME_MARKER}\n\nEnd.\n", page) == "# Home\n\n<div>block</div>\n\n\nEnd.\n"
    assert fill_home("# About\n", page) == "# About\n"
    assert fill_home(HOME_MARKER, tmp_path / "other" / "index.md") == ""  # no block written: nothing shown


SCREENS = ["", "map/", "statistics/", "timeline/", "incidents/"]


@pytest.fixture(scope="module")
def screenshots() -> Path:
    folder = REPO / "tests" / "screenshots"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.mark.parametrize("width,height", [(1280, 900), (390, 844)])
@pytest.mark.parametrize("prefix", ["", "ar/"])
def test_screenshots_of_the_main_pages(offline_page, incidents_site, screenshots: Path, prefix: str, width: int, height: int) -> None:
    """Each main page drawn at desktop and phone size, in both languages, with its map or charts ready."""
    page = offline_page
    page.set_viewport_size({"width": width, "height": height})
    for path in SCREENS:
        page.goto(incidents_site["url"] + prefix + path)
        if page.locator(".kb-map[data-points]").count():
            page.wait_for_selector(".kb-map[data-points][data-kb-markers]", timeout=15000)
        if page.locator("figure.kb-chart script.kb-chart-spec").count():
            page.wait_for_selector("figure.kb-chart.kb-chart-ready", timeout=15000)
        name = f"{path.strip('/') or 'home'}-{'ar' if prefix else 'en'}-{width}.png"
        target = screenshots / name
        page.screenshot(path=str(target), full_page=True)
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert page.evaluate("getComputedStyle(document.body).direction") == ("rtl" if prefix else "ltr")
