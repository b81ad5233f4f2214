"""The Jinja environment of the page templates and the front matter of generated pages."""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import jinja2.bccache

from .datahubs import kb_charts
from .pieces import MACROS
from .view import code

TEMPLATES = Path(__file__).parent / "templates"
GENERATED_MARK = "kb_generated"
# `json.dumps` with these options, its encoder made once: `dumps` makes one per call (every page's front
# matter and page index row, tens of thousands of pages).
JSON_VALUE = json.JSONEncoder(ensure_ascii=False, sort_keys=True)


OPTIONS: dict[str, Any] = {"autoescape": True, "trim_blocks": True, "lstrip_blocks": True,
                           "keep_trailing_newline": True, "undefined": jinja2.StrictUndefined}


class CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """The compiled templates, kept between runs in Jinja's folder of the system's temporary one
    (compiling them all cost a `kb generate` after one edit about 0.2 s of CPU). Jinja keys them by
    template file and source; the options are added to the key, as they change the compiled code."""

    KEY = hashlib.sha256(repr(sorted(OPTIONS.items())).encode()).hexdigest()[:16]

    def get_cache_key(self, name: str, filename: str | None = None) -> str:
        return f"{super().get_cache_key(name, filename)}-{self.KEY}"

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # noqa: BLE001  (a truncated or foreign file: the template is compiled again)
            bucket.reset()

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().dump_bytecode(bucket)
        except OSError:  # the folder is gone or full: compiled again next time
            pass


def _compiled_templates() -> CompiledTemplates | None:
    try:
        return CompiledTemplates()
    except (OSError, RuntimeError):  # no usable temporary folder (Jinja refuses one others could write): compile
        return None


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """Autoescape is on for every template: record values are text, never markup."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), bytecode_cache=_compiled_templates(),
                             **OPTIONS)
    env.globals["kb_charts"] = kb_charts
    env.globals["kb"] = MACROS  # the pieces the macros of _macros.j2 return, written in Python
    env.filters["code"] = code  # interface text with `field names` as <code>  # build-time SVG plots (generator/pages/charts.py)
    return env


def front_matter(title: str, meta: dict) -> str:
    """YAML front matter written as JSON values (valid YAML, no fence can break out of a string).

    The title is HTML-escaped: Material's templates print `page.title` without
    escaping (and `striptags` would unescape it in `<title>`; site-overrides/main.html
    prints it as is for generated pages).
    """
    encode = JSON_VALUE.encode
    lines = ["---", f"title: {encode(html.escape(title, quote=False))}"]
    for key, value in meta.items():
        lines.append(f"{key}: {encode(value)}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def render_page(template: str | Callable[..., str], title: str, meta: dict, **context) -> str:
    """The page's file: front matter, then the body a template (by name) or a function in Python renders."""
    if callable(template):
        body = template(title=title, **context)
    else:
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
