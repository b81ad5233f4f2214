"""Benchmark of `kb ingest`: plain-text articles and HTML pages per second.

Makes synthetic copies of the gold corpus (each copy gets a unique line, so
every copy is a new article with its own sha256), ingests them into a fresh
knowledge base made with `kb init`, and prints articles per second for one
process and for `--jobs N` processes. Targets: >= 200 text articles/s and
>= 100 HTML pages/s in one process.

    .venv/bin/python bench/bench_ingest.py --articles 1000 --jobs 2

`--grow N` measures instead whether ingest slows as the knowledge base grows:
batches of `--batch-size` text articles, each in a fresh process (as `kb ingest`
runs), into an empty knowledge base and into one of N incidents in the
proportions of bench/bench_generate.py (0.3 N people, 0.05 N organizations,
0.1 N places, 1.2 N sources with archived texts), the same articles into both.
The first batch into the large one reads every record file (no record cache
yet, `.cache/kb/records.sqlite`); the later ones read only what changed.

    .venv/bin/python bench/bench_ingest.py --grow 10000 --batches 4
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from generator.ingest.article import Overrides
from generator.ingest.pipeline import ingest
from generator.ingest.readers import find_inputs
from generator.scaffold import init_knowledge_base

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"


def make_copies(kind: str, count: int, folder: Path) -> None:
    sources = sorted(CORPUS.glob(f"*.{kind}"))
    folder.mkdir(parents=True)
    for n in range(count):
        source = sources[n % len(sources)]
        text = source.read_text(encoding="utf-8")
        if kind == "html":
            head, sep, tail = text.partition("</article>") if "</article>" in text else text.rpartition("</p>")
            text = head.rsplit("</p>", 1)[0] + f" (نسخة {n})</p>" + head.rsplit("</p>", 1)[1] + sep + tail
        else:
            text = text.rstrip("\n") + f"\n\nنسخة {n}\n"
        (folder / f"{n:05d}-{source.name}").write_text(text, encoding="utf-8")


def measure_extract(kind: str, count: int, work: Path) -> tuple[float, float, int]:
    """Read and extract only (what worker processes do), no writing: articles/s by wall and by CPU time."""
    from generator.ingest.pipeline import work as work_one

    inputs = work / f"{kind}-x-in"
    make_copies(kind, count, inputs)
    names = find_inputs([inputs]).names
    start, cpu = time.perf_counter(), time.process_time()
    events = sum(len(evs) for name in names for _, evs in work_one(name, Overrides()).articles)
    return count / (time.perf_counter() - start), count / (time.process_time() - cpu), events


def measure(kind: str, count: int, jobs: int, work: Path) -> tuple[float, float | None, int]:
    """A whole ingest: articles/s by wall time, and by this process's CPU time (None with jobs > 1)."""
    inputs = work / f"{kind}-{jobs}-in"
    root = work / f"{kind}-{jobs}-kb"
    make_copies(kind, count, inputs)
    init_knowledge_base(root)
    names = find_inputs([inputs]).names
    start, cpu = time.perf_counter(), time.process_time()
    summary = ingest(names, root, Overrides(published=None), jobs=jobs)
    elapsed, cpu_elapsed = time.perf_counter() - start, time.process_time() - cpu
    if summary.skipped:
        raise SystemExit(f"{summary.skipped} copies were not unique")
    if summary.failures:
        raise SystemExit(f"{len(summary.failures)} failures, first: {summary.failures[0]}")
    return count / elapsed, count / cpu_elapsed if jobs == 1 else None, summary.events


# ---- growth: batches into a large knowledge base against batches into an empty one -----------------

def run_batch(root: Path, inputs: Path) -> None:
    """One batch in this (fresh) process: print its seconds and counts as JSON (for `measure_growth`)."""
    from generator.ingest.pipeline import ingest as ingest_batch

    names = find_inputs([inputs]).names
    start, cpu = time.perf_counter(), time.process_time()
    summary = ingest_batch(names, root, Overrides(published=None))
    seconds, cpu_seconds = time.perf_counter() - start, time.process_time() - cpu
    if summary.failures or summary.skipped:
        raise SystemExit(f"{len(summary.failures)} failures, {summary.skipped} skipped")
    print(json.dumps({"seconds": seconds, "cpu_seconds": cpu_seconds, "articles": summary.articles,
                      "events": summary.events}))


