"""A real `mkdocs build --strict` of the sample knowledge base: both languages, cross-links, hubs."""

from __future__ import annotations

import json
from urllib.parse import unquote, urljoin, urlsplit

import pytest
from lxml import html

from conftest import parse_page as page
from generator.pages import OWNED


def test_strict_build_has_no_warnings(built_sample_site):
    _, result = built_sample_site
    assert result.returncode == 0
    assert "WARNING  -" not in result.stderr and "ERROR" not in result.stderr, result.stderr


@pytest.mark.parametrize("url", [
    "incidents/2022-10-17-jasim-armed-clash", "people/abd-al-rahman-al-iraqi", "organizations/islamic-state",
    "places/jasim", "incidents", "timeline", "timeline/2022",
    "people", "organizations", "places", "sources", "codebook", "about",
])
def test_page_exists_in_both_languages(site, url):
    assert (site / url / "index.html").is_file()
    assert (site / "ar" / url / "index.html").is_file()


def test_arabic_pages_are_rtl_and_english_ltr(site):
    ar = page(site, "ar/places/jasim")
    assert ar.get("lang") == "ar"
    assert ar.xpath("//body/@dir") == ["rtl"] or ar.get("dir") == "rtl"
    en = page(site, "places/jasim")
    assert en.get("lang") == "en"


def test_incident_links_to_place_people_orgs_and_sources(site):
    doc = page(site, "incidents/2022-10-17-jasim-armed-clash")
    hrefs = set(doc.xpath("//article//a/@href"))
    for expected in ("../../places/jasim/", "../../people/abd-al-rahman-al-iraqi/",
                     "../../organizations/islamic-state/", "#source-ain-al-furat-2022-10-17-c4df66b4"):
        assert expected in hrefs
    text = doc.text_content()
    assert "17 October 2022" in text and "Daraa Governorate" in text
    quote = doc.xpath("//blockquote[@class='kb-quote']")[0]
    assert (quote.get("lang"), quote.get("dir")) == ("ar", "rtl")
    # the archived text: a link to its one copy at the site root, loaded into the <pre> on opening
    (archive,) = doc.xpath("//details[contains(@class,'kb-archive')]")
    href = archive.get("data-kb-archive")
    assert href == "../../archive/ain-al-furat-2022-10-17-c4df66b4.txt" and archive.xpath("pre")
    assert href in archive.xpath(".//a/@href")  # without JavaScript, the link still opens the text
    assert (site / "archive/ain-al-furat-2022-10-17-c4df66b4.txt").read_text(encoding="utf-8").strip()
    ar = page(site, "ar/incidents/2022-10-17-jasim-armed-clash")
    assert ar.xpath("//details[contains(@class,'kb-archive')]/@data-kb-archive") == [
        "../../../archive/ain-al-furat-2022-10-17-c4df66b4.txt"]


def test_backlinks_on_person_place_and_org(site):
    for url in ("people/abd-al-rahman-al-iraqi", "places/jasim", "organizations/islamic-state"):
        hrefs = page(site, url).xpath("//article//a/@href")
        assert "../../incidents/2022-10-17-jasim-armed-clash/" in hrefs, url


def test_arabic_page_has_arabic_labels_and_dates(site):
    doc = page(site, "ar/incidents/2022-10-17-jasim-armed-clash")
    text = doc.xpath("//article")[0].text_content()
    assert "17 تشرين الأول 2022" in text
    assert "معارك" in text and "اشتباك مسلح" in text and "الطرف الأول" in text and "قتيل" in text
    for english in ("Battles", "Armed clash", "Side A", "Killed", "October", "Fatalities", "Sources"):
        assert english not in text, english


def test_english_page_marks_arabic_names(site):
    doc = page(site, "places/jasim")
    marked = doc.xpath("//article//bdi[@lang='ar'][@dir='rtl']")
    assert any(el.text_content() == "جاسم" for el in marked)
    doc = page(site, "ar/places/jasim")
    assert any(el.text_content() == "Jasim" for el in doc.xpath("//article//bdi[@lang='en'][@dir='ltr']"))


