"""The ``clean-corpus`` command line: a thin layer over :mod:`pipeline.api`."""
from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import sys
import tempfile
import threading
import time
import warnings
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import click

from .api import export_corpus, process_batch, run_on_dask, show_passage, write_corpus
from .config import ConfigError, ConfigWarning, load_config, load_operational
from .state import StateError, StateLocked
from .steps import StepError, StepFailed, check_steps
from .emit.parquet import OUTPUT_FORMATS, write_format
from .emit.records import AccountingError
from .evaluate import UnreadableFile, evaluate, format_metrics
from .executors.common import WorkerOutOfMemory
from .executors.incremental import export_file
from .ingest import find_sources, is_url, upload, url_problem
from .model import NOTES, PASSED_OVER, READ_AS_HTML, blocking
from .explain import explain_line
from .version import __version__


def _progress_printer():
    """Progress on stderr (files, MB, MB/s), only when stderr is a terminal."""
    if not sys.stderr.isatty():
        return None
    started = time.monotonic()

    def show(stage: str, done: int, total: int, nbytes: int) -> None:
        elapsed = max(time.monotonic() - started, 1e-6)
        mb = nbytes / 1e6
        click.echo(f"\r[{stage}] files {done}/{total}  {mb:.1f} MB  {mb / elapsed:.1f} MB/s", nl=False, err=True)
        if done == total:
            click.echo("", err=True)

    return show


_FILES = {"jsonl": "passages.jsonl, removed.jsonl", "parquet": "passages.parquet, removed.parquet",
          "both": "passages.jsonl, removed.jsonl, passages.parquet, removed.parquet"}


def _summary(report: dict, out: str, seconds: float, fmt: str = "jsonl", batch: bool = False) -> str:
    counts = report["counts"]
    removed = counts["removed"]
    cats = ", ".join(f"{k} {v}" for k, v in counts["boilerplate_by_category"].items()) or "none"
    dups = counts["duplicates"]
    lines = [
        f"read {report['files']['read']} files ({report['files']['skipped']} skipped), "
        f"{counts['paragraphs_read']} paragraphs",
        f"boilerplate removed: {removed.get('boilerplate', 0)} ({cats})",
        f"duplicates removed: {removed.get('duplicate', 0)} (exact {dups.get('exact', 0)}, near {dups.get('near', 0)}, "
        f"truncated {dups.get('truncated', 0)})",
        f"empty after cleaning: {removed.get('empty', 0)}, oversize: {removed.get('oversize', 0)}",
        *([f"removed by filter steps: {removed['filtered']}"] if removed.get("filtered") else []),
        *([f"timed out (a config pattern ran past pattern_budget_ms): {removed['timeout']}"]
          if removed.get("timeout") else []),
        f"passages kept: {counts['passages_kept']}",
        f"wrote {out}/{_FILES[fmt]}, {'retired.jsonl, ' if batch else ''}report.json in {seconds:.2f} s",
    ]
    return "\n".join(lines)


def _report_problems(problems, per_file: int = 3, quiet: bool = False) -> None:
    """One stderr line per problem, at most ``per_file`` per file (report.json lists more);
    the notes (files of unknown types passed over in a folder, a dump read as an HTML page)
    are left out with ``quiet``."""
    shown: dict[str, int] = {}
    for problem in problems:
        if problem.kind in NOTES:
            if not quiet:
                said = (f"passed over in {problem.path}: {problem.message}" if problem.kind == PASSED_OVER
                        else f"read {problem.path} as an HTML page: {problem.message.split(':')[0]}"
                        if problem.kind == READ_AS_HTML else f"{problem.path}: {problem.message}")
                click.echo(_one_line(f"clean-corpus: {said}"), err=True)
            continue
        shown[problem.path] = shown.get(problem.path, 0) + 1
        if shown[problem.path] <= per_file:
            # a bad record is skipped, not its file: the rest of the file is read
            verb = {"bad-record": "skipped a record of", "partly-read": "read part of"}.get(problem.kind, "skipped")
            click.echo(_one_line(f"clean-corpus: {verb} {problem}"), err=True)
    for path, count in shown.items():
        if count > per_file:
            click.echo(_one_line(f"clean-corpus: ... and {count - per_file} more problems in {path} (see report.json)"),
                       err=True)


_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(32), 127)}


def _config_failed(exc: Exception, config_path: str | None) -> NoReturn:
    """A config problem: one line naming the user's file where it lies there, exit 2.

    >>> _config_failed(ConfigError("config: dedup.seed must be a whole number"), "my.toml")
    Traceback (most recent call last):
    SystemExit: 2
    """
    message = str(exc)
    if config_path and message.startswith("config: "):
        message = f"{config_path}: {message[len('config: '):]}"
    click.echo(_one_line(f"clean-corpus: {message}"), err=True)
    sys.exit(2)


