"""A record file ingest needs but cannot load is left untouched, and nothing the article said is lost
(generator/ingest/unreadable.py); articles in other languages and unknown files are reported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import copy_knowledge_base

SCENARIO = Path(__file__).parent / "scenario"
PERSON = "actors/people/abd-al-rahman-al-iraqi.yaml"
EVENT = "events/2022/2022-10-17-jasim-armed-clash.yaml"
# An Arabic report of the Iraqi commander's death in Jasim, two days later.
ARTICLE = """حوران اليوم | مقتل قيادي في جاسم

قُتل الشاب عبد الرحمن العراقي، اليوم الأربعاء، برصاص مسلحين مجهولين في مدينة جاسم بريف درعا الغربي.
"""


def kb(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], capture_output=True, text=True, timeout=120)


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def review_queue(root: Path) -> list[dict]:
    result = kb("review", "--json", "--root", str(root))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_person_whose_file_is_broken_is_left_untouched_and_the_link_goes_to_a_new_draft(tmp_path: Path) -> None:
    root = copy_knowledge_base(tmp_path / "kb")
    person = root / PERSON
    fixed = person.read_text(encoding="utf-8")
    broken = fixed.replace("Abdel Rahman al-Iraqi]}", "Abdel Rahman al-Iraqi}")  # a bracket lost by hand
    person.write_text(broken, encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")

    result = kb("ingest", str(article), "--published", "2022-10-19", "--root", str(root))

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    problem = (f"{PERSON}:5: (file): YAML syntax error: did not find expected ',' or ']' "
               "(check indentation, colons and quotes)")
    lines = result.stderr.splitlines()
    assert f"cannot read: {problem}; left untouched" in lines
    # The name is romanised Abdul Rahman (the attested spelling), the broken file is abd-al-rahman-...:
    # the same skeleton, so the new draft says it may be that person.
    assert ("not attached: person abd-al-rahman-al-iraqi: its file cannot be read, so the new draft "
            "abdul-rahman-al-iraqi was made instead (see kb review)") in lines
    assert lines[-1] == ("1 article(s) ingested, 1 event(s); records: 3 created, 0 updated; 0 skipped as already "
                         "ingested; 0 failed; 1 record file(s) could not be read and were left untouched")
    assert person.read_text(encoding="utf-8") == broken
    [event] = (root / "events/2022").glob("2022-10-19-*.yaml")
    assert load(event)["people"] == [{"id": "abdul-rahman-al-iraqi", "role": "killed"}]
    reason = ("may be the same person as abd-al-rahman-al-iraqi, whose file cannot be read "
              f"({PERSON}:5: YAML syntax error: did not find expected ',' or ']'); fix that file, then run "
              "kb merge abd-al-rahman-al-iraqi abdul-rahman-al-iraqi if they are one")
    draft = load(root / "actors/people/abdul-rahman-al-iraqi.yaml")
    assert {"field": "id", "reason": reason, "candidates": ["abd-al-rahman-al-iraqi"]} in draft["review"]
    assert {"kind": "person", "id": "abdul-rahman-al-iraqi", "path": "actors/people/abdul-rahman-al-iraqi.yaml",
            "reason": f"id: {reason}", "candidates": ["abd-al-rahman-al-iraqi"]} in review_queue(root)

    # Once the file is fixed, kb merge folds the two together.
    person.write_text(fixed, encoding="utf-8")
    merged = kb("merge", "abd-al-rahman-al-iraqi", "abdul-rahman-al-iraqi", "--root", str(root))
    assert merged.returncode == 0, merged.stderr
    assert load(event)["people"] == [{"id": "abd-al-rahman-al-iraqi", "role": "killed"}]


def test_a_report_of_an_incident_whose_file_is_invalid_becomes_a_draft_for_review(tmp_path: Path) -> None:
    root = copy_knowledge_base(tmp_path / "kb")
    event = root / EVENT
    broken = event.read_text(encoding="utf-8").replace("date_precision: day", "date_precision: daily")
    event.write_text(broken, encoding="utf-8")

    result = kb("ingest", str(SCENARIO / "02-jasim-ar-day2.txt"), "--published", "2022-10-18", "--root", str(root))

    assert result.returncode == 1 and "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert (f"cannot read: {EVENT}:11: date_precision: 'daily' is not an allowed value (did you mean day?); "
            "left untouched") in lines
    assert ("not attached: event 2022-10-17-jasim-armed-clash: its file cannot be read, so the new draft "
            "2022-10-17-jasim-armed-clash-2 was made instead (see kb review)") in lines
    assert event.read_text(encoding="utf-8") == broken
    draft = load(root / "events/2022/2022-10-17-jasim-armed-clash-2.yaml")
    [claim] = draft["sources"]
    assert claim["fatalities"] == 17 and claim["source"].startswith("horan-")  # the claim is kept
    assert {"field": "id", "candidates": ["2022-10-17-jasim-armed-clash"],
            "reason": "may be the same event as 2022-10-17-jasim-armed-clash, whose file cannot be read "
                      f"({EVENT}:11: 'daily' is not an allowed value); fix that file, then run "
                      "kb merge 2022-10-17-jasim-armed-clash 2022-10-17-jasim-armed-clash-2 if they are one"} \
        in draft["review"]


def test_an_article_whose_source_record_is_broken_is_skipped(tmp_path: Path) -> None:
    root = copy_knowledge_base(tmp_path / "kb")
    [source] = (root / "sources/2022").glob("*.yaml")
    broken = source.read_text(encoding="utf-8").replace("language: ar", "language: arabic")
    source.write_text(broken, encoding="utf-8")
    text = source.with_suffix(".txt")
    before = text.read_bytes()
    article = tmp_path / "seed.txt"
    article.write_bytes(before)   # the very article the broken source archives

    result = kb("ingest", str(article), "--published", "2022-10-17", "--outlet", "شبكة عين الفرات", "--root", str(root))

    assert result.returncode == 1 and "Traceback" not in result.stderr
    relative = source.relative_to(root)
    assert (f"failed: {article}: cannot be written: its source record cannot be read ({relative}:"
            in result.stderr)
    assert source.read_text(encoding="utf-8") == broken and text.read_bytes() == before
    assert len(list((root / "events").rglob("*.yaml"))) == 2


def test_an_article_in_french_and_unknown_files_are_reported(tmp_path: Path) -> None:
    root = tmp_path / "kb"
    assert kb("init", str(root)).returncode == 0
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "fr.txt").write_text(
        "Affrontements à Jassem\n\nDes affrontements ont eu lieu lundi à Jassem, dans la campagne de Deraa, entre "
        "des combattants locaux et l'État islamique. Trois personnes ont été tuées selon l'Observatoire.\n",
        encoding="utf-8")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "ar.txt").write_text(ARTICLE, encoding="utf-8")

    result = kb("ingest", str(folder), "--published", "2022-10-19", "--root", str(root))

    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert f"failed: {folder / 'fr.txt'}: written in French (fr), not Arabic or English; skipped" in lines
    assert (f"skipped: {folder / 'notes.pdf'}: no reader for .pdf (known: .atom, .htm, .html, .rss, .text, .txt, "
            ".xhtml, .xml)") in lines
    assert lines[-1] == ("1 article(s) ingested, 1 event(s); records: 7 created, 0 updated; 0 skipped as already "
                         "ingested; 1 failed; 1 file(s) of unknown type skipped")
    assert len(list((root / "sources").rglob("*.yaml"))) == 1
