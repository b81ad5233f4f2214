"""Romanisation: the site's spelling convention, the spelling key, the agreement with English
outlets on the name pairs of tests/data, and no network."""

from __future__ import annotations

import csv
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from generator.ingest import part_spellings, romanisation
from generator.ingest.part_spellings import PartSpelling, ranked, three_spellings
from generator.ingest.latin_style import site_style, spelling_key, without_articles
from generator.ingest.romanisation import romanisations, warm

PAIRS = Path(__file__).parent / "data" / "name_pairs.tsv"
REPO = Path(__file__).resolve().parent.parent

# Measured with bench/eval_romanisation.py (docs/names.md): 0.495 first, 0.630 any of three
# (spellings ranked by the news table since session 6, 0.452 / 0.630 before; the same with
# session 7's table, twice as large and counted by outlet).
# The floors are 0.03 lower, so that a newer ONNX Runtime that reorders near-tied model
# spellings does not fail the suite, and a real loss of agreement does.
FIRST_FLOOR = 0.465
TOP3_FLOOR = 0.60


def load_pairs() -> list[dict[str, str]]:
    with PAIRS.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@pytest.mark.parametrize(("latin", "article", "styled"), [
    ("Al-Mozairib", True, "al-Mozairib"),
    ("Zoabi", True, "al-Zoabi"),                 # the romaniser dropped the Arabic's article
    ("Alshebl", True, "al-Shebl"),               # glued to the word
    ("Alloush", False, "Alloush"),               # no article in علوش: Al is part of the name
    ("Ahmad El Hajj", False, "Ahmad al-Hajj"),
    ("Mohammad Seif El-Din", False, "Mohammad Seif al-Din"),
    ("Abd Al-Rahman ash-Shami", False, "Abd al-Rahman al-Shami"),
    ("osama BIN laden", False, "Osama bin Laden"),
    ("As’ad  al-Shaibani", False, "As'ad al-Shaibani"),
])
def test_site_style(latin: str, article: bool, styled: str) -> None:
    assert site_style(latin, article) == styled


def test_without_articles() -> None:
    assert without_articles("Khaldoun al-Zoubi") == "Khaldoun Zoubi"
    assert without_articles("al-Bab") == "Bab" and without_articles("Alloush") == "Alloush"


@pytest.mark.parametrize("same", [
    ("Abdul Rahman", "Abd al-Rahman", "Abdel Rahman", "Abdulrahman", "Abd ar-Rahman", "ABD EL-RAHMAN"),
    ("Abdullah", "Abd Allah", "Abdallah", "Abd-Allah"),
    ("Asaad al-Shibani", "Asaad Al Shibani", "Asaad Shibani", "Asaad el-Shibani", "asaad AL-SHIBANI"),
    ("Bassam Tou’meh", "Bassam Toumeh", "Bassam Tou'meh"),
    ("Nour al-Din", "Nour El-Din", "Nour ad-Din"),
])
def test_spellings_that_differ_only_in_style_have_one_key(same: tuple[str, ...]) -> None:
    assert len({spelling_key(s) for s in same}) == 1


@pytest.mark.parametrize(("one", "other"), [
    ("Mohammad", "Muhammad"), ("Ahmad", "Ahmed"), ("Zoabi", "Zoubi"), ("Alloush", "Loush"), ("Yasser", "Yaser"),
])
def test_spellings_of_other_letters_keep_their_keys(one: str, other: str) -> None:
    assert spelling_key(one) != spelling_key(other)


def test_the_name_pairs_file() -> None:
    pairs = load_pairs()
    assert len(pairs) >= 200
    assert list(pairs[0]) == ["arabic", "english", "arabic_source", "english_source"]
    for number, pair in enumerate(pairs, start=2):
        where = f"{PAIRS.name}:{number}"
        assert re.search("[\u0600-\u06ff]", pair["arabic"]) and not re.search("[A-Za-z]", pair["arabic"]), where
        assert re.fullmatch(r"[A-Za-z' ’-]+", pair["english"]), where
        assert pair["arabic_source"].startswith("http") and pair["english_source"].startswith("http"), where
    assert len({p["arabic"] for p in pairs}) == len(pairs)      # one line per person


