"""The home page's generated part: coverage, counts by type and year, the latest incidents, a small map.

The home page (`content/<lang>/index.md`) is written by people. Where it holds
the line `<!-- kb:home -->`, the `kb` MkDocs plugin puts the block that
`kb generate` writes beside it, in `content/<lang>/.kb-home.md` (a dot file:
MkDocs builds no page from it). A home page without the line stays as written.

The date of the last update is the date of the last commit touching the
record folders when the knowledge base is a git repository, else the newest
`retrieved` date of its sources.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from ..records import vocab
from ..records.model import KINDS
from .graph import Graph
from .mapdata import POINTS_FILE, exported
from .render import environment
from .strings import HUB_WORDS
from .view import View

HOME_MARKER = "<!-- kb:home -->"
HOME_FILE = ".kb-home.md"
LATEST = 5


def last_update(graph: Graph) -> dt.date | None:
    """When the records last changed: their last git commit, else the newest source retrieval."""
    root = graph.store.root
    folders = [kind.folder for kind in KINDS.values() if (root / kind.folder).is_dir()]
    try:
        done = subprocess.run(["git", "-C", str(root), "log", "-1", "--format=%cs", "--", *folders],
                              capture_output=True, text=True, timeout=30, check=False)
        if done.returncode == 0 and done.stdout.strip():
            return dt.date.fromisoformat(done.stdout.strip())
    except (OSError, subprocess.SubprocessError, ValueError):
        pass  # no git, or not a repository: fall back on the sources
    stamps = [s.retrieved.date() for s in graph.store.records("source") if s.retrieved is not None]
    return max(stamps) if stamps else None


def home_context(v: View) -> dict:
    g = v.graph
    events = exported(g)
    statuses = Counter(e.status for e in events)
    dated = sorted(e.date for e in events if e.date is not None)
    years = sorted({d.year for d in dated}, reverse=True)
    types = [t for t in vocab.EVENT_TYPES if any(e.type == t for e in events)]
    by_year_type = Counter((e.date.year if e.date else None, e.type) for e in events)
    rows = [(str(year) if year is not None else v.s("undated"), year,
             [by_year_type[(year, t)] for t in types], sum(by_year_type[(year, t)] for t in types))
            for year in [*years, *([None] if len(dated) < len(events) else [])]]
    sources = list(g.store.records("source"))
    updated = last_update(g)
    return {
        "v": v, "w": HUB_WORDS[v.lang], "total": len(events), "reviewed": statuses["reviewed"],
        "drafts": statuses["draft"], "first": v.day(dated[0]) if dated else "", "last": v.day(dated[-1]) if dated else "",
        "undated": len(events) - len(dated),
        "governorates": len({gov.id for gov in (g.governorate(e.place) for e in events) if gov}),
        "articles": len(sources), "outlets": len({s.outlet.org or v.plain(s.outlet.name) for s in sources}),
        "updated": v.day(updated) if updated else v.s("unknown"), "updated_iso": updated.isoformat() if updated else "",
        "latest": events[:LATEST], "types": types, "rows": rows, "points": v.href(POINTS_FILE),
    }


def home_block(graph: Graph, language: str, settings) -> str:
    v = View(graph, language, "", settings)
    return environment().get_template("home_block.html.j2").render(**home_context(v))


def home_files(graph: Graph, language: str, settings) -> Iterator[tuple[str, str]]:
    """The home page's block of one language: (path in the language folder, text)."""
    yield HOME_FILE, home_block(graph, language, settings)


def fill_home(markdown: str, page_source: Path) -> str:
    """The home page's Markdown with its marker replaced by the block written beside it."""
    if HOME_MARKER not in markdown:
        return markdown
    block = page_source.parent / HOME_FILE
    text = block.read_text(encoding="utf-8") if block.is_file() else ""
    return markdown.replace(HOME_MARKER, text)
