"""The local engine: the stages on one machine, spread over its cores.

Normalisation and boilerplate classification are per-paragraph and stateless,
so large batches are cut into chunks and run in worker processes (forked, so
they start at once); the results are joined in input order, so the output does
not depend on the number of workers. Signatures use all cores through numba
threads. Dedup's clustering pass is sequential by design (input order decides
which copy is canonical).
"""
from __future__ import annotations

import multiprocessing
import os
import time
from concurrent.futures import ProcessPoolExecutor
from typing import Callable, Mapping

from .. import __version__
from ..boilerplate import classify, dumps_per_paragraph
from ..config import config_hash
from ..dedup import deduplicate
from ..emit import build_report
from ..ingest import IngestResult, discover_inputs, ingest_file, ingest_text
from ..model import Paragraph, Removal, Verdict
from ..normalise import normalise
from . import CorpusResult

Progress = Callable[[str, int, int, int], None]


def _format_signals(verdict: Verdict) -> tuple[str, ...]:
    return tuple(f"{s.name}({s.weight:+g})" for s in verdict.signals)


def split_verdicts(verdicts: list[Verdict]) -> tuple[list[Paragraph], list[Removal]]:
    """Kept paragraphs, and removals for boilerplate and for paragraphs that cleaned to nothing."""
    kept: list[Paragraph] = []
    removed: list[Removal] = []
    for v in verdicts:
        p = v.paragraph
        if v.is_boilerplate:
            removed.append(
                Removal(p.source, p.raw, "boilerplate", category=v.category, rule=v.rule,
                        clean=p.text, score=v.score, signals=_format_signals(v))
            )
        elif not p.text:
            removed.append(Removal(p.source, p.raw, "empty", rule="nothing-left-after-normalise", clean=""))
        else:
            kept.append(p)
    return kept, removed


def ingest_all(
    inputs: list[str] | None, texts: Mapping[str, str] | None, config: dict, progress: Progress | None = None
) -> IngestResult:
    result = IngestResult()
    if texts is not None:
        for name in sorted(texts):
            result.extend(ingest_text(name, texts[name], config))
    if inputs:
        paths, problems = discover_inputs([str(i) for i in inputs], config)
        result.problems.extend(problems)
        done_bytes = 0
        for n, path in enumerate(paths, start=1):
            result.extend(ingest_file(path, config))
            if progress is not None:
                try:
                    done_bytes += os.path.getsize(path)
                except OSError:
                    pass
                progress("ingest", n, len(paths), done_bytes)
    result.paragraphs.sort(key=lambda p: p.source.key)
    return result


def workers_for(config: dict, items: int) -> int:
    """How many processes a stage over ``items`` paragraphs should use (1 = in this process)."""
    engine = config.get("engine", {})
    wanted = int(engine.get("workers", 0)) or os.cpu_count() or 1
    chunk = int(engine.get("chunk_size", 10000))
    return max(1, min(wanted, items // chunk))


def _normalise_chunk(args: tuple[list[Paragraph], dict]) -> list[Paragraph]:
    paragraphs, config = args
    return normalise(paragraphs, config)


def _classify_chunk(args: tuple[list[Paragraph], dict, dict[str, int]]) -> tuple[list[Paragraph], list[Removal]]:
    paragraphs, config, counts = args
    return split_verdicts(classify(paragraphs, config, counts))


def _parallel(fn, chunks: list, workers: int) -> list:
    if workers <= 1 or len(chunks) <= 1:
        return [fn(c) for c in chunks]
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        return list(pool.map(fn, chunks))


def _split(items: list, parts: int) -> list[list]:
    size = -(-len(items) // parts) if items else 1
    return [items[i : i + size] for i in range(0, len(items), size)] or [[]]


def normalise_all(paragraphs: list[Paragraph], config: dict) -> list[Paragraph]:
    """The normalise stage over a whole batch, on all cores when it is large."""
    workers = workers_for(config, len(paragraphs))
    chunks = _split(paragraphs, workers * 4 if workers > 1 else 1)
    return [p for part in _parallel(_normalise_chunk, [(c, config) for c in chunks], workers) for p in part]


def classify_all(paragraphs: list[Paragraph], config: dict,
                 dump_counts: dict[str, int] | None = None) -> tuple[list[Paragraph], list[Removal]]:
    """The boilerplate stage over a whole batch: repetition across dumps is counted
    over the batch (unless ``dump_counts`` gives it, e.g. over a history), then
    paragraphs are judged in chunks, on all cores when large."""
    counts = dump_counts
    if counts is None:
        max_words = int(config["boilerplate"]["signals"]["cross_dump_repeat"]["max_words"])
        counts = dumps_per_paragraph(paragraphs, max_words)
    repeated = {k: v for k, v in counts.items() if v > 1}
    workers = workers_for(config, len(paragraphs))
    chunks = _split(paragraphs, workers * 4 if workers > 1 else 1)
    kept: list[Paragraph] = []
    removed: list[Removal] = []
    for part_kept, part_removed in _parallel(_classify_chunk, [(c, config, repeated) for c in chunks], workers):
        kept.extend(part_kept)
        removed.extend(part_removed)
    return kept, removed


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


def run(
    inputs: list[str] | None = None,
    texts: Mapping[str, str] | None = None,
    *,
    config: dict,
    progress: Progress | None = None,
    timings: dict | None = None,
) -> CorpusResult:
    """Run ingest -> normalise -> boilerplate -> dedup over files/folders and/or in-memory texts.

    ``timings``, when given, receives the seconds spent in each stage.
    """
    timed = StageTimer(timings)
    ingested = timed("ingest", ingest_all, inputs, texts, config, progress)
    read = len(ingested.paragraphs) + len(ingested.removed)
    paragraphs = timed("normalise", normalise_all, ingested.paragraphs, config)
    ingested.paragraphs = []  # the normalised copies replace them; keep one set in memory
    kept, removed = timed("boilerplate", classify_all, paragraphs, config)
    del paragraphs
    dedup = timed("dedup", deduplicate, kept, config)
    del kept
    removed = sorted(ingested.removed + removed + dedup.removed, key=lambda r: r.source.key)
    accounted = len(dedup.passages) + len(removed)
    if accounted != read:  # the contract: every paragraph lands in exactly one place
        raise RuntimeError(f"internal error: {read} paragraphs read but {accounted} accounted for")
    report = build_report(
        version=__version__,
        config=config,
        config_hash=config_hash(config),
        files_read=ingested.files_read,
        problems=ingested.problems,
        paragraphs_read=read,
        passages=dedup.passages,
        removed=removed,
        dedup_counts={"exact": dedup.exact, "near": dedup.near, "truncated": dedup.truncated},
    )
    return CorpusResult(dedup.passages, removed, ingested.problems, report)
