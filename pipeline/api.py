"""The library's front door: one call for the whole pipeline, and the stages themselves.

>>> import pipeline
>>> result = pipeline.clean_corpus(texts={"a.txt": "Hip pain is common.\\n×\\nHip pain is common.\\n"})
>>> [p.text for p in result.passages], [r.reason for r in result.removed]
(['Hip pain is common.'], ['boilerplate', 'duplicate'])
"""
from __future__ import annotations

from pathlib import Path
from typing import Mapping

from .config import load_config
from .emit import write_outputs
from .engines import CorpusResult
from .engines import batch, local, streaming


def resolve_config(config: dict | str | Path | None) -> dict:
    """A config dict as given, or loaded from a TOML path, or the default when None."""
    if isinstance(config, dict):
        return config
    return load_config(config)


def clean_corpus(
    inputs: list[str | Path] | str | Path | None = None,
    *,
    texts: Mapping[str, str] | None = None,
    config: dict | str | Path | None = None,
    out_dir: str | Path | None = None,
    progress=None,
) -> CorpusResult:
    """Clean and deduplicate dumps given as paths (files or folders) and/or in-memory ``texts``
    (name -> content). Writes the output contract to ``out_dir`` when given."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    cfg = resolve_config(config)
    result = local.run([str(i) for i in inputs or []], texts, config=cfg, progress=progress)
    if out_dir is not None:
        write_outputs(out_dir, result.passages, result.removed, result.report)
    return result


def write_corpus(
    inputs: list[str | Path] | str | Path | None = None,
    *,
    out_dir: str | Path,
    texts: Mapping[str, str] | None = None,
    config: dict | str | Path | None = None,
    progress=None,
    timings: dict | None = None,
) -> CorpusResult:
    """:func:`clean_corpus` for corpora of any size: writes the same three files into
    ``out_dir`` while holding texts on disk, not in memory (about 1 GB per million
    paragraphs instead of 5). The result carries the report and the problems only;
    passages and removals are in the files. ``timings`` receives seconds per stage."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    return streaming.run_to_folder([str(i) for i in inputs or []], texts, out_dir=out_dir,
                                   config=resolve_config(config), progress=progress, timings=timings)


def process_batch(
    inputs: list[str | Path] | str | Path,
    *,
    state: str | Path,
    out_dir: str | Path,
    config: dict | str | Path | None = None,
    state_config: dict | None = None,
    rebuild_state: bool = False,
) -> batch.BatchOutcome:
    """Incremental run: the dumps under ``inputs`` not yet in ``state`` become a new batch
    folder under ``out_dir`` (docs/batch-job.md)."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    return batch.run_batch([str(i) for i in inputs], state_path=state, corpus_dir=out_dir,
                           config=resolve_config(config), state_config=state_config, rebuild_state=rebuild_state)


def export_corpus(state: str | Path, out_file: str | Path) -> int:
    """Write the whole corpus held in ``state`` as one passages.jsonl; returns the passage count."""
    return batch.export(state, out_file)


def show_passage(state: str | Path, passage_id: str) -> list[str] | None:
    """Printable lines for one stored passage and all its occurrences (None if unknown)."""
    return batch.show(state, passage_id)
