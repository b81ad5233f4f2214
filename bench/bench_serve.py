"""The edit loop under `mkdocs serve`: how long after saving a record its page and its dependants show it (a script).

    .venv/bin/python bench/bench_serve.py KB_ROOT [--cpus 1] [--port 8123]

Starts `mkdocs serve` (what `make serve` runs, no extra flag) in a knowledge
base such as the one `bench/bench_generate.py --keep DIR` leaves, pinned to
`--cpus` CPUs, and waits for its first build. Then, three times, renames a
person in its YAML file and polls, over HTTP on 127.0.0.1, the person's page,
an incident page naming the person and the people hub until each shows the new
name; prints the seconds from the save to each, the CPU time the server used
meanwhile (from /proc, on Linux), and the server's own report of the update
(its lines about the update, not the records' problems it logs again). Every wait is bounded (`--timeout`); the server is stopped at the end
as Ctrl-C stops it (it writes its state, so a second run on the same folder starts from it).

Each edit is saved `--gap` seconds (default 3) after the last page of the one
before showed it: the first edit has nothing else running in the server, the
next ones come while the previous edit's background job (search index,
downloads, record JSON: minutes at 10,000 incidents) still runs; "jobs done"
counts the jobs the server reported finished ("downloads, map data and feeds
updated") by the save. With `--settle`, each edit waits for the last one's job
instead, so that every edit is one alone.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from bench_generate import pinned  # noqa: E402


def cpu_seconds(pid: int) -> float | None:
    """CPU time (user + system) a process has used so far, from /proc (None elsewhere): on a shared machine
    the wall times grow with the load, the server's CPU time much less."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8", "replace")
    except OSError:
        return ""


def wait_for(predicate, timeout: float, step: float = 0.2) -> float | None:
    """Seconds until `predicate()` holds, or None after `timeout`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if predicate():
            return time.perf_counter() - start
        time.sleep(step)
    return None


def jobs_done(log_path: Path) -> int:
    """How many of the edits' background jobs the server has reported finished."""
    return log_path.read_text(encoding="utf-8").count("downloads, map data and feeds updated")


def incident_naming(root: Path, person: str) -> str:
    for path in sorted((root / "events").rglob("*.yaml")):
        if f'"{person}"' in path.read_text(encoding="utf-8"):
            return path.stem
    raise SystemExit(f"no incident names {person}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("kb", type=Path)
    parser.add_argument("--cpus", type=int, default=1)
    parser.add_argument("--port", type=int, default=8123)
    parser.add_argument("--person", default="person-7")
    parser.add_argument("--edits", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=1800, help="seconds to wait for any one thing")
    parser.add_argument("--gap", type=float, default=3, help="seconds from an edit's last page shown to the next save")
    parser.add_argument("--settle", action="store_true", help="save each edit once the last one's job has finished")
    args = parser.parse_args()
    root = args.kb.resolve()
    log_path = root.parent / "serve.log"
    base = f"http://127.0.0.1:{args.port}/syria-incident-kb/"
    with open(log_path, "w", encoding="utf-8") as log:
        start = time.perf_counter()
        server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{args.port}"],
                                  cwd=root, stdout=log, stderr=subprocess.STDOUT, preexec_fn=pinned(args.cpus),
                                  start_new_session=True)  # its own process group: ended with its background job
        try:
            first = wait_for(lambda: "Serving on" in log_path.read_text(encoding="utf-8"), args.timeout, 1.0)
            print(f"first build: {first:.0f} s" if first is not None else "first build did not finish")
            if first is None:
                return
            incident = incident_naming(root, args.person)
            urls = {"page": f"{base}people/{args.person}/", "incident": f"{base}incidents/{incident}/",
                    "people hub": f"{base}people/"}
            person_file = root / "actors/people" / f"{args.person}.yaml"
            for n in range(args.edits):
                time.sleep(args.gap)
                if args.settle:
                    wait_for(lambda n=n: jobs_done(log_path) >= n, args.timeout, 1.0)
                done = jobs_done(log_path)
                name = f"Renamed Person {n} {int(time.time())}"
                data = json.loads(person_file.read_text(encoding="utf-8"))
                data["name"]["en"] = name
                lines_before = len(log_path.read_text(encoding="utf-8").splitlines())
                person_file.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
                saved, cpu_before = time.perf_counter(), cpu_seconds(server.pid)
                shown = {}
                for what, url in urls.items():
                    waited = wait_for(lambda url=url, name=name: name in fetch(url),
                                      args.timeout - (time.perf_counter() - saved))
                    shown[what] = None if waited is None else time.perf_counter() - saved
                    cpu_now = cpu_seconds(server.pid)
                    if waited is not None and cpu_before is not None and cpu_now is not None:
                        shown[f"{what} (server CPU)"] = cpu_now - cpu_before
                report = [line.strip() for line in log_path.read_text(encoding="utf-8").splitlines()[lines_before:]
                          if any(word in line for word in ("kb: live update", " pages: ", "kb: downloads", "Documentation built"))]
                print(json.dumps({"edit": n + 1, "jobs done": done, **{k: (round(v, 1) if v is not None else None)
                                                    for k, v in shown.items()}, "server": report}, ensure_ascii=False))
            print(f"total {time.perf_counter() - start:.0f} s; server log: {log_path}")
        finally:
            stop(server)


def stop(server: subprocess.Popen) -> None:
    """Stop the server as Ctrl-C does (it writes its state and ends its background job), else its whole group.

    A SIGTERM to the group alone left the background job alive: the server had stopped it (SIGSTOP), and a
    stopped process acts on SIGTERM only once continued; nor did the server write its state for the next one.
    """
    server.send_signal(signal.SIGINT)
    try:
        server.wait(timeout=120)
        return
    except subprocess.TimeoutExpired:
        pass
    os.killpg(server.pid, signal.SIGTERM)
    os.killpg(server.pid, signal.SIGCONT)
    try:
        server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)


if __name__ == "__main__":
    main()
