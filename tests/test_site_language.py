"""Every interface word in the page's language: built pages scanned for the other script.

Arabic pages may hold Latin script only in record data marked with its
language (`lang="en"`), in code (field names, ids, file names), in
left-to-right runs (numbers, addresses: `dir="ltr"`) and in the proper names
below, which Arabic text writes in Latin letters too. English pages may hold
Arabic script only where it is marked `lang="ar"`. Text and the attributes a
reader meets (title, aria-label, placeholder, alt) are scanned.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from lxml import html

from conftest import copy_knowledge_base, mkdocs_build, parse_page
from generator.pages.strings import Strings

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
ARABIC_WORD = re.compile(r"[\u0600-\u06ff]+")
# Names of organizations, formats, standards, tools and licences, written in Latin letters in Arabic text.
PROPER_NAMES = {"ACLED", "UCDP", "GED", "GeoJSON", "JSON", "CSV", "Atom", "RFC", "BibTeX", "Wikidata", "GeoNames",
                "SHA", "OpenStreetMap", "Leaflet", "YAML", "WGS", "PRIO", "GRID", "Gleditsch", "Ward", "ISO",
                "git", "GitHub", "MkDocs", "CC", "BY", "HDX", "IGO", "geoBoundaries"}
SKIPPED_TAGS = {"script", "style", "code", "kbd", "pre", "samp"}
READ_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")


def foreign_words(doc: html.HtmlElement, language: str) -> list[str]:
    """Words of the other script in a page's body, outside marked record data, code and proper names."""
    pattern = LATIN_WORD if language == "ar" else ARABIC_WORD
    found: list[str] = []

    def check(text: str | None, where: str) -> None:
        found.extend(f"{where}: {word!r} in {text.strip()[:80]!r}" for word in pattern.findall(text or "")
                     if word not in PROPER_NAMES)

    def walk(element) -> None:
        if not isinstance(element.tag, str) or element.tag in SKIPPED_TAGS:
            return
        marked = element.get("lang")
        if marked and marked.split("-")[0] != language:
            return
        if language == "ar" and element.get("dir") == "ltr":
            return
        for attribute in READ_ATTRIBUTES:
            check(element.get(attribute), f"<{element.tag} {attribute}>")
        check(element.text, f"<{element.tag}>")
        for child in element:
            walk(child)
            check(child.tail, f"<{element.tag}>")

    walk(doc.find("body"))
    return found


def built_pages(site: Path) -> list[tuple[str, str]]:
    """(site path, language) of every built HTML page."""
    pages = []
    for path in sorted(site.glob("**/*.html")):
        relative = path.relative_to(site)
        if relative.parts[0] not in ("assets", "search"):
            pages.append((relative.as_posix(), "ar" if relative.parts[0] == "ar" else "en"))
    return pages


def test_no_interface_word_in_the_other_language(site):
    pages = built_pages(site)
    assert len(pages) > 70 and {"404.html", "ar/404.html", "ar/codebook/index.html"} <= {p for p, _ in pages}
    problems = {path: words for path, language in pages
                if (words := foreign_words(html.fromstring((site / path).read_bytes()), language))}
    assert problems == {}


def test_the_scan_finds_unmarked_words():
    """The scan itself: an English label on an Arabic page is found, a marked name is not."""
    doc = html.fromstring('<html><body><p>الحوادث Incidents <bdi lang="en">Jasim</bdi> <code>id</code> ACLED'
                          '<a title="Permanent link">¶</a></p></body></html>')
    assert [w.split(": ")[1].split(" in ")[0] for w in foreign_words(doc, "ar")] == ["'Incidents'", "'Permanent'", "'link'"]
    assert foreign_words(html.fromstring('<html><body><p>Jasim <span lang="ar">جاسم</span> جاسم</p></body></html>'),
                         "en") == ["<p>: 'جاسم' in 'جاسم'"]


def test_counts_have_plural_forms_and_a_range_of_one_number_is_one_number(site):
    assert "(City; 2 incidents)" in parse_page(site, "places").text_content()
    assert "(مدينة؛ حادثتان)" in parse_page(site, "ar/places").text_content()
    fatalities = parse_page(site, "incidents/2022-10-17-jasim-armed-clash").xpath("//dd[@class='kb-fatalities']")[0]
    assert " ".join(fatalities.text_content().split()) == "3 (best estimate)"  # low = high = best: no "range: 3 – 3"


@pytest.mark.parametrize("language, counts", [
    ("en", ["0 incidents", "1 incident", "2 incidents", "3 incidents", "11 incidents", "1,000 incidents"]),
    ("ar", ["لا حوادث", "حادثة واحدة", "حادثتان", "3 حوادث", "11 حادثة", "1,000 حادثة"]),
])
def test_counted_words_take_the_languages_plural_form(language, counts):
    assert [Strings(language).count("incidents", n) for n in (0, 1, 2, 3, 11, 1000)] == counts


def test_headings_links_and_codebook_types_are_in_the_page_language(site):
    incident = parse_page(site, "ar/incidents/2022-10-17-jasim-armed-clash")
    assert set(incident.xpath("//a[@class='headerlink']/@title")) == {"رابط دائم"}
    codebook = parse_page(site, "ar/codebook").text_content()
    assert "list of" not in codebook and "قائمة من" in codebook and "معرّف سجل" in codebook


def test_each_language_has_its_404_page_with_links_to_both_home_pages(site):
    for path, language, home in (("404.html", "en", "/syria-incident-kb/"), ("ar/404.html", "ar", "/syria-incident-kb/ar/")):
        doc = html.fromstring((site / path).read_bytes())
        assert doc.get("lang") == language
        assert doc.xpath("//article//h1/text()") == (["Page not found"] if language == "en" else ["الصفحة غير موجودة"])
        switch = dict(zip(doc.xpath("//a[@class='md-select__link']/@hreflang"), doc.xpath("//a[@class='md-select__link']/@href")))
        assert switch == {"en": "/syria-incident-kb/", "ar": "/syria-incident-kb/ar/"}
        assert home in doc.xpath("//article//a/@href")


@pytest.fixture(scope="module")
def variant_site(tmp_path_factory) -> Path:
    """The sample plus a person with no Arabic name and an English note on an incident."""
    root = copy_knowledge_base(tmp_path_factory.mktemp("language") / "kb")
    person = {"id": "john-smith", "status": "reviewed", "name": {"en": "John Smith"}}
    (root / "actors/people/john-smith.yaml").write_text(json.dumps(person), encoding="utf-8")  # JSON is YAML
    event = root / "events/2022/2022-10-17-jasim-armed-clash.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("tags: [", "notes: Checked against two outlets.\ntags: ["),
                     encoding="utf-8")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def test_record_text_in_the_other_language_is_marked(variant_site):
    (title,) = parse_page(variant_site, "ar/people/john-smith").xpath("//h1[@id='kb-title']")
    assert title.text_content() == "John Smith" and title.xpath("./bdi/@lang") == ["en"]
    (note,) = parse_page(variant_site, "ar/incidents/2022-10-17-jasim-armed-clash").xpath("//div[@class='kb-notes']/p")
    assert (note.get("lang"), note.get("dir"), note.text) == ("en", "ltr", "Checked against two outlets.")
    (note,) = parse_page(variant_site, "incidents/2022-10-17-jasim-armed-clash").xpath("//div[@class='kb-notes']/p")
    assert note.get("lang") is None
