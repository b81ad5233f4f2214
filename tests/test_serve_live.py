"""`mkdocs serve` (what `make serve` runs): an edit of a record is shown by re-rendering only the pages it changed.

A real server on 127.0.0.1 serves a copy of the sample; the test edits a
person's YAML file, waits (bounded, not timed) until the person's page and a
page linking it show the edit, checks from the server's log that no full build
ran, and that the pages equal what a full build then makes of the same records.
"""

from __future__ import annotations

import re
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

from conftest import copy_knowledge_base
from generator.formats import FORMATS, download_path

WAIT = 300  # seconds at most for any one step (a loaded machine is slow, never wrong)
# What the server logs as it starts a full build. Not "Documentation built in N seconds": MkDocs drops a
# message it has logged before (utils.DuplicateFilter), so a rebuild as fast as the first one logs nothing.
FULL_BUILD = "Building documentation..."
DOWNLOADS = [download_path(name) for name in FORMATS]


def full_builds_done(log: str) -> int:
    """Full builds started and finished (the server reloads the browsers after each build)."""
    runs = log.split(FULL_BUILD)[1:]
    return len(runs) - (bool(runs) and "Reloading browsers" not in runs[-1] and "Serving on" not in runs[-1])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def wait_until(predicate, what: str) -> None:
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.3)
    pytest.fail(f"gave up after {WAIT} s waiting for {what}")


def without_reload_script(page: str) -> str:
    """The served page without the live-reload snippet, whose numbers change with every build."""
    return re.sub(r"livereload\(\d+, \d+\)", "livereload()", page)


@pytest.fixture
def server(tmp_path):
    root = copy_knowledge_base(tmp_path / "kb")
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "w", encoding="utf-8") as out:
        process = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
                                   cwd=root, stdout=out, stderr=subprocess.STDOUT)
    try:
        wait_until(lambda: "Serving on" in log.read_text(encoding="utf-8"), "the first build")
        yield root, f"http://127.0.0.1:{port}/syria-incident-kb/", log
    finally:
        process.terminate()
        process.wait(timeout=60)


def test_an_edit_rerenders_the_changed_pages_only(server):
    root, base, log = server
    person = root / "actors/people/husam-luqa.yaml"
    own, linking = base + "people/husam-luqa/", base + "organizations/syrian-arab-army/"
    assert "Husam Luqa" in fetch(own) and "Husam Luqa" in fetch(linking)
    builds_before = log.read_text(encoding="utf-8").count(FULL_BUILD)
    person.write_text(person.read_text(encoding="utf-8").replace("Husam Luqa,", "Husam Luqa Renamed,"),
                      encoding="utf-8")
    wait_until(lambda: "Husam Luqa Renamed" in fetch(own), "the person's page")
    wait_until(lambda: "Husam Luqa Renamed" in fetch(linking), "the organization page listing the person")
    wait_until(lambda: "downloads, map data and feeds updated" in log.read_text(encoding="utf-8"), "the downloads")
    text = log.read_text(encoding="utf-8")
    assert "kb: live update: 2 pages of the edited records" in text  # the page in English and in Arabic
    assert text.count(FULL_BUILD) == builds_before  # no full build
    patched = {url: without_reload_script(fetch(url)) for url in (own, linking, base + "ar/people/husam-luqa/")}

    (root / "content/en/about.md").touch()  # a hand-written page: the server builds the whole site
    wait_until(lambda: full_builds_done(log.read_text(encoding="utf-8")) > builds_before, "a full build")
    for url, page in patched.items():
        assert without_reload_script(fetch(url)) == page, url


