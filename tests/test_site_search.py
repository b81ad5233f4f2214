"""The search index of the built sample site: one Pagefind bundle per language, one document per page."""

from __future__ import annotations

import json
import re

from conftest import search_fragments
from generator.pages import searchnorm


def test_one_index_per_language(site):
    for language in ("en", "ar"):
        entry = json.loads((site / "search" / language / "pagefind-entry.json").read_text(encoding="utf-8"))
        assert list(entry["languages"]) == [language]
    english, arabic = search_fragments(site, "en"), search_fragments(site, "ar")
    assert english and not any(url.startswith("ar/") for url in english)
    assert arabic and all(url.startswith("ar/") for url in arabic)
    assert {url for url in english} == {url[len("ar/"):] for url in arabic}  # the same pages in both
    material = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert material["docs"] == []  # Material's own index, loaded before any search, is empty


def test_every_page_is_one_document_and_redirects_none(site):
    pages = {str(p.parent.relative_to(site)) + "/" for p in site.glob("**/index.html")
             if not p.relative_to(site).parts[0] in ("search", "assets", "ar")}
    pages = {"" if p == "./" else p for p in pages}
    assert set(search_fragments(site, "en")) == pages


def test_record_documents_hold_every_name_of_their_place_actors_and_people(site):
    doc = search_fragments(site, "en")["incidents/2022-10-17-jasim-armed-clash/"]
    words = set(re.findall(r"\w+", doc["content"]))
    assert {"jassim", "jassem", "jasim", "جاسم"} <= words  # the place's aliases find its incidents
    assert {"iraqi", "العراقي", "عراقي"} <= words  # a person, in both languages
    assert doc["meta"]["title"].startswith("Clashes in Jasim")
    arabic = search_fragments(site, "ar")["ar/incidents/2022-10-17-jasim-armed-clash/"]
    words = set(re.findall(r"\w+", arabic["content"]))
    assert {"درعا", "عبدالرحمن", "عبد", "رحمن"} <= words  # fused and split forms of عبد الرحمن


def test_hub_tables_are_not_indexed_as_text(site):
    docs = search_fragments(site, "en")
    for url, absent in (("places/", "jasim"), ("people/", "also"), ("organizations/", "affiliations"),
                        ("incidents/", "clashes"), ("codebook/", "sub_type"), ("data/", "event_id_cnty")):
        assert absent not in re.findall(r"\w+", docs[url]["content"]), url
    assert "administrative" in re.findall(r"\w+", docs["places/"]["content"])  # the hub's own words stay


def test_the_browser_folds_with_the_same_tables(site):
    assert (site / "assets" / "javascripts" / "kb-fold.js").read_text(encoding="utf-8") == searchnorm.javascript()
