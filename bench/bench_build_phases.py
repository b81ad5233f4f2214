"""Where `mkdocs build` spends its time: wall and CPU seconds per phase, for a knowledge base and its bare twin.

    .venv/bin/python bench/bench_build_phases.py KB_DIR [--bare BARE_DIR] [--cpus 1]

`KB_DIR` holds a knowledge base with its pages generated (`bench_generate.py --keep`); `BARE_DIR` the bare
baseline made from it (`bench_bare.py`, default: `bare` beside `KB_DIR`). Each build runs in a fresh process pinned
to the first `--cpus` CPUs, with timers around MkDocs' two page steps (Markdown, then templates and `on_post_page`),
static-i18n's reconfiguration of the files, and the `kb` plugin's work (compaction, the closing search index and
site data); the Pagefind bundle kept from an earlier build is removed first, so that Pagefind runs as in a first
build. A phase nested in another is counted in both (the `kb` plugin's compaction is part of the templates' step).
A script, not a test: docs/benchmarks.md has the figures.
"""

from __future__ import annotations

import argparse
import atexit
import functools
import importlib
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

# (module, attribute, label): what is timed. The `kb` plugin's phases are timed in the bare build too, where they never
# run; a phase that is not where this says (MkDocs, static-i18n or the plugin renamed it) stops the benchmark.
PHASES = [
    ("mkdocs_static_i18n.reconfigure", "ExtendedPlugin.reconfigure_files", "static-i18n: reconfigure files"),
    ("mkdocs.commands.build", "_populate_page", "pages: Markdown"),
    ("mkdocs.commands.build", "_build_page", "pages: templates and on_post_page"),
    ("generator.mkdocs_hook", "KbPlugin.on_post_page", "kb: compaction (on_post_page)"),
    ("generator.mkdocs_hook", "KbPlugin._finish_site", "kb: closing work"),
    ("generator.pages.search", "write_index", "kb: search index"),
    ("generator.pages.search", "_run_pagefind", "kb: Pagefind (files and binary)"),
    ("generator.exports", "write_site_data", "kb: downloads, feeds, record JSON, texts"),
]


def _timed(totals: dict[str, list[float]], label: str, function: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(function)
    def timed(*args: Any, **kwargs: Any) -> Any:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            total = totals.setdefault(label, [0.0, 0.0])
            total[0] += time.perf_counter() - wall
            total[1] += time.process_time() - cpu
    return timed


def build_inside(site_dir: str) -> None:
    """Run `mkdocs build` in this process with the timers; print one JSON line of the figures at exit."""
    totals: dict[str, list[float]] = {}
    for module_name, attribute, label in PHASES:
        owner: Any = importlib.import_module(module_name)
        *owners, name = attribute.split(".")
        for part in owners:
            owner = getattr(owner, part)
        setattr(owner, name, _timed(totals, label, getattr(owner, name)))
    start, started = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)

    def report() -> None:   # wall and CPU over the same span: the build, not the imports before it
        own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
        print(json.dumps({"wall": time.perf_counter() - start,
                          "cpu": own.ru_utime + own.ru_stime - started.ru_utime - started.ru_stime,
                          "children_cpu": children.ru_utime + children.ru_stime, "phases": totals}))
    atexit.register(report)
    from mkdocs.__main__ import cli
    cli(["build", "--quiet", "--site-dir", site_dir])


def measure(root: Path, cpus: int) -> dict[str, Any]:
    shutil.rmtree(root / ".cache" / "kb" / "search", ignore_errors=True)
    shutil.rmtree(root / "site", ignore_errors=True)
    allowed = sorted(os.sched_getaffinity(0))[:max(cpus, 1)]   # the first CPUs this process may use
    done = subprocess.run(["taskset", "-c", ",".join(map(str, allowed)), sys.executable, __file__, "--inside",
                           str(root / "site")], cwd=root, capture_output=True, text=True)
    if done.returncode:
        sys.exit(f"mkdocs build failed in {root}:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kb", type=Path, nargs="?")
    parser.add_argument("--bare", type=Path)
    parser.add_argument("--cpus", type=int, default=1)
    parser.add_argument("--inside", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inside:
        build_inside(args.inside)
        return
    if args.kb is None:
        parser.error("a knowledge base folder is needed")
    kb = args.kb.resolve()
    ours, bare = measure(kb, args.cpus), measure((args.bare or kb.parent / "bare").resolve(), args.cpus)
    print(f"{'phase':45} {'ours wall':>10} {'ours CPU':>9} {'bare wall':>10} {'bare CPU':>9}")
    for label in [label for _, _, label in PHASES]:
        mine, theirs = ours["phases"].get(label), bare["phases"].get(label)
        if mine or theirs:
            cells = [f"{figures[i]:.1f}" if figures else "-" for figures in (mine, theirs) for i in (0, 1)]
            print(f"{label:45} {cells[0]:>10} {cells[1]:>9} {cells[2]:>10} {cells[3]:>9}")
    for name, result in (("ours", ours), ("bare", bare)):
        print(f"{name}: {result['wall']:.1f} s wall, {result['cpu']:.1f} s CPU, {result['children_cpu']:.1f} s CPU in "
              "child processes (Pagefind, in ours)")
    print(f"ratio: {ours['wall'] / bare['wall']:.2f} x wall, "
          f"{(ours['cpu'] + ours['children_cpu']) / (bare['cpu'] + bare['children_cpu']):.2f} x CPU")


if __name__ == "__main__":
    main()
