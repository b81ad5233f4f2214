"""Search in a real Chromium: Material's search box answered from the page language's Pagefind index.

Queries are typed with `insert_text`, which sends input events and no key
events, as many Arabic input methods do: the search must still run.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

import pytest

from conftest import CHROMIUM
from generator.pages import searchnorm

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="Chromium is missing: `apt-get install chromium` enables these tests"),
]


@pytest.fixture
def page(browser):
    context = browser.new_context()
    # The home page's map asks for tiles: anything leaving 127.0.0.1 gets an empty answer (no network).
    context.route("**/*", lambda r: r.continue_() if r.request.url.startswith("http://127.0.0.1")
                  else r.fulfill(status=204, body=b""))
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    yield page
    context.close()
    assert not errors, errors


def search(page, base_url: str, start: str, query: str) -> list[str]:
    """Type `query` into the search box of page `start`; the site paths of the results, best first."""
    page.goto(base_url + start)
    page.locator("input.md-search__input").click()
    page.keyboard.insert_text(query)  # input events only, no keyup
    page.wait_for_function("""() => {
        const none = JSON.parse(document.getElementById("__config").textContent).translations["search.result.none"];
        return document.querySelector(".md-search-result__item")
            || document.querySelector(".md-search-result__meta").textContent.trim() === none;
    }""", timeout=10_000)
    hrefs = page.eval_on_selector_all(".md-search-result__item a", "els => els.map(e => e.href)")
    return [urlsplit(h).path.strip("/") for h in hrefs]


@pytest.mark.parametrize("query", ["جاسم", "جَاسِم", "بجاسم", "وجاسم", "لجاسم"])
def test_arabic_search_finds_jasim_in_arabic_pages_only(page, base_url, query):
    paths = search(page, base_url, "ar/", query)
    assert "ar/places/jasim" in paths[:3]  # a record whose title has the word: titles weigh most
    assert "ar/incidents/2022-10-17-jasim-armed-clash" in paths
    assert all(p.startswith("ar/") for p in paths)
    assert_records_first(paths)


@pytest.mark.parametrize("query, expected", [
    ("إنخل", "ar/places/inkhil"), ("أنخل", "ar/places/inkhil"), ("محافظه درعا", "ar/places/daraa-governorate"),
    ("العراقى", "ar/people/abd-al-rahman-al-iraqi"), ("بالعراقي", "ar/people/abd-al-rahman-al-iraqi"),
    ("عبدالرحمن", "ar/people/abd-al-rahman-al-iraqi"), ("عبد الرحمن", "ar/people/abd-al-rahman-al-iraqi"),
])
def test_arabic_search_forms(page, base_url, query, expected):
    assert expected in search(page, base_url, "ar/", query)


@pytest.mark.parametrize("query", ["Jassim", "Jassem", "Jasim"])
def test_an_alias_of_a_place_finds_the_place_and_its_incidents_in_english_pages_only(page, base_url, query):
    paths = search(page, base_url, "", query)
    assert "places/jasim" in paths[:3]
    assert_records_first(paths)
    assert {"incidents/2022-10-17-jasim-armed-clash", "incidents/2022-10-15-jasim-8th-brigade-withdrawal"} <= set(paths)
    assert not any(p.startswith("ar/") for p in paths)


RECORD_FOLDERS = ("incidents/", "people/", "organizations/", "places/")


def assert_records_first(paths: list[str]) -> None:
    """Record pages (incidents/<id>, people/<id> ...) rank above hubs and hand-written pages."""
    is_record = [p.removeprefix("ar/").startswith(RECORD_FOLDERS) and p.count("/") >= 1 + p.startswith("ar/")
                 for p in paths]
    assert is_record == sorted(is_record, reverse=True), paths


def test_record_pages_come_before_hubs_and_tables_are_not_searched(page, base_url):
    paths = search(page, base_url, "", "Daraa")
    assert {"places/daraa-governorate", "places/daraa"} <= set(paths[:5])
    assert_records_first(paths)
    assert "places" not in paths and "incidents" not in paths  # hub tables list Daraa, but are not indexed
    assert search(page, base_url, "", "codebook")[0] == "codebook"


def test_a_fused_query_is_not_shown_as_missing_and_matches_are_marked(page, base_url):
    search(page, base_url, "ar/", "عبدالرحمن")
    first = page.locator(".md-search-result__item").first
    assert page.locator(".md-search-result del").count() == 0
    assert page.locator(".md-search-result__terms").count() == 0
    assert first.locator("h1 mark").first.inner_text() == "عبد"  # the title says عبد الرحمن: both words marked
    assert [m.inner_text() for m in first.locator("h1 mark").all()][:2] == ["عبد", "الرحمن"]


def test_a_query_with_no_match_says_so(page, base_url):
    assert search(page, base_url, "", "zzzqqq") == []
    assert page.inner_text(".md-search-result__meta") == "No matching documents"


def test_the_browser_folds_queries_and_marks_text_as_python_does(page, base_url):
    page.goto(base_url)
    page.add_script_tag(url=base_url + "assets/javascripts/kb-fold.js")
    queries = ["والبصرة بجاسم", "عبدالرحمن", "Dar'a Jassém", "أَحْمَد للمدينة", "بر بعد", "٣ حوادث"]
    terms = page.evaluate("qs => qs.map(q => kbFold.queryTerms(q))", queries)
    assert terms == [searchnorm.query_terms(q) for q in queries]
    hostile = "<img src=x onerror=alert(1)> جاسم & \"x\""
    marked = page.evaluate("t => kbFold.mark(t, ['جاسم'])", hostile)
    assert marked == "&lt;img src=x onerror=alert(1)&gt; <mark>جاسم</mark> &amp; &quot;x&quot;"
    assert json.loads(json.dumps(marked))  # plain string
