"""Named errors of the library. Only the command line turns them into messages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, printed as `path:line: field: message (hint)`.

    An error is something the knowledge base must not hold (`kb check` exits 1, a strict build
    fails); a warning is a value that is possible but suspicious, printed with `warning:` before
    the message.
    """

    path: Path
    line: int
    field: str
    message: str
    hint: str = ""
    severity: Severity = "error"

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    def __str__(self) -> str:
        hint = f" ({self.hint})" if self.hint else ""
        field = self.field or "(file)"
        label = "" if self.is_error else "warning: "
        return f"{self.path}:{self.line}: {field}: {label}{self.message}{hint}"


class KbError(Exception):
    """Base of every error the knowledge-base tools raise on purpose."""

    hint: str = ""


class NotAKnowledgeBase(KbError):
    """The root folder has no knowledge base in it."""

    hint = "run the command inside a knowledge base, pass --root DIR, or create one with `kb init DIR`"


class RecordNotFound(KbError):
    """No record has the id asked for."""


class UnsafePath(KbError):
    """A generated file would land outside the folder it belongs in."""