def _one_line(message: str) -> str:
    r"""A message as one line: a file name holding a newline (or another control character)
    must not print a second line that reads like the tool's own.

    >>> _one_line("skipped a\nclean-corpus: wrote 0 passages.txt: empty")
    'skipped a\\x0aclean-corpus: wrote 0 passages.txt: empty'
    """
    return message.translate(_CONTROLS)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="clean-corpus")
def main() -> None:
    """Clean and deduplicate scraped health-article dumps into attributed passages.

    Every input paragraph ends up in exactly one place: a kept passage
    (passages.jsonl) or the removal audit with its reason (removed.jsonl); a
    duplicate's place is also listed among its passage's occurrences.
    """


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(readable=False, path_type=str))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=str),
              help="Folder for passages.jsonl, removed.jsonl and report.json (created if needed).")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=str),
              help="TOML file merged over configs/default.toml.")
@click.option("--strict", is_flag=True, help="Exit with status 1 when any input file had to be skipped.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but problems.")
@click.option("--state", "state", type=click.Path(dir_okay=False, path_type=str),
              help="Incremental run: SQLite state file (created if needed); --out is then the corpus folder "
                   "that receives one batch folder per run (docs/batch-job.md).")
@click.option("--rebuild-state", is_flag=True,
              help="With --state: accept changed dedup settings by recomputing the state's lookup hashes.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local: this machine's cores; dask: a Dask cluster (docs/dask.md).")
@click.option("--scheduler", metavar="ADDRESS",
              help="With --engine dask: address of a running Dask scheduler (default: start a local "
                   "cluster with one worker per core).")
@click.option("--format", "fmt", type=click.Choice(OUTPUT_FORMATS), default="jsonl", show_default=True,
              help="Output files: passages.jsonl and removed.jsonl, passages.parquet and removed.parquet "
                   "(same records; pandas, Spark, DuckDB, datasets), or both. report.json either way.")
