"""Stage 5, emit: the output contract, written atomically.

``passages.jsonl``, ``removed.jsonl`` and ``report.json`` are each written to a
temporary file in the output folder, flushed to disk, then renamed over the
old one, so a crash leaves either the previous file or the new one, never half
of one. ``report.json`` is written last: when it is new, so are the others.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from ..boilerplate.packs import pack_summary
from ..model import Passage, Removal, SourceProblem, blocking

PASSAGES = "passages.jsonl"
REMOVED = "removed.jsonl"
REPORT = "report.json"


# Characters JSON allows raw in strings but str.splitlines() (and many editors) read as line
# ends, and lone surrogates (a file name that is not valid UTF-8 reaches us with its bytes as
# surrogates, Python's surrogateescape), which UTF-8 cannot encode: written as \\uXXXX escapes,
# so one record is always one line and reads back the same.
_ESCAPED = re.compile("[\u2028\u2029\x85\ud800-\udfff]")


def _escape(match: re.Match) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_text(obj, **options) -> str:
    """``json.dumps`` with UTF-8 text kept readable and the Unicode line breaks escaped.

    >>> json_text({"t": "a\u2028b\x85c"}).splitlines()
    ['{"t": "a\\\\u2028b\\\\u0085c"}']
    """
    text = json.dumps(obj, ensure_ascii=False, **options)
    return _ESCAPED.sub(_escape, text) if _ESCAPED.search(text) else text


def json_line(obj) -> str:
    """One JSON line: UTF-8 text kept readable, key order as built (deterministic)."""
    return json_text(obj, separators=(", ", ": "))


@lru_cache(maxsize=1)
def file_mode() -> int:
    """The mode a new file gets from the process's umask (0o644 under the usual 022): a
    temporary file is created private (0o600), and the output it becomes must not be."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def temporary_beside(path: Path) -> tuple[int, str]:
    """A temporary file next to ``path``, with the mode ``path`` would get (open descriptor, name)."""
    # The process id in the name lets the next run remove what a killed one left.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, file_mode())
    return fd, tmp


def write_atomic(path: Path, lines: Iterable[str]) -> None:
    """Write ``lines`` (each already without newline) to ``path`` via temp file + rename."""
    commit_staged([(write_staged(path, lines), path)])


def write_staged(path: Path, lines: Iterable[str]) -> str:
    """Write ``lines`` to a temporary file beside ``path`` and return its name, leaving
    ``path`` as it is: :func:`commit_staged` puts it in place (removed if writing fails)."""
    def fill(fh) -> None:
        for line in lines:
            fh.write(line)
            fh.write("\n")
    return _staged(path, fill, binary=False)


def _staged(path: Path, fill, binary: bool) -> str:
    """A temporary file beside ``path`` filled by ``fill(file)`` and synced to disk; its
    name, or nothing left behind if filling fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = temporary_beside(path)
    try:
        text = {} if binary else {"encoding": "utf-8", "newline": "\n"}
        with os.fdopen(fd, "wb" if binary else "w", **text) as fh:
            fill(fh)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        discard_staged([(tmp, path)])
        raise
    return tmp


def commit_staged(staged: list[tuple[str, Path]]) -> None:
    """Put staged files in place, in order. Renames need no space, so once every file of a
    run is written whole, the set is replaced together: a run that fails while writing (a
    full disk) leaves the earlier run's files as they were, not some old and some new."""
    try:
        for tmp, path in staged:
            os.replace(tmp, path)
    except BaseException:
        discard_staged(staged)
        raise


def discard_staged(staged: list[tuple[str, Path]]) -> None:
    for tmp, _ in staged:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass


class Staging:
    """The contract files of one run, each written beside its place and all put in place
    together by :meth:`commit` (renames need no space). Leaving the ``with`` block without
    committing (an error, a full disk, Ctrl-C) removes what was staged and leaves the earlier
    run's files as they were, never some old and some new.

    >>> import tempfile; out = Path(tempfile.mkdtemp())
    >>> with Staging() as staging:
    ...     staging.write(out / "a.jsonl", ["{}"])
    ...     sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    []
    >>> with Staging() as staging:
    ...     staging.write(out / "a.jsonl", ["{}"])
    ...     staging.commit()
    >>> sorted(p.name for p in out.iterdir())
    ['a.jsonl']
    """

    def __init__(self) -> None:
        self.staged: list[tuple[str, Path]] = []

    def __enter__(self) -> "Staging":
        return self

    def __exit__(self, *exc) -> None:
        self.discard()

    def discard(self) -> None:
        """Remove what is staged and not yet put in place."""
        staged, self.staged = self.staged, []
        discard_staged(staged)

    def write(self, path: Path, lines: Iterable[str]) -> None:
        """Stage ``lines`` (each without its newline) as ``path``."""
        self.adopt(write_staged(path, lines), path)

    def concatenate(self, path: Path, sources: Iterable[Path]) -> None:
        """Stage the bytes of ``sources``, one after another, as ``path``."""
        self.adopt(concatenate_staged(path, sources), path)

    def adopt(self, tmp: str, path: Path) -> None:
        """A file staged elsewhere (a worker process) for ``path``, put in place with the rest."""
        self.staged.append((tmp, path))

    def commit(self) -> None:
        """Put every staged file in place, in the order staged."""
        staged, self.staged = self.staged, []
        commit_staged(staged)


