"""Citing and reusing a record: last change from git, "cite this record", per-record JSON, version and changelog."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml

from conftest import copy_knowledge_base, mkdocs_build, parse_page
from generator.pages.cite import bibtex_text

INCIDENT = "incidents/2022-10-17-jasim-armed-clash/"


def git(root: Path, *args: str, day: str = "2024-03-05T12:00:00Z") -> str:
    env = {**os.environ, "GIT_AUTHOR_DATE": day, "GIT_COMMITTER_DATE": day, "GIT_AUTHOR_NAME": "Editor",
           "GIT_AUTHOR_EMAIL": "editor@example.org", "GIT_COMMITTER_NAME": "Editor", "GIT_COMMITTER_EMAIL": "editor@example.org"}
    return subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True, text=True, env=env).stdout


@pytest.fixture(scope="module")
def git_site(tmp_path_factory) -> Path:
    """The sample in a git repository: everything committed on 5 March 2024, then one incident changed on 9 April."""
    root = copy_knowledge_base(tmp_path_factory.mktemp("citing") / "kb")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "Sample records")
    event = root / "events/2022" / "2022-10-15-jasim-8th-brigade-withdrawal.yaml"
    event.write_text(event.read_text(encoding="utf-8").replace("status: reviewed", "status: draft", 1), encoding="utf-8")
    git(root, "commit", "-q", "-am", "Back to draft", day="2024-04-09T08:00:00Z")
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stdout + result.stderr
    return root


def test_a_record_page_says_when_the_record_last_changed_from_git(git_site):
    site = git_site / "site"
    assert parse_page(site, INCIDENT).xpath("//p[@class='kb-changed']/time/@datetime") == ["2024-03-05"]
    changed = parse_page(site, "ar/incidents/2022-10-15-jasim-8th-brigade-withdrawal/").xpath("//p[@class='kb-changed']")[0]
    assert changed.xpath("./time/@datetime") == ["2024-04-09"] and "9 نيسان 2024" in changed.text_content()


def test_cite_this_record_as_text_and_bibtex(git_site):
    site = git_site / "site"
    text = parse_page(site, INCIDENT).xpath("//pre[@class='kb-cite-text']")[0].text
    assert text == ('Syria incidents knowledge base. "Clashes in Jasim: three Islamic State members killed, among them '
                    'an Iraqi commander". Record 2022-10-17-jasim-armed-clash, last changed 2024-03-05. '
                    "https://example.org/syria-incident-kb/incidents/2022-10-17-jasim-armed-clash/")
    bibtex = parse_page(site, "ar/" + INCIDENT).xpath("//pre[@class='kb-cite-bibtex']")[0].text
    assert bibtex.splitlines() == [
        "@misc{event:2022-10-17-jasim-armed-clash,",
        "  author = {{قاعدة معرفة الحوادث في سوريا}},",
        "  title = {اشتباكات في جاسم: مقتل ثلاثة من عناصر تنظيم الدولة بينهم قيادي عراقي},",
        "  year = {2024},",
        "  note = {السجل 2022-10-17-jasim-armed-clash، آخر تعديل 2024-03-05},",
        "  url = {https://example.org/syria-incident-kb/ar/incidents/2022-10-17-jasim-armed-clash/},",
        "  language = {arabic}",
        "}",
    ]


def test_bibtex_fields_hold_record_text_as_text():
    assert bibtex_text("50% {of} \\x & #1_$ ~^\n  y") == r"50\% \{of\} \textbackslash{}x \& \#1\_\$ \textasciitilde{}\textasciicircum{} y"


def test_each_record_page_links_its_record_as_json(git_site):
    site = git_site / "site"
    (href,) = parse_page(site, INCIDENT).xpath("//p[@class='kb-changed']/a[@download]/@href")
    assert href == "../../data/records/incidents/2022-10-17-jasim-armed-clash.json"
    data = json.loads((site / INCIDENT / href).resolve().read_text(encoding="utf-8"))
    stored = yaml.safe_load((git_site / "events/2022/2022-10-17-jasim-armed-clash.yaml").read_text(encoding="utf-8"))
    assert data["kind"] == "event" and data["record"]["id"] == stored["id"]
    assert data["record"]["fatalities"] == stored["fatalities"] and data["record"]["date"] == "2022-10-17"
    for url in ("people/abd-al-rahman-al-iraqi/", "ar/places/jasim/", "organizations/islamic-state/"):
        (href,) = parse_page(site, url).xpath("//p[@class='kb-changed']/a[@download]/@href")
        assert (site / url / href).resolve().is_file(), url


def test_the_data_page_shows_the_dataset_version_and_the_latest_changes(git_site):
    site = git_site / "site"
    head = git(git_site, "rev-parse", "--short", "HEAD").strip()
    doc = parse_page(site, "data")
    assert doc.xpath("//p[@class='kb-version']/bdi/text()") == [f"2024-04-09 ({head})"]
    rows = [[" ".join(td.text_content().split()) for td in tr.xpath("./td")] for tr in doc.xpath("//div[contains(@class,'kb-changelog')]//tbody/tr")]
    assert rows[0] == ["9 April 2024", head, "", "Incidents: 1", ""]
    assert rows[1] == ["5 March 2024", rows[1][1], "Incidents: 2, Organizations: 12, People: 3, Places: 9, Sources: 1", "", ""]
    arabic = parse_page(site, "ar/data").xpath("//div[contains(@class,'kb-changelog')]//tbody/tr")[0]
    assert " ".join(arabic.xpath("./td")[3].text_content().split()) == "الحوادث: 1"
