"""Two halves of the dev part of tests/realnews as folders of symbolic links: one to read while writing rules,
one held, scored only (docs/extraction.md, "Session 16").

    .venv/bin/python scripts/dev_halves.py /tmp/halves      # -> /tmp/halves/devA (read), /tmp/halves/devB (held)
    .venv/bin/kb eval /tmp/halves/devA --orders 0 --part dev --errors
    .venv/bin/kb eval /tmp/halves/devB --orders 0 --part dev

An article's half is the parity of the second hex digit of sha1(url) (the first decides test or dev). A gold
file holding any test article is left out, so no test text is linked; the id files go into both halves.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.ingest.evaluation.gold import GoldArticle, load_corpus  # noqa: E402

CORPUS = ROOT / "tests" / "realnews"


def half_of(gold: GoldArticle) -> str:
    digit = int(hashlib.sha1((gold.url or "").encode("utf-8")).hexdigest()[1], 16)
    return "devA" if digit % 2 == 0 else "devB"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to make devA and devB in")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    corpus = args.corpus.resolve()
    by_file: dict[Path, list[GoldArticle]] = {}
    for gold in load_corpus(corpus):
        by_file.setdefault(gold.path, []).append(gold)
    counts = {"devA": 0, "devB": 0}
    for half in counts:
        (args.out / half).mkdir(parents=True, exist_ok=True)
        for ids in corpus.glob("ids*.yaml"):
            _link(args.out / half / ids.name, ids)
    for path, golds in by_file.items():
        if any(g.part != "dev" for g in golds):
            continue
        half = half_of(golds[0])
        for target in {path, *(corpus / g.article for g in golds)}:
            _link(args.out / half / target.name, target)
        counts[half] += len(golds)
    print(f"devA (read): {counts['devA']} articles, devB (held): {counts['devB']} articles, in {args.out}")
    return 0


def _link(link: Path, target: Path) -> None:
    if not link.is_symlink():
        link.symlink_to(target)


if __name__ == "__main__":
    sys.exit(main())
