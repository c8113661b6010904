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
from ..boilerplate import BoilerplateClassifier, Judgement, verdicts_from
from ..config import config_hash
from ..dedup import deduplicate, exact_key
from ..emit import build_report
from ..ingest import IngestResult, discover_inputs, ingest_file, ingest_text
from ..model import Paragraph, Removal, Signal, Verdict
from ..normalise import TextCleaner
from . import CorpusResult

Progress = Callable[[str, int, int, int], None]


def format_signals(signals: tuple[Signal, ...]) -> tuple[str, ...]:
    """Evidence as the removal audit lists it: ``name(+weight)``."""
    return tuple(f"{s.name}({s.weight:+g})" for s in signals)


def split_verdicts(verdicts: list[Verdict]) -> tuple[list[Paragraph], list[Removal]]:
    """Kept paragraphs, and removals for boilerplate and for paragraphs that cleaned to nothing."""
    kept: list[Paragraph] = []
    removed: list[Removal] = []
    for v in verdicts:
        p = v.paragraph
        if v.is_boilerplate:
            removed.append(
                Removal(p.source, p.raw, "boilerplate", category=v.category, rule=v.rule,
                        clean=p.text, score=v.score, signals=format_signals(v.signals))
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


# What forked workers read: set just before the pool forks, so the inputs reach
# the workers by inheritance instead of being pickled; only results travel back.
_SHARED: tuple = ()


def _run_shared(bounds: tuple[int, int]) -> list:
    fn, items, config = _SHARED
    return fn(items[bounds[0] : bounds[1]], config)


def fork_map(fn, items: list, config: dict, workers: int) -> list:
    """``fn(items, config)`` over chunks of ``items`` in forked worker processes, joined in order.

    ``fn`` must return one result per item. With one worker (or no fork on this
    platform) it runs here.
    """
    global _SHARED
    if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return fn(items, config)
    parts = workers * 4
    size = -(-len(items) // parts)
    bounds = [(a, min(a + size, len(items))) for a in range(0, len(items), size)]
    _SHARED = (fn, items, config)
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            return [x for part in pool.map(_run_shared, bounds) for x in part]
    finally:
        _SHARED = ()


def _clean_texts(raws: list[str], config: dict) -> list[str | None]:
    """Cleaned text per raw line; None where cleaning changes nothing (the raw string is reused)."""
    cleaner = TextCleaner(config)
    out: list[str | None] = []
    for raw in raws:
        text = cleaner.clean(raw)
        out.append(None if text == raw else text)
    return out


def _judge_texts(texts: list[str], config: dict) -> list[Judgement | None]:
    """Judgements per text; None for a long text with no categorised evidence (it is kept
    whatever its count), which keeps what travels back between processes small."""
    classifier = BoilerplateClassifier(config)
    out: list[Judgement | None] = []
    for text in texts:
        judgement = classifier.judge(text)
        out.append(judgement if judgement.short_key is not None or judgement.could_be_boilerplate() else None)
    return out


def _exact_keys(texts: list[str], config: dict) -> list[str]:
    return [exact_key(t) for t in texts]


def dedup_all(paragraphs: list[Paragraph], config: dict):
    """The dedup stage; the exact keys (a regex over every paragraph) are made on all cores."""
    keys = fork_map(_exact_keys, [p.text for p in paragraphs], config, workers_for(config, len(paragraphs)))
    return deduplicate(paragraphs, config, keys)


def normalise_all(paragraphs: list[Paragraph], config: dict) -> list[Paragraph]:
    """The normalise stage over a whole batch: each distinct line cleaned once, on all cores when large."""
    raws = list(dict.fromkeys(p.raw for p in paragraphs))
    cleaned = fork_map(_clean_texts, raws, config, workers_for(config, len(raws)))
    text_of = {raw: (raw if text is None else text) for raw, text in zip(raws, cleaned)}
    return [Paragraph(p.raw, p.source, text_of[p.raw]) for p in paragraphs]


def classify_all(paragraphs: list[Paragraph], config: dict,
                 dump_counts: dict[str, int] | None = None) -> tuple[list[Paragraph], list[Removal]]:
    """The boilerplate stage over a whole batch: each distinct text is judged once (on all
    cores when many); then repetition across dumps is counted over the batch (unless
    ``dump_counts`` gives it, e.g. over a history) and the verdicts are decided here."""
    classifier = BoilerplateClassifier(config)  # compiled before forking: workers inherit it
    texts = list(dict.fromkeys(p.text for p in paragraphs if p.text))
    judged = fork_map(_judge_texts, texts, config, workers_for(config, len(texts)))
    verdicts = verdicts_from(paragraphs, classifier, dict(zip(texts, judged)), dump_counts)
    return split_verdicts(verdicts)


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
    dedup = timed("dedup", dedup_all, kept, config)
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
