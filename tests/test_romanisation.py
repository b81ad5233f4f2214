"""Romanisation: the site's spelling convention, the spelling key, the agreement with English
outlets on the name pairs of tests/data, and no network."""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.ingest.romanisation import romanisations, site_style, spelling_key, warm, without_articles

PAIRS = Path(__file__).parent / "data" / "name_pairs.tsv"
REPO = Path(__file__).resolve().parent.parent

# Measured with bench/eval_romanisation.py (docs/names.md): 0.495 first, 0.630 any of three
# (spellings ranked by the news table since session 6; 0.452 / 0.630 before).
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
