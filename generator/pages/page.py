"""What every page producer yields: one page to write."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Page:
    """One page to write: its path under the language folder, URL, template, title, meta and context."""

    path: str
    url: str
    template: str | Callable[..., str]  # a template's name, or the function rendering the body (render_page)
    title: str
    meta: dict
    context: dict
