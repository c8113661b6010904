"""The in-memory executor (the library's): every record held in memory and returned.

Ingest reads every source; the per-paragraph steps run over the corpus as one
batch (in page-aligned chunks on worker processes when it is large); the corpus
steps combine in this process: the cross-dump count settles each verdict, and
dedup groups the kept paragraphs. About 5 GB per million paragraphs; the
streaming executor writes the same output in bounded memory.
"""
from __future__ import annotations

from typing import Mapping

from ..boilerplate import CrossDumpRepeats
from ..dedup import deduplicate
from ..ingest import IngestResult, find_sources, read_sources
from ..result import CorpusResult
from ..steps import Batch, Step, build_steps
from .common import (Progress, StageTimer, engine_settings, finish_report, in_read_order, input_order, prepare,
                     settle, split_outcomes, with_texts)


def read_all(inputs: list[str] | None, texts: Mapping[str, str] | None, config: dict,
             progress: Progress | None = None) -> IngestResult:
    """Every source read, paragraphs in read order (:func:`~.common.in_read_order`)."""
    sources, problems = find_sources(inputs, texts, config)
    result = IngestResult(problems=problems)
    for ingested in read_sources(sources, config, progress):
        result.extend(ingested)
    in_read_order(result.paragraphs)
    return result


def run(
    inputs: list[str] | None = None,
    texts: Mapping[str, str] | None = None,
    *,
    config: dict,
    engine: Mapping | None = None,
    steps: list[Step] | None = None,
    progress: Progress | None = None,
    timings: dict | None = None,
) -> CorpusResult:
    """Run every step over files/folders and/or in-memory ``texts`` (name -> content).

    ``steps`` replaces the per-paragraph steps the config names; ``timings``, when
    given, receives the seconds spent in each stage."""
    timed = StageTimer(timings)
    engine = engine_settings(engine)
    steps = build_steps(config) if steps is None else steps
    ingested = timed("ingest", read_all, inputs, texts, config, progress)
    read = len(ingested.paragraphs) + len(ingested.removed)
    batch = timed("prepare", prepare, Batch.of(ingested.paragraphs), steps, engine)
    order = input_order(ingested.paragraphs)  # judged in read order; dedup and the outputs take input order
    cleaned, keys = batch["text"], batch["key"]
    paragraphs = with_texts([ingested.paragraphs[n] for n in order], [cleaned[n] for n in order])
    ingested.paragraphs = []
    outcomes = timed("boilerplate", settle, batch, CrossDumpRepeats(config))
    outcomes = [outcomes[n] for n in order]
    kept_at = [n for n, o in enumerate(outcomes) if o is None]
    kept, removed = split_outcomes(paragraphs, outcomes)
    keys = [keys[n] for n in order]
    del paragraphs, batch
    dedup = timed("dedup", deduplicate, kept, config, [keys[n] for n in kept_at])
    del kept
    removed = sorted(ingested.removed + removed + dedup.removed, key=lambda r: r.source.key)
    report = finish_report(config, steps=steps, files_read=ingested.files_read, problems=ingested.problems, read=read,
                           accounted=len(dedup.passages) + len(removed), dedup_counts=dedup.counts,
                           passages=dedup.passages, removed=removed, encodings=ingested.encodings)
    return CorpusResult(dedup.passages, removed, ingested.problems, report)
