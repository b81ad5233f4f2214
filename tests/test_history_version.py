"""The dataset's version on the Data page (records/history.py `History.version`): the day of the newest
change among committed days, the stamped modification times of uncommitted files, and files stamped by none."""

from __future__ import annotations

import datetime as dt
import os

from generator.records.history import History

DAY_NS = 86_400 * 1_000_000_000


def test_the_newest_day_of_committed_stamped_and_unstamped_files(tmp_path):
    unstamped = tmp_path / "places/p.yaml"
    unstamped.parent.mkdir()
    unstamped.write_text("id: p\n", encoding="utf-8")
    os.utime(unstamped, (DAY_NS // 1_000_000_000 * 3, DAY_NS // 1_000_000_000 * 3))  # 4 January 1970
    history = History(last_changed={"events/a.yaml": dt.date(1970, 1, 2)}, commit="abc1234",
                      mtimes={"events/b.yaml": 2 * DAY_NS + 5, "events/c.yaml": DAY_NS})
    assert history.version(tmp_path, ["events/a.yaml", "events/b.yaml", "events/c.yaml"]) == "1970-01-03 (abc1234)"
    assert history.version(tmp_path, ["events/a.yaml", "events/c.yaml"]) == "1970-01-02 (abc1234)"
    assert history.version(tmp_path, ["events/c.yaml", "places/p.yaml"]) == "1970-01-04 (abc1234)"
    assert history.version(tmp_path, ["events/c.yaml"]) == "1970-01-02 (abc1234)"
    assert History().version(tmp_path, []) == ""
