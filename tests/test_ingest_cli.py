"""`kb ingest` through the real command line, on real files in temporary folders."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from pathlib import Path

import pytest
from conftest import SEED
import yaml
from click.testing import CliRunner

from generator.cli import cli
from generator.records.lock import lock_path
from generator.records.store import Store

from conftest import copy_knowledge_base

CORPUS = Path(__file__).parent / "corpus"
ARTICLE = """حوران اليوم | مقتل شاب برصاص مجهولين في نوى

مقتل شاب برصاص مجهولين في نوى

قُتل الشاب سامي خالد العمر، اليوم الأربعاء، برصاص مسلحين مجهولين في مدينة نوى بريف درعا الغربي.

أخبار متعلقة
"""


def run(*args: str, input: bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=input, catch_exceptions=False)


@pytest.fixture
def kb(tmp_path: Path) -> Path:
    root = tmp_path / "kb"
    result = run("init", str(root))
    assert result.exit_code == 0, result.output
    return root


@pytest.fixture
def seed(tmp_path: Path) -> Path:
    if SEED.exists():
        return SEED
    return shutil.copyfile(CORPUS / "001-nawa-clashes-day1.txt", tmp_path / "seed.txt")


def load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def snapshot(root: Path) -> dict[str, str]:
    """Every file of a knowledge base and its hash, but the writer lock's (.kb/lock, rewritten by every writer)."""
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file() and p != lock_path(root)}


def test_seed_article_becomes_the_lead_event(kb: Path) -> None:
    result = run("ingest", str(SEED), "--published", "2022-10-17", "--root", str(kb))
    assert result.exit_code == 0, result.output
    event = load(kb / "events/2022/2022-10-17-jasim-armed-clash.yaml")
    assert (event["status"], event["type"], event["sub_type"], event["place"]) == ("draft", "battles", "armed_clash", "jasim")
    assert event["fatalities"] == {"best": 3, "low": 3, "high": 3}
    assert {a["id"] for a in event["actors"]} == {"islamic-state", "jasim-local-fighters"}
    # a new person, drafted under the romaniser's first spelling of عبد الرحمن العراقي
    assert event["people"] == [{"id": "abdul-rahman-al-iraqi", "role": "killed"}]
    assert event["sources"][0]["quote"].startswith("تجددت الاشتباكات")
    withdrawal = list((kb / "events/2022").glob("2022-10-15-jasim-*.yaml"))
    assert len(withdrawal) == 1
    [source] = (kb / "sources/2022").glob("*.yaml")
    data = load(source)
    assert data["id"] == "ain-al-furat-2022-10-17-c4df66b4"
    assert data["attribution"] == {"ar": "وكالات"} and data["outlet"]["org"] == "ain-al-furat"
    text = (kb / "sources/2022" / data["text_file"]).read_text(encoding="utf-8")
    assert hashlib.sha256(text.encode()).hexdigest() == data["sha256"]
    assert run("check", "--root", str(kb)).exit_code == 0
    assert "1 article(s) ingested, 2 event(s)" in result.stderr if hasattr(result, "stderr") else True


def test_ingesting_again_changes_nothing(kb: Path, seed: Path) -> None:
    assert run("ingest", str(seed), "--published", "2022-10-17", "--root", str(kb)).exit_code == 0
    before = snapshot(kb)
    result = run("ingest", str(seed), "--published", "2022-10-17", "--root", str(kb))
    assert result.exit_code == 0
    assert "1 skipped as already ingested" in result.output
    assert snapshot(kb) == before


def test_the_sample_seed_is_already_ingested(tmp_path: Path) -> None:
    root = copy_knowledge_base(tmp_path / "sample")
    before = snapshot(root)
    result = run("ingest", str(SEED), "--published", "2022-10-17", "--root", str(root))
    assert result.exit_code == 0 and "1 skipped as already ingested" in result.output
    assert snapshot(root) == before


def test_hand_written_records_are_not_overwritten(tmp_path: Path) -> None:
    root = copy_knowledge_base(tmp_path / "sample")
    jasim = (root / "places/jasim.yaml").read_text(encoding="utf-8")
    # A man the knowledge base knows alive (the sample's Iraqi commander died on the 17th, and
    # `kb check` would rightly refuse his killing on the 19th).
    luay = (root / "actors/people/luay-al-ali.yaml").read_text(encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE.replace("نوى", "جاسم").replace("سامي خالد العمر", "لؤي العلي"), encoding="utf-8")
    result = run("ingest", str(article), "--published", "2022-10-19", "--root", str(root))
    assert result.exit_code == 0, result.output
    assert (root / "places/jasim.yaml").read_text(encoding="utf-8") == jasim
    assert (root / "actors/people/luay-al-ali.yaml").read_text(encoding="utf-8") == luay
    [event] = (root / "events/2022").glob("2022-10-19-*.yaml")
    assert load(event)["people"] == [{"id": "luay-al-ali", "role": "killed"}]
    assert run("check", "--root", str(root)).exit_code == 0


