"""The bare baseline for `mkdocs build`: MkDocs + Material + static-i18n + search on trivial pages (a script, not a test).

    .venv/bin/python bench/bench_bare.py KB_ROOT [--cpus 1]

Takes a knowledge base whose pages `kb generate` has written (for example
`bench/bench_generate.py --keep DIR`) and builds, in `KB_ROOT/../bare`, a site
of the same page count: the same Markdown paths in both languages, each a
title and one sentence, with the same `nav` (hubs only), `not_in_nav`,
static-i18n, search and Markdown extensions, and Material as it comes (no
`kb` plugin, no `site-overrides`, no extra CSS or JavaScript). Prints the build
time (wall and CPU) and the site's size. `bench_generate.py` runs it in the
same run as the real build, so both figures share the machine's state.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from bench_generate import folder_size, pinned  # noqa: E402


def bare_config() -> dict:
    """The project's mkdocs.yml without the kb plugin, the theme overrides and the extra assets."""
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    text = text.replace("!!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}", "null")
    text = text.replace("!ENV [KB_SITE_URL, ", "[").replace("!ENV [KB_REPO_URL, ", "[")
    config = yaml.safe_load(text)
    config["site_url"], config["repo_url"] = config["site_url"][-1], config["repo_url"][-1]
    config["theme"].pop("custom_dir", None)
    for key in ("extra_css", "extra_javascript", "watch"):
        config.pop(key, None)
    config["extra"].pop("kb", None)
    config["plugins"] = [p for p in config["plugins"] if p != "kb"]
    for plugin in config["plugins"]:
        if isinstance(plugin, dict) and "search" in plugin:
            plugin["search"].pop("fields", None)  # the `norm` field is the kb plugin's
    for extension in config["markdown_extensions"]:
        if isinstance(extension, dict) and "toc" in extension:
            extension["toc"].pop("slugify", None)
    return config


def make_bare(kb: Path, target: Path) -> int:
    """Trivial pages at every path of `kb`'s content folder; returns the page count."""
    if target.exists():
        shutil.rmtree(target)
    count = 0
    for page in sorted((kb / "content").rglob("*.md")):
        relative = page.relative_to(kb / "content")
        out = target / "content" / relative
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(f"# Page {relative.stem}\n\nOne sentence of text on this page.\n", encoding="utf-8")
        count += 1
    (target / "mkdocs.yml").write_text(yaml.safe_dump(bare_config(), allow_unicode=True, sort_keys=False),
                                       encoding="utf-8")
    return count


def build(root: Path, cpus: int) -> dict:
    """`mkdocs build` in `root`, pinned: wall and CPU seconds, exit code, site size."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--site-dir", str(root / "site")], cwd=root,
                          capture_output=True, text=True, preexec_fn=pinned(cpus))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return {"seconds": time.perf_counter() - start, "cpu_seconds": cpu, "exit": done.returncode,
            "stderr": done.stderr[-3000:], "site_mb": folder_size(root / "site") / 1e6 if (root / "site").is_dir() else 0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kb", type=Path, help="a knowledge base with its pages generated")
    parser.add_argument("--cpus", type=int, default=1)
    args = parser.parse_args()
    target = args.kb.resolve().parent / "bare"
    pages = make_bare(args.kb, target)
    result = build(target, args.cpus)
    print(json.dumps({"pages": pages, **{k: v for k, v in result.items() if k != "stderr"}}))
    if result["exit"]:
        print(result["stderr"])


if __name__ == "__main__":
    main()
