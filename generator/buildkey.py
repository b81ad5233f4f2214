"""What a cache of derived data is keyed by besides its inputs: the package's version and a hash of its code.

A cache (`pages/cache.py`, `records/recordcache.py`) made by another version of the
generator, or by the same version with edited code or templates, is never used.
"""

from __future__ import annotations

import hashlib
import os
from importlib import metadata
from pathlib import Path

CODE = Path(__file__).resolve().parent  # the generator package: its code and templates


def version() -> str:
    try:
        return metadata.version("syria-incident-kb")
    except metadata.PackageNotFoundError:
        return "unknown"


def code_hash() -> str:
    """A hash of every .py and .j2 file of the generator package (a code or template change is a change)."""
    digest = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(CODE):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in sorted(filenames):
            if name.endswith((".py", ".j2")):
                path = os.path.join(dirpath, name)
                digest.update(os.path.relpath(path, CODE).encode())
                with open(path, "rb") as f:
                    digest.update(f.read())
    return digest.hexdigest()
