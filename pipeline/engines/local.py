"""The local engine: every stage in this process, in input order."""
from __future__ import annotations

import os
import time
from typing import Callable, Mapping

from .. import __version__
from ..boilerplate import classify
from ..config import config_hash
from ..dedup import deduplicate
from ..emit import build_report
from ..ingest import IngestResult, discover, ingest_file, ingest_text
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
        paths, problems = discover([str(i) for i in inputs], list(config["ingest"]["text_suffixes"]))
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
    paragraphs = timed("normalise", normalise, ingested.paragraphs, config)
    kept, removed = timed("boilerplate", lambda: split_verdicts(classify(paragraphs, config)))
    dedup = timed("dedup", deduplicate, kept, config)
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
        dedup_counts={"exact": dedup.exact, "near": dedup.near},
    )
    return CorpusResult(dedup.passages, removed, ingested.problems, report)