def concatenate_staged(path: Path, sources: Iterable[Path]) -> str:
    """:func:`write_staged` for files already written: their bytes joined in order."""
    def fill(out) -> None:
        for src in sources:
            with open(src, "rb") as fh:
                shutil.copyfileobj(fh, out, 1 << 20)
    return _staged(path, fill, binary=True)


@dataclass
class Tally:
    """The counts a report needs, which partial runs can add up (``a + b``)."""

    passages: int = 0
    occurrences: int = 0
    reasons: Counter = field(default_factory=Counter)
    categories: Counter = field(default_factory=Counter)
    rules: Counter = field(default_factory=Counter)

    @classmethod
    def of(cls, passages: Iterable[Passage], removed: Iterable[Removal]) -> "Tally":
        t = cls()
        for p in passages:
            t.passages += 1
            t.occurrences += len(p.occurrences)
        for r in removed:
            t.count(r)
        return t

    def count(self, removal: Removal) -> None:
        """Add one removal to the counts."""
        self.reasons[removal.reason] += 1
        if removal.reason == "boilerplate":
            self.categories[removal.category] += 1
            self.rules[removal.rule] += 1

    def __add__(self, other: "Tally") -> "Tally":
        return Tally(self.passages + other.passages, self.occurrences + other.occurrences,
                     self.reasons + other.reasons, self.categories + other.categories, self.rules + other.rules)


def listed_problems(problems: list[SourceProblem], per_file: int) -> tuple[list[SourceProblem], dict[str, int]]:
    """The first ``per_file`` problems of each file, in order, and how many more each file had.

    A file of bad JSON Lines records can hold hundreds of thousands of them, and one line
    each would make the report hundreds of megabytes (0: no limit).
    """
    if per_file <= 0:
        return list(problems), {}
    seen: Counter = Counter()
    listed = []
    for problem in problems:
        seen[problem.path] += 1
        if seen[problem.path] <= per_file:
            listed.append(problem)
    return listed, {path: n - per_file for path, n in sorted(seen.items()) if n > per_file}


def build_report(
    *,
    version: str,
    config: dict,
    config_hash: str,
    files_read: list[str],
    problems: list[SourceProblem],
    paragraphs_read: int,
    passages: list[Passage] | None = None,
    removed: list[Removal] | None = None,
    dedup_counts: dict[str, int],
    tally: Tally | None = None,
    encodings: dict[str, str] | None = None,
) -> dict:
    """The run's report: counts per stage, reason, category and rule; the config and its hash.
    Counts come from ``passages`` and ``removed``, or from a ``tally`` of them. ``encodings``
    names the files read in another encoding than UTF-8."""
    t = tally if tally is not None else Tally.of(passages or [], removed or [])
    listed, not_listed = listed_problems(problems, int(config.get("ingest", {}).get("problems_listed_per_file", 100)))
    return {
        "version": version,
        "config_hash": config_hash,
        "files": {
            "read": len(files_read),
            # A bad JSONL record is a problem in a file that was read: only whole files count here.
            "skipped": len({p.path for p in blocking(problems)} - set(files_read)),
            "paths": list(files_read),
            "problems": [p.to_dict() for p in listed],
            "problems_not_listed": not_listed,
            "encodings": dict(sorted((encodings or {}).items())),
        },
        "counts": {
            "paragraphs_read": paragraphs_read,
            "passages_kept": t.passages,
            "occurrences_attributed": t.occurrences,
            "removed": {k: t.reasons[k] for k in sorted(t.reasons)},
            "boilerplate_by_category": {k: t.categories[k] for k in sorted(t.categories)},
            "boilerplate_by_rule": {k: t.rules[k] for k in sorted(t.rules)},
            "duplicates": dict(sorted(dedup_counts.items())),
        },
        "config": report_config(config),
    }


def report_config(config: dict) -> dict:
    """The effective config as a report shows it: the rules by pack (name, count and
    hash of each pack's effective rules) instead of every pattern. The config hash is
    taken over the whole config, so any rule change still changes it."""
    section = config.get("boilerplate")
    if not isinstance(section, dict) or "rules" not in section:
        return config
    shown = {k: v for k, v in section.items() if k != "rules"}
    shown["rule_packs"] = pack_summary(section["rules"])
    return {**config, "boilerplate": shown}


def write_outputs(out_dir: str | Path, passages: list[Passage], removed: list[Removal], report: dict) -> None:
    """Write the three contract files into ``out_dir`` (created if needed), all or none."""
    out = Path(out_dir)
    with Staging() as staging:
        staging.write(out / PASSAGES, (json_line(p.to_dict()) for p in passages))
        staging.write(out / REMOVED, (json_line(r.to_dict()) for r in removed))
        stage_report(staging, out, report)
        staging.commit()


def stage_report(staging: Staging, out_dir: str | Path, report: dict) -> None:
    """``report.json``, staged (put in place last by every engine: when it is new, so are the others)."""
    staging.write(Path(out_dir) / REPORT, json_text(report, indent=2).splitlines())


def write_report(out_dir: str | Path, report: dict) -> None:
    """``report.json`` written in place now."""
    with Staging() as staging:
        stage_report(staging, out_dir, report)
        staging.commit()


__all__ = ["PASSAGES", "REMOVED", "REPORT", "Staging", "Tally", "build_report", "commit_staged", "concatenate_staged",
           "discard_staged", "json_line",
           "report_config", "stage_report", "write_atomic", "write_outputs", "write_report", "write_staged"]
