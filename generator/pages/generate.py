"""`kb generate`: read and validate every record, resolve the graph, then render every page in every language."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from ..errors import Problem
from ..records.store import Store
from .graph import PAGE_FOLDERS, Graph, build_graph
from .kinds import HUBS, Page, hub_pages, record_pages
from .render import render_page
from .writer import OutputTree, WriteReport

# Top-level names inside content/<lang>/ that the generator owns (content/.gitignore lists them).
PAGE_INDEX = "kb-pages.json"
OWNED = tuple(dict.fromkeys([*PAGE_FOLDERS.values(), *HUBS, "codebook", PAGE_INDEX]))


@dataclass
class GenerateResult:
    report: WriteReport
    problems: list[Problem] = field(default_factory=list)
    pages: int = 0


def generate(settings) -> GenerateResult:
    """Write the Markdown of every page for every language of `settings`; only changed files are touched."""
    store = Store.load(settings.root)
    graph = build_graph(store)  # the whole graph is resolved before any page is rendered
    tree = OutputTree(settings.content_path, tuple(settings.languages), OWNED)
    count = 0
    for language in settings.languages:
        index = []
        for page in _pages(graph, language, settings):
            tree.add(language, page.path, render_page(page.template, page.title, page.meta, **page.context))
            index.append(_index_entry(page))
            count += 1
        tree.add(language, PAGE_INDEX, json.dumps(index, ensure_ascii=False, indent=0, sort_keys=True) + "\n")
    report = tree.commit()
    return GenerateResult(report, graph.problems, count)


def _pages(graph: Graph, language: str, settings):
    yield from hub_pages(graph, language, settings)
    yield from record_pages(graph, language, settings)


def _index_entry(page: Page) -> dict:
    """One row of the machine-readable page index (kb-pages.json): what page shows which record."""
    kb = page.meta.get("kb", {})
    return {"url": page.url, "path": page.path, "title": page.title, "kind": kb.get("kind", "hub"),
            "id": kb.get("id"), "redirect": page.meta.get("kb_redirect")}
