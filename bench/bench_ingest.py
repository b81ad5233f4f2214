"""Benchmark of `kb ingest`: plain-text articles and HTML pages per second.

Makes synthetic copies of the gold corpus (each copy gets a unique line, so
every copy is a new article with its own sha256), ingests them into a fresh
knowledge base made with `kb init`, and prints articles per second for one
process and for `--jobs N` processes. Targets: >= 200 text articles/s and
>= 100 HTML pages/s in one process.

    .venv/bin/python bench/bench_ingest.py --articles 1000 --jobs 2
"""

from __future__ import annotations

import argparse
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


def measure_extract(kind: str, count: int, work: Path) -> tuple[float, int]:
    """Read and extract only (what worker processes do), no writing."""
    from generator.ingest.pipeline import work as work_one

    inputs = work / f"{kind}-x-in"
    make_copies(kind, count, inputs)
    names = find_inputs([inputs]).names
    start = time.perf_counter()
    events = sum(len(evs) for name in names for _, evs in work_one(name, Overrides()).articles)
    return count / (time.perf_counter() - start), events


def measure(kind: str, count: int, jobs: int, work: Path) -> tuple[float, int]:
    inputs = work / f"{kind}-{jobs}-in"
    root = work / f"{kind}-{jobs}-kb"
    make_copies(kind, count, inputs)
    init_knowledge_base(root)
    names = find_inputs([inputs]).names
    start = time.perf_counter()
    summary = ingest(names, root, Overrides(published=None), jobs=jobs)
    elapsed = time.perf_counter() - start
    if summary.skipped:
        raise SystemExit(f"{summary.skipped} copies were not unique")
    if summary.failures:
        raise SystemExit(f"{len(summary.failures)} failures, first: {summary.failures[0]}")
    return count / elapsed, summary.events


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="copies per kind")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the parallel run")
    args = parser.parse_args()
    from generator.ingest.extract import default_options

    default_options()   # load the lexicon once, as a long run would
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print(f"{'kind':<6} {'stage':<22} {'jobs':>4} {'articles':>8} {'events':>7} {'articles/s':>11}")
        for kind in ("txt", "html"):
            rate, events = measure_extract(kind, args.articles, work)
            print(f"{kind:<6} {'read+extract':<22} {1:>4} {args.articles:>8} {events:>7} {rate:>11.1f}")
            for jobs in sorted({1, args.jobs}):
                rate, events = measure(kind, args.articles, jobs, work)
                print(f"{kind:<6} {'ingest (with writing)':<22} {jobs:>4} {args.articles:>8} {events:>7} {rate:>11.1f}")


if __name__ == "__main__":
    main()
