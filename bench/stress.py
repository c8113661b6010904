"""Hostile inputs and hostile machines, full size: ``make stress``.

Each case builds its input in a scratch folder, runs ``clean-corpus`` in a child
process (with a deadline: a hang is a failure, not a stuck harness) and checks what a
user must see: the exit status, the one-line message naming the file or setting,
the other inputs processed, nothing lost, no stray files or processes. The table
gives, per case, what is expected, what was observed, the wall time and the peak
memory of the run (largest resident set among its processes). ``make test`` runs
the same cases at small sizes (tests/ingest, tests/executors, tests/state,
tests/test_patterns.py); this runs them at the sizes that hurt: a 1 GB gzip bomb,
a page nested 100,000 elements deep, a million elements, a 50 MB line, kill -9 at
many moments of a batch job, a full disk.

    python -m bench.stress [--only NAME ...] [--workdir build/stress] [--json FILE]

Exit status 1 when any case fails. Cases that need what the machine does not allow
(mounting a tmpfs, an unprivileged user) report ``not run`` with the reason.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import signal
import site
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Rest, ice and gentle movement help a sprained ankle heal within a few weeks.\n"
DEADLINE = 300  # seconds any one run may take before it counts as a hang

# Run one command and report its exit status and the peak RSS of it and its descendants
# (RUSAGE_CHILDREN covers every waited-for descendant: the CLI's workers too).
_WRAPPER = """
import json, resource, subprocess, sys
code = subprocess.call(sys.argv[2:])
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
open(sys.argv[1], "w").write(json.dumps([code, peak]))
"""


@dataclass
class Run:
    code: int | None  # None: killed at the deadline
    stdout: str
    stderr: str
    seconds: float
    peak_mb: float


@dataclass
class Outcome:
    expected: str
    observed: str
    ok: bool | None  # None: not run here
    seconds: float = 0.0
    peak_mb: float = 0.0


class Case:
    """Scratch folder and measured CLI runs for one case."""

    def __init__(self, work: Path):
        self.work = work
        self.orphans = 0
        self.seconds = 0.0
        self.peak_mb = 0.0

    def path(self, *parts: str) -> Path:
        p = self.work.joinpath(*parts)
        p.parent.mkdir(parents=True, exist_ok=True)
        return p

    def cli(self, *args: str, env: dict | None = None, deadline: float = DEADLINE,
            user: int | None = None, kill_after: float | None = None) -> Run:
        """``clean-corpus ARGS`` in a child process (as ``user`` via setpriv when given);
        ``kill_after``: SIGKILL the whole process group after that many seconds."""
        stats = self.work / f".stats-{time.monotonic_ns()}"
        python, path = sys.executable, str(ROOT)
        if user is not None:
            python = _python_for(user)
            path = os.pathsep.join([str(ROOT), *site.getsitepackages()])
        cmd = [python, "-c", _WRAPPER, str(stats), python, "-m", "pipeline", *args]
        if user is not None:
            cmd = [*_as_user(user), *cmd]
        full_env = {**os.environ, "PYTHONPATH": path, **(env or {})}
        start = time.monotonic()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env=full_env, cwd=self.work, start_new_session=True)
        limit = deadline if kill_after is None else kill_after
        self.orphans = 0
        try:
            out, err = proc.communicate(timeout=limit)
            code = proc.returncode
        except subprocess.TimeoutExpired:
            if kill_after is not None:
                # kill -9 the CLI alone, as a user would: its workers must end with it
                for child in _children(proc.pid):
                    os.kill(child, signal.SIGKILL)
                time.sleep(1.0)
                self.orphans = sum(1 for pid in _group(proc.pid) if pid != proc.pid)
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            code = None
        seconds = time.monotonic() - start
        self.seconds += seconds
        peak_kb = 0
        if stats.exists():
            inner, peak_kb = json.loads(stats.read_text())
            stats.unlink()
            code = inner if code is not None else None
            self.peak_mb = max(self.peak_mb, peak_kb / 1024)
        return Run(code, out, err, seconds, peak_kb / 1024 if code is not None else 0.0)

    def good_file(self, name: str = "in/good.txt") -> Path:
        p = self.path(name)
        p.write_text(GOOD, encoding="utf-8")
        return p


NOBODY = 65534


def _as_user(user: int) -> list[str]:
    # setpriv drops root's rights and capabilities; the program starts through env, as a
    # plain exec by that user (setpriv's own exec can reach what the user cannot).
    return ["setpriv", f"--reuid={user}", f"--regid={user}", "--clear-groups", "--inh-caps=-all",
            "--bounding-set=-all", "env"]


def _python_for(user: int) -> str | None:
    """A Python of this version that ``user`` may run, with this environment's packages
    (a venv's interpreter often lives under root's home, closed to others), or None."""
    if os.geteuid() != 0 or shutil.which("setpriv") is None:
        return None
    path = os.pathsep.join([str(ROOT), *site.getsitepackages()])
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for python in (sys.executable, shutil.which(version) or "", f"/usr/bin/{version}", "/usr/bin/python3"):
        if python and subprocess.run([*_as_user(user), python,
                                      "-c", "import sys, pipeline; sys.exit(sys.version_info[:2] != "
                                      f"{tuple(sys.version_info[:2])})"],
                                     env={**os.environ, "PYTHONPATH": path}, cwd="/",
                                     capture_output=True).returncode == 0:
            return python
    return None


def _children(pid: int) -> list[int]:
    try:
        return [int(x) for x in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _group(pgid: int) -> list[int]:
    """Live (not zombie) processes of process group ``pgid``."""
    found = []
    for pid in os.listdir("/proc"):
        if pid.isdigit():
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                found.append(int(pid))
    return found


def _lines(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()] if path.exists() else []


def _kept(out: Path) -> set[str]:
    return {p["text"] for p in _lines(out / "passages.jsonl")}


def _first_line(text: str) -> str:
    """The message a user reads: the tool's own line, else click's ``Error:``, else the first."""
    lines = [x for x in text.strip().splitlines() if x.strip()]
    said = [x for x in lines if x.startswith(("clean-corpus:", "Error:", "Traceback"))]
    return (said or lines or ["(nothing on stderr)"])[0][:150]


def _no_traceback(run: Run) -> bool:
    return "Traceback" not in run.stderr and "Traceback" not in run.stdout


def _problem_case(c: Case, make_input, kind: str, expect_code: int = 0) -> Outcome:
    """One bad input beside a good file: the bad one named with ``kind`` (or one of
    ``a/b``), the good one kept."""
    c.good_file()
    name = make_input(c)
    run = c.cli("run", "in", "--out", "out", "--quiet")
    report = json.loads((c.work / "out" / "report.json").read_text()) if (c.work / "out" / "report.json").exists() else {}
    kinds = {p.get("kind") for p in report.get("files", {}).get("problems", [])}
    ok = (run.code == expect_code and kinds & set(kind.split("/")) and GOOD.strip() in _kept(c.work / "out")
          and name in run.stderr and _no_traceback(run))
    return Outcome(f"exit {expect_code}, {kind} naming {name}, good file kept",
                   f"exit {run.code}: {_first_line(run.stderr)}", ok)


# ---- the cases ----------------------------------------------------------------------

def gzip_bomb_text(c: Case) -> Outcome:
    def make(c: Case) -> str:
        with gzip.open(c.path("in", "bomb.txt.gz"), "wb", compresslevel=9) as f:
            block = b"short line\n" * 100_000
            for _ in range(1024**3 // len(block)):
                f.write(block)
        return "bomb.txt.gz"
    return _problem_case(c, make, "oversize")


def gzip_bomb_nul(c: Case) -> Outcome:
    def make(c: Case) -> str:
        with gzip.open(c.path("in", "nul.txt.gz"), "wb", compresslevel=9) as f:
            block = b"\0" * 2**20
            for _ in range(1024):
                f.write(block)
        return "nul.txt.gz"
    return _problem_case(c, make, "binary/oversize")  # whichever check reads it first


def html_deep(c: Case) -> Outcome:
    def make(c: Case) -> str:
        c.path("in", "deep.html").write_text("<html><body>" + "<div>" * 100_000 + "text" + "</div>" * 100_000
                                             + "</body></html>", encoding="utf-8")
        return "deep.html"
    return _problem_case(c, make, "oversize")


def html_wide(c: Case) -> Outcome:
    def make(c: Case) -> str:
        c.path("in", "wide.html").write_text("<html><body>" + "<span>x</span>" * 1_000_000 + "</body></html>",
                                             encoding="utf-8")
        return "wide.html"
    return _problem_case(c, make, "oversize")


def long_line(c: Case) -> Outcome:
    c.good_file()
    c.path("in", "long.txt").write_text("word " * 10_000_000 + "\n" + GOOD, encoding="utf-8")
    run = c.cli("run", "in", "--out", "out", "--quiet")
    removed = _lines(c.work / "out" / "removed.jsonl")
    oversize = [r for r in removed if r["reason"] == "oversize"]
    ok = run.code == 0 and len(oversize) == 1 and oversize[0]["source"]["path"].endswith("long.txt") \
        and GOOD.strip() in _kept(c.work / "out") and _no_traceback(run)
    return Outcome("exit 0, the 50 MB line audited as oversize, the rest kept",
                   f"exit {run.code}, {len(oversize)} oversize", ok)


def symlink_loop(c: Case) -> Outcome:
    def make(c: Case) -> str:
        c.path("in", "loop", "x").parent.mkdir(parents=True, exist_ok=True)
        os.symlink("..", c.work / "in" / "loop" / "back")
        return "back"
    return _problem_case(c, make, "symlink-loop")


def outside_link(c: Case) -> Outcome:
    def make(c: Case) -> str:
        c.path("elsewhere", "secret.txt").write_text("A private note that is not part of the input.\n")
        os.symlink(c.work / "elsewhere" / "secret.txt", c.work / "in" / "link.txt")
        return "link.txt"
    outcome = _problem_case(c, make, "outside-link")
    leaked = "A private note that is not part of the input." in _kept(c.work / "out")
    outcome.ok = outcome.ok and not leaked
    return outcome


def non_utf8_name(c: Case) -> Outcome:
    c.good_file()
    name = os.fsencode(c.work / "in") + b"/caf\xe9.txt"
    with open(name, "wb") as f:
        f.write("Ice packs ease swelling in the first two days after a knee injury.\n".encode())
    run = c.cli("run", "in", "--out", "out", "--quiet")
    kept = _kept(c.work / "out")
    ok = run.code == 0 and len(kept) == 2 and _no_traceback(run)
    return Outcome("exit 0, both files read", f"exit {run.code}, {len(kept)} passages", ok)


def unreadable_folder(c: Case) -> Outcome:
    if _python_for(NOBODY) is None:
        return Outcome("'unreadable' named", "not run: needs root, setpriv and a Python an ordinary user can run",
                       None)
    c.good_file()
    c.path("in", "locked", "x.txt").write_text(GOOD)
    os.chmod(c.work / "in" / "locked", 0)
    for p in (c.work, c.work / "in"):
        os.chmod(p, 0o777)
    run = c.cli("run", "in", "--out", "out", "--quiet", user=NOBODY, env={"HOME": "/nonexistent"})
    ok = run.code == 0 and "unreadable" in run.stderr and "locked" in run.stderr and _no_traceback(run)
    return Outcome("exit 0, 'unreadable' naming locked/", f"exit {run.code}: {_first_line(run.stderr)}", ok)


def no_writable_home(c: Case) -> Outcome:
    """No cache folder can be made (numba's, the rule database's): the run needs none."""
    c.good_file()
    env = {"HOME": "/dev/null", "NUMBA_CACHE_DIR": "/dev/null/numba", "XDG_CACHE_HOME": "/dev/null/cache"}
    from bench.corpus import generate, write

    write(generate(2000, seed=5), c.work / "in")  # enough for the dedup kernels to run
    run = c.cli("run", "in", "--out", "out", "--quiet", env=env)
    ok = run.code == 0 and GOOD.strip() in _kept(c.work / "out") and _no_traceback(run)
    return Outcome("exit 0 with HOME and cache folders unwritable", f"exit {run.code}: "
                   f"{_first_line(run.stderr) if run.stderr.strip() else 'nothing on stderr'}", ok)


def config_wrong_type(c: Case) -> Outcome:
    c.good_file()
    c.path("bad.toml").write_text('[dedup]\nnum_perm = "many"\n')
    run = c.cli("run", "in", "--out", "out", "--config", "bad.toml")
    ok = run.code == 2 and "num_perm" in run.stderr and _no_traceback(run)
    return Outcome("exit 2 naming dedup.num_perm", f"exit {run.code}: {_first_line(run.stderr)}", ok)


def read_only_state(c: Case) -> Outcome:
    c.good_file()
    first = c.cli("run", "in", "--out", "corpus", "--state", "state.db", "--quiet")
    os.chmod(c.work / "state.db", 0o444)
    c.path("in", "new.txt").write_text("Heat can soothe stiff muscles once the swelling has gone down.\n")
    run = c.cli("run", "in", "--out", "corpus", "--state", "state.db", "--quiet")
    ok = first.code == 0 and run.code == 2 and "state.db" in run.stderr and _no_traceback(run)
    return Outcome("exit 2 naming state.db", f"exit {run.code}: {_first_line(run.stderr)}", ok)


def disk_full(c: Case) -> Outcome:
    mount = c.work / "small"
    mount.mkdir()
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], check=True,
                       capture_output=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        return Outcome("exit 4 naming the file and 'No space left'", f"not run: cannot mount a tmpfs ({exc})",
                       None)
    try:
        from bench.corpus import generate, write

        write(generate(5000, seed=3), c.work / "in")
        run = c.cli("run", "in", "--out", str(mount / "out"), "--quiet")
        ok = run.code == 4 and "No space left" in run.stderr and str(mount) in run.stderr and _no_traceback(run)
        return Outcome("exit 4 naming the file and 'No space left'", f"exit {run.code}: {_first_line(run.stderr)}", ok)
    finally:
        subprocess.run(["umount", str(mount)], capture_output=True)


def output_inside_input(c: Case) -> Outcome:
    c.good_file()
    first = c.cli("run", "in", "--out", "in/out", "--quiet")
    second = c.cli("run", "in", "--out", "in/out", "--quiet")
    report = json.loads((c.work / "in" / "out" / "report.json").read_text())
    kinds = {p["kind"] for p in report["files"]["problems"]}
    ok = first.code == second.code == 0 and "output-folder" in kinds and report["counts"]["paragraphs_read"] == 1
    return Outcome("second run skips in/out as output-folder, reads 1 paragraph",
                   f"exit {second.code}, problems {sorted(kinds)}, read {report['counts']['paragraphs_read']}", ok)


def _corpus(c: Case, n: int) -> None:
    from bench.corpus import generate, write

    write(generate(n, seed=11), c.work / "in", per_file=n // 4)


def kill_plain_run(c: Case) -> Outcome:
    _corpus(c, 40_000)
    orphans = kills = 0
    for after in (0.5, 1.0, 2.0, 3.0, 4.0, 6.0, 8.0, 10.0):
        run = c.cli("run", "in", "--out", "out", "--quiet", kill_after=after)
        kills += run.code is None
        orphans += c.orphans
    final = c.cli("run", "in", "--out", "out", "--quiet")
    leftovers = [p.name for p in (c.work / "out").iterdir() if p.name.startswith(".")]
    ok = final.code == 0 and not leftovers and orphans == 0 and kills > 0
    return Outcome("kill -9 of the CLI at 8 moments: no worker outlives it, the next run leaves no .spill/.tmp",
                   f"{kills} killed, {orphans} orphans, leftovers {leftovers or 'none'}, exit {final.code}", ok)


def kill_batch_job(c: Case) -> Outcome:
    _corpus(c, 20_000)
    files = sorted((c.work / "in").glob("*.txt"))
    # The reference: the same dumps in the same two runs, never interrupted.
    ref = [c.cli("run", *map(str, files[:2]), "--out", "ref", "--state", "ref.db", "--quiet"),
           c.cli("run", *map(str, files), "--out", "ref", "--state", "ref.db", "--quiet")]
    c.cli("export", "--state", "ref.db", "--out", "ref.jsonl")
    kills = bad = 0
    for after in (0.3, 0.6, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0):
        shutil.rmtree(c.work / "corpus", ignore_errors=True)
        for p in c.work.glob("state.db*"):
            p.unlink()
        c.cli("run", *map(str, files[:2]), "--out", "corpus", "--state", "state.db", "--quiet")
        killed = c.cli("run", *map(str, files), "--out", "corpus", "--state", "state.db", "--quiet",
                       kill_after=after)
        kills += killed.code is None
        rerun = c.cli("run", *map(str, files), "--out", "corpus", "--state", "state.db", "--quiet")
        c.cli("export", "--state", "state.db", "--out", "got.jsonl")
        same = (c.work / "got.jsonl").read_bytes() == (c.work / "ref.jsonl").read_bytes()
        bad += not (rerun.code == 0 and same)
    ok = all(r.code == 0 for r in ref) and bad == 0 and kills > 0
    return Outcome("kill -9 at 11 moments: rerun's corpus equals an uninterrupted run's",
                   f"{kills} runs killed, {bad} reruns differ", ok)


def mistyped_state(c: Case) -> Outcome:
    c.good_file()
    c.cli("run", "in", "--out", "corpus", "--state", "state.db", "--quiet")
    before = sorted(p.name for p in (c.work / "corpus").iterdir())
    c.path("in", "new.txt").write_text("Heat can soothe stiff muscles once the swelling has gone down.\n")
    run = c.cli("run", "in", "--out", "corpus", "--state", "stat.db", "--quiet")
    after = sorted(p.name for p in (c.work / "corpus").iterdir())
    ok = run.code == 2 and before == after and _no_traceback(run)
    return Outcome("exit 2, the corpus folder untouched", f"exit {run.code}: {_first_line(run.stderr)}", ok)


def line_separators(c: Case) -> Outcome:
    c.path("in", "seps.txt").write_text("Rest helps\u2028 a sprain\u2029 heal\u0085 in weeks, doctors say.\n",
                                        encoding="utf-8")
    run = c.cli("run", "in", "--out", "out", "--quiet")
    raw = (c.work / "out" / "passages.jsonl").read_text(encoding="utf-8")
    ok = run.code == 0 and len(raw.splitlines()) == 1 and not any(ch in raw for ch in "\u2028\u2029\u0085")
    return Outcome("passages.jsonl splits into 1 line", f"{len(raw.splitlines())} line(s)", ok)


def deep_jsonl(c: Case) -> Outcome:
    c.path("in", "deep.jsonl").write_text('{"url": "https://example.org/b", "text": ' + "[" * 2000 + "]" * 2000 + "}\n"
                                          + json.dumps({"url": "https://example.org/a", "text": GOOD.strip()}) + "\n", encoding="utf-8")
    run = c.cli("run", "in", "--out", "out", "--quiet")
    ok = run.code == 0 and "deep.jsonl" in run.stderr and GOOD.strip() in _kept(c.work / "out") \
        and _no_traceback(run)
    return Outcome("exit 0, the record named, the next record kept", f"exit {run.code}: {_first_line(run.stderr)}", ok)


def runaway_pattern(c: Case) -> Outcome:
    c.good_file()
    c.path("in", "emoji.txt").write_text("a" * 60 + "! 😀\n", encoding="utf-8")
    c.path("user.toml").write_text("[[boilerplate.rules]]\nname = \"user-rule\"\ncategory = \"site-chrome\"\n"
                                   "weight = 2.0\npattern = '(a|aa)+$'\n"
                                   "[normalise]\nleading_bullets = '^(a+)+$'\n")
    run = c.cli("run", "in", "--out", "out", "--quiet", "--config", "user.toml")
    timeouts = [r for r in _lines(c.work / "out" / "removed.jsonl") if r["reason"] == "timeout"]
    ok = run.code == 0 and len(timeouts) == 1 and GOOD.strip() in _kept(c.work / "out")
    return Outcome("exit 0 within the budget, the line audited as timeout",
                   f"exit {run.code}, {len(timeouts)} timeout ({timeouts[0]['rule'] if timeouts else '-'})", ok)


def builtin_patterns(c: Case) -> Outcome:
    """The built-in patterns on lines made to make a backtracking engine suffer."""
    pieces = ["a", "a ", ". ", "-", " ", "1", "1.", "http://", "@", "×", "( ", "[1]", "Ã©", "&amp;", "•"]
    lines = []
    for piece in pieces:
        body = piece * (90_000 // len(piece))
        lines += [body + "!", body + " 😀", "😀" + body]
    c.path("in", "evil.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    run = c.cli("run", "in", "--out", "out", "--quiet", deadline=600)
    counts = json.loads((c.work / "out" / "report.json").read_text())["counts"] if run.code == 0 else {}
    ok = run.code == 0 and counts.get("paragraphs_read") == len(lines)
    return Outcome(f"{len(lines)} lines of ~90k characters finish", f"exit {run.code} in {run.seconds:.1f} s", ok)


def bad_files(c: Case) -> Outcome:
    c.good_file()
    c.path("in", "binary.txt").write_bytes(bytes(range(256)) * 100)
    c.path("in", "latin1.txt").write_bytes("Caf\xe9 au lait after a run.\n".encode("latin-1"))
    c.path("in", "utf16.txt").write_bytes("Hip pain.\n".encode("utf-16"))
    c.path("in", "empty.txt").write_bytes(b"")
    whole = gzip.compress("".join(f"Hip pain at night, case {n}.\n" for n in range(5000)).encode())
    c.path("in", "corrupt.txt.gz").write_bytes(whole[: len(whole) // 2])
    run = c.cli("run", "in", "--out", "out", "--quiet")
    problems = json.loads((c.work / "out" / "report.json").read_text())["files"]["problems"]
    ok = run.code == 0 and len(problems) == 5 and GOOD.strip() in _kept(c.work / "out") and _no_traceback(run)
    return Outcome("exit 0, 5 files named, good file kept", f"exit {run.code}, {len(problems)} named", ok)


CASES = {
    "gzip-bomb-text": gzip_bomb_text,
    "gzip-bomb-nul": gzip_bomb_nul,
    "html-100k-deep": html_deep,
    "html-1m-elements": html_wide,
    "line-50mb": long_line,
    "bad-files": bad_files,
    "symlink-loop": symlink_loop,
    "outside-link": outside_link,
    "non-utf8-name": non_utf8_name,
    "unreadable-folder": unreadable_folder,
    "no-writable-home": no_writable_home,
    "config-wrong-type": config_wrong_type,
    "read-only-state": read_only_state,
    "disk-full": disk_full,
    "output-inside-input": output_inside_input,
    "kill-9-run": kill_plain_run,
    "kill-9-batch-job": kill_batch_job,
    "line-separators": line_separators,
    "jsonl-2000-deep": deep_jsonl,
    "runaway-pattern": runaway_pattern,
    "builtin-patterns": builtin_patterns,
    "mistyped-state": mistyped_state,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="*", choices=sorted(CASES), help="run these cases only")
    parser.add_argument("--workdir", default="build/stress")
    parser.add_argument("--json", default="build/stress.json")
    args = parser.parse_args(argv)
    work = Path(args.workdir).resolve()
    shutil.rmtree(work, ignore_errors=True)
    rows = []
    print("| case | expected | observed | result | time s | peak MB |")
    print("| --- | --- | --- | --- | ---: | ---: |")
    for name in args.only or CASES:
        c = Case(work / name)
        c.work.mkdir(parents=True)
        try:
            outcome = CASES[name](c)
        except Exception as exc:  # the harness itself failed: a failed case, named
            outcome = Outcome("-", f"harness error: {type(exc).__name__}: {exc}", False)
        outcome.seconds, outcome.peak_mb = c.seconds, c.peak_mb
        result = "not run" if outcome.ok is None else ("pass" if outcome.ok else "FAIL")
        rows.append({"case": name, **outcome.__dict__, "result": result})
        observed = outcome.observed.replace("|", "/")
        print(f"| {name} | {outcome.expected} | {observed} | {result} | {outcome.seconds:.1f} | "
              f"{outcome.peak_mb:.0f} |", flush=True)
        shutil.rmtree(c.work, ignore_errors=True)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(rows, indent=1) + "\n")
    failed = [r["case"] for r in rows if r["result"] == "FAIL"]
    print(f"\n{len(rows) - len(failed)} of {len(rows)} cases pass or were not run here"
          + (f"; failed: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
