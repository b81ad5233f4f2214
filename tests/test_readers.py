"""Readers: text pages, HTML, feeds, folders and bad input (generator/ingest/readers.py)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from conftest import SEED

from generator.ingest.article import Overrides, clean_saved_page, detect_language, normalise_whitespace
from generator.ingest.readers import (
    BadEntry,
    NoArticle,
    NotText,
    TooLarge,
    UnsupportedInput,
    UnsupportedLanguage,
    find_inputs,
    read_input,
)

CORPUS = Path(__file__).parent / "corpus"
SAVED_PAGE = """شبكة عين الفرات | الاشتباكات تتجدد في جاسم

عاجل

الاشتباكات تتجدد في جاسم

وكالات

تجددت الاشتباكات، اليوم الإثنين، بين خلايا تنظيم "داعش" ومقاتلين محليين في مدينة جاسم.

وقال المراسل إن قيادات وعناصر التنظيم أبدوا مقاومة عنيفة.

أخبار متعلقة

عنوان خبر آخر
"""


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_saved_page_header_and_boilerplate(tmp_path: Path) -> None:
    [article] = read_input(str(write(tmp_path, "a.txt", SAVED_PAGE)))
    assert article.outlet == "شبكة عين الفرات"
    assert article.title == "الاشتباكات تتجدد في جاسم"
    assert article.attribution == "وكالات"
    assert article.language == "ar"
    assert article.text.startswith("تجددت الاشتباكات")
    assert "أخبار متعلقة" not in article.text and "عنوان خبر آخر" not in article.text
    # the archive keeps the whole page, whitespace normalised
    assert article.archived.startswith("شبكة عين الفرات |") and "أخبار متعلقة" in article.archived


def test_seed_archive_hash_matches_the_hand_coded_source() -> None:
    [article] = read_input(str(SEED))
    assert article.sha256.startswith("c4df66b4")


def test_bylines_leave_the_body_and_stay_in_the_archive(tmp_path: Path) -> None:
    page = ("قتل رجل برصاص مجهولين في بلدة الكرك الشرقي يوم الأحد، وفق مصادر محلية.\n"
            "وقالت المصادر إن الرجل كان عائداً إلى منزله.\n"
            "إعداد: سامر الحلبي – تحرير: ليلى الخطيب\n")
    [article] = read_input(str(write(tmp_path, "a.txt", page)))
    assert "سامر الحلبي" not in article.text and "ليلى الخطيب" not in article.text
    assert "إعداد: سامر الحلبي" in article.archived
    parts = clean_saved_page("A man was shot dead in the town on Sunday, residents said.\n"
                             "He had been driving home.\n"
                             "Reporting by Jane Doe; Editing by John Roe\n"
                             "By the end of the day, two more had been wounded.\n"
                             "تحرير مدينة منبج أعلن أمس\n")
    assert parts.body == ["A man was shot dead in the town on Sunday, residents said.", "He had been driving home.",
                          "By the end of the day, two more had been wounded.", "تحرير مدينة منبج أعلن أمس"]


def test_a_summary_block_leaves_the_body() -> None:
    body = ["قتل رجل برصاص مجهولين في بلدة الكرك الشرقي يوم الأحد، وفق مصادر محلية.", "وقالت المصادر إن الرجل كان عائداً."]
    parts = clean_saved_page("\n".join(["ملخص:", "- مقتل رجل برصاص مجهولين في ريف درعا.", "- الدوافع مجهولة.", *body]))
    assert parts.body == body
    # a label with no bullets after it is left as it is
    assert clean_saved_page("\n".join(["ملخص:", *body])).body == ["ملخص:", *body]


def test_breaking_marker_opening_the_title_line() -> None:
    parts = clean_saved_page("site | A title here now\nعاجل | A title here now\nbody paragraph one is here.\n")
    assert parts.body == ["body paragraph one is here."]


def test_language_detection_and_flag() -> None:
    assert detect_language("قتل ثلاثة عناصر in Jasim") == "ar"
    assert detect_language("Three killed in Jasim, جاسم") == "en"
    assert detect_language(FRENCH) == "fr"
    assert detect_language("Abu Ahmad al-Zoubi, Nawa, Daraa.") == "en"     # CLD2 unsure: the letters decide
    assert detect_language("در حمله هوایی به ادلب سه نفر کشته شدند و چندین نفر زخمی شدند.") == "fa"


FRENCH = ("Des affrontements ont eu lieu lundi à Jassem, dans la campagne de Deraa, entre des combattants "
          "locaux et l'État islamique. Trois personnes ont été tuées selon l'Observatoire.\n")


def test_an_article_in_another_language_is_refused(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedLanguage, match=r"^written in French \(fr\), not Arabic or English; skipped$"):
        read_input(str(write(tmp_path, "fr.txt", FRENCH)))
    [article] = read_input(str(tmp_path / "fr.txt"), Overrides(language="en"))   # the flag is trusted
    assert article.language == "en"
    feed = write(tmp_path, "feed.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
                 f"<item><guid>fr</guid><description>{FRENCH}</description></item>"
                 "<item><guid>en</guid><description>Three fighters were killed in clashes in Nawa on Wednesday."
                 "</description></item></channel></rss>")
    bad, good = read_input(str(feed))
    assert bad == BadEntry(f"{feed}#fr", "written in French (fr), not Arabic or English; skipped")
    assert good.language == "en"


def test_flags_fill_first(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", SAVED_PAGE)
    [article] = read_input(str(path), Overrides(published=dt.date(2022, 10, 17), outlet="X", url="http://x", language="en"))
    assert (article.published, article.outlet, article.url, article.language) == (dt.date(2022, 10, 17), "X", "http://x", "en")


def test_html_meta_date_site_name_and_no_footer_year(tmp_path: Path) -> None:
    html = """<html><head><title>Clash in Jasim</title>
    <meta property="og:site_name" content="Enab Baladi">
    <meta property="article:published_time" content="2023-03-01T10:00:00+02:00"></head>
    <body><article><h1>Clash in Jasim</h1>
    <p>Three people were killed on Monday in clashes in Jasim, in the western Daraa countryside, local sources said.</p>
    <p>The fighting broke out between local fighters and IS cells and lasted several hours, witnesses said.</p>
    </article><footer>Copyright 2019 Enab Baladi</footer></body></html>"""
    [article] = read_input(str(write(tmp_path, "a.html", html)))
    assert article.published == dt.date(2023, 3, 1)
    assert article.outlet == "Enab Baladi" and article.title == "Clash in Jasim"
    assert article.text.startswith("Three people were killed")
    assert article.language == "en"


def test_html_without_date_meta_has_no_date(tmp_path: Path) -> None:
    html = ("<html><body><article><p>" + "Three people were killed in clashes in Jasim on Monday. " * 3
            + "</p></article><footer>© 2019</footer></body></html>")
    [article] = read_input(str(write(tmp_path, "a.html", html)))
    assert article.published is None


def test_html_without_article(tmp_path: Path) -> None:
    with pytest.raises(NoArticle, match="no article text found in the page"):
        read_input(str(write(tmp_path, "a.html", "<html><body><nav>Home</nav></body></html>")))


def test_html_nested_past_the_parsers_reach_says_so(tmp_path: Path) -> None:
    paragraph = "<p>" + "Three people were killed in clashes in Jasim on Monday. " * 3 + "</p>"
    html = "<html><body>" + "<div>" * 300 + paragraph + "</div>" * 300 + "</body></html>"
    with pytest.raises(NoArticle, match=r"no article text found in the page \(its elements are nested deeper"):
        read_input(str(write(tmp_path, "a.html", html)))
    [article] = read_input(str(write(tmp_path, "b.html", html.replace("<div>" * 300, "<div>" * 20))))
    assert article.text.startswith("Three people were killed")


def test_feed_entries_and_a_broken_entry(tmp_path: Path) -> None:
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Frontline</title>
    <item><guid>e1</guid><title>Clash</title><pubDate>Tue, 14 Mar 2023 10:00:00 GMT</pubDate>
    <description>&lt;p&gt;Three fighters were killed in clashes in Nawa on Tuesday.&lt;/p&gt;</description></item>
    <item><guid>e2</guid><title>Empty</title><description></description></item>
    </channel></rss>"""
    items = read_input(str(write(tmp_path, "f.xml", feed)))
    good = [i for i in items if not isinstance(i, BadEntry)]
    bad = [i for i in items if isinstance(i, BadEntry)]
    assert len(good) == 1 and good[0].published == dt.date(2023, 3, 14) and good[0].outlet == "Frontline"
    assert good[0].text == "Three fighters were killed in clashes in Nawa on Tuesday."
    assert len(bad) == 1 and bad[0].origin.endswith("#e2") and bad[0].reason == "entry has no text"