def grown_kb(root: Path, incidents: int) -> None:
    """A knowledge base of `incidents` incidents in the benchmark's proportions (bench_generate.make_kb)."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_generate import make_kb

    synthetic = root.with_name(root.name + "-records")
    make_kb(synthetic, incidents=incidents, people=incidents * 3 // 10, orgs=incidents // 20,
            places=max(incidents // 10, 20), sources=incidents * 12 // 10)
    init_knowledge_base(root)  # as the empty one is made; then the records moved in
    for folder in ("events", "actors", "places", "sources"):
        shutil.rmtree(root / folder)
        (synthetic / folder).rename(root / folder)
    shutil.rmtree(synthetic)


def measure_growth(incidents: int, batches: int, size: int, cpus: int, work: Path) -> None:
    """Batches of `size` text articles, each in a fresh process pinned to `cpus` CPUs, into an empty
    knowledge base and into one of `incidents` incidents; the same articles in both."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_generate import pinned

    empty, grown = work / "empty", work / "grown"
    init_knowledge_base(empty)
    grown_kb(grown, incidents)
    records = sum(1 for _ in grown.rglob("*.yaml"))
    print(f"knowledge base of {incidents} incidents: {records} record files; batches of {size} text articles, "
          f"one process each, pinned to {cpus} CPU(s)")
    print("articles/s by wall time, and by the process's CPU time (the machine may be shared)")
    print(f"{'batch':>5} {'empty':>8} {'grown':>8} {'ratio':>6} {'empty CPU':>10} {'grown CPU':>10} {'ratio':>6}")
    make_copies("txt", batches * size, work / "all")
    copies = sorted((work / "all").iterdir())
    for n in range(batches):
        folder = work / f"batch-{n}"
        folder.mkdir()
        for path in copies[n * size:(n + 1) * size]:
            path.rename(folder / path.name)
        rates, cpu_rates = [], []
        for root in (empty, grown):
            done = subprocess.run([sys.executable, __file__, "--run-batch", str(root), str(folder)],
                                  capture_output=True, text=True, preexec_fn=pinned(cpus))
            if done.returncode:
                raise SystemExit(done.stderr[-3000:])
            result = json.loads(done.stdout.strip().splitlines()[-1])
            rates.append(result["articles"] / result["seconds"])
            cpu_rates.append(result["articles"] / result["cpu_seconds"])
        print(f"{n + 1:>5} {rates[0]:>8.1f} {rates[1]:>8.1f} {rates[1] / rates[0]:>6.2f} "
              f"{cpu_rates[0]:>10.1f} {cpu_rates[1]:>10.1f} {cpu_rates[1] / cpu_rates[0]:>6.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="copies per kind")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel run")
    parser.add_argument("--grow", type=int, metavar="INCIDENTS",
                        help="instead: batches into a knowledge base of INCIDENTS incidents against an empty one")
    parser.add_argument("--batches", type=int, default=4, help="with --grow: batches into each knowledge base")
    parser.add_argument("--batch-size", type=int, default=100, help="with --grow: articles a batch")
    parser.add_argument("--cpus", type=int, default=1, help="with --grow: CPUs each batch's process may use")
    parser.add_argument("--run-batch", nargs=2, type=Path, metavar=("ROOT", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.run_batch:
        run_batch(*args.run_batch)
        return
    if args.grow:
        with tempfile.TemporaryDirectory() as tmp:
            measure_growth(args.grow, args.batches, args.batch_size, args.cpus, Path(tmp))
        return
    from generator.ingest.extract import default_options

    default_options()   # load the lexicon once, as a long run would
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print("articles/s by wall time, and by the process's CPU time (one process; the machine may be shared)")
        print(f"{'kind':<6} {'stage':<22} {'jobs':>4} {'articles':>8} {'events':>7} {'articles/s':>11} {'CPU':>7}")
        for kind in ("txt", "html"):
            rate, cpu_rate, events = measure_extract(kind, args.articles, work)
            print(f"{kind:<6} {'read+extract':<22} {1:>4} {args.articles:>8} {events:>7} {rate:>11.1f} {cpu_rate:>7.1f}")
            for jobs in sorted({1, args.jobs}):
                rate, cpu_rate, events = measure(kind, args.articles, jobs, work)
                shown = f"{cpu_rate:>7.1f}" if cpu_rate is not None else f"{'':>7}"
                print(f"{kind:<6} {'ingest (with writing)':<22} {jobs:>4} {args.articles:>8} {events:>7} {rate:>11.1f} {shown}")


if __name__ == "__main__":
    main()
