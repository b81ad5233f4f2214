"""The raw-HTML preprocessor (generator/pages/rawhtml.py) changes how fast Markdown runs, never what it makes:
the page, its table of contents (the tokens MkDocs reads, and Markdown's own `toc`)."""

from __future__ import annotations

import importlib.util

import markdown
import pytest
from markdown import Extension
from markdown.preprocessors import Preprocessor
from pymdownx.slugs import slugify

from conftest import REPO
from generator.pages import generate
from generator.pages.rawhtml import PLAIN_HEADING, RawHtmlBlocks
from generator.settings import load_settings

EXTENSIONS = ["toc", "tables", "fenced_code", "admonition", "attr_list"]  # mkdocs.yml's, with MkDocs' own
# mkdocs.yml's heading links, with the title the kb plugin sets
CONFIGS = {"toc": {"permalink": True, "slugify": slugify(case="lower"), "permalink_title": "Link to this section"}}


def convert(text: str, extensions: list) -> tuple[str, list, str]:
    """The page, and its table of contents as tokens (what MkDocs reads) and as HTML."""
    md = markdown.Markdown(extensions=extensions, extension_configs=CONFIGS)
    return md.convert(text), md.toc_tokens, md.toc  # type: ignore[attr-defined]


def both(text: str, extensions: list = EXTENSIONS) -> tuple[tuple, tuple]:
    return convert(text, extensions), convert(text, [*extensions, RawHtmlBlocks()])


def made_as_tree(text: str, extensions: list = EXTENSIONS) -> bool:
    """True when the preprocessor made the page's elements itself (a generated page: raw blocks and headings)."""
    md = markdown.Markdown(extensions=[*extensions, RawHtmlBlocks()], extension_configs=CONFIGS)
    preprocessor = md.preprocessors["kb_raw_html"]
    return preprocessor.run(text.split("\n")) == [] and preprocessor.tree is not None


def body(path) -> str:
    text = path.read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1] if text.startswith("---\n") else text