def run(inputs: tuple[str, ...], out: str, config_path: str | None, strict: bool, quiet: bool,
        state: str | None, rebuild_state: bool, engine: str, scheduler: str | None, fmt: str) -> None:
    """Clean INPUT files and folders (searched recursively) into --out.

    Inputs are scrape dumps (.txt, UTF-8, one paragraph per non-blank line),
    HTML pages (.html, .htm), JSON Lines records with a text or html field
    (.jsonl), web archives (.warc, .wet, .arc) and Parquet files (.parquet);
    all but Parquet also as .gz ([ingest] names the suffixes). A bad file (binary, invalid UTF-8,
    empty, corrupt gzip, unreadable) is reported on stderr with its name,
    listed in report.json, and skipped; the other files are still processed.

    Exit status: 0 on success, 1 when no input could be read (or, with
    --strict, when any was skipped), 2 on a usage or config error, 3 when
    the state is locked by another run, 4 when the output or the state
    cannot be written (disk full, read-only folder), 5 when a worker process
    needed more memory than [engine] worker_memory_mb allows, 6 when a step
    raised an error (the message names the step), 130 when interrupted, 143 when terminated (SIGTERM).
    """
    started = time.monotonic()
    if state is not None and not state.strip():
        raise click.UsageError("--state needs a file name (an empty one would run without the state)")
    if rebuild_state and not state:
        raise click.UsageError("--rebuild-state needs --state")
    try:
        config = _load_config(config_path)
        engine_config = load_operational("engine", config_path)
        state_config = load_operational("state", config_path) if state else None
        check_steps(config)
    except (ConfigError, StepError) as exc:
        _config_failed(exc, config_path)
    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    if state and engine != "local":
        raise click.UsageError("--state runs on this machine only (not with --engine dask)")
    remote = out if is_url(out) else None
    if remote and state:
        raise click.UsageError("--state needs a local --out (the corpus folder it owns)")
    unreachable = url_problem(remote) if remote else None
    if unreachable:
        raise click.UsageError(f"--out {remote}: {unreachable}")
    if not state and not any(is_url(i) for i in inputs):
        _stop_when_nothing_to_read(list(inputs), config, out)
    local = tempfile.mkdtemp(prefix="clean-corpus-out-") if remote else None
    if local:  # written here, then uploaded whole when the run has finished
        out = local
    previous = _unwind_on_sigterm_while_running()
    try:
        if state:
            _run_batch(list(inputs), out, state, config, state_config, engine_config, rebuild_state, strict, quiet,
                       started, fmt)
            return
        if engine == "dask":
            _run_dask(list(inputs), out, config, config_path, scheduler, strict, quiet, started, fmt, remote)
            return
        result = write_corpus(list(inputs), config=config, engine=engine_config, out_dir=out,
                              progress=_progress_printer(), keep_earlier=True, strict=strict)
        if result.out_dir is not None:  # None: nothing could be read, and nothing was written
            write_format(out, fmt)
            out = _upload(out, remote)
    except WorkerOutOfMemory as exc:
        click.echo(f"clean-corpus: {exc}; the outputs of earlier runs are left as they were", err=True)
        sys.exit(5)
    except StepFailed as exc:
        click.echo(f"clean-corpus: {exc}; the outputs of earlier runs are left as they were", err=True)
        sys.exit(6)
    except AccountingError as exc:  # a paragraph landed nowhere or twice: a bug, written nowhere
        click.echo(f"clean-corpus: {exc} (a bug: please report it with the inputs); nothing was written, "
                   "and the outputs of earlier runs and the state are left as they were", err=True)
        sys.exit(7)
    except KeyboardInterrupt:
        click.echo("clean-corpus: interrupted; the outputs of earlier runs are left as they were", err=True)
        sys.exit(130)
    except Terminated:
        click.echo("clean-corpus: terminated; the outputs of earlier runs are left as they were", err=True)
        sys.exit(143)
    except (OSError, sqlite3.Error) as exc:
        if isinstance(exc, sqlite3.OperationalError) and "readonly" in str(exc):
            # a state on a read-only mount: as a read-only state file, a usage error
            click.echo(f"clean-corpus: state {state} is read-only ({exc}); a run must write it: make it "
                       "writable, or give another state", err=True)
            sys.exit(2)
        if isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError):
            # "database disk image is malformed": a damaged state is no usable state (exit 2)
            click.echo(f"clean-corpus: state {state} is damaged ({exc}); restore it from a copy, or give "
                       "another state", err=True)
            sys.exit(2)
        # Disk full, a read-only folder: named, and the files of earlier runs are left as they were
        # (every output is written to a temporary file and renamed into place).
        where = getattr(exc, "filename", None) or (state if isinstance(exc, sqlite3.Error) else remote or out)
        click.echo(f"clean-corpus: cannot write {where}: {getattr(exc, 'strerror', None) or exc}", err=True)
        sys.exit(4)
    finally:
        if previous is not _NO_HANDLER:  # the program that called us gets its own handler back
            signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)
        if local:
            shutil.rmtree(local, ignore_errors=True)
    _finish(result, out, strict, quiet, started, fmt)


class Terminated(BaseException):
    """A SIGTERM (``timeout``, systemd, a scheduler stopping a job), raised so that the run
    unwinds as from Ctrl-C: its spill files and temporary folders are removed on the way
    out, where the default action left them (twice the input's size) until the next run."""


def _unwind_on_sigterm(signum, frame) -> NoReturn:
    raise Terminated()


_NO_HANDLER = object()


def _unwind_on_sigterm_while_running():
    """Set :func:`_unwind_on_sigterm` for SIGTERM; returns the handler it replaces, or
    ``_NO_HANDLER`` off the main thread (a program running the command in a thread of its
    own: only the main thread may set one, and that program owns its signals)."""
    if threading.current_thread() is not threading.main_thread():
        return _NO_HANDLER
    return signal.signal(signal.SIGTERM, _unwind_on_sigterm)


def _load_config(config_path):
    """:func:`load_config`, its warnings (settings nothing reads) printed one a line."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ConfigWarning)
        config = load_config(config_path)
    for w in caught:
        if issubclass(w.category, ConfigWarning):
            click.echo(f"clean-corpus: warning: {w.message}", err=True)
        else:
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return config


def _stop_when_nothing_to_read(inputs: list[str], config: dict, out: str) -> None:
    """Exit 1 before anything is written when no input names a file to read (a mistyped
    path, or --out given as the input folder, which is skipped as output): writing empty
    output files would replace the last run's."""
    sources, problems = find_sources(inputs, None, config)
    if not sources:
        _report_problems(problems)
        click.echo(f"clean-corpus: no input file could be read; {out} left as it was", err=True)
        sys.exit(1)


def _upload(local: str, remote: str | None) -> str:
    """The output folder's files copied to ``remote`` when --out is a URL; the name to report."""
    if remote is None:
        return local
    upload(local, remote)
    return remote