def test_empty_binary_large_and_unknown(tmp_path: Path) -> None:
    with pytest.raises(NotText, match="file is empty"):
        read_input(str(write(tmp_path, "e.txt", "  \n")))
    with pytest.raises(NotText, match="binary file"):
        read_input(str(write(tmp_path, "b.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20)))
    with pytest.raises(TooLarge, match=r"file is 10\.0 MB; an input is at most 2 MB"):
        read_input(str(write(tmp_path, "big.txt", "a" * 10_000_000)))
    with pytest.raises(UnsupportedInput, match="no reader for .pdf"):
        read_input(str(write(tmp_path, "x.pdf", "%PDF")))


def test_windows_1256_is_decoded(tmp_path: Path) -> None:
    text = "درعا | مقتل ثلاثة عناصر في جاسم\n\nقتل ثلاثة عناصر من قوات النظام اليوم الإثنين في مدينة جاسم بريف درعا الغربي.\n"
    [article] = read_input(str(write(tmp_path, "legacy.txt", text.encode("cp1256"))))
    assert "قتل ثلاثة عناصر" in article.text and article.language == "ar"


def test_vanished_file(tmp_path: Path) -> None:
    from generator.ingest.readers import UnreadableInput

    with pytest.raises(UnreadableInput, match="file not found"):
        read_input(str(tmp_path / "gone.txt"))


def test_folders_are_walked_recursively(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "x")
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub", "b.html", "x")
    write(tmp_path / "sub", "c.gold.yaml", "x")
    write(tmp_path / "sub", "d.xml", "x")
    write(tmp_path / "sub", "e.pdf", "x")
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git", "config", "x")
    write(tmp_path, ".DS_Store", "x")
    found = find_inputs([tmp_path])
    assert [Path(p).name for p in found.names] == ["a.txt", "b.html", "d.xml"]
    known = ".atom, .htm, .html, .rss, .text, .txt, .xhtml, .xml"
    assert found.skipped == [
        BadEntry(str(tmp_path / "sub/c.gold.yaml"), f"no reader for .yaml (known: {known})"),
        BadEntry(str(tmp_path / "sub/e.pdf"), f"no reader for .pdf (known: {known})"),
    ]


def test_stdin_is_sniffed() -> None:
    [article] = read_input("-", stdin=SAVED_PAGE.encode("utf-8"))
    assert article.outlet == "شبكة عين الفرات"


def test_whitespace_normalisation() -> None:
    assert normalise_whitespace("a \u00a0 b  \r\n\r\n\r\n\nc \n") == "a b\n\nc\n"


def test_every_corpus_file_reads() -> None:
    for path in sorted(CORPUS.iterdir()):
        if path.suffix in (".txt", ".html", ".xml"):
            items = read_input(str(path))
            assert items and all(not isinstance(i, BadEntry) for i in items), path