def test_agreement_with_english_outlets_stays_above_its_floor() -> None:
    pairs = load_pairs()
    warm(p["arabic"] for p in pairs)
    first = top3 = 0
    for pair in pairs:
        keys = [spelling_key(s) for s in romanisations(pair["arabic"])]
        english = spelling_key(pair["english"])
        first += keys[:1] == [english]
        top3 += english in keys
    assert first / len(pairs) >= FIRST_FLOOR
    assert top3 / len(pairs) >= TOP3_FLOOR


def test_romanising_needs_no_network() -> None:
    """A fresh process with sockets forbidden loads the index and the model (an unseen name part)."""
    code = (
        "import socket\n"
        "def refuse(*args, **kwargs):\n"
        "    raise OSError('network used')\n"
        "socket.socket.connect = refuse\n"
        "socket.create_connection = refuse\n"
        "socket.getaddrinfo = refuse\n"
        "from generator.ingest.romanisation import romanisations\n"
        "print(romanisations('ليلى قره مان')[0])\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Leila Qarah Man"


# ---- spellings of name parts ranked by the news table (generator/ingest/part_spellings.py) ----

def _spelling(latin: str, index: int = 0, news: int = 0) -> PartSpelling:
    return PartSpelling(latin, spelling_key(latin), index_count=index, news_count=news)


def test_news_reports_outrank_the_index_when_several_agree() -> None:
    index = [_spelling("Muhammad", 175), _spelling("Mohammad", 61), _spelling("Mohammed", 47)]
    news = [_spelling("Mohammad", news=11), _spelling("Muhammad", news=8), _spelling("Mohammed", news=7)]
    assert [s.latin for s in ranked(index, news)] == ["Mohammad", "Muhammad", "Mohammed"]
    assert [s.latin for s in ranked(index, [])] == ["Muhammad", "Mohammad", "Mohammed"]


def test_one_report_does_not_outrank_the_index_on_its_own() -> None:
    index = [_spelling("Zoabi", 30), _spelling("Zoubi", 10)]
    assert [s.latin for s in ranked(index, [_spelling("Zoubi", news=1)])] == ["Zoabi", "Zoubi"]
    # a spelling only the news has is offered once two pages used it, not on one
    assert [s.latin for s in ranked(index, [_spelling("Zo'bi", news=1)])] == ["Zoabi", "Zoubi"]
    assert [s.latin for s in ranked(index, [_spelling("Zo'bi", news=2)])] == ["Zoabi", "Zo'bi", "Zoubi"]


def test_three_spellings_cover_the_two_most_contested_parts() -> None:
    given = ranked([_spelling("Ahmad", 10), _spelling("Ahmed", 9)], [])
    father = ranked([_spelling("Ali", 10)], [])
    family = ranked([_spelling("al-Zoubi", 6), _spelling("al-Zoabi", 1), _spelling("al-Zuabi", 1)], [])
    assert three_spellings([given, father, family]) == [
        "Ahmad Ali al-Zoubi", "Ahmed Ali al-Zoubi", "Ahmad Ali al-Zoabi"]
    # on a tie the family name's runner-up comes first; a part with one spelling is never varied
    tied = ranked([_spelling("Bader", 5), _spelling("Badr", 5)], [])
    assert three_spellings([given, tied]) == ["Ahmad Bader", "Ahmad Badr", "Ahmed Bader"]
    assert three_spellings([father, father]) == ["Ali Ali"]


def test_the_news_table_orders_a_name_s_spellings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The romaniser reads the shipped table; a table whose pages all write Mohammed puts it first."""
    table = tmp_path / "spellings.tsv"
    table.write_text("# a comment\narabic\tlatin\tcount\nمحمد\tMohammed\t50\nمحمد\tMuhamad\t1\n", encoding="utf-8")
    monkeypatch.setattr(part_spellings, "TABLE", table)
    monkeypatch.setattr(romanisation, "_CACHE", {})
    part_spellings._table.cache_clear()
    romanisation._known_spellings.cache_clear()
    try:
        found = romanisations("محمد خالد")
        assert found[0].startswith("Mohammed ") and not any(s.startswith("Muhamad ") for s in found)
        assert romanisations("قيس") == ("Kais", "Quays")       # a one-part name keeps the romaniser's ranking
    finally:
        part_spellings._table.cache_clear()
        romanisation._known_spellings.cache_clear()


# ---- the counting script (scripts/count_news_spellings.py) ----

@pytest.fixture(scope="module")
def counter() -> ModuleType:
    spec = importlib.util.spec_from_file_location("count_news_spellings", REPO / "scripts" / "count_news_spellings.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("name", "parts"), [
    ("Muhammad Abd al-Rahim al-Bardan", ["Muhammad", "Abd al-Rahim", "al-Bardan"]),
    ("Abdul Qader Shaman al Turki", ["Abdul Qader", "Shaman", "al-Turki"]),
    ("Nour al-Din Ramadan", ["Nour al-Din", "Ramadan"]),
    ("Abdullah Shafiq Abu Horan", ["Abdullah", "Shafiq", "Abu Horan"]),
    ("Abu al-Baraa al-Jalam", ["Abu al-Baraa", "al-Jalam"]),
    ("Mohammed al-Hamid bin Khalifa", ["Mohammed", "al-Hamid", "bin Khalifa"]),
])
def test_a_latin_name_splits_into_the_parts_the_index_keys(counter: ModuleType, name: str,
                                                            parts: list[str]) -> None:
    assert counter.name_parts(name) == parts


def test_the_mentions_file_names_its_errors(counter: ModuleType, tmp_path: Path) -> None:
    mentions = tmp_path / "mentions.txt"
    mentions.write_text("Ahmad Ali\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=re.escape(
            f"{mentions}:1: name: a name before any '# <url>' line (hint: name its page first)")):
        counter.read_mentions(mentions)
    mentions.write_text("# example.org/page\nAhmad Ali\n", encoding="utf-8")
    with pytest.raises(SystemExit, match=re.escape(
            f"{mentions}:1: url: a page line is '# <url>' (hint: the page's address)")):
        counter.read_mentions(mentions)


def test_counting_reads_each_page_once_and_leaves_out_the_pairs_sources(counter: ModuleType, tmp_path: Path) -> None:
    pair_source = load_pairs()[0]["english_source"]
    mentions = tmp_path / "mentions.txt"
    mentions.write_text(
        "# https://news.example.org/a\nMohammad Ali al-Khatib\nMohammad Khalil\n"
        "# https://news.example.org/b\nMuhammad Hassan\nMohammad Ali al-Khatib\n"
        f"# {pair_source}\nMohammed Saleh\n", encoding="utf-8")
    table, counted, left = counter.count(counter.read_mentions(mentions), counter.PartIndex())
    assert counted == ["https://news.example.org/a", "https://news.example.org/b"] and left["pages"] == 1
    assert table["محمد"] == {"Mohammad": 1, "Muhammad": 1}       # one page, one vote; page b's repeat not read
    assert left["names counted"] == 3
    text = counter.render(table, counted)
    assert "محمد\tMohammad\t1\n" in text and text.endswith("# source: https://news.example.org/b\n")


def test_an_outlet_counts_once_for_each_spelling_whatever_its_pages(counter: ModuleType) -> None:
    """Two pages of one outlet writing Muhammad are one vote; a second outlet writing Mohammad is another."""
    pages = {"https://english.news-one.example/1": ["Muhammad Saleh"],
             "https://www.news-one.example/2": ["Muhammad Khalil"],
             "https://news-two.example/a": ["Mohammad Hassan"]}
    table, counted, _ = counter.count(pages, counter.PartIndex())
    assert table["محمد"] == {"Muhammad": 1, "Mohammad": 1} and len(counted) == 3
    assert counter.outlet("https://english.enabbaladi.net/archives/1") == "enabbaladi.net"
    assert counter.outlet("https://news.snhr.org/2020/x") == "snhr.org" and counter.outlet("https://en.example") == "en.example"


def test_the_counting_script_names_a_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "mentions.txt"
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "count_news_spellings.py"), str(missing)],
                          cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 1
    assert done.stderr.strip() == f"{missing}: mentions: no such file (hint: the file of '# <url>' lines and names)"


def test_the_shipped_news_table_is_what_its_committed_mentions_give() -> None:
    """generator/data/name_spellings_news.tsv is generated: rebuilt from scripts/data/news_name_mentions.txt it is unchanged."""
    done = subprocess.run([sys.executable, str(REPO / "scripts" / "count_news_spellings.py"),
                           str(REPO / "scripts" / "data" / "news_name_mentions.txt"), "--check"],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