def test_map_and_chart_extension_points(site):
    doc = page(site, "incidents/2022-10-17-jasim-armed-clash")
    (map_div,) = doc.xpath("//div[@class='kb-map']")
    assert (map_div.get("data-lat"), map_div.get("data-lon")) == ("32.99125", "36.06093")
    counts = page(site, "places/jasim").xpath("//div[@class='kb-counts']//tbody/tr")
    assert [[td.text_content() for td in row.xpath("td")] for row in counts] == [["2022", "2", "3"]]
    assert counts[0].xpath("td/a/@href") == ["../../timeline/2022/"]


def test_language_switcher_stays_on_the_page(site):
    en = page(site, "places/jasim")
    assert en.xpath("//a[@hreflang='ar']/@href") == ["../../ar/places/jasim/"]
    ar = page(site, "ar/places/jasim")
    assert ar.xpath("//a[@hreflang='en']/@href") == ["../../../places/jasim/"]


def test_sidebar_lists_hubs_only(site):
    doc = page(site, "places/jasim")
    nav_links = doc.xpath("//nav[contains(@class,'md-nav--primary')]//a/@href")
    assert not any("jasim" in h or "2022-10-17" in h for h in nav_links), nav_links


def test_no_broken_internal_links(site):
    broken = []
    mine = set(OWNED) | {"about"}
    for file in site.rglob("*.html"):
        parts = file.relative_to(site).parts
        parts = parts[1:] if parts[0] == "ar" else parts
        if parts[0] not in mine:  # other engineers' pages (map, data, ...) and 404.html have their own tests
            continue
        doc = html.fromstring(file.read_bytes())
        base = "http://site/" + file.relative_to(site).as_posix()
        for href in doc.xpath("//a/@href | //link[@rel='stylesheet']/@href | //script/@src"):
            parts = urlsplit(urljoin(base, href))
            if parts.netloc != "site":
                continue
            target = site / unquote(parts.path).lstrip("/")
            if not (target.is_file() or (target / "index.html").is_file()):
                broken.append(f"{file.relative_to(site)} -> {href}")
    assert not broken, broken[:20]


SOURCE = "ain-al-furat-2022-10-17-c4df66b4"


@pytest.mark.parametrize("language", ["", "ar/"])
def test_a_source_is_shown_in_full_on_every_incident_citing_it(site, language):
    """Sources have no page of their own: each citing incident shows all of the source's details."""
    for incident, other in (("2022-10-17-jasim-armed-clash", "2022-10-15-jasim-8th-brigade-withdrawal"),
                            ("2022-10-15-jasim-8th-brigade-withdrawal", "2022-10-17-jasim-armed-clash")):
        doc = page(site, f"{language}incidents/{incident}")
        (block,) = doc.xpath(f"//div[@id='source-{SOURCE}']")
        facts = block.xpath(".//dl[@class='kb-source-facts']")[0]
        assert "c4df66b40e2432463e164fbd977c7b1fc9e9bdcea13218e87bb1dce6303d6a34" in facts.text_content()
        hrefs = facts.xpath(".//a/@href")
        assert "../../organizations/ain-al-furat/" in hrefs and f"../../incidents/{other}/" in hrefs
        assert block.xpath(".//details[contains(@class,'kb-archive')]")
    assert not (site / "sources" / SOURCE).exists() and not (site / "ar/sources" / SOURCE).exists()


@pytest.mark.parametrize("language", ["", "ar/"])
def test_links_to_a_source_open_its_oldest_citing_incident_at_the_source(site, language):
    target = f"incidents/2022-10-15-jasim-8th-brigade-withdrawal/#source-{SOURCE}"
    assert f"../{target}" in page(site, f"{language}sources").xpath("//article//a/@href")
    assert f"../../{target}" in page(site, f"{language}organizations/ain-al-furat").xpath("//article//a/@href")


