"""MkDocs' `Page.render` for generated pages, with one Markdown per language build instead of one per page.

MkDocs makes a new `Markdown`, every extension registered again, for every
page it renders: on a record page, which `pages/rawhtml.py` hands Markdown
already made into elements, that set-up is about a third of what Markdown
costs (docs/benchmarks.md, session 9). `GeneratedPages.render` converts a
generated page with one `Markdown` made from the same extensions and settings,
reset between pages as Python-Markdown resets it for each document. It keeps
the result only when the page is one `RawHtmlBlocks` took whole (raw blocks and
plain headings), whose tree holds nothing MkDocs' own tree processors act on
but the headings' ids and permalinks: the page then gets the content, table of
contents, anchor ids and links to its own anchors that `Page.render` gives it
(no title: a page whose first element is an `<h1>` goes to `Page.render`, as
does any page with another link or an image). Any other page is left to
`Page.render`. tests/test_site_build_reuse.py builds a site both ways.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions.toc import TocTreeprocessor
from markdown.treeprocessors import Treeprocessor
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils.meta import get_data

from .pages.rawhtml import RawHtmlBlockPreprocessor
from .pages.render import read_front_matter


def read_source(page: Page, config) -> None:
    """What `page.read_source(config)` does, a generated page's front matter read by `read_front_matter`."""
    source = config.plugins.on_page_read_source(page=page, config=config)
    if source is None:
        try:
            source = page.file.content_string
        except (OSError, ValueError):
            Page.read_source(page, config)  # MkDocs logs which file, and raises
            return
    page.markdown, page.meta = read_front_matter(source) or get_data(source)


class _PageFacts(Treeprocessor):
    """What MkDocs' tree processors read in a page that `RawHtmlBlocks` took whole: the ids, the links to the
    page's own anchors, and whether anything else is there for them (another link, an image, an `<h1>` first)."""

    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self.ids: set[str] = set()
        self.own_anchors: dict[str, str] = {}  # anchor -> the link as written ("#anchor")
        self.more = False

    def run(self, root: etree.Element) -> None:
        self.ids, self.own_anchors = set(), {}
        self.more = len(root) > 0 and root[0].tag == "h1"  # MkDocs would take it as the page's title
        for element in root.iter():
            if anchor := element.get("id"):
                self.ids.add(anchor)
            if element.tag == "a":
                if name := element.get("name"):
                    self.ids.add(name)
                href = element.get("href") or ""
                if href.startswith("#") and "?" not in href:
                    if href[1:]:
                        self.own_anchors.setdefault(href[1:], href)
                else:
                    self.more = True
            elif element.tag == "img":
                self.more = True


def _without_html_toc(md: Markdown) -> None:
    """`toc` without the HTML table of contents it builds for `md.toc`, which MkDocs does not read (it reads
    `md.toc_tokens`), nor the search for a `[TOC]` paragraph to put it in: a page `render` keeps has none, its
    paragraphs holding only raw blocks. About 0.1 s of a 1,000-incident build (docs/benchmarks.md, session 10)."""
    toc = md.treeprocessors["toc"] if "toc" in md.treeprocessors else None
    if isinstance(toc, TocTreeprocessor):
        toc.marker = ""
        toc.build_toc_div = lambda toc_tokens: etree.Element("div")  # type: ignore[assignment]


class GeneratedPages:
    """Renders the generated pages of one language build (a new one for each build: `KbPlugin.on_config`)."""

    def __init__(self) -> None:
        self._markdown: Markdown | None = None
        self._facts: _PageFacts | None = None

    def render(self, page: Page, config, files) -> None:
        """What `page.render(config, files)` does, for a generated page."""
        if self._markdown is None:
            self._markdown = Markdown(extensions=config["markdown_extensions"],
                                      extension_configs=config["mdx_configs"] or {})
            self._facts = _PageFacts(self._markdown)
            self._markdown.treeprocessors.register(self._facts, "kb_page_facts", 0)  # last, as MkDocs' are
            _without_html_toc(self._markdown)
        md, facts = self._markdown, self._facts
        assert facts is not None
        content = md.reset().convert(page.markdown or "")
        raw = md.preprocessors["kb_raw_html"] if "kb_raw_html" in md.preprocessors else None
        if not isinstance(raw, RawHtmlBlockPreprocessor) or not raw.whole_page or facts.more:
            Page.render(page, config, files)
            return
        page.content = content
        page.toc = get_toc(getattr(md, "toc_tokens", []))
        page.present_anchor_ids = set(facts.ids)
        page.links_to_anchors = {page.file: dict(facts.own_anchors)} if facts.own_anchors else {}
