"""The raw-HTML preprocessor (generator/pages/rawhtml.py) changes how fast Markdown runs, never what it makes."""

from __future__ import annotations

import importlib.util

import markdown
import pytest

from conftest import REPO
from generator.pages import generate
from generator.pages.rawhtml import RawHtmlBlocks
from generator.settings import load_settings

EXTENSIONS = ["toc", "tables", "admonition", "attr_list"]  # mkdocs.yml's


def both(text: str) -> tuple[str, str]:
    return (markdown.markdown(text, extensions=EXTENSIONS),
            markdown.markdown(text, extensions=[*EXTENSIONS, RawHtmlBlocks()]))


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
    differing = [str(page) for page in pages if len(set(both(body(page)))) != 1]
    assert differing == []


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
])
def test_tricky_html_comes_out_the_same(text):
    plain, fast = both(text)
    assert fast == plain