def test_new_people_and_places_are_drafts_with_review(kb: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert run("ingest", str(article), "--published", "2023-03-15", "--root", str(kb)).exit_code == 0
    [event_path] = (kb / "events/2023").glob("*.yaml")
    event = load(event_path)
    assert event["id"] == "2023-03-15-nawa-attack" and event["civilian_targeting"] is True
    person = load(kb / "actors/people" / f"{event['people'][0]['id']}.yaml")
    assert person["status"] == "draft" and person["name"]["ar"] == "سامي خالد العمر"
    assert person["name"]["en"] == "Sami Khaled al-Omar"   # the attested spellings of its three parts
    assert person["review"][0] == {"field": "name.en", "reason": "machine romanisation of “سامي خالد العمر” as "
                                                            "“Sami Khaled al-Omar”: check the spelling"}
    assert load(kb / "places/nawa.yaml")["status"] == "reviewed"   # copied from the shipped gazetteer
    assert run("check", "--root", str(kb)).exit_code == 0


def test_event_id_collision_gets_a_number(kb: Path, tmp_path: Path) -> None:
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(ARTICLE, encoding="utf-8")
    second.write_text(ARTICLE.replace("سامي خالد العمر", "ماهر علي الحسن"), encoding="utf-8")
    assert run("ingest", str(first), str(second), "--published", "2023-03-15", "--root", str(kb)).exit_code == 0
    names = sorted(p.name for p in (kb / "events/2023").glob("*.yaml"))
    assert names == ["2023-03-15-nawa-attack-2.yaml", "2023-03-15-nawa-attack.yaml"]


def test_no_publication_date_means_no_date(kb: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("ingest", str(article), "--root", str(kb))
    assert result.exit_code == 0
    assert "1 article(s) had no publication date" in result.output
    [event] = (kb / "events/undated").glob("*.yaml")
    data = load(event)
    assert data["date"] is None and data["date_precision"] == "unknown"
    assert any(r["field"] == "date" and "--published" in r["reason"] for r in data["review"])
    [source] = (kb / "sources/undated").glob("*.yaml")
    assert load(source).get("published") is None and "-undated-" in source.name


def test_a_date_in_the_file_name_dates_the_source_and_says_so(kb: Path, tmp_path: Path) -> None:
    article = tmp_path / "2022-10-17-jasim.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    result = run("ingest", str(article), "--root", str(kb))
    assert result.exit_code == 0 and "no publication date" not in result.output
    [source] = (kb / "sources/2022").glob("*.yaml")
    assert load(source)["published"] == dt.date(2022, 10, 17) and load(source)["published_from"] == "file-name"
    assert not (kb / "events/undated").exists() or not list((kb / "events/undated").glob("*.yaml"))


def test_bad_inputs_are_reported_and_the_rest_goes_on(kb: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04" * 100)
    (folder / "huge.txt").write_text("ا" * 5_000_001, encoding="utf-8")
    (folder / "nav.html").write_text("<html><body><nav>Home | About</nav></body></html>", encoding="utf-8")
    (folder / "legacy.txt").write_bytes(ARTICLE.replace("نوى", "طفس").encode("cp1256"))
    (folder / "feed.xml").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
        "<item><guid>ok</guid><pubDate>Wed, 15 Mar 2023 10:00:00 GMT</pubDate><description>"
        "Three fighters were killed in clashes in Nawa on Wednesday, local sources said.</description></item>"
        "<item><guid>broken</guid><title>No body</title></item></channel></rss>", encoding="utf-8")
    result = run("ingest", str(folder), str(tmp_path / "vanished.txt"), "--published", "2023-03-15", "--root", str(kb))
    assert result.exit_code == 1
    out = result.output
    assert f"failed: {folder / 'empty.txt'}: file is empty" in out
    assert f"failed: {folder / 'binary.txt'}: binary file (not text)" in out
    assert f"failed: {folder / 'huge.txt'}: file is 10.0 MB; an input is at most 2 MB (split it into articles)" in out
    assert f"failed: {folder / 'nav.html'}: no article text found in the page" in out
    assert f"failed: {folder / 'feed.xml'}#broken: entry has no text" in out
    assert f"failed: {tmp_path / 'vanished.txt'}: file not found (it may have been moved or deleted while ingesting)" in out
    assert "3 article(s) ingested" in out and "6 failed" in out
    assert run("check", "--root", str(kb)).exit_code == 0
    assert not list(kb.rglob("*.tmp"))


def test_readable_but_hostile_texts_give_records_that_check_accepts(kb: Path, tmp_path: Path) -> None:
    """Texts that read fine but hold what a record may not: reordering controls (in the body and the title),
    a run of thousands of digits, a run-on page with no punctuation. Ingest takes them without a traceback,
    and its records pass `kb check` (no control character, no record over its size)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bidi.html").write_text(
        "<html><head><title>\u202eقتلى في نوى</title></head><body><article><p>\u202eقُتل ثلاثة مقاتلين في اشتباكات "
        "في مدينة نوى يوم الأربعاء، وفق ما أفادت مصادر محلية.\u202c</p><p>وأضافت المصادر أن الاشتباكات اندلعت "
        "بعد منتصف الليل واستمرت ساعات.</p></article></body></html>", encoding="utf-8")
    (folder / "digits.txt").write_text("قُتل " + "9" * 5000 + " شخصاً في اشتباكات في مدينة نوى يوم الأربعاء.\n",
                                       encoding="utf-8")
    (folder / "runon.txt").write_text("قُتل شاب في مدينة نوى يوم الأربعاء " + "و اشتباكات " * 3_000 + "\n",
                                      encoding="utf-8")
    result = run("ingest", str(folder), "--published", "2023-03-15", "--root", str(kb))
    assert result.exit_code == 0, result.output
    assert "3 article(s) ingested" in result.output
    check = run("check", "--root", str(kb))
    assert check.exit_code == 0, check.output
    quotes = [claim["quote"] for path in (kb / "events").rglob("*.yaml") for claim in load(path)["sources"]]
    assert quotes and all("\u202e" not in quote and len(quote) <= 2002 for quote in quotes)


def test_stdin(kb: Path) -> None:
    result = run("ingest", "-", "--published", "2023-03-15", "--root", str(kb), input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0, result.output
    assert list((kb / "events/2023").glob("2023-03-15-nawa-*.yaml"))


def test_jobs_give_the_same_records(tmp_path: Path) -> None:
    roots = []
    for jobs in ("1", "2"):
        root = tmp_path / f"kb{jobs}"
        assert run("init", str(root)).exit_code == 0
        result = run("ingest", str(CORPUS), "--jobs", jobs, "--root", str(root))
        assert result.exit_code == 0, result.output
        roots.append(root)
    strip = lambda snap: {k: v for k, v in snap.items() if k.startswith(("events", "actors", "places"))}
    assert strip(snapshot(roots[0])) == strip(snapshot(roots[1]))
    assert Store.load(roots[0]).problems == []


def test_eval_writes_nothing(tmp_path: Path) -> None:
    root = copy_knowledge_base(tmp_path / "sample")
    before = snapshot(root)
    result = run("eval", str(CORPUS), "--root", str(root))
    assert result.exit_code == 0
    assert "event recall" in result.output and "people precision" in result.output
    assert "incident merging" in result.output and re.search(r"cross-language, worst order +P 1.000", result.output)
    assert snapshot(root) == before


def test_eval_part_prints_only_that_part(tmp_path: Path) -> None:
    realnews = Path(__file__).parent / "realnews"
    result = run("eval", str(realnews), "--orders", "0", "--part", "dev", "--by", "incidents", "--root", str(tmp_path))
    assert result.exit_code == 0, result.output
    header = result.output.splitlines()[0]
    assert "dev (" in header and "test (" not in header
    assert "dev 4+ incidents (" in result.output and "test " not in result.output


SCENARIO = Path(__file__).parent / "scenario"


def test_a_reviewed_incident_only_gets_the_new_source_and_claim(tmp_path: Path) -> None:
    root = copy_knowledge_base(tmp_path / "sample")
    path = root / "events/2022/2022-10-17-jasim-armed-clash.yaml"
    text = path.read_text(encoding="utf-8").replace(
        "status: reviewed\n", "status: reviewed   # checked against two local outlets\n")
    text = text.replace("tags: [islamic-state-cells]\n", "tags: [islamic-state-cells]\nnotes: Toll confirmed by phone.\n")
    path.write_text(text, encoding="utf-8")
    before = load(path)
    result = run("ingest", str(SCENARIO / "02-jasim-ar-day2.txt"), "--published", "2022-10-18", "--root", str(root))
    assert result.exit_code == 0, result.output
    after_text = path.read_text(encoding="utf-8")
    after = load(path)
    assert "status: reviewed   # checked against two local outlets\n" in after_text
    for key in ("status", "title", "summary", "notes", "fatalities", "people", "actors", "place", "date", "tags"):
        assert after[key] == before[key], key
    [source] = [p.stem for p in (root / "sources/2022").glob("horan-*.yaml")]
    assert [c["source"] for c in after["sources"]] == [c["source"] for c in before["sources"]] + [source]
    assert after["sources"][-1]["fatalities"] == 17
    assert {"field": "fatalities", "reason": f"sources disagree: 3 (ain-al-furat-2022-10-17-c4df66b4), 17 ({source})"} \
        in after["review"]
    assert f"merged: appended source {source} to reviewed event 2022-10-17-jasim-armed-clash" in result.output
    assert "1 updated" in result.output
    assert len(list((root / "events").rglob("*.yaml"))) == 2          # no new incident
    assert run("check", "--root", str(root)).exit_code == 0
    again = run("ingest", str(SCENARIO / "02-jasim-ar-day2.txt"), "--published", "2022-10-18", "--root", str(root))
    assert "1 skipped as already ingested" in again.output and path.read_text(encoding="utf-8") == after_text
