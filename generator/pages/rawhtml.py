"""A Python-Markdown extension that sets aside complete raw HTML blocks before Markdown's own HTML parser runs.

Generated pages are mostly raw HTML blocks (tables, infoboxes) between
Markdown headings. Python-Markdown finds raw blocks by feeding the whole page
to `html.parser`, a Python-level tokenizer: on the 10,000-incident benchmark
that was most of `mkdocs build` (docs/benchmarks.md). This preprocessor runs
first and stores each block whose end it can find with one regular
expression: a paragraph of lines that starts at the margin with a block-level
tag, whose tags close (as Markdown's parser pops them) exactly at its last
character, and that holds no comment, processing instruction or `markdown=`
attribute, and no `<script>` or `<style>` but one closed on its own line with
no `<` inside (a chart's data: `pages/charts.py` escapes `<`, `>` and `&`), which
Markdown's parser reads as it reads any other element. It stores such a block in Markdown's own
HTML stash, as Markdown would, so the page comes out the same byte for byte
(tests/test_pages_rawhtml.py); anything else is left to Markdown.

Most blocks of generated pages are one element closed at the end of a
paragraph: those are recognised with a few regular expressions over the whole
paragraphs (`_element_end`, a third less CPU for the preprocessor at 1,000
incidents); the others are scanned line by line (`_block_end`).
"""

from __future__ import annotations

import re

from markdown import Extension, Markdown
from markdown.preprocessors import Preprocessor

TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?(/?)>")
# A <script> or <style> not closed before the next "<": html.parser reads its content as text, on across blocks.
_UNCLOSED = r"<(script|style)\b(?![^<>]*(?<!/)>[^<]*</\1[\s>])"
UNCLOSED_RAW_TEXT = re.compile(_UNCLOSED, re.IGNORECASE)
# What this preprocessor leaves to Markdown: comments, declarations, processing instructions, `markdown=`,
# <hr>, and (searched line by line) a <script> or <style> not closed on its own line.
RISKY = re.compile(r"<!|<\?|markdown=|<hr[\s/>]|" + _UNCLOSED, re.IGNORECASE)
BLANK = re.compile(r"^ *$")
PAIR = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>]*)?>[^<]*</\1>")
# For whole paragraphs (`_element_end`): what may send a block to the line scan (looked for in the lowered
# text with `in`, far faster than a case-insensitive expression), a pair of tags each on one line, and the
# tags that close nothing (void elements, `<x/>`).
MAYBE_RISKY = ("<!", "<?", "markdown=", "<hr", "<script", "<style")
LINE_PAIR = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>\n]*)?>[^<]*</\1>")
VOID = re.compile(r"<(?:area|base|br|col|embed|img|input|link|meta|source|track|wbr)\b[^<>\n]*>")
SELF_CLOSING = re.compile(r"<[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>\n]*)?/>")
MAX_PARAGRAPHS = 8  # an element running over more paragraphs than this is left to the line scan


def _balanced(text: str) -> bool:
    """True when every tag of `text` is a tag that closes nothing or one of pairs nested properly, each tag on
    one line, and no `<` or `>` is left over."""
    text = VOID.sub("", text)
    if "/>" in text:
        text = SELF_CLOSING.sub("", text)
    while True:
        text, removed = LINE_PAIR.subn("", text)
        if "<" not in text:
            return ">" not in text
        if not removed:
            return False


def _nested_pairs(line: str) -> bool:
    """True when the line's tags are pairs nested properly, innermost removed first until none is left."""
    while True:
        line, removed = PAIR.subn("", line)
        if "<" not in line:
            return True
        if not removed:
            return False


