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

import pytest
from lxml import html

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
