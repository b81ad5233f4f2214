"""Bytes of an input as text: read within a size limit, their kind sniffed when unknown (standard input), decoded
from UTF-8 or the encoding charset-normalizer finds; refused with a named error (`UnreadableInput` and its
subclasses) when they are missing, too large, binary or empty."""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import KbError

# A decoded text with more control characters than this share is binary.
MAX_CONTROL_RATIO = 0.01


class UnreadableInput(KbError):
    """An input file cannot be turned into an article; the message says why."""

    hint = "the file is skipped; fix or remove it and run the command again"


class TooLarge(UnreadableInput):
    """The input is larger than an article can be."""


class NotText(UnreadableInput):
    """The input is binary, empty or in an encoding that cannot be decoded."""


def read_bytes(path: Path, limit: int) -> bytes:
    try:
        check_size(path.stat().st_size, limit)
        return path.read_bytes()
    except FileNotFoundError:
        raise UnreadableInput("file not found (it may have been moved or deleted while ingesting)") from None
    except IsADirectoryError:
        raise UnreadableInput("is a folder, not a file") from None
    except PermissionError:
        raise UnreadableInput("permission denied") from None


def check_size(size: int, limit: int) -> None:
    if size > limit:
        raise TooLarge(f"file is {size / 1_000_000:.1f} MB; an input is at most {limit / 1_000_000:g} MB "
                       "(split it into articles)")


def sniff(data: bytes) -> str:
    """The extension of the reader for bytes of unknown kind (standard input)."""
    head = data[:500].lstrip().lower()
    if head.startswith(b"<?xml") and (b"<rss" in data[:2000].lower() or b"<feed" in data[:2000].lower()):
        return ".xml"
    if head.startswith((b"<rss", b"<feed")):
        return ".xml"
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in data[:5000].lower():
        return ".html"
    return ".txt"


def decode(data: bytes) -> str:
    """Bytes as text: UTF-8 (with or without BOM), else the encoding charset-normalizer finds."""
    if not data.strip():
        raise NotText("file is empty")
    if b"\x00" in data[:8192] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise NotText("binary file (not text)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = _decode_legacy(data)
    if _control_ratio(text) > MAX_CONTROL_RATIO:
        raise NotText("binary file (not text)")
    if not text.strip():
        raise NotText("file is empty")
    return text


def _decode_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise NotText("not text in any known encoding (save it as UTF-8)")
    return str(best)


# Control characters but for the line breaks, tabs and form feeds of ordinary text.
_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f]")


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    return len(_CONTROL.findall(sample)) / max(len(sample), 1)
