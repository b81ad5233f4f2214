"""Shared fixtures: a copy of the sample knowledge base, and sites built from it with MkDocs.

Builds are session-scoped: each is made once per test run. Other test files
may add fixtures here.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lxml import html

from generator.records.store import Store

REPO = Path(__file__).resolve().parent.parent
RECORD_FOLDERS = ("events", "actors", "places", "sources", "schemas")
SITE_FILES = ("mkdocs.yml", "site-overrides", "content")
# The real article the sample records were coded from, as saved (sources/2022/ holds its archived text).
SEED = REPO / "tests" / "fixtures" / "seed-ain-al-furat-2022-10-17.txt"


def copy_records(target: Path) -> Path:
    """Copy only the sample records (and their schemas) into `target`: enough for the `kb` commands."""
    for name in RECORD_FOLDERS:
        shutil.copytree(REPO / name, target / name)
    return target


def copy_knowledge_base(target: Path) -> Path:
    """Copy the sample records and the site files (without generated pages) into `target`."""
    target.mkdir(parents=True, exist_ok=True)
    generated = set((REPO / "content" / ".gitignore").read_text(encoding="utf-8").split())
    for name in RECORD_FOLDERS + SITE_FILES:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name,
                            ignore=lambda d, names: [n for n in names if n in generated and Path(d).parent.name == "content"])
        else:
            shutil.copyfile(source, target / name)
    return target


def mkdocs_build(root: Path, strict: bool = True) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "mkdocs", "build", "--site-dir", str(root / "site")]
    if strict:
        command.append("--strict")
    return subprocess.run(command, cwd=root, capture_output=True, text=True, timeout=600)


@pytest.fixture
def sample_kb(tmp_path: Path) -> Path:
    """A fresh, writable copy of the sample knowledge base (function-scoped)."""
    return copy_knowledge_base(tmp_path / "kb")


@pytest.fixture(scope="session")
def built_sample_site(tmp_path_factory) -> tuple[Path, subprocess.CompletedProcess]:
    """The sample knowledge base built with `mkdocs build --strict`: (root, completed process)."""
    root = copy_knowledge_base(tmp_path_factory.mktemp("sample-site") / "kb")
    result = mkdocs_build(root)
    return root, result


@pytest.fixture(scope="session")
def site(built_sample_site) -> Path:
    """The built sample site's folder (the build must have succeeded)."""
    root, result = built_sample_site
    assert result.returncode == 0, result.stdout + result.stderr
    return root / "site"


def parse_page(site: Path, url: str) -> html.HtmlElement:
    """The built page at `url` (directory style, relative to the site) as an lxml tree."""
    return html.fromstring((site / url / "index.html").read_bytes())


