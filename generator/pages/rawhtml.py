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

A page that is nothing but such blocks and headings of plain text (every
record's page) goes further: the preprocessor makes the elements Markdown's
block parser and inline patterns would make (a paragraph holding the stash's
placeholder for each run of blocks, an `<hN>` holding each heading's text),
hands Markdown no lines, and `PageTreeprocessor` puts those elements into the
document right after the inline step. The heading ids, permalinks and table of
contents (`toc`), MkDocs' own tree processors and the serializer then work on
the same tree as before, so the page and its table of contents come out the
same; this is done only when the page's extensions are ones that read such
lines as Markdown does (`_plain_markdown`). Markdown over the 1,000-incident
pages: 7.4 -> 5.9 s of CPU in the build (docs/benchmarks.md, session 7).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from typing import NamedTuple

from markdown import Extension, Markdown
from markdown.postprocessors import RawHtmlPostprocessor
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor
from markdown.util import Registry

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
RISKY_MARKERS = MAYBE_RISKY[:4]
# `_UNCLOSED` line by line: a <script> or <style> whose end tag is not on its line, or that holds a "<"
UNCLOSED_ON_ITS_LINE = re.compile(r"<(script|style)\b(?![^<>\n]*(?<!/)>[^<\n]*</\1(?:[^\S\n]|>))", re.IGNORECASE)
LINE_PAIR = re.compile(r"<([a-zA-Z][a-zA-Z0-9-]*)(?:\s[^<>\n]*)?>[^<]*</\1>")
VOID = re.compile(r"<(?:area|base|br|col|embed|img|input|link|meta|source|track|wbr)\b[^<>\n]*>")
SELF_CLOSING = re.compile(r"<[a-zA-Z][a-zA-Z0-9-]*(?:\s[^<>\n]*)?/>")
MAX_PARAGRAPHS = 8  # an element running over more paragraphs than this is left to the line scan

# A generated page (raw blocks and plain headings) skips Markdown's block parser and inline patterns
# (`RawHtmlBlockPreprocessor._tree`): a heading line, `#`s then text with none of the characters
# Markdown's inline patterns or `attr_list` act on (`&`, `<` and `>` would also be escaped).
PLAIN_HEADING = re.compile(r"(#{1,6})([^#\\`*_\[\]<>&!{}|\n]*)")
# ... under these extensions only (`_plain_markdown`): Markdown's own inline patterns,
PLAIN_INLINE = frozenset({"backtick", "escape", "reference", "link", "image_link", "image_reference",
                          "short_reference", "short_image_ref", "autolink", "automail", "linebreak", "html",
                          "entity", "not_strong", "em_strong", "em_strong2"})
# the block processors that may run before the heading's (a heading line between blank lines is none of theirs:
# indented code, tables of two lines or more, `!!!` admonitions),
FIRST_BLOCKS = frozenset({"empty", "indent", "code", "table", "admonition"})
# the preprocessors after this one (Markdown's raw HTML blocks, MkDocs' and ProperDocs' collection of raw HTML ids),
PREPROCESSOR_PRIORITY = 25
LATER_PREPROCESSORS = frozenset({"html_block", "mkdocs_raw_html", "properdocs_raw_html"})
# and no tree processor before `PageTreeprocessor` but the inline patterns.
TREE_PRIORITY = 19


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


class RawBlock(NamedTuple):
    """A raw HTML block as Markdown stores it (its lines, and a line break)."""

    text: str


class RawHtmlBlocks(Extension):
    """Register `RawHtmlBlockPreprocessor` between whitespace normalisation (30) and Markdown's HTML blocks (20),
    and `PageTreeprocessor` right after the inline patterns (20)."""

    def extendMarkdown(self, md: Markdown) -> None:  # noqa: N802  (Python-Markdown's name)
        preprocessor = RawHtmlBlockPreprocessor(md)
        md.preprocessors.register(preprocessor, "kb_raw_html", PREPROCESSOR_PRIORITY)
        md.treeprocessors.register(PageTreeprocessor(md, preprocessor), "kb_page_tree", TREE_PRIORITY)


class RawHtmlBlockPreprocessor(Preprocessor):
    def __init__(self, md: Markdown) -> None:
        super().__init__(md)
        self.tree: list[etree.Element] | None = None  # the page's elements, made here (see `_tree`)
        self.whole_page = False  # True when the last page was made into `tree` whole, Markdown handed no line
        self._plain: bool | None = None  # `_plain_markdown`, worked out at the first page (the extensions are set)

    def run(self, lines: list[str]) -> list[str]:
        self.tree = None
        self.whole_page = False
        page = "\n".join(lines)
        lowered = page.lower()
        if ("<script" in lowered or "<style" in lowered) and UNCLOSED_RAW_TEXT.search(page):
            return lines  # Markdown's parser would read what follows as that element's text: it decides
        risky = any(marker in lowered for marker in MAYBE_RISKY)  # else no block of the page needs looking at
        pieces: list[str | RawBlock] = []  # a line left to Markdown, or a raw block
        i, n = 0, len(lines)
        while i < n:
            end = None
            if lines[i].startswith("<") and (i == 0 or BLANK.match(lines[i - 1])):
                end = self._element_end(lines, i, risky) or self._block_end(lines, i)
            if end is None:
                pieces.append(lines[i])
                i += 1
            else:
                pieces.append(RawBlock("\n".join(lines[i:end]) + "\n"))
                i = end
        self.tree = self._tree(pieces)
        if self.tree is not None:
            self.whole_page = True
            return []  # Markdown's block parser and inline patterns have nothing left to do
        out: list[str] = []
        for piece in pieces:
            if isinstance(piece, str):
                out.append(piece)
            else:
                out += ["", self.md.htmlStash.store(piece.text), ""]
        return out

    def _tree(self, pieces: list[str | RawBlock]) -> list[etree.Element] | None:
        """The elements Markdown's block parser and inline patterns would make of a page that is nothing but raw
        blocks and plain headings (a generated page), each raw block run stored in the stash; None for any
        other page, or when some extension could read these lines otherwise (`_plain_markdown`).

        A heading of plain text (`PLAIN_HEADING`) between blank lines is an `<hN>` element holding its text,
        which no inline pattern changes; a raw block is a paragraph holding its stash placeholder. Blocks with
        only blank lines between them share one placeholder: their texts joined by a line break, as the
        serializer joins their paragraphs, each starting with a block-level tag, so that the placeholder's
        `<p>` is dropped for all of them as it would be for each."""
        if self._plain is None:
            self._plain = self._plain_markdown()
        if not self._plain:
            return None
        items: list[tuple[int, str] | list[str]] = []  # (level, text) of a heading, or the texts of a raw run
        for number, piece in enumerate(pieces):
            if isinstance(piece, RawBlock):
                if (items and isinstance(items[-1], list) and self._block_level(piece.text)
                        and self._block_level(items[-1][-1])):
                    items[-1].append(piece.text)
                else:
                    items.append([piece.text])
                continue
            if BLANK.match(piece):
                continue
            heading = PLAIN_HEADING.fullmatch(piece)
            if (heading is None or not heading.group(2).strip()
                    or not _apart(pieces, number - 1) or not _apart(pieces, number + 1)):
                return None
            items.append((len(heading.group(1)), heading.group(2).strip()))
        tree = []
        for item in items:
            if isinstance(item, list):
                paragraph = etree.Element("p")
                paragraph.text = self.md.htmlStash.store("\n".join(item))
                tree.append(paragraph)
            else:
                element = etree.Element(f"h{item[0]}")
                element.text = item[1]
                tree.append(element)
        return tree

    def _plain_markdown(self) -> bool:
        """True when the extensions of this Markdown read a plain heading line and a placeholder line as Markdown
        itself does: no other inline pattern (they could change a heading's text), no block processor ahead of
        the heading's but those that leave such lines alone, no preprocessor after this one but Markdown's and
        MkDocs' raw-HTML ones (they find no HTML in such lines), no tree processor before `PageTreeprocessor`
        but the inline patterns (which it stands in for)."""
        md = self.md
        blocks, preprocessors, trees = md.parser.blockprocessors, md.preprocessors, md.treeprocessors
        return (_only(md.inlinePatterns, PLAIN_INLINE)
                and _only(blocks, FIRST_BLOCKS, 0, blocks.get_index_for_name("hashheader"))
                and _only(preprocessors, LATER_PREPROCESSORS, preprocessors.get_index_for_name("kb_raw_html") + 1)
                and _only(trees, frozenset({"inline"}), 0, trees.get_index_for_name("kb_page_tree")))

    def _block_level(self, text: str) -> bool:
        """True when Markdown's raw-HTML postprocessor drops the `<p>` around this stored block."""
        postprocessor = self.md.postprocessors["raw_html"] if "raw_html" in self.md.postprocessors else None
        return isinstance(postprocessor, RawHtmlPostprocessor) and postprocessor.isblocklevel(text)

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
            if risky and _risky(text):
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


def _only(registry: Registry, names: frozenset[str], start: int = 0, stop: int | None = None) -> bool:
    """True when the registry's items from `start` to `stop`, in the order they run, are all among `names`."""
    allowed = {id(registry[name]) for name in names if name in registry}
    return all(id(item) in allowed for item in list(registry)[start:stop])


def _risky(text: str) -> bool:
    """True when some line of `text` is one `_block_end` leaves to Markdown (`RISKY`): a comment, declaration,
    processing instruction, `markdown=` or `<hr>`, or a `<script>` or `<style>` not closed on its own line."""
    lowered = text.lower()
    if any(marker in lowered for marker in RISKY_MARKERS):
        return True
    return ("<script" in lowered or "<style" in lowered) and UNCLOSED_ON_ITS_LINE.search(text) is not None


def _apart(pieces: list[str | RawBlock], index: int) -> bool:
    """True when `pieces[index]` keeps a heading line apart from other Markdown: a blank line, a raw block, or
    the page's start or end."""
    if not 0 <= index < len(pieces):
        return True
    piece = pieces[index]
    return isinstance(piece, RawBlock) or BLANK.match(piece) is not None


class PageTreeprocessor(Treeprocessor):
    """Puts the elements `RawHtmlBlockPreprocessor` made of a generated page into the document, after the
    inline patterns (nothing in them for those) and before every other tree processor."""

    def __init__(self, md: Markdown, preprocessor: RawHtmlBlockPreprocessor) -> None:
        super().__init__(md)
        self.preprocessor = preprocessor

    def run(self, root: etree.Element) -> None:
        if self.preprocessor.tree is not None:
            root.extend(self.preprocessor.tree)
            self.preprocessor.tree = None
