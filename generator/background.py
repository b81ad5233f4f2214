"""The live preview's background job (search index, downloads, record JSON after an edit) in a forked child process.

Why a child process and not a thread: at 10,000 incidents the job takes minutes of CPU, and in a
thread it shared the server's interpreter, so the next edit's pages waited for it (the GIL) and its
allocations set off collections of the server's whole heap. A fork starts with the records as they
are in memory (nothing pickled or read again), and the operating system can stop it: the server
stops the child (SIGSTOP) while it handles a change, lets it go on (SIGCONT) when nothing changed,
and ends it (SIGTERM) when a newer edit makes its work outdated, so at most one job runs, never
while an edit renders, and the newest edit's job is the one that finishes.

Why not `multiprocessing` or `concurrent.futures`: a process pool pickles the job with its
arguments (26,000 records: seconds of CPU and the memory twice over); `multiprocessing.Process`
with the fork start method forks the same way, but its child leaves through the interpreter's exit
path, which flushes the standard streams whose locks another of the server's threads may have held
at the fork (livereload logs from its own thread), and prints an error as a traceback. Here the
child sends its log lines and its outcome to the server through a pipe, and leaves with `os._exit`.

Ending a job mid-way leaves no half-written file: SIGTERM raises `Superseded` in the child, and
the writers it interrupts (records/atomicfile.py, a temporary file renamed onto the target) remove
their temporary file; a program it runs (Pagefind) is killed by `subprocess.run`.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NoReturn


class Superseded(BaseException):
    """Raised in the child when the server ends its job; a BaseException, so that the job's own
    `except Exception` handlers let it through."""


@dataclass
class _Child:
    pid: int
    reporter: threading.Thread | None = None
    ended: bool = False  # reaped: its pid may belong to another process now
    stopped_by_server: bool = False  # ended because a newer job replaced it, or the server stopped it
    lock: threading.Lock = field(default_factory=threading.Lock)

    def signal(self, number: int) -> None:
        with self.lock:
            if not self.ended:
                os.kill(self.pid, number)


class BackgroundJob:
    """The newest of a series of jobs, each in its own child process; its log lines and outcome go to `log`.

    `what` names what the jobs write, for the messages ("downloads, map data and feeds").
    """

    def __init__(self, log: logging.Logger, what: str) -> None:
        self.log = log
        self.what = what
        self._child: _Child | None = None

    @property
    def running(self) -> bool:
        return self._child is not None and not self._child.ended

    def start(self, job: Callable[[], None]) -> None:
        """Run `job` in a child process, once the one still running is ended (its work is outdated)."""
        self.cancel()
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read_end)
            _run_child(job, write_end, self.log)
        os.close(write_end)
        child = _Child(pid)
        child.reporter = threading.Thread(target=self._report, args=(child, read_end), name="kb-background-job",
                                          daemon=True)
        child.reporter.start()
        self._child = child

    def pause(self) -> None:
        """Stop the running job where it is (it keeps its place and its memory)."""
        if self._child is not None:
            self._child.signal(signal.SIGSTOP)

    def resume(self) -> None:
        if self._child is not None:
            self._child.signal(signal.SIGCONT)

    def cancel(self) -> None:
        """End the running job, if any, and wait until its process is gone."""
        child, self._child = self._child, None
        if child is None:
            return
        child.stopped_by_server = True
        child.signal(signal.SIGTERM)
        child.signal(signal.SIGCONT)  # a stopped process acts on SIGTERM only once it runs again
        self._join(child)

    def wait(self) -> None:
        """Until the running job, if any, has ended by itself."""
        child = self._child
        if child is not None:
            child.signal(signal.SIGCONT)
            self._join(child)

    @staticmethod
    def _join(child: _Child) -> None:
        if child.reporter is not None:
            child.reporter.join()

    def _report(self, child: _Child, read_end: int) -> None:
        """In a thread of the server: relay the child's lines to the log until it exits, then reap it."""
        outcome: dict = {}
        with os.fdopen(read_end, "rb") as pipe:
            for line in pipe:  # the pipe ends when the child's process does
                try:
                    message = json.loads(line)
                except ValueError:
                    continue  # a line cut short by the end of the process
                if "log" in message:
                    self.log.log(message["level"], message["log"])
                else:
                    outcome = message
        with child.lock:
            _, status = os.waitpid(child.pid, 0)
            child.ended = True
        if child.stopped_by_server:
            self.log.info(f"kb: {self.what} of an older version stopped (a newer one is written instead)")
        elif "done" in outcome:
            self.log.info(f"kb: {self.what} updated in {outcome['done']:.1f} s")
        elif "error" in outcome:
            self.log.warning(f"kb: {self.what} not updated ({outcome['error']})")
        else:
            self.log.warning(f"kb: {self.what} not updated (the job's process ended: {_status(status)})")


class _Relay(logging.Handler):
    """In the child: each log line of the job, sent to the server."""

    def __init__(self, send: Callable[[dict], None]) -> None:
        super().__init__()
        self.send = send

    def emit(self, record: logging.LogRecord) -> None:
        self.send({"level": record.levelno, "log": record.getMessage()})


def _run_child(job: Callable[[], None], write_end: int, log: logging.Logger) -> NoReturn:
    """The child's whole life: the job, its lines and outcome sent down the pipe, then `os._exit`."""
    code = 1
    try:
        signal.signal(signal.SIGTERM, _superseded)
        with os.fdopen(write_end, "w", encoding="utf-8") as pipe:
            def send(message: dict) -> None:
                pipe.write(json.dumps(message, ensure_ascii=False) + "\n")
                pipe.flush()
            log.handlers = [_Relay(send)]  # the child's copy of the logger: the server's streams are not its own
            log.propagate = False
            start = time.perf_counter()
            try:
                job()
            except Exception as error:  # noqa: BLE001  (reported as a message; the next job or full build writes the files)
                send({"error": f"{type(error).__name__}: {error}"})
            else:
                send({"done": time.perf_counter() - start})
                code = 0
    finally:
        os._exit(code)  # noqa: B012  (the child leaves here, whatever happened: never through the server's code)


def _superseded(signum: int, frame: object) -> None:
    raise Superseded()


def _status(status: int) -> str:
    if os.WIFSIGNALED(status):
        return f"signal {os.WTERMSIG(status)}"
    return f"exit status {os.waitstatus_to_exitcode(status)}"