def test_every_page_of_two_knowledge_bases_comes_out_the_same(sample_kb, tmp_path):
    spec = importlib.util.spec_from_file_location("bench_generate", REPO / "bench" / "bench_generate.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    synthetic = tmp_path / "synthetic"
    bench.make_kb(synthetic, incidents=40, people=15, orgs=8, places=25, sources=30)
    pages = []
    for root in (sample_kb, synthetic):
        generate(load_settings(root), jobs=1)
        pages += sorted((root / "content").rglob("*.md"))
    assert len(pages) > 200
    differing = []
    for page in pages:
        plain, fast = both(body(page))
        if fast != plain:
            differing.append(str(page))
    assert differing == []
    # every record's page skips Markdown's block parser and inline patterns, but one with a heading that is not
    # plain text (an editor's note: "Editors&#39; notes"), left to Markdown
    records = [page for page in pages if '"record": ' in page.read_text(encoding="utf-8")]
    assert len(records) > 200
    not_plain = [str(page) for page in records if any(line.startswith("#") and not PLAIN_HEADING.fullmatch(line)
                                                      for line in body(page).split("\n"))]
    assert 0 < len(not_plain) < 10
    assert [str(page) for page in records if not made_as_tree(body(page))] == not_plain


@pytest.mark.parametrize("text", [
    '<div class="a">\n<p>one</p>\n\n<p>two, after a blank line inside</p>\n</div>\n\nAfter.',
    "<div>\n<p>x</p>\n</div> tail text on the closing line\n\nNext.",
    "<div>\n<p>x</p>\n</div>\nText right after the block.",
    "<figure><svg><g><text>1</text></g></svg></figure>\n<div><table><tr><td>2</td></tr></table></div>\n\nEnd.",
    "<div><span></div></span>\n\n<section><div></section></div>\n\nMalformed nesting.",
    "<div>\n<!-- a comment -->\n</div>\n\n<div><script>if (a < b) {}</script></div>\n\nRisky.",
    "<span>an inline tag first</span>\n\n    <div>indented: code</div>\n\n<hr>\n\nText.",
    "<div title=\"a > b\">attribute</div>\n\n<div>a < b</div>\n\n<p>unclosed\n\n## Heading\n\n<div>\n",
    # a chart's data in a <script> closed on its line, then a block right after: one block, stored whole
    '<figure class="c"><div></div><script type="application/json">{"a":[1,2]}</script><p>s</p></figure>\n'
    '<div class="kb-counts">\n<table>\n<tr><td>1</td></tr>\n</table>\n</div>\n\nAfter.',
    "<div><style>p {}</style></div>\n\n<div><script/></div>\n\n<div><script>\nx = 1</script></div>\n\nEnd.",
    "<div><script></div>\n\n<div><SCRIPT>1</Script></div>\n\n<div><script>1</style></div>\n\nEnd.",
    "# Title\n\n<dl>\n<dt>k</dt><dd><a href=\"x/\">v</a></dd>\n</dl>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n",
    # whole elements (`_element_end`), and what sends them back to the line scan
    '<div class="a">\n<h1 id="t">T</h1>\n\n<dl>\n<dt>k</dt><dd>v<br>w<br /><img src="i.png"/></dd>\n</dl>\n</div>\n\n## Next\n',
    "<div>\n<p>x</p>\n</div>  \n\n<div>\n<p>trailing spaces after the close</p>\n</div>\n\nEnd.",
    "<div>\n<p>x</p>\n</div\n>\n\n<div><p>a close tag over two lines</p></DIV>\n\nEnd.",
    "<div>\n<p>a > b</p>\n</div>\n\n<div>\n<p>x</p></div><div>two on a line</div>\n\nEnd.",
    "<div>\n<p>x\n\n## not a heading: inside the div\n\n</p>\n</div>\n\nEnd.",
    "<div>\n<p>x</p>\n\n" + "<p>y</p>\n\n" * 9 + "</div>\n\nAn element over more paragraphs than are looked at.",
    "<div>\n<p>no blank line after the block</p>\n</div>",
    "<DIV>\n<P>upper case</P>\n<span>\n</DIV>\n\n<p><b>x</b></p>\n\n<Div class=\"x\"><p>y</p></dIV>\n\nEnd.",
    '<div>\n<p title="a\nb">an attribute over two lines</p>\n</div>\n\n<div>\n<!-- c -->\n</div>\n\nEnd.',
    "<span>\n<p>x</p>\n</span>\n\n<div/>\n\n<div>\n<hr>\n</div>\n\nEnd.",
    # a <script> closed on its own line inside an element (`_risky`), one left open on its line, one over two lines
    '<div class="c">\n<script type="application/json">{"a": "b > c"}</script>\n<p>x</p>\n</div>\n\nAfter.',
    "<div>\n<script>\nx = 1</script>\n<p>y</p>\n</div>\n\n<div>\n<style>p {}</style >\n</div>\n\nEnd.",
    "<div>\n<p>x</p><script>a()</script\n>\n</div>\n\n<div>\n<STYLE media=\"x\">p {}</STYLE>\n</div>\n\nEnd.",
])
def test_tricky_html_comes_out_the_same(text):
    plain, fast = both(text)
    assert fast == plain


@pytest.mark.parametrize("text", [
    # headings as generated pages have them, the same twice (`_1`), in Arabic, at the start and at the end
    '## Actors\n\n<div class="a">\n<p>x</p>\n</div>\n\n## Actors\n\n<div><p>y</p></div>\n\n## الأطراف\n\n## Sources',
    '<div class="kb-record">\n<h1 id="kb-title">T</h1>\n</div>\n\n# A title first\n\n<div>x</div>\n\n### Lower (level 3)\n',
    "# Page title\n\n<div>x</div>\n\n###### Six\n\n<div>y</div>\n<div>z: the next line</div>\n\n<p>w</p>",
    "## Two headings\n## on consecutive lines\n\n<div>x</div>\n\n#No space after the hashes\n\n##   Spaces around   \n",
    "## Trailing hashes ##\n\n<div>x</div>\n\n## Q&A <b>bold</b>\n\n<div>y</div>\n\n## A *b* `c` [d](e) \\f_g_\n",
    "## With an id {#mine}\n\n<div>x</div>\n\n## Actors\n\n<div id=\"actors\">taken by the raw block</div>\n",
    "## Heading\nfollowed by text\n\n<div>x</div>\n\n[TOC]\n\n## Second\n",
    "<span>an inline element first</span>\n\n## Heading\n\n<div>x</div>\n\n<b>x</b>\n\n<div/>\n",
    "<div>x</div>\n\n## Heading\n\n<div>\nno blank line after the last block\n</div>",
    "<div\nclass=\"x\">a tag over two lines</div>\n\n## H\n\n<div>y</div>\n\n<div>z</div>\n",
    "## Level 7?\n\n####### Seven hashes\n\n<div>x</div>\n\n##\n\n<div>y</div>\n",
    "## Non-breaking space at the end\u00a0\n\n<div>x</div>\n\n## Tab\tinside\n",
])
def test_headings_and_raw_blocks_come_out_the_same(text):
    plain, fast = both(text)
    assert fast == plain


def test_a_generated_page_is_made_as_a_tree_and_anything_else_left_to_markdown():
    assert made_as_tree("## Actors\n\n<div>\n<p>x</p>\n</div>\n\n## الأطراف\n\n<div>y</div>\n")
    assert not made_as_tree("## Actors\n\n<div>x</div>\n\nA paragraph of Markdown.\n")
    assert not made_as_tree("## Q&A\n\n<div>x</div>\n")
    assert not made_as_tree("## Actors\ntext\n\n<div>x</div>\n")
    assert not made_as_tree("<div>\n<p>no blank line after it</p>\n</div>")


class LaterPreprocessor(Extension):
    """A preprocessor after the raw-HTML one, which could change any line (here: the headings)."""

    def extendMarkdown(self, md):  # noqa: N802
        class Headings(Preprocessor):
            def run(self, lines):
                return [line + " later" if line.startswith("#") else line for line in lines]
        md.preprocessors.register(Headings(md), "later", 15)


def test_extensions_that_could_read_headings_otherwise_leave_the_page_to_markdown():
    text = "## It's \"quoted\" ==marked== here...\n\n<div>x</div>\n"
    assert made_as_tree(text)
    # an inline pattern Markdown does not have
    assert not made_as_tree(text, [*EXTENSIONS, "pymdownx.mark"])
    plain, fast = both(text, [*EXTENSIONS, "pymdownx.mark"])
    assert fast == plain
    assert "<mark>marked</mark>" in fast[0]
    assert not made_as_tree(text, [*EXTENSIONS, LaterPreprocessor()])
    plain, fast = both(text, [*EXTENSIONS, LaterPreprocessor()])
    assert fast == plain
    assert "<h2 id=\"its-quoted-marked-here-later\">" in fast[0]
    # smarty's quotes are a tree processor of their own, after this extension's: the page is made as a tree
    assert made_as_tree(text, [*EXTENSIONS, "smarty"])
    plain, fast = both(text, [*EXTENSIONS, "smarty"])
    assert fast == plain
    assert "It&rsquo;s" in fast[0]


@pytest.mark.parametrize("builder", ["mkdocs", "properdocs"])
def test_the_page_tree_is_made_with_the_builders_own_processors(builder):
    """MkDocs and ProperDocs add their own processors to each page's Markdown (raw-HTML ids, anchors, links, title)."""
    pages = importlib.import_module(f"{builder}.structure.pages")
    md = markdown.Markdown(extensions=[*EXTENSIONS, RawHtmlBlocks()], extension_configs=CONFIGS)
    pages._RawHTMLPreprocessor()._register(md)
    pages._ExtractTitleTreeprocessor()._register(md)
    preprocessor = md.preprocessors["kb_raw_html"]
    assert preprocessor.run(["## Actors", "", "<div>x</div>", ""]) == []
    assert preprocessor.tree is not None
