"""Named errors of the library. Only the command line turns them into messages."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one file, printed as `path:line: field: message (hint)`."""

    path: Path
    line: int
    field: str
    message: str
    hint: str = ""

    def __str__(self) -> str:
        hint = f" ({self.hint})" if self.hint else ""
        field = self.field or "(file)"
        return f"{self.path}:{self.line}: {field}: {self.message}{hint}"


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
