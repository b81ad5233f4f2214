"""Writes ended at any moment leave no temporary file (records/atomicfile.py)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.records import atomicfile


def ended_right_after_close(monkeypatch: pytest.MonkeyPatch) -> None:
    """`os.close` closes, then ends the write as a signal's handler would when the call returns (how a live
    preview's background job is ended: SIGTERM raised as an exception in the child)."""
    real_close = os.close

    def close_then_end(fd: int) -> None:
        real_close(fd)
        monkeypatch.undo()
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "close", close_then_end)


@pytest.mark.parametrize("write", [
    lambda path: atomicfile.write_if_changed(path, "new text\n"),
    lambda path: atomicfile.write_temporary(path, "new text\n"),
], ids=["write_if_changed", "write_temporary"])
def test_a_write_ended_right_after_its_file_is_closed_leaves_no_temporary_file(tmp_path: Path, monkeypatch,
                                                                               write) -> None:
    target = tmp_path / "page.md"
    target.write_text("old text\n", encoding="utf-8")
    ended_right_after_close(monkeypatch)
    with pytest.raises(KeyboardInterrupt):
        write(target)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.md"]
    assert target.read_text(encoding="utf-8") == "old text\n"
