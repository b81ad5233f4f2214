"""The built site in a real Chromium (Playwright): language switching, RTL, archived texts.

Needs Debian's chromium at /usr/bin/chromium (`apt-get install chromium`);
the tests are skipped without it. Every request is tracked: none may leave 127.0.0.1.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from conftest import CHROMIUM
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is missing: `apt-get install chromium` enables these tests"),
]


def tile_host(root: Path) -> str | None:
    """The map tile server the site is configured with (mkdocs.yml extra.kb.tiles.url), if any."""
    text = (root / "mkdocs.yml").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.strip().startswith("url:") and "{z}" in line:
            return urlsplit(line.split("url:", 1)[1].strip().strip("'\"")).hostname
    return None


# A 1x1 transparent PNG: map tiles are answered by the test, never fetched.
EMPTY_PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


@pytest.fixture
def page(browser, base_url, built_sample_site):
    """A page that records console errors and blocks (and records) every request leaving 127.0.0.1.

    The one outside host a page may ask for is the configured map tile server
    (the map engineer's choice); those requests are answered here with an
    empty tile, so nothing leaves the machine.
    """
    context = browser.new_context()
    outside: list[str] = []
    errors: list[str] = []
    tiles = tile_host(built_sample_site[0])

    def route(r):
        host = urlsplit(r.request.url).hostname
        if host == "127.0.0.1":
            r.continue_()
        elif tiles and host == tiles:
            r.fulfill(status=200, content_type="image/png", body=EMPTY_PNG)
        else:
            outside.append(r.request.url)
            r.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert not outside, f"requests left 127.0.0.1: {outside}"
    assert not errors, f"console errors: {errors}"


def test_arabic_pages_are_rtl(page, base_url):
    page.goto(base_url + "ar/places/jasim/")
    assert page.get_attribute("html", "dir") == "rtl" or page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    page.goto(base_url + "places/jasim/")
    assert page.evaluate("getComputedStyle(document.body).direction") == "ltr"


@pytest.mark.parametrize("start, target", [
    ("places/jasim/", "ar/places/jasim/"),
    ("ar/places/jasim/", "places/jasim/"),
    ("incidents/2022-10-17-jasim-armed-clash/", "ar/incidents/2022-10-17-jasim-armed-clash/"),
    ("ar/people/abd-al-rahman-al-iraqi/", "people/abd-al-rahman-al-iraqi/"),
])
def test_language_switch_keeps_the_page(page, base_url, start, target):
    page.goto(base_url + start)
    language = "ar" if target.startswith("ar/") else "en"
    link = page.locator(f"a.md-select__link[hreflang='{language}']")
    page.goto(link.evaluate("a => a.href"))  # the switcher menu opens on hover; follow its link
    assert page.url == base_url + target


@pytest.mark.parametrize("url", ["incidents/2022-10-17-jasim-armed-clash/", "ar/incidents/2022-10-17-jasim-armed-clash/"])
def test_archived_text_loads_when_opened(page, base_url, built_sample_site, url):
    """The archived text is one file per source; opening the collapsed block loads it as text."""
    expected = (built_sample_site[0] / "site/archive/ain-al-furat-2022-10-17-c4df66b4.txt").read_text(encoding="utf-8")
    page.goto(base_url + url)
    box = page.locator("details.kb-archive").first
    assert box.locator("pre").evaluate("pre => pre.textContent") == ""
    box.locator("summary").click()
    page.wait_for_function("document.querySelector('details.kb-archive').getAttribute('data-kb-loaded') === 'yes'")
    assert box.locator("pre").evaluate("pre => pre.textContent") == expected
    assert box.locator("pre *").count() == 0  # text, never markup


def test_a_source_link_opens_the_incident_at_the_source(page, base_url):
    """Sources live on the incident pages citing them: the sources hub jumps to the source's section."""
    page.goto(base_url + "sources/")
    page.locator("article a[href*='#source-ain-al-furat-2022-10-17-c4df66b4']").first.click()
    page.wait_for_url("**/incidents/2022-10-15-jasim-8th-brigade-withdrawal/#source-ain-al-furat-2022-10-17-c4df66b4")
    block = page.locator("#source-ain-al-furat-2022-10-17-c4df66b4")
    assert block.is_visible()
    box = block.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]  # scrolled to it