def _run_dask(inputs, out, config, config_path, scheduler, strict, quiet, started, fmt, remote=None) -> None:
    try:
        dask_config = load_operational("dask", config_path)
    except ConfigError as exc:
        _config_failed(exc, config_path)
    result = run_on_dask(inputs, out_dir=out, config=config, scheduler=scheduler, dask_config=dask_config,
                         strict=strict)
    if result.out_dir is not None:  # None: a strict run skipped an input, and wrote nothing
        write_format(out, fmt)
        out = _upload(out, remote)
    _finish(result, out, strict, quiet, started, fmt)


def _finish(result, out: str, strict: bool, quiet: bool, started: float, fmt: str = "jsonl") -> None:
    _report_problems(result.problems, quiet=quiet)
    if result.report["files"]["read"] == 0 and result.out_dir is None:
        click.echo(f"clean-corpus: no input file could be read; {out} left as it was", err=True)
        sys.exit(1)
    if strict and blocking(result.problems) and result.out_dir is None:
        click.echo(f"clean-corpus: --strict: an input was skipped; {out} left as it was", err=True)
        sys.exit(1)
    if not quiet:
        click.echo(_summary(result.report, out, time.monotonic() - started, fmt))
    if result.report["files"]["read"] == 0:
        click.echo("clean-corpus: no input file could be read", err=True)
        sys.exit(1)
    if strict and blocking(result.problems):
        sys.exit(1)


def _run_batch(inputs, out, state, config, state_config, engine_config, rebuild_state, strict, quiet,
               started, fmt) -> None:
    try:
        result = process_batch(inputs, state=state, out_dir=out, config=config, state_config=state_config,
                               engine=engine_config, rebuild_state=rebuild_state, output_format=fmt, strict=strict)
    except StateLocked as exc:
        click.echo(f"clean-corpus: {exc}", err=True)
        sys.exit(3)
    except StateError as exc:  # includes SettingsMismatch
        click.echo(f"clean-corpus: {exc}", err=True)
        sys.exit(2)
    for name in result.removed_folders:
        click.echo(f"clean-corpus: removed {out}/{name}: left by an interrupted run, not in the state", err=True)
    if result.rebuilt is not None:
        click.echo(f"clean-corpus: rebuilt the lookup hashes of {result.rebuilt} stored passages for the new "
                   "dedup settings", err=True)
    # A dump known already is what a drop folder of kept dumps gives every night: news, not a
    # problem (--quiet leaves it out); a dump rewritten in place is a warning.
    for message in ([] if quiet else result.skipped) + result.rewritten:
        click.echo(f"clean-corpus: {message}")
    _report_problems(result.problems, quiet=quiet)
    if result.batch is None:
        if strict and blocking(result.problems):
            click.echo("clean-corpus: --strict: an input was skipped; state and corpus unchanged", err=True)
            sys.exit(1)
        if blocking(result.problems) and not result.skipped:
            click.echo("clean-corpus: no input could be read", err=True)
            sys.exit(1)
        if not quiet:
            click.echo("clean-corpus: nothing new to process; corpus unchanged" if result.rebuilt is not None
                       else "clean-corpus: nothing new to process; state and corpus unchanged")
        return
    if not quiet:
        click.echo(_summary(result.report, f"{out}/{result.batch}", time.monotonic() - started, fmt, batch=True))
    if strict and blocking(result.problems):
        sys.exit(1)


@main.command()
@click.argument("passage_id", metavar="ID")
@click.option("--state", "state", required=True, type=click.Path(exists=True, dir_okay=False, path_type=str),
              help="State file of incremental runs.")
def show(passage_id: str, state: str) -> None:
    """Print the stored passage ID and every occurrence of it (with the batch that saw it)."""
    with _reading_state(state):
        lines = show_passage(state, passage_id)
    if lines is None:
        click.echo(f"clean-corpus: no passage {passage_id} in {state}", err=True)
        sys.exit(1)
    click.echo("\n".join(lines))


@main.command()
@click.option("--state", "state", required=True, type=click.Path(exists=True, dir_okay=False, path_type=str),
              help="State file of incremental runs.")
@click.option("--out", "out", required=True, type=click.Path(path_type=str),
              help="File to write (passages.jsonl format); a folder gets passages.jsonl inside.")
def export(state: str, out: str) -> None:
    """Write the whole current corpus held in --state as one passages.jsonl."""
    with _reading_state(state):
        try:
            count = export_corpus(state, out)
        except OSError as exc:
            click.echo(f"clean-corpus: cannot write {out}: {exc.strerror or exc}", err=True)
            sys.exit(4)
    click.echo(f"wrote {count} passages to {export_file(out)}")


