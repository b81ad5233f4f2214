"""The records' problems in the server's log (generator/mkdocs_hook.py): a build logs every one of them; a round
of the live preview logs those the last run did not, and counts the rest instead of logging them again."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from generator.errors import Problem
from generator.mkdocs_hook import KbPlugin

BROKEN = Problem(Path("events/a.yaml"), 3, "date", "not a date")
ODD = Problem(Path("actors/people/b.yaml"), 1, "born", "born after the incident", severity="warning")
NEW = Problem(Path("actors/people/c.yaml"), 2, "name", "empty name")


def logged(caplog) -> list[str]:
    lines = [record.getMessage() for record in caplog.records]
    caplog.clear()
    return lines


@pytest.fixture
def served(caplog):
    """The plugin as `mkdocs serve` keeps it (one object for every build and round), its first build logged."""
    caplog.set_level(logging.INFO, logger="mkdocs.plugins.kb")
    plugin = KbPlugin()
    plugin.on_startup(command="serve", dirty=False)
    plugin._log_problems([BROKEN, ODD], every=True)
    assert logged(caplog) == [f"kb: {BROKEN}", f"kb: {ODD}"]
    return plugin


def test_a_round_logs_only_the_problems_the_last_run_did_not(served, caplog):
    served._log_problems([BROKEN, NEW, ODD], every=False)
    assert logged(caplog) == [f"kb: {NEW}", "kb: 2 problems of the records as the last run logged them (not repeated)"]
    served._log_problems([BROKEN, NEW, ODD], every=False)  # the round after: nothing new
    assert logged(caplog) == ["kb: 3 problems of the records as the last run logged them (not repeated)"]


def test_a_mended_problem_is_counted_and_a_problem_back_again_is_logged_again(served, caplog):
    served._log_problems([ODD], every=False)
    assert logged(caplog) == ["kb: 1 problems of the records as the last run logged them (not repeated); "
                              "1 no longer found"]
    served._log_problems([BROKEN, ODD], every=False)
    assert logged(caplog) == [f"kb: {BROKEN}", "kb: 1 problems of the records as the last run logged them (not repeated)"]


def test_an_error_stays_a_warning_for_mkdocs_and_a_full_build_logs_every_problem_again(served, caplog):
    served._log_problems([BROKEN, ODD, NEW], every=True)  # `mkdocs serve --strict` fails a full build on an error
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.WARNING, f"kb: {BROKEN}"), (logging.INFO, f"kb: {ODD}"), (logging.WARNING, f"kb: {NEW}")]


def test_mkdocs_build_logs_every_problem_each_time(caplog):
    caplog.set_level(logging.INFO, logger="mkdocs.plugins.kb")
    plugin = KbPlugin()
    plugin.on_startup(command="build", dirty=False)
    for _ in range(2):
        plugin._log_problems([BROKEN, ODD], every=True)
        assert logged(caplog) == [f"kb: {BROKEN}", f"kb: {ODD}"]