def test_page_index_lists_every_page_and_where_each_source_is(site):
    rows = json.loads((site / "ar/kb-pages.json").read_text(encoding="utf-8"))
    by_id = {(row["kind"], row["id"]): row for row in rows}
    assert by_id[("event", "2022-10-17-jasim-armed-clash")]["url"] == "incidents/2022-10-17-jasim-armed-clash/"
    source = by_id[("source", SOURCE)]
    assert source["url"] == f"incidents/2022-10-15-jasim-8th-brigade-withdrawal/#source-{SOURCE}"
    assert source["title"].startswith("الاشتباكات تتجدد في جاسم")
    for row in rows:
        if row["url"] and row["kind"] != "source":
            assert (site / "ar" / row["url"] / "index.html").is_file(), row


def test_codebook_lists_every_vocabulary_value(site):
    from generator.records import vocab

    text = page(site, "codebook").text_content()
    for value in [*vocab.EVENT_TYPES, *vocab.SUB_TYPES, *vocab.ORG_CATEGORIES, *vocab.PERSON_ROLES, *vocab.PLACE_KINDS]:
        assert value in text, value
    assert "ACLED event_type" in text


def test_record_pages_leave_out_the_table_of_contents_and_hubs_keep_it(site):
    for url in ("incidents/2022-10-17-jasim-armed-clash", "ar/people/abd-al-rahman-al-iraqi", "places/jasim"):
        doc = page(site, url)
        assert not doc.xpath("//div[contains(@class,'md-sidebar--secondary')]"), url
        assert doc.xpath("//div[contains(@class,'md-sidebar--primary')]//a[@href]"), url  # the hubs stay
    assert page(site, "codebook").xpath("//div[contains(@class,'md-sidebar--secondary')]//nav")


def test_generated_pages_link_their_record_for_editing_and_hand_pages_keep_materials_button(site):
    incident = page(site, "incidents/2022-10-17-jasim-armed-clash")
    assert incident.xpath("//div[@class='kb-edit']//a[not(@download)]/@href") == [  # the JSON aside
        "https://github.com/example/syria-incident-kb/edit/main/events/2022/2022-10-17-jasim-armed-clash.yaml"]
    for url in ("incidents/2022-10-17-jasim-armed-clash", "ar/places/jasim", "incidents", "ar/timeline"):
        assert not page(site, url).xpath("//a[@rel='edit']"), url  # no file in the repository to edit
    assert page(site, "about").xpath("//a[@rel='edit']/@href") == [
        "https://github.com/example/syria-incident-kb/edit/main/content/en/about.md"]


def test_navigation_lists_every_hub_with_the_current_one_marked(site):
    doc = page(site, "incidents")
    links = doc.xpath("//nav[contains(@class,'md-nav--primary')]/ul/li/a")
    assert [a.get("href") for a in links][:4] == ["..", "./", "../timeline/", "../map/"]
    (active,) = doc.xpath("//nav[contains(@class,'md-nav--primary')]//a[contains(@class,'md-nav__link--active')]")
    assert active.text_content().strip() == "Incidents"
    record = page(site, "ar/people/abd-al-rahman-al-iraqi")
    hubs = record.xpath("//nav[contains(@class,'md-nav--primary')]/ul/li/a")
    assert len(hubs) == len(links) and "الحوادث" in [a.text_content().strip() for a in hubs]
    assert not record.xpath("//nav[contains(@class,'md-nav--primary')]//span[@class='md-ellipsis']")


def test_pages_have_no_empty_footer_and_the_about_page_credits_the_tools(site):
    for url in ("incidents/2022-10-17-jasim-armed-clash", "ar/about", "incidents"):
        assert not page(site, url).xpath("//footer"), url
    credits = page(site, "about").xpath("//article//a/@href")
    assert "https://squidfunk.github.io/mkdocs-material/" in credits and "https://www.geonames.org/" in credits
