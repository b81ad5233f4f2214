"""The live preview's downloads and map data after an edit (generator/mkdocs_serve.py): written in a thread
that the next edit's pages never wait for, one job at a time, the outdated ones skipped, all done before a
full build. A stand-in plugin gives jobs that record that they ran; the first holds until released."""

from __future__ import annotations

import threading

from generator.mkdocs_serve import LivePreview


class Plugin:
    """What LivePreview asks of the kb plugin for the site data: one job per update."""

    def __init__(self) -> None:
        self.release = threading.Event()
        self.asked = 0
        self.ran: list[int] = []

    def finish_patch(self, config):
        self.asked += 1
        number = self.asked

        def job() -> None:
            if number == 1:
                assert self.release.wait(120), "the first job was never released"
            self.ran.append(number)
        return job


def test_the_next_update_does_not_wait_for_the_last_ones_site_data_and_outdated_jobs_are_skipped() -> None:
    plugin = Plugin()
    live = LivePreview(plugin, full_build=lambda config: None)
    live._after()  # the first edit's job: still running (held)
    live._after()  # the second edit's: replaced by the third before it could start
    live._after()  # the third edit's
    assert plugin.asked == 3 and plugin.ran == []  # no update waited for the held job
    plugin.release.set()
    live.wait_for_site_data()
    assert plugin.ran == [1, 3]


def test_a_full_build_starts_once_the_site_data_of_every_update_is_written() -> None:
    plugin = Plugin()
    seen: list[list[int]] = []
    live = LivePreview(plugin, full_build=lambda config: seen.append(list(plugin.ran)))
    live._after()
    live._after()
    threading.Thread(target=plugin.release.set).start()
    live(config={"site_dir": "site"})  # a configuration given: MkDocs asks for a full build
    assert seen == [[1, 2]]
    assert live.after is None
