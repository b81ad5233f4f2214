"""`make demo`: the real-news corpus becomes records and pages in a scratch knowledge base.

Creates a knowledge base with `kb init` in the folder given (outside the
repository's own records), then ingests every article of `tests/realnews`
with the facts a documenter would type on the command line for it
(`--published`, `--url`, `--outlet`, `--lang`, taken from its gold file),
and prints the ingest summary. `make demo` then serves the folder.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from generator.ingest.article import Overrides
from generator.ingest.evaluation.gold import load_corpus
from generator.ingest.pipeline import Summary, ingest
from generator.scaffold import init_knowledge_base

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "realnews"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", type=Path, help="folder of the scratch knowledge base (emptied first)")
    target = parser.parse_args().target.resolve()
    if target.exists():
        if not (target / "mkdocs.yml").exists() and any(target.iterdir()):
            sys.exit(f"{target} is not empty and is no demo knowledge base: choose another folder")
        shutil.rmtree(target)
    init_knowledge_base(target)
    total = Summary()
    for gold in load_corpus(CORPUS):
        overrides = Overrides(published=gold.published, url=gold.url, outlet=gold.outlet, language=gold.language)
        done = ingest([str(CORPUS / gold.article)], target, overrides)
        total.articles += done.articles
        total.events += done.events
        total.created += done.created
        total.updated += done.updated
        total.undated += done.undated
        total.failures += done.failures
    print(f"{target}: {total.line()}")
    for failure in total.failures:
        print(f"failed: {failure}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
