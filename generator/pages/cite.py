"""What a record page says about citing and reusing the record: when it last changed, how to cite it
(as text and as BibTeX), and where its JSON is."""

from __future__ import annotations

import re

from ..formats import record_json_path
from ..records.vocab import is_exported
from ..urls import language_prefix, page_url
from .strings import LANGUAGE_NAMES
from .view import View, relative_url

# Characters BibTeX (and LaTeX behind it) reads as commands, and how to write them as text.
BIBTEX_ESCAPES = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "%": r"\%", "&": r"\&", "#": r"\#", "_": r"\_",
                  "$": r"\$", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
# Found with one pattern rather than `str.translate`, which looks every character up (most titles have none
# of them, and every record page cites itself in BibTeX: 29,000 pages at 10,000 incidents).
BIBTEX_SPECIAL = re.compile("|".join(map(re.escape, BIBTEX_ESCAPES)))


def bibtex_text(text: str) -> str:
    return BIBTEX_SPECIAL.sub(lambda found: BIBTEX_ESCAPES[found.group()], " ".join(text.split()))


def record_footer(v: View, kind: str, record, title: str) -> dict:
    """The context of a record page's footer: last change, JSON link, citation as text and as BibTeX."""
    changed = v.graph.history.day_of(v.graph.store.root, v.graph.path_of(kind, record.id))
    here = language_prefix(v.lang, v.settings.default_language) + page_url(kind, record.id)
    url = (v.settings.site_url.rstrip("/") + "/" + here) if v.settings.site_url else "/" + here
    site = v.s("site_name")
    text = v.s("cite_pattern", site=site, title=title, id=record.id, date=changed.isoformat(), url=url)
    bibtex = "\n".join([
        f"@misc{{{kind}:{record.id},",
        f"  author = {{{{{bibtex_text(site)}}}}},",
        f"  title = {{{bibtex_text(title)}}},",
        f"  year = {{{changed.year}}},",
        f"  note = {{{bibtex_text(v.s('cite_note', id=record.id, date=changed.isoformat()))}}},",
        f"  url = {{{url}}},",
        f"  language = {{{LANGUAGE_NAMES['en'][v.lang].lower()}}}",
        "}",
    ])
    json_href = relative_url(here, record_json_path(kind, record.id)) if is_exported(record) else None
    return {"changed": changed, "cite_text": text, "cite_bibtex": bibtex, "json_href": json_href}
