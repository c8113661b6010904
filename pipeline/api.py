"""The library's front door: one call per way of running the pipeline, one result type.

>>> import pipeline
>>> result = pipeline.clean_corpus(texts={"a.txt": "Hip pain is common.\\n×\\nHip pain is common.\\n"})
>>> [p.text for p in result.passages], [r.reason for r in result.removed]
(['Hip pain is common.'], ['boilerplate', 'duplicate'])
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path
from typing import Mapping

from .config import REQUIRED_TABLES, load_config, load_operational, validate
from .emit import write_outputs
from .executors import incremental, memory, streaming
from .result import CorpusResult
from .steps import Step, check_step_list


def resolve_config(config: dict | str | Path | None) -> dict:
    """A whole config dict (from :func:`~pipeline.config.load_config`) as given, checked
    again (a value changed in it since, or a table missing a key, is a ConfigError naming
    it, as in a TOML file); a dict of some tables (``{"dedup": {"threshold": 0.6}}``)
    merged over the default, as a TOML file would be; a TOML path loaded; the default when
    None."""
    if isinstance(config, dict):
        if all(table in config for table in REQUIRED_TABLES):
            validate(config)
            return config
        return load_config(overrides=config)
    if config is not None and not isinstance(config, (str, Path)):
        raise TypeError(f"config must be a dict, a TOML path or None, not {type(config).__name__}")
    return load_config(config)


def _paths(inputs) -> list[str]:
    """Each input path as a string: ``str``, ``bytes`` (decoded as the file system does) or
    any ``os.PathLike``; one path alone, or any iterable of them. Anything else is a
    TypeError naming it: a number or a file object turned into a string would be reported as a
    missing file, which it is not."""
    if isinstance(inputs, (str, bytes, os.PathLike)) or not (inputs is None or isinstance(inputs, Iterable)):
        inputs = [inputs]
    paths = []
    for item in inputs or []:
        if not isinstance(item, (str, bytes, os.PathLike)):
            raise TypeError(f"inputs must be paths (str, bytes or os.PathLike), not {type(item).__name__}")
        paths.append(os.fsdecode(item))
    return paths


def _steps(steps: list[Step] | None) -> list[Step] | None:
    return None if steps is None else check_step_list(steps)


def clean_corpus(
    inputs: list[str | Path] | str | Path | None = None,
    *,
    texts: Mapping[str, str] | None = None,
    config: dict | str | Path | None = None,
    engine: Mapping | None = None,
    steps: list[Step] | None = None,
    out_dir: str | Path | None = None,
    progress=None,
) -> CorpusResult:
    """Clean and deduplicate dumps given as paths (files or folders) and/or in-memory ``texts``
    (name -> content), holding every record in memory. Writes the output contract to
    ``out_dir`` when given, unless no input could be read (a mistyped path): then the
    files of an earlier run there are left as they were, and the result's ``out_dir`` is
    None. ``engine``: the ``[engine]`` settings (workers, chunk sizes); ``steps``:
    per-paragraph steps replacing the config's list (pipeline.steps), checked as that list is
    (normalise, boilerplate and exact-key in it, normalise first, a Filter after boilerplate):
    :class:`pipeline.steps.StepError` names what is wrong before anything runs."""
    result = memory.run(_paths(inputs), texts, config=resolve_config(config), engine=engine, steps=_steps(steps),
                        progress=progress)
    if out_dir is not None and (result.report["files"]["read"] or texts):
        write_outputs(out_dir, result.passages, result.removed, result.report)
        result.out_dir = str(out_dir)
    return result


def write_corpus(
    inputs: list[str | Path] | str | Path | None = None,
    *,
    out_dir: str | Path,
    texts: Mapping[str, str] | None = None,
    config: dict | str | Path | None = None,
    engine: Mapping | None = None,
    steps: list[Step] | None = None,
    progress=None,
    timings: dict | None = None,
    keep_earlier: bool = True,
    strict: bool = False,
) -> CorpusResult:
    """:func:`clean_corpus` for corpora of any size: writes the same three files into
    ``out_dir`` while holding texts on disk, not in memory (about 1 GB per million
    paragraphs instead of 5). The result carries the report and the problems only;
    passages and removals are in the files. ``timings`` receives seconds per stage. With
    ``keep_earlier`` (the default), a run that could read no input file writes nothing and
    returns ``out_dir`` None, so that the files of an earlier run are not replaced by empty
    ones; with ``strict``, neither does a run that had to skip an input (``problems``)."""
    return streaming.run(_paths(inputs), texts, out_dir=out_dir, config=resolve_config(config), engine=engine,
                         steps=_steps(steps), progress=progress, timings=timings, keep_earlier=keep_earlier,
                         strict=strict)


def process_batch(
    inputs: list[str | Path] | str | Path,
    *,
    state: str | Path,
    out_dir: str | Path,
    config: dict | str | Path | None = None,
    state_config: dict | None = None,
    engine: Mapping | None = None,
    steps: list[Step] | None = None,
    rebuild_state: bool = False,
    output_format: str = "jsonl",
    strict: bool = False,
) -> CorpusResult:
    """Incremental run: the dumps under ``inputs`` not yet in ``state`` become a new batch
    folder under ``out_dir`` (docs/batch-job.md); ``output_format`` ``"parquet"`` or
    ``"both"`` writes the Parquet files into it too, before it is put in place (another
    value is a ValueError). With ``strict``, a run that had to skip an input records and
    writes nothing (the result's ``batch`` is None)."""
    return incremental.run(_paths(inputs), state_path=state, corpus_dir=out_dir, config=resolve_config(config),
                           state_config=state_config, engine=engine, steps=_steps(steps), rebuild_state=rebuild_state,
                           output_format=output_format, strict=strict)


def run_on_dask(
    inputs: list[str | Path] | str | Path,
    *,
    out_dir: str | Path,
    config: dict | str | Path | None = None,
    scheduler: str | None = None,
    dask_config: dict | None = None,
    timings: dict | None = None,
    strict: bool = False,
) -> CorpusResult:
    """The pipeline on a Dask cluster (a local one unless ``scheduler`` names one); writes
    the same three files into ``out_dir`` (docs/dask.md); with ``strict``, not when an input
    was skipped (``out_dir`` None)."""
    from .executors import dask  # imports distributed: only when asked for

    return dask.run(_paths(inputs), out_dir, config=resolve_config(config), scheduler=scheduler,
                    dask_config=dask_config if dask_config is not None else load_operational("dask"),
                    timings=timings, strict=strict)


def export_corpus(state: str | Path, out_file: str | Path) -> int:
    """Write the whole corpus held in ``state`` as one passages.jsonl; returns the passage count."""
    return incremental.export(state, out_file)


def show_passage(state: str | Path, passage_id: str) -> list[str] | None:
    """Printable lines for one stored passage and all its occurrences (None if unknown)."""
    return incremental.show(state, passage_id)
