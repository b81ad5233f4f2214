"""How deep a YAML document nests, found before anything recurses over it.

A record nests four levels at most (an event's `review` notes: list, mapping,
list of ids). Deeper documents are mistakes or attacks: libyaml's composer
recurses in C once per level (30,000 levels, 60 KB, crash the process with a
segmentation fault) and PyYAML's constructor in Python (a few hundred levels
raise RecursionError), so `yamlio.parse` asks `too_deep` first.
"""

from __future__ import annotations

import yaml

MAX_DEPTH = 32


def depth_bound(text: str) -> int:
    """An upper bound of the nesting depth of a YAML text, found without parsing it.

    Flow collections nest only inside `[` and `{`, so their depth is at most the number of those.
    A block collection starts a line or follows the indicators `- `, `? ` and `: ` that begin one,
    and every two levels of block nesting move it at least one column right, so block depth is at
    most twice the longest run of spaces and indicators that begins a line, plus two.
    """
    flow = text.count("[") + text.count("{")
    block = max((len(line) - len(line.lstrip(" \t-?:")) for line in text.split("\n")), default=0)
    return flow + 2 * block + 2


def too_deep(text: str) -> int | None:
    """The line (1-based) where the document nests deeper than `MAX_DEPTH`; None when it does not.

    Most records are settled by `depth_bound` (every record of the test corpus is); the others are
    read as a stream of libyaml parser events, which needs no recursion, and the reading stops at
    the first level too deep (libyaml gets slow on very deep flow nesting, so it must not read on
    to the end). A syntax error met on the way is raised as PyYAML's `MarkedYAMLError`.
    """
    if depth_bound(text) <= MAX_DEPTH:
        return None
    loader = yaml.CSafeLoader(text)
    try:
        depth = 0
        while loader.check_event():
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    mark = event.start_mark  # libyaml marks every event; PyYAML's type allows None
                    return mark.line + 1 if mark is not None else 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    finally:
        loader.dispose()
    return None