def search_fragments(site: Path, language: str) -> dict[str, dict]:
    """The search documents of a language's Pagefind index (`search/<language>/fragment/`), by page URL.

    Each holds `url` ("/ar/places/jasim/"), `meta` (title, teaser) and `content` (the folded words indexed).
    """
    found = {}
    for path in (site / "search" / language / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(b"pagefind_dcd"), path
        fragment = json.loads(data[len(b"pagefind_dcd"):])
        found[fragment["url"].strip("/") + "/" if fragment["url"] != "/" else ""] = fragment
    return found


# ---- the browser tests ------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@contextmanager
def served(folder: Path) -> Iterator[str]:
    """`folder` served over HTTP on 127.0.0.1 (a free port) while the block runs; yields its base URL."""
    handler = functools.partial(QuietHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def base_url(site) -> Iterator[str]:
    """The built sample site served over HTTP for the browser tests."""
    with served(site) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    """One headless Debian chromium for every browser test of the run."""
    if not CHROMIUM.exists():
        pytest.skip("Chromium is missing: `apt-get install chromium` enables the browser tests")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM),
                                    args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"])
        yield browser
        browser.close()


# ---- a knowledge base with incidents all over Syria, for the map, charts and home page ---------

PLACES = {
    "aleppo-governorate": ("governorate", "Aleppo Governorate", "محافظة حلب", "syria", (36.2, 37.6)),
    "aleppo": ("city", "Aleppo", "حلب", "aleppo-governorate", (36.2021, 37.1343)),
    "deir-ez-zor-governorate": ("governorate", "Deir ez-Zor Governorate", "محافظة دير الزور", "syria", (35.3, 40.2)),
    "deir-ez-zor": ("city", "Deir ez-Zor", "دير الزور", "deir-ez-zor-governorate", (35.3359, 40.1408)),
    "bukamal": ("town", "Albu Kamal", "البوكمال", "deir-ez-zor-governorate", (34.4536, 40.9367)),
    "qamishli": ("city", "Qamishli", "القامشلي", "syria", (37.0522, 41.2317)),
}
XSS_TITLE = '<img src=x onerror="window.kbPwned=1"> Qamishli & <b>drone</b>'
EVENTS = [
    # (id, date, type, sub_type, place, best, status, title)
    ("2023-01-05-aleppo-shelling", "2023-01-05", "explosions_remote_violence", "shelling_artillery_missile_attack",
     "aleppo", 2, "reviewed", None),
    ("2023-01-20-aleppo-clash", "2023-01-20", "battles", "armed_clash", "aleppo", 4, "draft", None),
    ("2023-02-11-aleppo-protest", "2023-02-11", "protests", "peaceful_protest", "aleppo", 0, "reviewed", None),
    ("2023-03-02-deir-ez-zor-clash", "2023-03-02", "battles", "armed_clash", "deir-ez-zor", 7, "reviewed", None),
    ("2023-03-09-bukamal-drone", "2023-03-09", "explosions_remote_violence", "air_drone_strike", "bukamal", 5,
     "reviewed", None),
    ("2023-03-10-qamishli-drone", "2023-03-10", "explosions_remote_violence", "air_drone_strike", "qamishli", 1,
     "reviewed", XSS_TITLE),
    ("2023-04-01-inkhil-abduction", "2023-04-01", "violence_against_civilians", "abduction_forced_disappearance",
     "inkhil", 0, "draft", None),
    ("2023-04-15-western-daraa-clash", "2023-04-15", "battles", "armed_clash", "western-daraa-countryside", 1,
     "reviewed", None),
    ("2023-05-01-daraa-clash-merged", "2023-05-01", "battles", "armed_clash", "daraa", 9, "merged", None),
    ("2023-05-02-daraa-clash-retracted", "2023-05-02", "battles", "armed_clash", "daraa", 9, "retracted", None),
    ("undated-placeless-arrests", None, "strategic_developments", "arrests", None, None, "draft", None),
]


def _yaml_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def write_records(root: Path) -> None:
    source = sorted(s.id for s in Store.load(root).records("source"))[0]  # any source of the sample will do
    for pid, (kind, en, ar, parent, (lat, lon)) in PLACES.items():
        (root / "places" / f"{pid}.yaml").write_text(
            f"id: {pid}\nstatus: reviewed\nname: {{en: {en}, ar: {ar}}}\nkind: {kind}\nparent: {parent}\n"
            f"coordinates: {{lat: {lat}, lon: {lon}}}\n", encoding="utf-8")
    for eid, day, kind, sub, place, best, status, title in EVENTS:
        folder = root / "events" / (day[:4] if day else "undated")
        folder.mkdir(parents=True, exist_ok=True)
        lines = [f"id: {eid}", f"status: {status}"]
        if status == "merged":
            lines.append("merged_into: 2023-01-20-aleppo-clash")
        if title:
            lines.append(f"title: {{en: {_yaml_text(title)}, ar: {_yaml_text(title)}}}")
        lines += [f"date: {day or 'null'}", f"date_precision: {'day' if day else 'unknown'}", f"type: {kind}",
                  f"sub_type: {sub}"]
        if place:
            lines.append(f"place: {place}")
        lines += ["actors:", "  - {id: islamic-state, side: a}" if kind == "battles" else "  - {id: syrian-arab-army, side: a}"]
        lines.append(f"fatalities: {{best: {best if best is not None else 'null'}}}")
        lines += ["sources:", f"  - source: {source}"]
        (folder / f"{eid}.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


@pytest.fixture(scope="session")
def incidents_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict]:
    """The sample knowledge base plus incidents spread over Syria (a merged, a retracted, an undated
    one and one whose title is markup among them), built and served on 127.0.0.1:
    {"url", "root", "store", "points" (the English map's points)}."""
    if not CHROMIUM.exists():
        pytest.skip("Chromium is missing: `apt-get install chromium` enables the browser tests")
    root = copy_knowledge_base(tmp_path_factory.mktemp("kb-site"))
    write_records(root)
    store = Store.load(root)
    assert not store.problems, store.problems
    result = mkdocs_build(root)
    assert result.returncode == 0, result.stderr[-3000:]
    points = json.loads((root / "site/map/points.json").read_text(encoding="utf-8"))["points"]
    with served(root / "site") as url:
        yield {"url": url, "root": root, "store": store, "points": points}


@pytest.fixture
def offline_page(browser):
    """A page in its own browser context: tile requests are aborted and counted (`page.kb_tiles`); any
    other request leaving 127.0.0.1, and any error in the page, fails the test."""
    context = browser.new_context()
    page = context.new_page()
    page.kb_leaks, page.kb_tiles, page.kb_errors = [], [], []

    def route(request_route) -> None:
        url = request_route.request.url
        host = urlsplit(url).hostname
        if host == "127.0.0.1":
            request_route.continue_()
        elif host and host.endswith("tile.openstreetmap.org"):
            page.kb_tiles.append(url)
            request_route.abort()
        else:
            page.kb_leaks.append(url)
            request_route.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda error: page.kb_errors.append(str(error)))
    yield page
    assert page.kb_leaks == [], f"requests left 127.0.0.1: {page.kb_leaks}"
    assert page.kb_errors == [], page.kb_errors
    context.close()
