"""What every executor shares: scheduling per-paragraph steps on worker processes,
settling verdicts with the cross-dump count, turning verdicts into removals, and
the run's report. Executors differ only in where texts live and where the corpus
steps combine."""
from __future__ import annotations

import multiprocessing
import os
import re
import shutil
import signal
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Callable, Mapping

import numpy as np

from ..boilerplate import CrossDumpRepeats, key_hash
from ..config import check_engine, config_hash
from ..emit import build_report
from ..emit.records import check_accounted, removal_of
from ..model import Paragraph, Removal, SourceProblem
from ..steps import Batch, Outcome, Step, cut_points, run_steps
from ..version import __version__

Progress = Callable[[str, int, int, int], None]

DEFAULT_ENGINE = {"workers": 0, "chunk_size": 10000, "stream_chunk_size": 2500, "worker_memory_mb": 0}


def engine_settings(engine: Mapping | None) -> dict:
    """The ``[engine]`` table (workers, chunk sizes) with defaults for what is not given;
    a setting of the wrong type or range is a :class:`~pipeline.config.ConfigError`."""
    if engine is not None:
        check_engine(engine)
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


class WorkerOutOfMemory(Exception):
    """A worker process grew past ``[engine] worker_memory_mb`` (or died, most likely
    killed by the system for memory): the run stops, the message names the limit."""


_LIMIT_MB = 0.0  # this worker's [engine] worker_memory_mb, set when it starts


def in_worker(fn: Callable, *args):
    """``fn(*args)`` in a worker: a MemoryError there, or more private memory than the
    limit once it is done (the pool's watch thread catches growth during a task), stops
    the run with a clear message."""
    try:
        out = fn(*args)
    except MemoryError:
        raise WorkerOutOfMemory("a worker process ran out of memory") from None
    used = private_mb(os.getpid()) if _LIMIT_MB else None
    if used is not None and used > _LIMIT_MB:
        raise WorkerOutOfMemory(over_limit(_LIMIT_MB, used))
    return out


def over_limit(memory_mb: float, used: float) -> str:
    return (f"a worker process grew past [engine] worker_memory_mb = {memory_mb:g} ({used:.0f} MB of its own) "
            "and was stopped")


def _run_shared(args: tuple):
    return in_worker(_SHARED, *args)


def _start_worker(parent: int, memory_mb: float) -> None:
    """Worker start-up: end when the process that forked us ends (Linux), so a run killed
    with -9 leaves no workers behind; remember the memory limit."""
    global _LIMIT_MB
    _LIMIT_MB = memory_mb
    # A worker ends on SIGTERM (the pool's shutdown, its parent's death), whatever handler
    # the parent it was forked from set for itself.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: workers end when their queue closes
    if os.getppid() != parent:  # the parent died before the line above ran
        os._exit(1)


def private_mb(pid: int) -> float | None:
    """Memory a process holds for itself (private pages, resident or swapped: what it
    allocated or copied since it was forked, not what it shares with its parent)."""
    try:
        text = Path(f"/proc/{pid}/smaps_rollup").read_text()
    except OSError:
        return None
    kb = 0
    for line in text.splitlines():
        if line.startswith(("Private_Clean:", "Private_Dirty:", "Swap:")):
            kb += int(line.split()[1])
    return kb / 1024


