"""The `kb` command line: thin adapters from flags to library calls.

Library code raises named errors (`generator.errors.KbError`); this is the only
place that turns them into messages with a hint and an exit code.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
from rich.console import Console

from .errors import KbError, Problem
from .pages.strings import HUB_WORDS
from .exports import FORMATS as EXPORT_FORMATS, render as render_export, render_atom, write_if_changed
from .records.lock import DEFAULT_WAIT
from .records.schema import write_schemas
from .records.store import Store, open_for_writing
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


def wait_option(command: Callable[..., Any]) -> Callable[..., Any]:
    """Shared `--wait` option of the commands that write records (one writer at a time)."""
    return click.option(
        "--wait", type=click.FloatRange(min=0), default=DEFAULT_WAIT, show_default=True, metavar="SECONDS",
        help="When another command is writing to the knowledge base, wait this long for it to finish, "
             "then give up (exit 2).")(command)


def tell_waiting(holder: str) -> None:
    err.print(f"waiting for another command writing to the knowledge base to finish ({holder}) ...", markup=False)


def clock() -> dt.datetime | None:
    """The time to record as sources' `retrieved`: SOURCE_DATE_EPOCH (seconds since 1970, the
    reproducible-builds convention) when set, else None (now)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    if not epoch.isdigit():
        raise click.BadParameter(f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds since 1970")
    return dt.datetime.fromtimestamp(int(epoch), tz=dt.timezone.utc)


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
    """Validate every record, cross-reference, archived text and record folder.

    Prints each problem as path:line: field: message (hint); a warning (a possible but suspicious
    value) says `warning:` before the message. Exits 1 when there is any error, 0 with warnings only.
    """
    store = Store.load(settings.root)
    problems = check_records(store)
    for problem in problems:
        out.print(str(problem), markup=False)
    records = sum(len(entries) for entries in store.by_kind.values())
    if not problems:
        err.print(f"{records} records, no problems")
        return
    err.print(f"{_count(problems)} in {len({p.path for p in problems})} file(s); {records} records loaded")
    if any(p.is_error for p in problems):
        sys.exit(1)


def _count(problems: list[Problem]) -> str:
    errors = sum(1 for p in problems if p.is_error)
    return f"{errors} error(s), {len(problems) - errors} warning(s)"


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
@click.option("--fatal", is_flag=True, help="Exit with status 1 when any record has an error (pages are still written).")
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
        err.print(f"{_count(result.problems)} in the records: records that could not be read were "
                  "skipped; run `kb check` for details")
        if fatal and any(p.is_error for p in result.problems):
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
@click.option("--url", default=None, callback=lambda ctx, param, value: _web_address(value),
              help="Address of the article (http:// or https://; other addresses are refused).")
@click.option("--outlet", default=None, help="Name of the outlet that published the articles.")
@click.option("--lang", type=click.Choice(["ar", "en"]), default=None,
              help="Language of the articles; detected from the text when absent.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes that read and extract in parallel (records are written by one).")
@wait_option
@with_settings
def ingest(settings: Settings, paths: tuple[str, ...], published: Any, url: str | None, outlet: str | None,
           lang: str | None, jobs: int, wait: float) -> None:
    """Turn news articles (.txt, .html, RSS/Atom feeds, folders, - for stdin) into draft records.

    Articles in a language other than Arabic and English are reported and skipped; so are files of
    a folder that no reader takes. The records are written all or nothing, by one command at a
    time (docs/writing.md); a record file that cannot be read is left untouched and what could not
    go into it is drafted for review. SOURCE_DATE_EPOCH, when set, is the time recorded as the
    sources' `retrieved` (reproducible runs).
    """
    from .ingest.article import Overrides
    from .ingest.pipeline import Failure, Writing, ingest as run_ingest, progress_bar
    from .ingest.readers import STDIN, find_inputs

    day = published.date() if published is not None and published.time() == published.min.time() else published
    overrides = Overrides(published=day, url=url, outlet=outlet, language=lang)
    inputs = find_inputs(paths)
    stdin = sys.stdin.buffer.read() if STDIN in inputs.names else None
    writing = Writing(now=clock(), wait=wait, on_wait=tell_waiting)
    skipped = [Failure(entry.origin, entry.reason) for entry in inputs.skipped]
    with progress_bar(len(inputs.names), err) as advance:
        summary = run_ingest(inputs.names, settings.root, overrides, jobs=jobs, stdin=stdin, on_item=advance,
                             writing=writing, unknown_files=skipped)
    for note in summary.recovered:
        err.print(note, markup=False)
    for failure in summary.failures:
        err.print(f"failed: {failure}", markup=False)
    for unknown in summary.unknown_files:
        err.print(f"skipped: {unknown}", markup=False)
    for problem in summary.unreadable:
        err.print(f"cannot read: {problem}; left untouched", markup=False)
    for line in summary.not_attached:
        err.print(f"not attached: {line}", markup=False)
    for source in summary.sources:
        out.print(f"ingested: {source}", markup=False)
    for note in summary.notes:
        out.print(f"merged: {note}", markup=False)
    err.print(summary.line(), markup=False)
    if not summary.ok:
        sys.exit(1)


@cli.command(name="eval")
@click.argument("corpus", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--errors", "show_errors", is_flag=True, help="Also list every wrong field and missed event, except those of the frozen test part.")
@click.option("--orders", type=click.IntRange(0, 20), default=3, show_default=True,
              help="Shuffled orders of ingest the incident merging is scored in (0: skip merging).")
@click.option("--part", "only_part", type=click.Choice(["dev", "test", "all"]), default=None,
              help="Print only this part of the corpus (dev while writing rules, so test figures cannot steer them).")
@click.option("--by", "slices", type=click.Choice(["language", "incidents"]), multiple=True,
              help="Also print the main figures of each part cut by the articles' language or by how many "
                   "incidents their gold holds (repeatable).")
@with_settings
def eval_(settings: Settings, corpus: Path, show_errors: bool, orders: int, only_part: str | None,
          slices: tuple[str, ...]) -> None:
    """Score extraction and cross-source incident merging against a gold corpus (writes nothing into the knowledge base)."""
    from .ingest.evaluation.clusters import format_cluster_scores
    from .ingest.evaluation.run import cluster_scores, corpus_items, predictions
    from .ingest.evaluation.scores import SLICE_ROWS, format_scores, score_by_part, score_by_slice

    items = corpus_items(corpus)
    predicted = predictions(items)
    parts = {part: scores for part, scores in score_by_part(predicted).items()
             if only_part in (None, part)}
    out.print(format_scores(parts), markup=False)
    for by in slices:
        cut = score_by_slice(predicted, by)
        for part in parts:  # one table a part: dev and test slices side by side would not fit a terminal
            out.print("", markup=False)
            out.print(format_scores({name: scores for name, scores in cut.items() if name.split(" ", 1)[0] == part},
                                    SLICE_ROWS), markup=False)
    if orders:
        clusters = {part: scores for part, scores in cluster_scores(items, orders).items()
                    if only_part in (None, part)}
        out.print("", markup=False)
        out.print(format_cluster_scores(clusters), markup=False)
    if show_errors:
        for part, scores in parts.items():
            if part == "test":
                continue    # the frozen part is scored, never read while writing rules
            for line in scores.errors:
                out.print(f"{part}: {line}", markup=False)


@cli.command()
@click.argument("survivor")
@click.argument("duplicate")
@wait_option
@with_settings
def merge(settings: Settings, survivor: str, duplicate: str, wait: float) -> None:
    """Merge record DUPLICATE into SURVIVOR: union of both, DUPLICATE redirects, references rewritten.

    Every file changes or none does; one command writes at a time.
    """
    from .ingest.names import alias_key
    from .records.merge import merge_records

    with open_for_writing(settings.root, "kb merge", wait, tell_waiting) as store:
        for note in store.recovery.notes():
            err.print(note, markup=False)
        result = merge_records(store, survivor, duplicate, alias_key=alias_key)
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


def _web_address(value: str | None) -> str | None:
    from .records.plausible import url_problem

    if value is not None and (problem := url_problem(value)):
        raise click.BadParameter(f"{problem}; give the article's address, starting http:// or https://")
    return value


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
