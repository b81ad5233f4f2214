"""The built site in Chromium at phone and desktop widths, and axe-core's accessibility rules.

axe-core (tests/vendor/axe-core, from the npm registry, for the tests only) runs on the main pages of
both languages, and on a page with the search dialog open: no serious or critical violation. At
390 px no page scrolls sideways, the incident tables are lists of cards with every cell in view, and
a 1,000-letter name wraps. Screenshots of the main pages at both widths and in both languages go to
test-artefacts/screenshots/ (git-ignored), for a person to look at.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import CHROMIUM, REPO, copy_knowledge_base, mkdocs_build, served

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is missing: `apt-get install chromium` enables these tests"),
]

AXE = REPO / "tests" / "vendor" / "axe-core" / "axe.min.js"
SCREENSHOTS = REPO / "test-artefacts" / "screenshots"
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
PAGES = ["", "incidents/", "incidents/2022-10-17-jasim-armed-clash/", "people/abd-al-rahman-al-iraqi/",
         "organizations/islamic-state/", "places/jasim/", "timeline/", "sources/", "codebook/", "data/", "about/"]
BLOCKING = ("serious", "critical")


@pytest.fixture
def context(browser):
    """A browser context that answers every request leaving 127.0.0.1 (map tiles) with nothing."""
    context = browser.new_context()
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("http://127.0.0.1")
                  else r.fulfill(status=204, body=b""))
    yield context
    context.close()


def violations(page) -> list[str]:
    # Axe reads colours as they are at that instant: the search dialog fades in over 400 ms, and text
    # half faded in fails contrast (seen on CI under load). A reader judges the settled page.
    page.evaluate("""() => Promise.all(document.getAnimations()
        .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
        .map(a => a.finished.catch(() => null)))""")
    page.add_script_tag(content=AXE.read_text(encoding="utf-8"))
    found = page.evaluate("""async () => (await axe.run(document, {resultTypes: ["violations"]})).violations
        .map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(" "))}))""")
    return [f"{v['id']} ({v['impact']}): {v['nodes'][:3]}" for v in found if v["impact"] in BLOCKING]


@pytest.mark.parametrize("prefix", ["", "ar/"])
def test_no_serious_accessibility_violation(context, base_url, prefix):
    page = context.new_page()
    problems = {}
    for url in PAGES:
        page.goto(base_url + prefix + url)
        if found := violations(page):
            problems[prefix + url] = found
    assert problems == {}
    assert len(PAGES) >= 8


@pytest.mark.parametrize("prefix", ["", "ar/"])
def test_the_open_search_dialog_has_a_name_and_no_violation(context, base_url, prefix):
    page = context.new_page()
    page.goto(base_url + prefix)
    page.locator("input.md-search__input").click()
    page.keyboard.insert_text("جاسم" if prefix else "Jasim")
    page.wait_for_selector(".md-search-result__item")
    dialog = page.locator("[data-md-component=search][role=dialog]")
    assert dialog.get_attribute("aria-label") == ("البحث في الموقع" if prefix else "Search the site")
    assert violations(page) == []


def shoot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


@pytest.mark.parametrize("prefix", ["", "ar/"])
def test_phones_never_scroll_sideways_and_see_every_incident_cell(context, base_url, prefix):
    page = context.new_page()
    for size, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(viewport)
        for url in PAGES:
            page.goto(base_url + prefix + url)
            shoot(page, f"{(prefix + url).strip('/').replace('/', '_') or 'home'}-{size}")
            if size == "phone":
                assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], prefix + url
    page.set_viewport_size(PHONE)
    for url in ("incidents/", "places/jasim/"):
        page.goto(base_url + prefix + url)
        cells = page.eval_on_selector_all(".kb-incidents td", """cells => cells.map(c => {
            const box = c.getBoundingClientRect(); return [box.left, box.right, c.textContent.trim()]; })""")
        assert cells and all(0 <= left and right <= PHONE["width"] for left, right, _ in cells), cells
        fatalities = page.eval_on_selector(".kb-incidents tbody tr:first-child td:last-child",
                                           "c => getComputedStyle(c, '::before').content")
        assert json.loads(fatalities) == ("القتلى: " if prefix else "Fatalities: ")


@pytest.mark.parametrize("prefix", ["", "ar/"])
def test_wide_tables_scroll_in_their_box_with_the_first_column_in_view(context, base_url, prefix):
    page = context.new_page()
    page.set_viewport_size(PHONE)
    page.goto(base_url + prefix + "codebook/")
    moved = page.evaluate("""() => {
        const cell = document.querySelector(".kb-table td");
        let box = cell.parentElement;  // the element that scrolls the table (Material wraps tables in its own)
        while (box && !(box.scrollWidth > box.clientWidth && getComputedStyle(box).overflowX === "auto")) box = box.parentElement;
        if (!box) return null;
        const before = cell.getBoundingClientRect().left, second = cell.nextElementSibling.getBoundingClientRect().left;
        box.scrollBy({left: getComputedStyle(box).direction === "rtl" ? -200 : 200, behavior: "instant"});
        return [before, cell.getBoundingClientRect().left, second, cell.nextElementSibling.getBoundingClientRect().left];
    }""")
    assert moved is not None  # the table is wider than the phone, and scrolls in its box ...
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]  # ... not the page
    first_before, first_after, second_before, second_after = moved
    # the second column scrolls away; the first stops at the box's edge and stays in view
    assert abs(first_after - first_before) < abs(second_after - second_before)
    assert 0 <= first_after <= PHONE["width"]


@pytest.fixture(scope="module")
def long_name_site(tmp_path_factory) -> Path:
    root = copy_knowledge_base(tmp_path_factory.mktemp("long-name") / "kb")
    # 200 characters: the longest name `kb check` accepts, one word far wider than a phone
    person = {"id": "long-name", "status": "draft", "name": {"en": "A" * 200, "ar": "ب" * 200}}
    (root / "actors/people/long-name.yaml").write_text(json.dumps(person), encoding="utf-8")  # JSON is YAML
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stdout + result.stderr
    with served(root / "site") as url:
        yield url


@pytest.mark.parametrize("url", ["people/long-name/", "ar/people/long-name/", "people/", "ar/people/"])
def test_a_very_long_word_wraps_instead_of_widening_the_page(context, long_name_site, url):
    page = context.new_page()
    page.set_viewport_size(PHONE)
    page.goto(long_name_site + url)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.parametrize("prefix, title", [("", "Syria incidents knowledge base"), ("ar/", "قاعدة معرفة الحوادث في سوريا")])
def test_the_site_title_shows_once_at_the_top_of_the_sidebar(context, base_url, prefix, title):
    page = context.new_page()
    page.set_viewport_size(DESKTOP)
    page.goto(base_url + prefix + "incidents/")
    shown = page.eval_on_selector(".md-sidebar--primary", """(bar, title) => [...bar.querySelectorAll("label, a, span")]
        .filter(e => e.checkVisibility() && [...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim() === title))
        .length""", title)
    assert shown == 1
