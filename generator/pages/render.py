"""The Jinja environment of the page templates and the front matter of generated pages."""

from __future__ import annotations

import html
import json
from functools import lru_cache
from pathlib import Path

import jinja2

from .datahubs import kb_charts
from .view import code

TEMPLATES = Path(__file__).parent / "templates"
GENERATED_MARK = "kb_generated"


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """Autoescape is on for every template: record values are text, never markup."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["kb_charts"] = kb_charts
    env.filters["code"] = code  # interface text with `field names` as <code>  # build-time SVG plots (generator/pages/charts.py)
    return env


def front_matter(title: str, meta: dict) -> str:
    """YAML front matter written as JSON values (valid YAML, no fence can break out of a string).

    The title is HTML-escaped: Material's templates print `page.title` without
    escaping (and `striptags` would unescape it in `<title>`; site-overrides/main.html
    prints it as is for generated pages).
    """
    lines = ["---", f"title: {json.dumps(html.escape(title, quote=False), ensure_ascii=False)}"]
    for key, value in meta.items():
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False, sort_keys=True)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def render_page(template: str, title: str, meta: dict, **context) -> str:
    body = environment().get_template(template).render(title=title, **context)
    return front_matter(title, {GENERATED_MARK: True, **meta}) + _tidy(body)


def _tidy(text: str) -> str:
    """Collapse runs of blank lines (templates leave some) and end with one newline."""
    out, blank = [], 0
    for line in text.splitlines():
        if line.strip():
            blank = 0
            out.append(line.rstrip())
        else:
            blank += 1
            if blank == 1:
                out.append("")
    return "\n".join(out).strip() + "\n"
