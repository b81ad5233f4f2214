"""What a reader downloads before the first search result, per language, on a built site (a script, not a test).

    .venv/bin/python bench/bench_search.py KB_ROOT     # KB_ROOT holds content/ (generated) and site/ (built)

Two figures per language:

1. Material's search as it would be with one index per language: the JSON of
   every page's search document (title, text, and the folded `norm` field the
   site used to add), gzipped. Material's worker loads all of it before the
   first result.
2. Pagefind, as the site ships it: the bytes Chromium fetches (gzipped as a
   server would send them; Pagefind's own files are gzipped already) from
   opening a page to showing the results of a query: the worker and folding
   scripts, pagefind.js, the language's WebAssembly, entry and metadata, the
   index chunks of the query's words and the fragments of the results shown.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))
sys.path.insert(0, str(REPO))

from conftest import CHROMIUM, served  # noqa: E402
from generator.pages import searchnorm  # noqa: E402

QUERIES = {"en": "Place 12", "ar": "محافظة"}


def material_index_bytes(root: Path, language: str) -> tuple[int, int]:
    """(raw, gzipped) bytes of a Material search index of one language's generated pages."""
    docs = []
    prefix = "" if language == "en" else f"{language}/"
    for page in sorted((root / "content" / language).rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        if not text.startswith("---\n"):
            continue
        meta = yaml.safe_load(text.split("\n---\n", 1)[0][4:]) or {}
        words = (meta.get("kb") or {}).get("search_text") or ""
        title = str(meta.get("title", ""))
        location = prefix + str(page.relative_to(root / "content" / language).with_suffix("")).removesuffix("index") + "/"
        docs.append({"location": location.replace("//", "/"), "title": title, "text": words,
                     "norm": searchnorm.index_text(f"{title} {words}")})
    data = json.dumps({"config": {"lang": ["en", "ar"]}, "docs": docs}, ensure_ascii=False, separators=(",", ":")).encode()
    return len(data), len(gzip.compress(data, 6))


def first_result_bytes(site: Path, language: str, query: str) -> tuple[int, int, int]:
    """(bytes, requests, results shown) from opening a page to the results of `query`, as sent gzipped."""
    from playwright.sync_api import sync_playwright

    fetched: dict[str, int] = {}
    with served(site) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=["--headless", "--no-sandbox"])
        page = browser.new_page()

        def record(response):
            path = response.url.split("?")[0].removeprefix(base)
            if path.startswith(f"search/{language}/") or path.startswith("assets/javascripts/kb-"):
                body = response.body()
                fetched[path] = len(body) if path.endswith((".pf_meta", ".pf_index", ".pf_fragment", ".pagefind")) \
                    else len(gzip.compress(body, 6))

        page.on("response", record)  # from the start: Material sets its search worker up as the page loads
        page.goto(base + ("" if language == "en" else f"{language}/"))
        page.wait_for_load_state("networkidle")
        page.locator("input.md-search__input").click()
        page.keyboard.insert_text(query)
        page.wait_for_selector(".md-search-result__item", timeout=60_000)
        page.wait_for_load_state("networkidle")
        shown = page.locator(".md-search-result__item").count()
        browser.close()
    return sum(fetched.values()), len(fetched), shown


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def report(root: Path) -> None:
    for language, query in QUERIES.items():
        raw, packed = material_index_bytes(root, language)
        loaded, requests, shown = first_result_bytes(root / "site", language, query)
        bundle = folder_bytes(root / "site" / "search" / language)
        print(f"search ({language}): Material index {raw / 1e6:.2f} MB, {packed / 1e6:.2f} MB gzipped; "
              f"Pagefind bundle {bundle / 1e6:.1f} MB on disk, first results of {query!r} ({shown} shown): "
              f"{loaded / 1e3:.0f} KB in {requests} requests")


if __name__ == "__main__":
    report(Path(sys.argv[1]))
