"""The `kb` command line: thin adapters from flags to library calls.

Library code raises named errors (`generator.errors.KbError`); this is the only
place that turns them into messages with a hint and an exit code.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from .errors import KbError
from .pages.strings import HUB_WORDS
from .exports import FORMATS as EXPORT_FORMATS, render as render_export, render_atom, write_if_changed
from .records.schema import write_schemas
from .records.store import Store
from .records.validate import check as check_records
from .scaffold import init_knowledge_base
from .settings import Settings, load_settings

out = Console(highlight=False, soft_wrap=True)
err = Console(stderr=True, highlight=False, soft_wrap=True)


def with_settings(command: Callable[..., Any]) -> Callable[..., Any]:
    """Shared `--root` option: resolves the settings object passed to the command as `settings`."""

    @click.option("--root", type=click.Path(file_okay=False, path_type=Path), default=Path("."),
                  show_default=True, help="Folder of the knowledge base.")
    @functools.wraps(command)
    def wrapper(*args: Any, root: Path, **kwargs: Any) -> Any:
        return command(*args, settings=load_settings(root), **kwargs)

    return wrapper


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="syria-incident-kb")
def cli() -> None:
    """Turn news reports into a bilingual, searchable knowledge base of YAML records."""


@cli.command()
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
def init(directory: Path) -> None:
    """Create an empty knowledge base in DIRECTORY (folders, mkdocs.yml, pages)."""
    init_knowledge_base(directory)
    out.print(f"Created an empty knowledge base in {directory}")
    out.print(f"Next: cd {directory} && kb ingest ARTICLES... && mkdocs serve")


@cli.command()
@with_settings
def check(settings: Settings) -> None:
    """Validate every record and cross-reference; print each problem as path:line: field: message (hint)."""
    store = Store.load(settings.root)
    problems = check_records(store)
    for problem in problems:
        out.print(str(problem), markup=False)
    total = sum(len(entries) for entries in store.by_kind.values())
    if problems:
        err.print(f"{len(problems)} problem(s) in {total + len(store.problems)} record file(s)")
        sys.exit(1)
    err.print(f"{total} records, no problems")


@cli.command()
@with_settings
def schema(settings: Settings) -> None:
    """Write a JSON Schema per record kind into schemas/ for editors (VS Code's YAML extension)."""
    written = write_schemas(settings.root)
    out.print(f"{len(written)} schema file(s) written in {settings.root / 'schemas'}")


@cli.command()
@click.option("--format", "format_name", type=click.Choice([*EXPORT_FORMATS, "atom"]), default="csv",
              show_default=True, help="csv: ACLED's columns; ucdp: UCDP GED's columns; geojson; json: every record; "
                                      "atom: feed of the latest incidents.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to write (atomically); standard output when omitted.")
@click.option("--language", type=click.Choice(["en", "ar"]), default="en", show_default=True,
              help="Language of the atom feed.")
@with_settings
def export(settings: Settings, format_name: str, out: Path | None, language: str) -> None:
    """Export the incidents (merged and retracted records left out) as CSV, GeoJSON, JSON or Atom."""
    store = Store.load(settings.root)
    if format_name == "atom":
        content = render_atom(store, settings, language, title=HUB_WORDS[language]["feed_title"])
    else:
        content = render_export(format_name, store, settings)
    if out is None:
        click.echo(content, nl=False)
        return
    write_if_changed(out, content)
    err.print(f"{format_name} export written to {out}")


@cli.command()
@with_settings
@click.option("--fatal", is_flag=True, help="Exit with status 1 when any record has a problem (pages are still written).")
def generate(settings: Settings, fatal: bool) -> None:
    """Write the site's Markdown pages (both languages) into the content folder; only changed files are written.

    After an edit, only the pages that show the edited records are rendered again (the cache in
    .cache/kb/ keeps what each page read); with nothing changed, nothing is loaded.
    """
    from .pages import generate as generate_pages

    result = generate_pages(settings)
    for problem in result.problems:
        err.print(str(problem), markup=False)
    report = result.report
    out.print(f"{result.pages} pages: {report.summary()} (in {settings.content_path})", markup=False)
    if result.problems:
        err.print(f"{len(result.problems)} record problem(s): bad records were skipped; run `kb check` for details")
        if fatal:
            sys.exit(1)


@cli.command()
@with_settings
@click.option("--strict/--no-strict", default=True, show_default=True, help="Fail on any MkDocs warning.")
def build(settings: Settings, strict: bool) -> None:
    """Generate the pages, then build the static site with MkDocs into site/."""
    import subprocess

    command = [sys.executable, "-m", "mkdocs", "build", "--config-file", str(settings.root / "mkdocs.yml")]
    if strict:
        command.append("--strict")
    sys.exit(subprocess.call(command))


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", type=click.DateTime(formats=["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S"]), default=None,
              help="Publication date of the articles (YYYY-MM-DD); otherwise taken from the file, else unknown.")
