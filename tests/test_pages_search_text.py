"""A hub or hand-written page's search text (pages/search.py, `page_text`): the insides of tables, charts, figures
and `<pre>` are dropped before html.parser runs only where the parser would give the same text."""

from __future__ import annotations

import pytest

from generator.pages.search import _TextOutside, _without_skipped_insides, page_text


def parsed_whole(content: str) -> str:
    """What `page_text` gives when html.parser reads every tag."""
    parser = _TextOutside()
    parser.feed(content)
    parser.close()
    return " ".join(" ".join(parser.parts).replace("¶", " ").split())


HUB = ('<h2 id="incidents">Incidents<a class="headerlink" href="#incidents">¶</a></h2>\n<p>All <em>reviewed</em> '
       'incidents.</p>\n<table class="kb-table"><thead><tr><th>Date</th></tr></thead><tbody><tr><td>2 January 2013'
       '<br><img src="x.png" alt=""/><span/></td></tr></tbody></table>\n<p>After the table.</p>'
       '<figure><svg viewBox="0 0 10 10"><text>3</text></svg><figcaption>A chart</figcaption></figure>'
       '<pre><code>kept out</code></pre><p>The end.</p>')


def test_a_hub_page_is_read_without_its_tables_and_charts():
    emptied = _without_skipped_insides(HUB)
    assert "<table></table>\n<p>After the table.</p><figure></figure><pre></pre><p>The end.</p>" in emptied
    assert page_text(HUB) == parsed_whole(HUB) == "Incidents All reviewed incidents. After the table. The end."


@pytest.mark.parametrize("content", [
    # an end tag inside the table that closes an element opened before it: the parser stops skipping there
    "<section><table><tr><td></section>shown</td></tr></table>tail</section>",
    "<div><table><tr><td>hidden</td></tr></div>shown</table>tail",
    # a table inside a table, a figure inside a figure
    "<table><tr><td><table><tr><td>x</td></tr></table>y</td></tr></table>z",
    "<figure><figure>a</figure>b</figure>c",
    # a comment, a script, a "<" or ">" that is no tag: the parser reads the page
    "<table><!-- </table> --><tr><td>x</td></tr></table>after",
    "<table><tr><td><script>if (a < b) {}</script></td></tr></table>after",
    "<p>a > b</p><table><tr><td>x</td></tr></table>after",
    '<p title="</table>">a</p><table><tr><td>x</td></tr></table>after',
    # opened and closed at once, capital letters, no end tag, an end tag with spaces
    "<p>a<table/>b</p><table>x</table>c",
    "<TABLE><TR><TD>x</TD></TR></TABLE>after<Pre>code</PRE>end",
    "<p>before</p><table><tr><td>never closed",
    "<table><tr><td>x</td></tr></table  >after",
    # tags closed out of order inside the table, and a void element closed
    "<table><tr><td><b><i>x</b></i></td></tr></table>after",
    "<table><tr><td>x<br></br></td></tr></table>after",
])
def test_the_text_is_the_one_the_parser_gives_reading_every_tag(content):
    assert page_text(content) == parsed_whole(content)


def test_an_end_tag_closing_an_element_opened_before_the_table_keeps_the_table_whole():
    content = "<section><table><tr><td></section>shown</td></tr></table>tail</section>"
    assert _without_skipped_insides(content) == content
    assert page_text(content) == "shown tail"