@contextmanager
def _reading_state(state: str):
    """A state file that is not one (or is damaged, or has no corpus yet): one line, exit 2."""
    try:
        yield
    except StateError as exc:  # its message names the state
        click.echo(f"clean-corpus: {exc}", err=True)
        sys.exit(2)
    except sqlite3.Error as exc:
        click.echo(f"clean-corpus: cannot read the state {state}: {exc}", err=True)
        sys.exit(2)


@contextmanager
def _reading_output(*files: str):
    """An output folder or gold file that is not what this version writes: one line, exit 2."""
    try:
        yield
    except UnreadableFile as exc:
        click.echo(f"clean-corpus: {exc}", err=True)
        sys.exit(2)
    except (ValueError, KeyError, TypeError) as exc:  # a record without the fields the output contract has
        click.echo(f"clean-corpus: {' or '.join(files)} holds records this version cannot read "
                   f"({type(exc).__name__}: {exc})", err=True)
        sys.exit(2)


@main.command()
@click.argument("out", type=click.Path(exists=True, file_okay=False, path_type=str))
@click.argument("location", metavar="FILE:LINE")
@click.option("--config", "config_path", type=click.Path(dir_okay=False, path_type=str),
              help="The config the run used, if not the default (for the model's view of kept lines).")
def explain(out: str, location: str, config_path: str | None) -> None:
    """Print what a run (its output folder OUT) did with the paragraph at FILE:LINE, and why.

    FILE may be the path as recorded in the output or any trailing part of it
    (the file name alone when it is unique). FILE:LINE:ELEMENT names one block of an
    HTML page or JSON Lines record (the element number in the output), where several
    share a source line.
    """
    path, sep, line = location.rpartition(":")
    if not sep or not line.isdigit() or int(line) < 1:  # lines count from 1
        raise click.UsageError(f"expected FILE:LINE or FILE:LINE:ELEMENT (LINE from 1), got {location!r}")
    try:
        config = _load_config(config_path)
    except ConfigError as exc:
        _config_failed(exc, config_path)
    _needs_jsonl(out, "explain")
    lines = []
    head, sep, element = path.rpartition(":")
    with _reading_output(out):
        if sep and element.isdigit():  # FILE:LINE:ELEMENT (else a file name that holds a colon)
            lines = explain_line(out, head, int(element), config, element=int(line))
        if not lines:
            lines = explain_line(out, path, int(line), config)
    if not lines:
        click.echo(f"clean-corpus: no paragraph at {location} in {out} (blank line, or not part of that run)", err=True)
        sys.exit(1)
    click.echo("\n".join(lines))


def _needs_jsonl(out: str, command: str) -> None:
    if not (Path(out) / "removed.jsonl").is_file() or not (Path(out) / "passages.jsonl").is_file():
        click.echo(f"clean-corpus: {out} holds no passages.jsonl and removed.jsonl ({command} reads those: run "
                   "with --format jsonl or both)", err=True)
        sys.exit(2)


@main.command(name="eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.option("--out", "out", required=True, type=click.Path(exists=True, file_okay=False, path_type=str),
              help="Output folder of the run to score.")
@click.option("--json", "json_path", type=click.Path(dir_okay=False, path_type=str),
              help="Also write the metrics and the list of errors to this JSON file.")
@click.option("--show-errors/--no-show-errors", default=True, help="List every misjudged line.")
def eval_command(gold: str, out: str, json_path: str | None, show_errors: bool) -> None:
    """Score the run in --out against GOLD, a per-line gold file.

    GOLD has one JSON object per non-blank input line: {"file", "line",
    "label": content|boilerplate|ambiguous, "category", "group", "dup",
    "clean"}. Reports boilerplate precision and recall (overall and per
    category), content paragraphs lost, duplicate copies kept, and the share
    of kept content whose cleaned text equals the gold "clean".
    """
    _needs_jsonl(out, "eval")
    with _reading_output(gold, out):
        result = evaluate(gold, out)
    click.echo(f"== {gold} vs {out}")
    click.echo(format_metrics(result.metrics))
    if show_errors and result.errors:
        click.echo("misjudged lines:")
        for err in result.errors:
            click.echo("  " + json.dumps(err, ensure_ascii=False)[:400])
    if json_path:
        try:
            Path(json_path).parent.mkdir(parents=True, exist_ok=True)
            Path(json_path).write_text(
                json.dumps({"metrics": result.metrics, "errors": result.errors}, ensure_ascii=False, indent=2) + "\n",
                encoding="utf-8",
            )
        except OSError as exc:
            click.echo(f"clean-corpus: cannot write {json_path}: {exc.strerror or exc}", err=True)
            sys.exit(4)


if __name__ == "__main__":  # pragma: no cover
    main()