class WorkerPool(ProcessPoolExecutor):
    """Forked worker processes that do not outlive the run. With ``memory_mb``, a thread
    checks each worker's private memory every ``WATCH_SECONDS`` and ends one that grew
    past it: the pool breaks, and :meth:`failure` names the limit. (A cap inside the
    worker, such as RLIMIT_DATA, makes native code fail or spin on allocations.)"""

    WATCH_SECONDS = 0.25

    def __init__(self, workers: int, memory_mb: float = 0):
        super().__init__(workers, mp_context=multiprocessing.get_context("fork"),
                         initializer=_start_worker, initargs=(os.getpid(), float(memory_mb)))
        self.memory_mb = float(memory_mb)
        self.exceeded: tuple[int, float] | None = None
        self._stop = threading.Event()
        if self.memory_mb > 0:
            threading.Thread(target=self._watch, name="worker-memory", daemon=True).start()

    def _watch(self) -> None:
        while not self._stop.wait(self.WATCH_SECONDS):
            for pid in list((getattr(self, "_processes", None) or {}).keys()):
                used = private_mb(pid)
                if used is not None and used > self.memory_mb:
                    self.exceeded = (pid, used)
                    try:
                        os.kill(pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                    return

    def failure(self) -> WorkerOutOfMemory:
        """What a broken pool means for the user."""
        if self.exceeded is not None:
            return WorkerOutOfMemory(over_limit(self.memory_mb, self.exceeded[1]))
        limit = f" (its limit: [engine] worker_memory_mb = {self.memory_mb:g})" if self.memory_mb else ""
        return WorkerOutOfMemory(f"a worker process died, most likely out of memory{limit}")

    def shutdown(self, wait: bool = True, *, cancel_futures: bool = False) -> None:
        self._stop.set()
        super().shutdown(wait, cancel_futures=cancel_futures)


def worker_pool(workers: int, memory_mb: float = 0) -> WorkerPool:
    """Forked worker processes that do not outlive the run, each allowed ``memory_mb``
    megabytes of its own (0: no limit)."""
    return WorkerPool(workers, memory_mb)


def worker_memory(engine: Mapping) -> float:
    """``[engine] worker_memory_mb`` (0: no limit)."""
    return float(engine.get("worker_memory_mb", 0) or 0)


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


def fork_each(fn: Callable, calls: list[tuple], workers: int, memory_mb: float = 0) -> list:
    """``[fn(*args) for args in calls]``, on ``workers`` forked processes when more than one
    (each allowed ``memory_mb`` of private memory; :class:`WorkerOutOfMemory` past it)."""
    global _SHARED
    if workers <= 1 or len(calls) <= 1 or not can_fork():
        return [fn(*args) for args in calls]
    _SHARED = fn
    try:
        with worker_pool(workers, memory_mb) as pool:
            try:
                return list(pool.map(_run_shared, calls))
            except BrokenProcessPool:
                raise pool.failure() from None
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

    parts = fork_each(columns_of, bounds, workers, worker_memory(engine))
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


def in_read_order(paragraphs: list[Paragraph]) -> None:
    """Sort paragraphs by file, in place and stably: the files in input order, each file's
    paragraphs as read, so each page's blocks in page order. That is the order they are
    judged in: a block's context is its neighbours on the page, and a block's source line
    need not grow down the page (text after a block carries the line of the block around
    it). The streaming executor judges its chunks in that order too."""
    paragraphs.sort(key=lambda p: p.source.path)


def input_order(paragraphs: list[Paragraph]) -> list[int]:
    """The positions of ``paragraphs`` (read order) sorted into input order, (path, line,
    element): the order dedup and the outputs take them in, on every executor."""
    return sorted(range(len(paragraphs)), key=lambda n: paragraphs[n].source.key)


def with_texts(paragraphs: list[Paragraph], texts: list[str]) -> list[Paragraph]:
    return [Paragraph(p.raw, p.source, t, p.html) for p, t in zip(paragraphs, texts)]


def finish_report(config: dict, *, files_read: list[str], problems: list[SourceProblem], read: int,
                  accounted: int, dedup_counts: dict[str, int], passages=None, removed=None, tally=None,
                  encodings: dict[str, str] | None = None, steps: list | None = None) -> dict:
    """Check the accounting (every paragraph read is in exactly one place) and build the report.
    ``steps``: the steps that ran, when given in place of the config's list: the report's
    config and its hash name them, so two runs with other steps never share a hash."""
    check_accounted(read, accounted)
    names = [getattr(s, "name", type(s).__name__) for s in steps] if steps is not None else None
    if names is not None and names != list(config["pipeline"]["steps"]):
        config = {**config, "pipeline": {**config["pipeline"], "steps": names}}
    return build_report(version=__version__, config=config, config_hash=config_hash(config),
                        files_read=files_read, problems=problems, paragraphs_read=read,
                        passages=passages, removed=removed, dedup_counts=dedup_counts, tally=tally,
                        encodings=encodings)


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
