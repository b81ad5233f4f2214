"""Unit tests of the page rules: titles, dates, escaping, links, writing only what changed."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.errors import UnsafePath
from generator.pages import generate
from generator.pages.codebook import undocumented_fields
from generator.pages.graph import build_graph
from generator.pages.strings import Strings, missing_translations
from generator.pages.view import View, event_title, format_event_date, relative_url, safe_href
from generator.pages.writer import OutputTree
from generator.records.model import Event
from generator.records.store import Store
from generator.settings import load_settings


def event(**fields) -> Event:
    base = {"id": "2022-10-17-x", "type": "battles", "sub_type": "armed_clash", "place": "jasim",
            "date": dt.date(2022, 10, 17), "sources": [{"source": "s"}]}
    return Event.model_validate({**base, **fields})


@pytest.fixture(scope="module")
def graph():
    return build_graph(Store.load(Path(__file__).resolve().parent.parent))


@pytest.mark.parametrize("fields, en, ar", [
    ({}, "17 October 2022", "17 تشرين الأول 2022"),
    ({"date_precision": "month"}, "October 2022", "تشرين الأول 2022"),
    ({"date_precision": "year"}, "2022", "2022"),
    ({"date_precision": "week"}, "week of 17 October 2022", "أسبوع 17 تشرين الأول 2022"),
    ({"date_precision": "days", "date_end": dt.date(2022, 10, 19)}, "17–19 October 2022", "17–19 تشرين الأول 2022"),
    ({"date_precision": "days", "date_end": dt.date(2022, 11, 2)}, "17 October 2022 – 2 November 2022",
     "17 تشرين الأول 2022 – 2 تشرين الثاني 2022"),
    ({"date": None, "date_precision": "unknown"}, "Date unknown", "التاريخ غير معروف"),
])
def test_dates_in_both_languages(fields, en, ar):
    e = event(**fields)
    assert format_event_date(Strings("en"), e) == en
    assert format_event_date(Strings("ar"), e) == ar


def test_title_generated_from_sub_type_place_and_date(graph):
    e = event()
    assert event_title(Strings("en"), graph, e) == "Armed clash in Jasim, 17 October 2022"
    assert event_title(Strings("ar"), graph, e) == "اشتباك مسلح في جاسم، 17 تشرين الأول 2022"
    assert event_title(Strings("en"), graph, event(place=None)) == "Armed clash, 17 October 2022"


def test_title_in_page_language_is_kept_and_missing_side_is_generated(graph):
    e = event(title={"en": "Written title"})
    assert event_title(Strings("en"), graph, e) == "Written title"
    assert event_title(Strings("ar"), graph, e).startswith("اشتباك مسلح في جاسم")


def test_text_helpers_escape_and_mark_foreign_language(graph):
    v = View(graph, "en", "people/x/", load_settings(Path(".")))
    assert v.span("<b>x</b>", "en") == "&lt;b&gt;x&lt;/b&gt;"
    assert v.span("جاسم", "ar") == '<bdi lang="ar" dir="rtl">جاسم</bdi>'
    assert v.link("place", "jasim") == '<a href="../../places/jasim/">Jasim</a>'
    assert v.link("place", "no-such-place") == "<code>no-such-place</code>"
    assert v.external("javascript:alert(1)") == "<code>javascript:alert(1)</code>"
    assert v.num(1234) == "1,234"
    assert View(graph, "ar", "people/x/", load_settings(Path("."))).num(3) == '<bdi dir="ltr">3</bdi>'


@pytest.mark.parametrize("url, ok", [
    ("https://example.org/a?b=1", True), ("http://example.org", True), ("javascript:alert(1)", False),
    ("JaVaScRiPt:alert(1)", False), ("data:text/html,x", False), ("//evil.example", False),
    ("/relative", False), ("https://x.org/\"onmouseover=alert(1)", False), (" https://ok.org ", True),
])
def test_only_http_urls_become_links(url, ok):
    assert (safe_href(url) is not None) is ok


def test_relative_urls():
    assert relative_url("incidents/x/", "people/y/") == "../../people/y/"
    assert relative_url("incidents/", "incidents/x/") == "../incidents/x/"
    assert relative_url("people/old/", "people/new/") == "../../people/new/"


def test_writer_refuses_paths_outside_generated_folders(tmp_path):
    tree = OutputTree(tmp_path, ("en",), ("incidents",))
    for bad in ("../escape.md", "/etc/passwd", "about.md", "incidents/../../x.md"):
        with pytest.raises(UnsafePath):
            tree.add("en", bad, "x")
    with pytest.raises(UnsafePath):
        tree.add("fr", "incidents/x.md", "x")


def test_generate_writes_only_changes_and_deletes_stale_pages(sample_kb):
    settings = load_settings(sample_kb)
    first = generate(settings).report
    assert first.created and not first.updated and not first.deleted
    hand_written = (sample_kb / "content/en/about.md").read_text(encoding="utf-8")
    second = generate(settings).report
    assert second.written == 0 and not second.deleted and second.unchanged == len(first.created)

    # editing one person rewrites that person's pages and the pages linking to it, nothing else
    person = sample_kb / "actors/people/abd-al-rahman-al-iraqi.yaml"
    person.write_text(person.read_text(encoding="utf-8").replace("en: Abd al-Rahman al-Iraqi,", "en: Abd al-Rahman the Iraqi,"),
                      encoding="utf-8")
    third = generate(settings).report
    changed = {p.relative_to(sample_kb / "content").as_posix() for p in third.updated}
    assert "en/people/abd-al-rahman-al-iraqi.md" in changed
    assert "en/incidents/2022-10-17-jasim-armed-clash.md" in changed
    assert "en/places/jasim.md" not in changed and "en/organizations/sama-tv.md" not in changed

    # a deleted record's pages go, in both languages; hand-written pages stay
    person.unlink()
    fourth = generate(settings).report
    deleted = {p.relative_to(sample_kb / "content").as_posix() for p in fourth.deleted}
    assert {"en/people/abd-al-rahman-al-iraqi.md", "ar/people/abd-al-rahman-al-iraqi.md"} <= deleted
    assert (sample_kb / "content/en/about.md").read_text(encoding="utf-8") == hand_written


def test_bad_record_is_reported_and_skipped(sample_kb):
    (sample_kb / "places/broken.yaml").write_text("id: broken\nkind: planet\nname: {en: X}\n", encoding="utf-8")
    result = generate(load_settings(sample_kb))
    assert any("broken.yaml" in str(p) for p in result.problems)
    assert not (sample_kb / "content/en/places/broken.md").exists()
    assert (sample_kb / "content/en/places/jasim.md").exists()


def test_every_string_and_vocabulary_value_is_translated():
    assert missing_translations() == []


def test_every_record_field_is_in_the_codebook():
    assert undocumented_fields() == []


def test_a_source_lives_on_its_oldest_citing_incident_and_an_uncited_one_nowhere(sample_kb):
    source = sample_kb / "sources/2022/ain-al-furat-2022-10-17-c4df66b4.yaml"
    orphan = source.with_name("uncited-2022-10-18-00000000.yaml")
    orphan.write_text(source.read_text(encoding="utf-8").replace("ain-al-furat-2022-10-17-c4df66b4", "uncited-2022-10-18-00000000"),
                      encoding="utf-8")
    graph = build_graph(Store.load(sample_kb))
    assert graph.source_home("ain-al-furat-2022-10-17-c4df66b4") == "2022-10-15-jasim-8th-brigade-withdrawal"
    assert graph.source_home("uncited-2022-10-18-00000000") is None
    v = View(graph, "en", "sources/", load_settings(sample_kb))
    assert v.record_href("source", "ain-al-furat-2022-10-17-c4df66b4") == (
        "../incidents/2022-10-15-jasim-8th-brigade-withdrawal/#source-ain-al-furat-2022-10-17-c4df66b4")
    assert v.record_href("source", "uncited-2022-10-18-00000000") is None
    assert "<a " not in v.link("source", "uncited-2022-10-18-00000000")  # its title, as text
