"""The Jinja environment of the page templates and the front matter of generated pages."""

from __future__ import annotations

import hashlib
import html
import json
import re
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
# `read_front_matter` reads back only what `front_matter` writes and YAML reads as JSON does: keys YAML 1.1 does
# not take for a boolean or null, values in `JSON_VALUE`'s own spelling, no number with a fraction or exponent
# (YAML 1.1 reads `1e-05` as text), and none of the characters YAML folds as line breaks (U+0085, U+2028,
# U+2029), refuses (non-printable ones), or reads as whitespace between tokens (tab, carriage return, BOM).
_KEY = re.compile(r"[a-z][a-z_]*")
_YAML_WORDS = frozenset({"y", "n", "yes", "no", "on", "off", "true", "false", "null"})
_NOT_READ_AS_JSON = re.compile("[^\\x0A\\x20-\\x7E\\xA0-\\u2027\\u202A-\\uD7FF\\uE000-\\uFEFE\\uFF00-\\uFFFD\\U00010000-\\U0010FFFF]")
_JSON_READER = json.JSONDecoder(parse_float=lambda text: _refuse(text), parse_constant=lambda text: _refuse(text))


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


def read_front_matter(source: str) -> tuple[str, dict] | None:
    """A generated page's Markdown and front matter as MkDocs' `get_data` gives them, read as the JSON `front_matter`
    writes instead of by PyYAML (whose constructor, in Python, was about 0.2 s of a 1,000-incident build,
    docs/benchmarks.md, session 10); None for a page written otherwise, which MkDocs reads."""
    if not source.startswith("---\ntitle: "):
        return None
    meta: dict = {}
    start = 4
    while (end := source.find("\n", start)) >= 0:
        line = source[start:end]
        if line[:3] in ("---", "...") and not line[3:].strip(" \t"):  # the closing fence, as MkDocs finds it
            return source[end + 1:].lstrip("\n"), meta
        key, _, value = line.partition(": ")
        if not _KEY.fullmatch(key) or key in _YAML_WORDS or _NOT_READ_AS_JSON.search(value):
            return None
        try:
            meta[key] = _JSON_READER.decode(value)
        except ValueError:
            return None
        if JSON_VALUE.encode(meta[key]) != value:
            return None
        start = end + 1
    return None


def _refuse(text: str) -> Any:
    raise ValueError(f"{text} may read otherwise in YAML")


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
