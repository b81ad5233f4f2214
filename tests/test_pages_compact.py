"""Built pages without the theme's blank lines and indentation (generator/pages/compact.py)."""

from __future__ import annotations

from generator.pages.compact import compact_html


def test_whitespace_runs_with_a_line_break_become_one_line_break():
    assert compact_html("<div>\n\n    <p>a\n      b</p>  \n\n</div>\n") == "<div>\n<p>a\nb</p>\n</div>\n"


def test_spaces_without_a_line_break_are_kept():
    assert compact_html("<p>a  <b>b</b> c</p>") == "<p>a  <b>b</b> c</p>"


def test_pre_and_textarea_are_kept_byte_for_byte():
    page = '<p>x</p>\n\n  <pre lang="ar">one\n\n   two  \n</pre>\n  <PRE class=z>1\n\n2</PRE>\n <textarea>q\n\n r</textarea>\n\n'
    assert compact_html(page) == '<p>x</p>\n<pre lang="ar">one\n\n   two  \n</pre>\n<PRE class=z>1\n\n2</PRE>\n<textarea>q\n\n r</textarea>\n'


def test_text_without_pre_or_whitespace_is_unchanged():
    assert compact_html("") == ""
    assert compact_html("<p>نص</p>") == "<p>نص</p>"


def test_every_kind_of_whitespace_around_a_line_break_goes_with_it():
    # tabs, carriage returns, form feeds and vertical tabs before the break; any whitespace after it
    assert compact_html("a \t\r\f\v\n\u00a0\u2009 \n\tb\r\nc \td") == "a\nb\nc \td"


def test_the_same_as_the_regular_expression_it_replaces_on_every_mix_of_whitespace():
    """compact_html squeezes line by line; the rule it implements is this substitution outside <pre>/<textarea>."""
    import random
    import re

    rule = re.compile(r"(?:[ \t\r\f\v]+\n|\n)\s*")
    keep = re.compile(r"(<(pre|textarea)\b.*?</\2\s*>)", re.S | re.I)

    def by_rule(page: str) -> str:
        parts = keep.split(page)
        return "".join(rule.sub("\n", part) if i % 3 == 0 else part for i, part in enumerate(parts) if i % 3 != 2)

    pieces = ["\n", " ", "\t", "\r", "\f", "\v", "\u00a0", "\u0085", "\u2028", "\x1c", "a", "نص", "<pre>", "</pre>",
              "<textarea>", "</TEXTAREA >", "<p>"]
    rnd = random.Random(14)
    pages = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 16))) for _ in range(50_000)]
    assert [page for page in pages if compact_html(page) != by_rule(page)] == []
