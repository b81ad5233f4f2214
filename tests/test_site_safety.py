"""Hostile record values build into pages that show them literally and run nothing.

A knowledge base with `<script>`, event-handler attributes, `javascript:`
links, Markdown link tricks, Jinja syntax and front-matter fences in its
records is built with `mkdocs build --strict`; the built HTML is parsed.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from conftest import copy_knowledge_base, mkdocs_build, search_fragments
from conftest import parse_page as parse

TITLE_EN = "<script>alert(1)</script> [x](javascript:alert(1)) {{ 7*7 }} {% if true %}jinja{% endif %} **bold**"
TITLE_AR = "<img src=x onerror=alert(1)> هجوم"
SUMMARY = "---\ntitle: pwned\n---\n\n<iframe src=javascript:alert(1)></iframe> ![i](x) <a href=\"javascript:alert(1)\">a</a>"
NOTES = "</div></div></details><script>alert(3)</script>\n\n    indented <b>code</b>"
PERSON = "</title><script>alert(2)</script>"
QUOTE = "\"><svg onload=alert(1)> --8<-- \"/etc/passwd\""
ARCHIVE = "<script>alert(6)</script>\n\n[click](javascript:alert(7))\n"

HOSTILE = {
    "events/2022/2022-10-18-hostile.yaml": {
        "id": "2022-10-18-hostile", "status": "draft",
        "title": {"en": TITLE_EN, "ar": TITLE_AR}, "summary": {"en": SUMMARY},
        "date": "2022-10-18", "type": "violence_against_civilians", "sub_type": "attack", "place": "jasim",
        "people": [{"id": "hostile-person", "role": "target"}, {"id": "old-husam", "role": "mentioned"}],
        "actors": [{"id": "islamic-state", "side": "a"}],
        "fatalities": {"best": 2, "low": 1, "high": 5},
        "sources": [{"source": "hostile-2022-10-18-00000000", "fatalities": 2, "quote": QUOTE}],
        "notes": NOTES,
    },
    "actors/people/hostile-person.yaml": {
        "id": "hostile-person", "status": "draft", "name": {"en": PERSON, "ar": "<b onmouseover=alert(1)>x</b>"},
        "aliases": {"en": ["[link](javascript:alert(1))"]}, "description": {"en": "![img](x onerror=alert(1))"},
    },
    "actors/people/old-husam.yaml": {
        "id": "old-husam", "status": "merged", "merged_into": "husam-luqa", "name": {"en": "Husam Louka (duplicate)"},
    },
    "sources/2022/hostile-2022-10-18-00000000.yaml": {
        "id": "hostile-2022-10-18-00000000", "outlet": {"name": {"en": "<img src=x onerror=alert(5)>"}},
        "url": "javascript:alert(1)", "title": {"en": "<script>alert(4)</script>"}, "language": "en",
        "published": "2022-10-18", "sha256": hashlib.sha256(ARCHIVE.encode("utf-8")).hexdigest(),
        "text_file": "hostile-2022-10-18-00000000.txt",
    },
}
# `kb check` refuses the javascript: address; the build is not strict so that the page is still made
# and shows what an editor would see before fixing the record.
EXPECTED_WARNINGS = ["WARNING -  kb: sources/2022/hostile-2022-10-18-00000000.yaml:8: url: 'javascript:alert(1)' is not "
                     "an http or https address (write the article's web address, starting http:// or https://, or null)"]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory) -> Path:
    root = copy_knowledge_base(tmp_path_factory.mktemp("hostile") / "kb")
    for relative, data in HOSTILE.items():
        path = root / relative
        path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")  # JSON is YAML
    (root / "sources/2022/hostile-2022-10-18-00000000.txt").write_text(ARCHIVE, encoding="utf-8")
    result = mkdocs_build(root, strict=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert [line for line in result.stderr.splitlines() if line.startswith("WARNING")] == EXPECTED_WARNINGS
    return root / "site"


PAGES = ["incidents/2022-10-18-hostile", "people/hostile-person", "sources",
         "incidents", "people", "places/jasim", "timeline/2022", "organizations/islamic-state", "people/old-husam"]


@pytest.mark.parametrize("language", ["", "ar/"])
@pytest.mark.parametrize("url", PAGES)
def test_nothing_from_records_runs(hostile_site, language, url):
    doc = parse(hostile_site, language + url)
    for script in doc.iter("script"):
        assert "alert" not in (script.text or ""), url
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        assert el.tag not in ("iframe", "svg", "img") or "x" != el.get("src"), url
        for name, value in el.attrib.items():
            assert not name.lower().startswith("on"), (url, el.tag, name)
            if name in ("href", "src", "action", "content"):
                assert "javascript:" not in value.lower(), (url, el.tag, value)


def test_values_are_shown_literally(hostile_site):
    doc = parse(hostile_site, "incidents/2022-10-18-hostile")
    (h1,) = doc.xpath("//h1[@id='kb-title']")
    assert h1.text_content() == TITLE_EN
    assert doc.xpath("//title")[0].text.startswith(TITLE_EN)
    summary = doc.xpath("//div[@class='kb-summary']")[0].text_content()
    assert "---\ntitle: pwned\n---" in summary and "<iframe src=javascript:alert(1)></iframe>" in summary
    assert doc.xpath("//div[@class='kb-notes']")[0].text_content().startswith("</div></div></details><script>")
    assert QUOTE in doc.xpath("//blockquote[@class='kb-quote']")[0].text_content()
    # the archived text is shipped once, as a plain-text file the page links to (archive.js loads it as text)
    (archive,) = doc.xpath("//details[contains(@class,'kb-archive')]")
    assert archive.get("data-kb-archive") == "../../archive/hostile-2022-10-18-00000000.txt"
    assert archive.xpath("pre")[0].text_content() == ""
    assert (hostile_site / "archive/hostile-2022-10-18-00000000.txt").read_text(encoding="utf-8") == ARCHIVE
    # the source's details are on the incident page; its javascript: URL is shown as text, never linked
    (source,) = doc.xpath("//div[@id='source-hostile-2022-10-18-00000000']")
    assert source.xpath(".//p[@class='kb-source-head']")[0].text_content() == "<script>alert(4)</script>"
    facts = source.xpath(".//dl[@class='kb-source-facts']")[0]
    assert "javascript:alert(1)" in facts.text_content() and "<img src=x onerror=alert(5)>" in facts.text_content()
    ar = parse(hostile_site, "ar/incidents/2022-10-18-hostile")
    assert ar.xpath("//h1[@id='kb-title']")[0].text_content() == TITLE_AR


def test_person_name_cannot_close_the_title_element(hostile_site):
    doc = parse(hostile_site, "people/hostile-person")
    assert doc.xpath("//title")[0].text.startswith(PERSON)
    assert doc.xpath("//h1[@id='kb-title']")[0].text_content() == PERSON
    assert "[link](javascript:alert(1))" in doc.xpath("//ul[@class='kb-aliases']")[0].text_content()


def test_draft_is_marked_not_reviewed(hostile_site):
    doc = parse(hostile_site, "incidents/2022-10-18-hostile")
    assert "Not reviewed" in doc.xpath("//p[contains(@class,'kb-badge--draft')]")[0].text_content()
    ar = parse(hostile_site, "ar/incidents/2022-10-18-hostile")
    assert "لم تُراجَع" in ar.xpath("//p[contains(@class,'kb-badge--draft')]")[0].text_content()


def test_merged_record_redirects_and_links_point_to_survivor(hostile_site):
    doc = parse(hostile_site, "people/old-husam")
    (refresh,) = doc.xpath("//meta[@http-equiv='refresh']")
    assert refresh.get("content") == "0; url=../../people/husam-luqa/"
    assert "../../people/husam-luqa/" in doc.xpath("//article//a/@href")
    incident = parse(hostile_site, "incidents/2022-10-18-hostile")
    hrefs = incident.xpath("//div[@class='kb-people']//a/@href")
    assert "../../people/husam-luqa/" in hrefs and not any("old-husam" in h for h in hrefs)
    survivor = parse(hostile_site, "people/husam-luqa")
    assert "../../incidents/2022-10-18-hostile/" in survivor.xpath("//article//a/@href")
    rows = {row["id"]: row for row in json.loads((hostile_site / "kb-pages.json").read_text(encoding="utf-8"))}
    assert rows["old-husam"]["redirect"] == "../../people/husam-luqa/" and "redirect" not in rows["husam-luqa"]


def test_search_documents_hold_record_text_as_text(hostile_site):
    """The index keeps titles as plain text (the search worker escapes them); redirects are not indexed."""
    docs = {**search_fragments(hostile_site, "en"), **search_fragments(hostile_site, "ar")}
    assert docs["incidents/2022-10-18-hostile/"]["meta"]["title"] == TITLE_EN
    assert docs["ar/incidents/2022-10-18-hostile/"]["meta"]["title"] == TITLE_AR
    assert docs["people/hostile-person/"]["meta"]["title"] == PERSON
    assert docs["people/hostile-person/"]["meta"]["teaser"].startswith("<b onmouseover=alert(1)>x</b> · [link](javascript:")
    assert not any("old-husam" in url for url in docs)