class RawHtmlBlocks(Extension):
    """Register `RawHtmlBlockPreprocessor` between whitespace normalisation (30) and Markdown's HTML blocks (20)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802  (Python-Markdown's name)
        md.preprocessors.register(RawHtmlBlockPreprocessor(md), "kb_raw_html", 25)


class RawHtmlBlockPreprocessor(Preprocessor):
    def run(self, lines: list[str]) -> list[str]:
        page = "\n".join(lines)
        lowered = page.lower()
        if ("<script" in lowered or "<style" in lowered) and UNCLOSED_RAW_TEXT.search(page):
            return lines  # Markdown's parser would read what follows as that element's text: it decides
        risky = any(marker in lowered for marker in MAYBE_RISKY)  # else no block of the page needs looking at
        out: list[str] = []
        i, n = 0, len(lines)
        while i < n:
            end = None
            if lines[i].startswith("<") and (i == 0 or BLANK.match(lines[i - 1])):
                end = self._element_end(lines, i, risky) or self._block_end(lines, i)
            if end is None:
                out.append(lines[i])
                i += 1
            else:
                out += ["", self.md.htmlStash.store("\n".join(lines[i:end]) + "\n"), ""]
                i = end
        return out

    def _element_end(self, lines: list[str], start: int, risky: bool) -> int | None:
        """The index after the raw block starting at `lines[start]` when it is one element whose tags close at
        the end of a paragraph (lines up to a blank one), checked with a few regular expressions over the
        paragraphs instead of line by line; None when it is not, and `_block_end` decides.

        Such an element is what `_block_end` finds line by line: its first tag opens a block-level element,
        the tags between it and the last one are balanced (so the stack never empties before), and the last
        one closes it at a line followed by a blank one. Generated pages are mostly such elements.
        """
        first = TAG.match(lines[start])
        if first is None or first.group(1) or first.group(3) or not self.md.is_block_level(first.group(2)):
            return None
        name = first.group(2).lower()
        end = start
        for _ in range(MAX_PARAGRAPHS):
            while end < len(lines) and not BLANK.match(lines[end]):
                end += 1
            if end == len(lines):
                return None  # no blank line after it: the line scan's rules for a block at the end
            text = "\n".join(lines[start:end])
            if risky and any(marker in text.lower() for marker in MAYBE_RISKY):
                return None
            last_open = text.rfind("<")
            last = TAG.fullmatch(text, last_open)
            if (last is not None and last.group(1) and last.group(2).lower() == name and "\n" not in last.group(0)
                    and _balanced(text[first.end():last_open])):
                return end
            end += 1
        return None

    def _block_end(self, lines: list[str], start: int) -> int | None:
        """The index after the last line of the raw block starting at `lines[start]`, when Markdown's parser
        would take those lines whole as one block (its tags close at the end of a line followed by a blank
        one, blank lines inside included); None when this preprocessor cannot tell."""
        stack: list[str] = []
        for index in range(start, len(lines)):
            line = lines[index]
            if "<" not in line:
                if ">" in line:
                    return None
                continue
            if RISKY.search(line):
                return None
            tags = TAG.findall(line)
            if len(tags) != line.count("<") or len(tags) != line.count(">"):
                return None  # a "<" or ">" that is no plain tag: Markdown's parser decides
            if not stack:  # a block starts: every "<" opens a tag, so its first one is at the margin
                closing, name, self_closing = tags[0]
                if closing or self_closing or not self.md.is_block_level(name):
                    return None
            if stack and _nested_pairs(line):
                continue  # properly nested pairs only: the line leaves the stack as it was
            last = len(tags) - 1
            for number, (closing, name, self_closing) in enumerate(tags):
                name = name.lower()
                if closing:
                    if name in stack:  # as Markdown's parser does: pop up to the tag closed
                        while stack.pop() != name:
                            pass
                    if not stack:
                        if number != last or not line.endswith(">") or index + 1 == len(lines):
                            return None
                        if BLANK.match(lines[index + 1]):
                            return index + 1
                        if not lines[index + 1].startswith("<"):
                            return None
                        break  # another block right on the next line: Markdown joins them, so do we
                elif not self_closing:
                    stack.append(name)
        return None
