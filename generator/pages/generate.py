"""`kb generate`: read and validate every record, resolve the graph, then render every page in every language.

A run whose inputs (record files, archived texts, settings, generator code) and
outputs are exactly as the last run left them stops before loading anything
(`pages/cache.py`). Otherwise, after the graph is built, each language is
rendered and written by its own process (forked, so the graph is shared, not
copied or pickled) when the machine has more than one CPU.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..errors import Problem
from ..records.history import read_history
from ..records.journal import finish_interrupted
from ..records.store import Store
from ..urls import PAGE_FOLDERS
from . import cache
from .graph import Graph, build_graph
from .home import HOME_FILE, home_files
from .hubs import HUBS, hub_pages
from .kinds import record_pages
from .mapdata import data_files
from .page import Page
from .render import TEMPLATES, environment, render_page
from .view import source_url
from .writer import OutputTree, WriteReport

# Top-level names inside content/<lang>/ that the generator owns (content/.gitignore lists them).
PAGE_INDEX = "kb-pages.json"
OWNED = tuple(dict.fromkeys([*PAGE_FOLDERS.values(), *HUBS, "codebook", PAGE_INDEX, HOME_FILE]))


@dataclass
class GenerateResult:
    report: WriteReport
    problems: list[Problem] = field(default_factory=list)
    pages: int = 0
    # True when nothing had changed since the last run and no page was loaded, rendered or written.
    cached: bool = False
    # The records the pages were made from (None on a cached run), for callers that need them too.
    store: Store | None = None


def generate(settings, jobs: int | None = None) -> GenerateResult:
    """Write the Markdown of every page for every language of `settings`; only changed files are touched.

    `jobs`: processes rendering languages at once (default: one per language, up to the CPU count).
    """
    finish_interrupted(settings.root)  # a write a killed command committed is part of the records
    tree = OutputTree(settings.content_path, tuple(settings.languages), OWNED)
    key = cache.run_key(settings)
    inputs = cache.input_stamps(settings)  # before loading: an edit made during the run is seen next time
    manifest = cache.load(settings)
    if cache.unchanged(manifest, key, inputs, tree):
        report = WriteReport(unchanged=len(manifest["outputs"]), nothing_changed=True)
        return GenerateResult(report, cache.cached_problems(manifest), manifest.get("pages", 0), cached=True)
    cache.clear(settings)  # a run that stops half-way leaves no manifest behind

    store = Store.load(settings.root)
    graph = build_graph(store)  # the whole graph is resolved before any page is rendered
    graph.history = read_history(settings.root)
    languages = list(settings.languages)
    if jobs is None:
        jobs = min(len(languages), len(os.sched_getaffinity(0)))  # the CPUs this process may use
    if jobs > 1 and len(languages) > 1 and "fork" in multiprocessing.get_all_start_methods():
        report, count = _render_forked(graph, languages, settings)
    else:
        report, count = WriteReport(), 0
        for language in languages:
            part, n = render_language(graph, language, settings)
            report.merge(part)
            count += n
    cache.save(settings, key, inputs, tree, count, graph.problems)
    return GenerateResult(report, graph.problems, count, store=store)


def render_language(graph: Graph, language: str, settings) -> tuple[WriteReport, int]:
    """Render every page of one language and write the changed ones (its own language folder only)."""
    tree = OutputTree(settings.content_path, (language,), OWNED)
    index = []
    count = 0
    for page in _pages(graph, language, settings):
        tree.add(language, page.path, render_page(page.template, page.title, page.meta, **page.context))
        index.append(_index_entry(page))
        count += 1
    for files in (data_files, home_files):  # the map's data, the home page's block
        for path, text in files(graph, language, settings):
            tree.add(language, path, text)
    index.extend(_source_entries(graph, language))
    rows = ",\n".join(json.dumps(row, ensure_ascii=False, sort_keys=True) for row in index)
    tree.add(language, PAGE_INDEX, f"[\n{rows}\n]\n")  # one row per line: small, and diffs line by line
    return tree.commit(), count


def _render_forked(graph: Graph, languages: list[str], settings) -> tuple[WriteReport, int]:
    """The first language in this process, each other one in a forked child; reports are merged."""
    env = environment()
    for template in TEMPLATES.glob("*.j2"):  # compile once, before forking
        env.get_template(template.name)
    context = multiprocessing.get_context("fork")
    children = []
    for language in languages[1:]:
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(target=_child, args=(sender, graph, language, settings), daemon=True)
        process.start()
        sender.close()
        children.append((process, receiver))
    report, count = WriteReport(), 0
    errors: list[BaseException] = []
    try:
        part, n = render_language(graph, languages[0], settings)
        report.merge(part)
        count += n
    except BaseException as error:  # still collect the children before raising
        errors.append(error)
    for process, receiver in children:
        try:
            status, payload = receiver.recv()
        except EOFError:
            status, payload = "error", RuntimeError(f"page rendering process {process.pid} stopped "
                                                    f"(exit code {process.exitcode})")
        process.join()
        if status == "ok":
            part, n = payload
            report.merge(part)
            count += n
        else:
            errors.append(payload)
    if errors:
        raise errors[0]
    return report, count


def _child(sender, graph: Graph, language: str, settings) -> None:
    try:
        result = ("ok", render_language(graph, language, settings))
    except BaseException as error:  # noqa: BLE001 (sent to the parent, which raises it)
        result = ("error", error)
    try:
        sender.send(result)
    except Exception as error:  # an exception that cannot be pickled
        sender.send(("error", RuntimeError(f"{type(result[1]).__name__}: {result[1]} ({error})")))
    sender.close()
    os._exit(0)  # no atexit handlers or buffers of the parent run twice


def _pages(graph: Graph, language: str, settings):
    yield from hub_pages(graph, language, settings)
    yield from record_pages(graph, language, settings)


def _source_entries(graph: Graph, language: str) -> Iterator[dict]:
    """Page-index rows of the sources, which have no page: each is a section of the incident pages
    citing it, and its row points at the oldest of them (`Graph.source_home`); None when none cites it."""
    for source in graph.store.records("source"):
        yield {"url": source_url(graph, source.id),
               "title": source.title.any(language) if source.title else source.id,
               "kind": "source", "id": source.id}


def _index_entry(page: Page) -> dict:
    """One row of the machine-readable page index (kb-pages.json): what page shows which record."""
    kb = page.meta.get("kb", {})
    row = {"url": page.url, "title": page.title, "kind": kb.get("kind", "hub"), "id": kb.get("id")}
    if page.meta.get("kb_redirect"):
        row["redirect"] = page.meta["kb_redirect"]  # a merged record's page, pointing at the survivor
    return row