def test_an_incident_edit_reaches_the_home_page_map_search_and_downloads(server):
    """The live preview keeps what the pages do not hold up to date too: the home page's block, each
    language's map points, the record's JSON and the Pagefind index equal a full build's afterwards."""
    root, base, log = server
    incident = root / "events/2022/2022-10-17-jasim-armed-clash.yaml"  # the newest: on the home page
    record_json = base + "data/records/incidents/2022-10-17-jasim-armed-clash.json"
    urls = [base, base + "ar/", base + "map/points.json", base + "ar/map/points.json", record_json,
            base + "incidents/2022-10-17-jasim-armed-clash/", base + "search/en/pagefind-entry.json",
            base + "search/ar/pagefind-entry.json"]
    before = {url: fetch(url) for url in urls}
    assert all(before.values()) and "Clashes in Jasim:" in before[base]
    builds_before = log.read_text(encoding="utf-8").count(FULL_BUILD)
    incident.write_text(incident.read_text(encoding="utf-8").replace("en: 'Clashes in Jasim:", "en: 'Fighting in Jasim:"),
                        encoding="utf-8")
    for url in (base, base + "map/points.json", record_json):
        wait_until(lambda url=url: "Fighting in Jasim:" in fetch(url), url)
    wait_until(lambda: fetch(base + "search/en/pagefind-entry.json") != before[base + "search/en/pagefind-entry.json"],
               "the English search index")
    assert log.read_text(encoding="utf-8").count(FULL_BUILD) == builds_before  # no full build
    wait_until(lambda: "downloads, map data and feeds updated" in log.read_text(encoding="utf-8"), "the downloads")
    patched = {url: without_reload_script(fetch(url)) for url in urls}

    (root / "content/en/about.md").touch()  # a hand-written page: the server builds the whole site
    wait_until(lambda: full_builds_done(log.read_text(encoding="utf-8")) > builds_before, "a full build")
    for url, page in patched.items():
        assert without_reload_script(fetch(url)) == page, url


def test_two_quick_edits_leave_the_site_data_a_full_build_makes(server):
    """The second edit is saved as soon as the first shows on the home page, while the first's background job
    (search index, downloads, record JSON; a child process, generator/background.py) may still run: a newer edit ends it,
    and once the jobs are done every file of the site data equals what a full build makes."""
    root, base, log = server
    incident = root / "events/2022/2022-10-17-jasim-armed-clash.yaml"
    page = base + "incidents/2022-10-17-jasim-armed-clash/"
    urls = [page, base + "map/points.json", base + "data/records/incidents/2022-10-17-jasim-armed-clash.json",
            base + "search/en/pagefind-entry.json", base + "search/ar/pagefind-entry.json", base + "feed.xml",
            base + "ar/feed.xml", *(base + download for download in DOWNLOADS)]
    builds_before = log.read_text(encoding="utf-8").count(FULL_BUILD)
    text = incident.read_text(encoding="utf-8")
    incident.write_text(text.replace("en: 'Clashes in Jasim:", "en: 'Fighting in Jasim:"), encoding="utf-8")
    wait_until(lambda: "Fighting in Jasim:" in fetch(base), "the first edit's pages linking it (then its job starts)")
    incident.write_text(text.replace("en: 'Clashes in Jasim:", "en: 'Shelling in Jasim:"), encoding="utf-8")
    wait_until(lambda: "Shelling in Jasim:" in fetch(page), "the second edit")

    def settled() -> bool:
        after_last_update = log.read_text(encoding="utf-8").rsplit("kb: live update", 1)[-1]
        return "downloads, map data and feeds updated" in after_last_update

    wait_until(settled, "the last edit's downloads")
    served = log.read_text(encoding="utf-8")
    assert served.count(FULL_BUILD) == builds_before  # no full build
    assert "Traceback" not in served
    patched = {url: without_reload_script(fetch(url)) for url in urls}
    assert all(patched.values()) and "Shelling in Jasim:" in patched[urls[2]]

    (root / "content/en/about.md").touch()  # a hand-written page: the server builds the whole site
    wait_until(lambda: full_builds_done(log.read_text(encoding="utf-8")) > builds_before, "a full build")
    for url, page_text in patched.items():
        assert without_reload_script(fetch(url)) == page_text, url