@click.option("--url", default=None, help="Address of the article.")
@click.option("--outlet", default=None, help="Name of the outlet that published the articles.")
@click.option("--lang", type=click.Choice(["ar", "en"]), default=None,
              help="Language of the articles; detected from the text when absent.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that read and extract in parallel (records are written by one).")
@with_settings
def ingest(settings: Settings, paths: tuple[str, ...], published: Any, url: str | None, outlet: str | None,
           lang: str | None, jobs: int) -> None:
    """Turn news articles (.txt, .html, RSS/Atom feeds, folders, - for stdin) into draft records."""
    from .ingest.article import Overrides
    from .ingest.pipeline import ingest as run_ingest, progress_bar
    from .ingest.readers import STDIN, expand_paths

    day = published.date() if published is not None and published.time() == published.min.time() else published
    overrides = Overrides(published=day, url=url, outlet=outlet, language=lang)
    names = list(expand_paths(paths))
    stdin = sys.stdin.buffer.read() if STDIN in names else None
    with progress_bar(len(names), err) as advance:
        summary = run_ingest(names, settings.root, overrides, jobs=jobs, stdin=stdin, on_item=advance)
    for failure in summary.failures:
        err.print(f"failed: {failure}", markup=False)
    for source in summary.sources:
        out.print(f"ingested: {source}", markup=False)
    for note in summary.notes:
        out.print(f"merged: {note}", markup=False)
    err.print(summary.line(), markup=False)
    if summary.failures:
        sys.exit(1)


@cli.command(name="eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--errors", "show_errors", is_flag=True, help="Also list every wrong field and missed event, except those of the frozen test part.")
@with_settings
def eval_(settings: Settings, corpus: Path, show_errors: bool) -> None:
    """Score extraction and cross-source incident merging against a gold corpus (writes nothing into the knowledge base)."""
    from .ingest.evaluation.clusters import format_cluster_scores
    from .ingest.evaluation.run import cluster_scores, corpus_items, predictions
    from .ingest.evaluation.scores import format_scores, score_by_part

    items = corpus_items(corpus)
    parts = score_by_part(predictions(items))
    out.print(format_scores(parts), markup=False)
    out.print("", markup=False)
    out.print(format_cluster_scores(cluster_scores(items)), markup=False)
    if show_errors:
        for part, scores in parts.items():
            if part == "test":
                continue    # the frozen part is scored, never read while writing rules
            for line in scores.errors:
                out.print(f"{part}: {line}", markup=False)


@cli.command()
@click.argument("survivor")
@click.argument("duplicate")
@with_settings
def merge(settings: Settings, survivor: str, duplicate: str) -> None:
    """Merge record DUPLICATE into SURVIVOR: union of both, DUPLICATE redirects, references rewritten."""
    from .ingest.names import alias_key
    from .records.merge import merge_records

    result = merge_records(Store.load(settings.root), survivor, duplicate, alias_key=alias_key)
    for change in result.changes:
        out.print(f"  {change}", markup=False)
    out.print(f"Merged {result.kind} {duplicate} into {survivor}: {len(result.changed_files)} file(s) changed, "
              f"{result.references} reference(s) rewritten", markup=False)
    for path in result.changed_files:
        out.print(f"  {path}", markup=False)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print the queue as JSON (one object per item).")
@with_settings
def review(settings: Settings, as_json: bool) -> None:
    """List what editors should look at: drafts, uncertain matches, disagreeing sources, missing coordinates."""
    import json

    from .review import review_queue

    items = review_queue(Store.load(settings.root))
    if as_json:
        out.print(json.dumps([item.as_json() for item in items], ensure_ascii=False, indent=2), markup=False)
        return
    current: tuple[str, str] | None = None
    for item in items:
        if (item.kind, item.id) != current:
            current = (item.kind, item.id)
            out.print(f"{item.kind} {item.id}  ({item.path})", markup=False)
        extra = f"  [candidates: {', '.join(item.candidates)}]" if item.candidates else ""
        out.print(f"  - {item.reason}{extra}", markup=False)
    records = len({(i.kind, i.id) for i in items})
    err.print(f"{len(items)} item(s) to review in {records} record(s)" if items else "nothing to review")


def main() -> None:
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        err.print("Aborted.")
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except KbError as error:
        hint = f"\nhint: {error.hint}" if error.hint else ""
        err.print(f"error: {error}{hint}", markup=False)
        sys.exit(2)
