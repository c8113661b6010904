"""What every executor shares: scheduling per-paragraph steps on worker processes,
settling verdicts with the cross-dump count, turning verdicts into removals, and
the run's report. Executors differ only in where texts live and where the corpus
steps combine."""
from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Callable, Mapping

import numpy as np

from ..boilerplate import CrossDumpRepeats, key_hash
from ..config import config_hash
from ..emit import build_report
from ..emit.records import check_accounted, removal_of
from ..model import Paragraph, Removal, SourceProblem
from ..steps import Batch, Outcome, Step, cut_points, run_steps
from ..version import __version__

Progress = Callable[[str, int, int, int], None]

DEFAULT_ENGINE = {"workers": 0, "chunk_size": 10000, "stream_chunk_size": 2500}


def engine_settings(engine: Mapping | None) -> dict:
    """The ``[engine]`` table (workers, chunk sizes) with defaults for what is not given."""
    out = dict(DEFAULT_ENGINE)
    out.update(engine or {})
    return out


def worker_count(engine: Mapping) -> int:
    return int(engine.get("workers", 0)) or os.cpu_count() or 1


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


# What forked workers run: set just before the pool forks, so the function and
# the data it reads reach the workers by inheritance, not by pickling; only
# results travel back.
_SHARED: Callable | None = None


def _run_shared(args: tuple):
    return _SHARED(*args)


def _die_with_parent(parent: int) -> None:
    """Worker start-up: end when the process that forked us ends (Linux), so a run killed
    with -9 leaves no workers behind."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: workers end when their queue closes
    if os.getppid() != parent:  # the parent died before the line above ran
        os._exit(1)


def worker_pool(workers: int) -> ProcessPoolExecutor:
    """Forked worker processes that do not outlive the run."""
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                               initializer=_die_with_parent, initargs=(os.getpid(),))


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True


_LEFTOVER = re.compile(r"^\.(?:spill-(\d+)-.*|.+\.(\d+)\.[^.]+\.tmp)$")


def remove_leftovers(out: Path) -> list[str]:
    """Remove what killed runs left in ``out``: spill folders and half-written temporary
    files whose process (its id is in the name) is gone. A live run's are left alone."""
    removed = []
    if not out.is_dir():
        return removed
    for entry in sorted(out.iterdir()):
        m = _LEFTOVER.match(entry.name)
        if not m or pid_alive(int(m.group(1) or m.group(2))):
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        removed.append(entry.name)
    return removed


def fork_each(fn: Callable, calls: list[tuple], workers: int) -> list:
    """``[fn(*args) for args in calls]``, on ``workers`` forked processes when more than one."""
    global _SHARED
    if workers <= 1 or len(calls) <= 1 or not can_fork():
        return [fn(*args) for args in calls]
    _SHARED = fn
    try:
        with worker_pool(workers) as pool:
            return list(pool.map(_run_shared, calls))
    finally:
        _SHARED = None


def prepare(batch: Batch, steps: list[Step], engine: Mapping) -> Batch:
    """Run the per-paragraph steps over ``batch``: in this process when it is small, else
    in chunks cut at page boundaries on worker processes, joined in order (so the
    output does not depend on the number of workers)."""
    wanted = worker_count(engine)
    workers = max(1, min(wanted, len(batch) // int(engine.get("chunk_size", 10000))))
    if workers <= 1 or not can_fork():
        return run_steps(steps, batch)
    cuts = cut_points(batch.page, -(-len(batch) // (workers * 4)))
    bounds = list(zip([0] + cuts[:-1], cuts))

    def columns_of(start: int, stop: int) -> dict[str, list]:
        return run_steps(steps, batch.slice(start, stop)).columns

    parts = fork_each(columns_of, bounds, workers)
    for name in parts[0]:
        batch[name] = [value for part in parts for value in part[name]]
    return batch


def settle(batch: Batch, repeats: CrossDumpRepeats, prior: Mapping[int, int] | None = None) -> list[Outcome | None]:
    """Each paragraph's outcome (None: kept for dedup), its cross-dump count taken over
    ``batch`` (plus ``prior`` counts by key hash, from earlier runs)."""
    judged = batch["judged"]
    hashes = repeats.hashes(judged)
    dump_hashes = np.array([key_hash(path) for path in batch.dumps], dtype=np.uint64)
    dumps = dump_hashes[np.asarray(batch.dump, dtype=np.int64)] if len(batch) else np.empty(0, np.uint64)
    counts = repeats.combine([repeats.local(hashes, dumps)], prior).of(hashes)
    return [repeats.choose(j, n) for j, n in zip(judged, counts.tolist())]


def split_outcomes(paragraphs: list[Paragraph], outcomes: list[Outcome | None]
                   ) -> tuple[list[Paragraph], list[Removal]]:
    """Paragraphs kept for dedup, and the removals of the others."""
    kept: list[Paragraph] = []
    removed: list[Removal] = []
    for p, outcome in zip(paragraphs, outcomes):
        if outcome is None:
            kept.append(p)
        else:
            removed.append(removal_of(p.source, p.raw, p.text, outcome))
    return kept, removed


def with_texts(paragraphs: list[Paragraph], texts: list[str]) -> list[Paragraph]:
    return [Paragraph(p.raw, p.source, t) for p, t in zip(paragraphs, texts)]


def finish_report(config: dict, *, files_read: list[str], problems: list[SourceProblem], read: int,
                  accounted: int, dedup_counts: dict[str, int], passages=None, removed=None, tally=None) -> dict:
    """Check the accounting (every paragraph read is in exactly one place) and build the report."""
    check_accounted(read, accounted)
    return build_report(version=__version__, config=config, config_hash=config_hash(config),
                        files_read=files_read, problems=problems, paragraphs_read=read,
                        passages=passages, removed=removed, dedup_counts=dedup_counts, tally=tally)


class StageTimer:
    """Wall-clock seconds per stage, for benchmarks and progress reports."""

    def __init__(self, sink: dict | None):
        self.sink = sink

    def __call__(self, name: str, fn, *args):
        if self.sink is None:
            return fn(*args)
        started = time.perf_counter()
        out = fn(*args)
        self.sink[name] = self.sink.get(name, 0.0) + time.perf_counter() - started
        return out
