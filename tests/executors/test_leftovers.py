"""A run killed with -9 leaves nothing behind for long: its workers end with it, and the
next run into the same --out removes its spill folder and half-written files."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main

ROOT = Path(__file__).resolve().parents[2]


def running(pid: int) -> bool:
    """Whether ``pid`` is a live process (a zombie waiting for its parent is not)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return False


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_the_next_run_removes_what_a_killed_run_left(tmp_path):
    (tmp_path / "d.txt").write_text("Rest and ice help a sprained ankle heal within a few weeks.\n")
    out = tmp_path / "out"
    gone = dead_pid()
    (out / f".spill-{gone}-k2j4").mkdir(parents=True)
    (out / f".spill-{gone}-k2j4" / "chunk-0.bin").write_bytes(b"x" * 1000)
    (out / f".passages.jsonl.{gone}.a8f3k2.tmp").write_text("half a record")
    live = out / f".spill-{os.getpid()}-live"  # a run still working: left alone
    live.mkdir()
    res = CliRunner().invoke(main, ["run", str(tmp_path / "d.txt"), "--out", str(out), "--quiet"])
    assert res.exit_code == 0, res.output
    assert sorted(p.name for p in out.iterdir()) == sorted(
        ["passages.jsonl", "removed.jsonl", "report.json", live.name])


SCRIPT = textwrap.dedent("""
    import os, sys, time
    from pipeline.executors.common import fork_each

    def work(n):
        open(os.path.join(sys.argv[1], f"worker-{os.getpid()}"), "w").close()
        time.sleep(60)

    fork_each(work, [(0,), (1,)], 2)
""")


def test_workers_end_when_their_run_is_killed(tmp_path):
    run = subprocess.Popen([sys.executable, "-c", SCRIPT, str(tmp_path)], cwd=ROOT)
    try:
        deadline = time.monotonic() + 60
        while len(list(tmp_path.glob("worker-*"))) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        workers = [int(p.name.split("-")[1]) for p in tmp_path.glob("worker-*")]
        assert len(workers) == 2
        os.kill(run.pid, signal.SIGKILL)
        run.wait()
        deadline = time.monotonic() + 10
        while any(map(running, workers)) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not any(map(running, workers))
    finally:
        if run.poll() is None:
            run.kill()


def test_a_run_ended_by_sigterm_removes_its_spill_folder_and_keeps_the_earlier_outputs(tmp_path):
    """``timeout``, systemd and schedulers stop a job with SIGTERM: the run unwinds as from
    Ctrl-C (exit 143, one line), its spill folder (twice the input's size) goes with it, and
    the outputs of the run before are left as they were."""
    from bench.corpus import generate

    dumps = tmp_path / "in"
    dumps.mkdir()
    lines = generate(40_000, 3).lines
    for i in range(0, len(lines), 5_000):
        (dumps / f"d{i // 5_000}.txt").write_text("\n".join(lines[i:i + 5_000]) + "\n")
    out = tmp_path / "out"
    out.mkdir()
    earlier = {name: f"an earlier run's {name}\n" for name in ("passages.jsonl", "removed.jsonl", "report.json")}
    for name, text in earlier.items():
        (out / name).write_text(text)
    run = subprocess.Popen([sys.executable, "-m", "pipeline", "run", str(dumps), "--out", str(out), "--quiet"],
                           cwd=ROOT, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while not list(out.glob(".spill-*/*")) and time.monotonic() < deadline and run.poll() is None:
            time.sleep(0.05)
        assert run.poll() is None and list(out.glob(".spill-*")), "the run ended before it spilled"
        os.kill(run.pid, signal.SIGTERM)
        _, stderr = run.communicate(timeout=120)
    finally:
        if run.poll() is None:
            run.kill()
    assert run.returncode == 143, stderr
    assert stderr.splitlines() == ["clean-corpus: terminated; the outputs of earlier runs are left as they were"]
    assert sorted(p.name for p in out.iterdir()) == sorted(earlier)
    assert {name: (out / name).read_text() for name in earlier} == earlier


def test_a_run_in_a_thread_or_in_process_leaves_the_callers_sigterm_handler_alone(tmp_path):
    """Only the main thread may set a signal handler: a program that runs the command in a
    thread of its own gets its run, not a ValueError; and in the main thread the handler the
    caller had is back once the run is over."""
    import threading

    (tmp_path / "d.txt").write_text("Rest and ice help a sprained ankle heal within a few weeks.\n")
    args = ["run", str(tmp_path / "d.txt"), "--out", str(tmp_path / "out"), "--quiet"]
    results = []
    thread = threading.Thread(target=lambda: results.append(CliRunner().invoke(main, args)))
    thread.start()
    thread.join()
    assert results[0].exit_code == 0, results[0].exception

    def callers(signum, frame):
        pass

    before = signal.signal(signal.SIGTERM, callers)
    try:
        assert CliRunner().invoke(main, args).exit_code == 0
        assert signal.getsignal(signal.SIGTERM) is callers
    finally:
        signal.signal(signal.SIGTERM, before)
