"""`kb generate`: read and validate every record, resolve the graph, then render the pages in every language.

Pages are rendered by units (pages/deps.py): a record's page, a hub with all
its pages, the page index's source rows. Each run keeps, in the cache
(pages/cache.py), the records it loaded and what each unit read; the next run

- stops before loading anything when no input and no output moved;
- otherwise reads again only the record files whose stamps moved, and renders
  again only the units that read something derived from them (an edit of one
  record: its page, the pages listing or linking it, the hubs showing it);
- renders everything when there is no usable cache (first run, code or
  settings changed, a generated file edited by hand). A full run renders each
  language in its own process (forked, so the graph is shared, not copied)
  when the machine has more than one CPU.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .. import gcpause
from ..errors import Problem
from ..records import folders
from ..records.history import History, read_history
from ..records.journal import finish_interrupted
from ..records.store import Store, kind_of_path
from ..records.validate import Memo
from ..records.yamlio import is_temporary
from ..urls import PAGE_FOLDERS
from . import cache, deps
from .deps import UnitKey
from .graph import Graph, build_graph
from .home import HOME_FILE, home_files
from .hubs import HUBS, hub_pages
from .kinds import PAGE_KINDS, record_page
from .mapdata import data_files
from .page import Page
from .render import JSON_VALUE, TEMPLATES, environment, render_page
from .rows import Rows, rows_after
from .view import source_url
from .writer import OutputTree, WriteReport

# Top-level names inside content/<lang>/ that the generator owns (content/.gitignore lists them).
PAGE_INDEX = "kb-pages.json"
OWNED = tuple(dict.fromkeys([*PAGE_FOLDERS.values(), *HUBS, "codebook", PAGE_INDEX, HOME_FILE]))
SOURCE_ROWS: UnitKey = ("index", "sources")  # the page index's rows of the sources, which have no page
# Units writing files that are no pages, by name: the map's data, the home page's block.
FILES = {"map": data_files, "home": home_files}


@dataclass
class GenerateResult:
    report: WriteReport
    problems: list[Problem] = field(default_factory=list)
    pages: int = 0
    # True when nothing had changed since the last run and no page was loaded, rendered or written.
    cached: bool = False
    # The records the pages were made from (None on a cached run), for callers that need them too.
    store: Store | None = None
    # Units rendered (None: all of them, a full run), see pages/deps.py.
    rendered: list[UnitKey] | None = None
    # What the next run in this process may pass as `last_state` (None on a cached run).
    state: cache.State | None = None
    # Record keys whose files changed (None on a full or cached run), see pages/deps.py.
    changed: set | None = None
    # With `defer_state`: writes the state file for the next process.
    write_state: Callable[[], None] | None = None


def generate(settings, jobs: int | None = None, last_state: cache.State | None = None,
             defer_state: bool = False, defer_collect: bool = False,
             moved: Collection[str] | None = None) -> GenerateResult:
    """Write the Markdown of every page for every language of `settings`; only changed files are touched.

    `jobs`: processes rendering languages at once in a full run (default: one per language, up to the CPU count).
    `last_state`: the `state` of this process's last result, if it has one (saves reading it from the cache).
    `defer_state`: leave writing the state file to the caller (`GenerateResult.write_state`).
    `defer_collect`: leave freeing what earlier runs in this process left to the caller (`gcpause.collect_frozen`:
    it walks the whole heap, a second or more of an edit run in `mkdocs serve` at 10,000 incidents).
    `moved`: with `last_state`, every file of the record folders that may have changed since that run (a file
    watcher's events: `mkdocs serve`); only those are stamped again. By default every input file is.
    The run works on the resolved root (`Path.resolve`), whatever form `settings.root` has: the input
    stamps, the state's records and the problems' files are named the same from the command line and
    from the `kb` plugin.
    """
    given = Path(settings.root)
    settings = replace(settings, root=given.resolve())
    if moved is not None:
        moved = _under_root(moved, given, settings.root)
    with gcpause.paused(collect_first=not defer_collect):
        return _generate(settings, jobs, last_state, defer_state, moved)


def _under_root(paths: Collection[str], given: Path, root: Path) -> set[str]:
    """Files named under the root as the caller gave it (`mkdocs serve`'s watcher: absolute), as they are
    named under the resolved root, the one form the cache's stamps and the state's records use (a
    `kb generate` from the command line has the root `.`, the `kb` plugin the folder of mkdocs.yml: both
    resolve to one form, so a run of the one reuses what a run of the other left)."""
    prefix, real = os.path.abspath(given) + os.sep, str(root) + os.sep
    out = set()
    for path in paths:
        path = os.path.abspath(path)
        out.add(real + path[len(prefix):] if path.startswith(prefix) and prefix != real else path)
    return out


def _generate(settings, jobs: int | None, last_state: cache.State | None, defer_state: bool,
              moved: Collection[str] | None) -> GenerateResult:
    finish_interrupted(settings.root)  # a write a killed command committed is part of the records
    tree = OutputTree(settings.content_path, tuple(settings.languages), OWNED)
    key = cache.run_key(settings)
    manifest = cache.load(settings)
    inputs = None
    if moved is not None and last_state is not None and manifest is not None and isinstance(manifest.get("inputs"), dict):
        inputs = cache.restamped(settings, manifest["inputs"], moved)
    if inputs is None:
        inputs = cache.input_stamps(settings)  # before loading: an edit made during the run is seen next time
    if manifest is not None and cache.unchanged(manifest, key, inputs, tree):
        report = WriteReport(unchanged=len(manifest["outputs"]), nothing_changed=True)
        return GenerateResult(report, cache.cached_problems(manifest), manifest.get("pages", 0), cached=True)
    last = cache.load_state(settings, manifest, key, tree, last_state)
    cache.clear(settings)  # a run that stops half-way leaves no manifest behind

    check_memo = Memo() if last is None else last.check_memo
    outputs = None  # stamped again after a full run; an edit run updates the last run's
    if last is None:
        store = Store.load(settings.root)
        graph = build_graph(store, check_memo)  # the whole graph is resolved before any page is rendered
        graph.history = _history(settings, inputs)
        units = unit_keys(graph)
        report, results, made = _render_all(graph, units, settings, jobs)
        rendered = changed = None
        table = deps.KeyTable()
        derived = table.reverse(graph.derived_from)
        state = cache.new_state(store, derived, results, units, table, check_memo, rows_after({}, None, made, table))
    else:
        assert manifest is not None  # a state is only loaded with its manifest
        store, changed, moved_files = _load_changes(settings, last.store, manifest["inputs"], inputs)
        graph = build_graph(store, check_memo, moved_files)
        graph.history = _history(settings, inputs)
        units = unit_keys(graph)
        table = last.keys  # the numbers of the last units' reads stay as they are (new keys are added)
        derived = table.reverse(graph.derived_from)
        dirty = deps.dirty_keys(changed, deps.Numbered(last.derived, table), deps.Numbered(derived, table))
        numbers = table.numbers()
        dirty_numbers = {numbers[key] for key in dirty if key in numbers}  # a key without one was never read
        rendered = [u for u in units if u not in last.units or not last.units[u].reads.isdisjoint(dirty_numbers)]
        graph.rows = Rows(last.rows, table, dirty_numbers)
        report, results = _render_some(graph, units, rendered, last.units, settings)
        outputs = cache.outputs_after(manifest["outputs"], report)  # load_state found them as the manifest says
        state = cache.new_state(store, derived, results, rendered, table, check_memo,
                                rows_after(last.rows, rendered, [graph.rows], table))
    pages = sum(len(paths) for unit, result in results.items() if unit[0] != "file" for paths in result.paths.values())
    write_state = cache.save(settings, key, inputs, tree, pages, graph.problems, state, defer_state, outputs, last)
    return GenerateResult(report, graph.problems, pages, store=store, rendered=rendered, state=state,
                          changed=changed, write_state=write_state)


def _history(settings, inputs: dict[str, list[int]]) -> History:
    """The records' history (records/history.py), with the modification times stamped before loading."""
    history = read_history(settings.root)
    prefix = str(Path(settings.root)) + os.sep
    history.mtimes = {path[len(prefix):].replace(os.sep, "/"): stamp[1] for path, stamp in inputs.items()
                      if path.startswith(prefix)}
    return history


def load_generate_state(settings) -> cache.State | None:
    """The last run's state when it can be used as it stands (`mkdocs serve` reads it ahead of the first edit)."""
    tree = OutputTree(settings.content_path, tuple(settings.languages), OWNED)
    return cache.load_state(settings, cache.load(settings), cache.run_key(settings), tree)


def unit_keys(graph: Graph) -> list[UnitKey]:
    """Every unit, in page-index order: the hubs, the records' pages by kind, the source rows, then the files
    that are no pages."""
    units: list[UnitKey] = [("hub", name) for name in (*HUBS, "codebook")]
    for kind in PAGE_KINDS:
        units += [(kind, record_id) for record_id in graph.store.real.by_kind[kind]]
    units.append(SOURCE_ROWS)
    units += [("file", name) for name in FILES]
    return units


def _load_changes(settings, last: Store, before: dict, now: dict) -> tuple[Store, set, set[str]]:
    """The store after the files whose stamps moved are read again, the keys of the records that changed,
    and the files (absolute paths) whose stamps moved, added or removed ones included.

    A file added to or removed from the record folders (other than a hidden one, which nothing reads)
    means a full load: which file of two with one id wins, and what the folder scan reports, depend
    on every file. So does a file that is a symbolic link now or had a problem of the folder scan
    (a link replaced by the file itself): the scan reports links and does not follow them.
    """
    added_or_removed = [Path(p) for p in before.keys() ^ now.keys()]
    moved = [Path(p) for p in before.keys() & now.keys() if before[p] != now[p]]
    root = Path(settings.root)
    store = Store(last.root, {kind: dict(entries) for kind, entries in last.by_kind.items()},
                  list(last.problems), set(last.unreadable), texts=folders.Paths(folders.names_of(last.texts)))
    records = [p for p in moved if kind_of_path(root, p) is not None]
    scanned = {problem.path for problem in last.problems}  # a record file's own are `reload`'s to judge
    if (any(_scanned(root, p) for p in added_or_removed) or not store.reload(records)
            or any(p.is_symlink() or (kind_of_path(root, p) is None and last.relative(p) in scanned) for p in moved)):
        store = Store.load(root)
    new_day = {p for p in moved if _day(before[str(p)]) != _day(now[str(p)])}
    touched = added_or_removed + moved
    return store, deps.changed_records(last, store, touched, new_day), {os.path.abspath(p) for p in touched}


def _scanned(root: Path, path: Path) -> bool:
    """Whether the folder scan (records/folders.py) looks at this file: it skips hidden ones, save the
    temporary files of an interrupted write, which it reports."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return True
    return is_temporary(path) or not any(part.startswith(".") for part in parts)


def _day(stamp: list[int]) -> dt.date:
    """The day (UTC) of a file's modification time, from its stamp (size, mtime in ns)."""
    return dt.datetime.fromtimestamp(stamp[1] / 1e9, tz=dt.timezone.utc).date()


# ---- rendering ------------------------------------------------------------------------------------

def _render_all(graph: Graph, units: list[UnitKey], settings, jobs: int | None) -> tuple[WriteReport, dict, list[Rows]]:
    languages = list(settings.languages)
    if jobs is None:
        jobs = min(len(languages), len(os.sched_getaffinity(0)))  # the CPUs this process may use
    if jobs > 1 and len(languages) > 1 and "fork" in multiprocessing.get_all_start_methods():
        parts = _render_forked(graph, languages, units, settings)
    else:
        parts = [render_language(graph, language, units, settings) for language in languages]
    report, results = WriteReport(), dict[UnitKey, cache.UnitResult]()
    for (part, rendered, _), language in zip(parts, languages):
        report.merge(part)
        _merge_results(results, rendered, language)
    return report, results, [rows for _, _, rows in parts]


def _render_some(graph: Graph, units: list[UnitKey], rendered: list[UnitKey], last: dict,
                 settings) -> tuple[WriteReport, dict]:
    """Render `rendered` in every language, keep the other units' last results, delete what is gone."""
    results = {unit: last[unit] for unit in units if unit in last}
    fresh: dict = {}
    trees = []
    for language in settings.languages:
        tree = OutputTree(settings.content_path, (language,), OWNED)
        _merge_results(fresh, _render_units(graph, language, rendered, settings, tree), language)
        trees.append((language, tree))
    results.update(fresh)
    keep = set(units)
    report = WriteReport()
    for language, tree in trees:
        gone = [(language, path) for unit, result in last.items()
                for path in result.paths.get(language, ())
                if unit not in keep or (unit in fresh and path not in fresh[unit].paths.get(language, ()))]
        tree.add(language, PAGE_INDEX, _page_index(results, units, language))
        report.merge(tree.commit(remove=gone))
    return report, results


def render_language(graph: Graph, language: str, units: list[UnitKey], settings) -> tuple[WriteReport, dict, Rows]:
    """Render every unit of one language and write the changed files (its own language folder only); the
    rows the graph kept (those of a child process are its own)."""
    tree = OutputTree(settings.content_path, (language,), OWNED)
    rendered = _render_units(graph, language, units, settings, tree)
    tree.add(language, PAGE_INDEX, _page_index(rendered, units, language))
    return tree.commit(), rendered, graph.rows


def _render_units(graph: Graph, language: str, units: list[UnitKey], settings, tree: OutputTree) -> dict:
    """unit -> cache.UnitResult for one language, each page added to `tree`."""
    out = {}
    for unit in units:
        def make(unit=unit) -> tuple[list[tuple[str, str]], list[dict]]:
            if unit == SOURCE_ROWS:
                return [], list(_source_entries(graph, language))
            if unit[0] == "file":
                return list(FILES[unit[1]](graph, language, settings)), []
            pages = list(_unit_pages(graph, language, settings, unit))
            return ([(page.path, render_page(page.template, page.title, page.meta, **page.context)) for page in pages],
                    [_index_entry(page) for page in pages])
        graph.rows.unit = unit
        try:
            (files, rows), reads = graph.reading(make)
        finally:
            graph.rows.unit = None
        for path, text in files:
            tree.add(language, path, text)
        out[unit] = cache.UnitResult(frozenset(reads), {language: [path for path, _ in files]},
                                     {language: [JSON_VALUE.encode(row) for row in rows]})
    return out


def _merge_results(results: dict, rendered: dict, language: str) -> None:
    """Fold one language's unit results into `results` (reads are the union over the languages)."""
    for unit, result in rendered.items():
        known = results.get(unit)
        if known is None:
            results[unit] = result
        else:
            results[unit] = cache.UnitResult(known.reads | result.reads, {**known.paths, language: result.paths[language]},
                                             {**known.rows, language: result.rows[language]})


def _page_index(results: dict, units: list[UnitKey], language: str) -> str:
    """kb-pages.json: one row per line (small, and diffs line by line)."""
    rows = [row for unit in units for row in results[unit].rows.get(language, ())]
    return "[\n" + ",\n".join(rows) + "\n]\n"


def _render_forked(graph: Graph, languages: list[str], units: list[UnitKey],
                   settings) -> list[tuple[WriteReport, dict, Rows]]:
    """The first language in this process, each other one in a forked child; results in language order."""
    env = environment()
    for template in TEMPLATES.glob("*.j2"):  # compile once, before forking
        env.get_template(template.name)
    context = multiprocessing.get_context("fork")
    children = []
    for language in languages[1:]:
        receiver, sender = context.Pipe(duplex=False)
        process = context.Process(target=_child, args=(sender, graph, language, units, settings), daemon=True)
        process.start()
        sender.close()
        children.append((process, receiver))
    parts: list = []
    errors: list[BaseException] = []
    try:
        parts.append(render_language(graph, languages[0], units, settings))
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
            parts.append(payload)
        else:
            errors.append(payload)
    if errors:
        raise errors[0]
    return parts


def _child(sender, graph: Graph, language: str, units: list[UnitKey], settings) -> None:
    result: tuple[str, object]
    try:
        result = ("ok", render_language(graph, language, units, settings))
    except BaseException as error:  # noqa: BLE001 (sent to the parent, which raises it)
        result = ("error", error)
    try:
        sender.send(result)
    except Exception as error:  # an exception that cannot be pickled
        sender.send(("error", RuntimeError(f"{type(result[1]).__name__}: {result[1]} ({error})")))
    sender.close()
    os._exit(0)  # no atexit handlers or buffers of the parent run twice


def _unit_pages(graph: Graph, language: str, settings, unit: UnitKey) -> Iterator[Page]:
    kind, name = unit
    if kind == "hub":
        yield from hub_pages(graph, language, settings, name)
    else:
        yield record_page(graph, language, settings, kind, graph.store.real.by_kind[kind][name].record)


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
