"""Stage 5, emit: the output contract, written atomically.

``passages.jsonl``, ``removed.jsonl`` and ``report.json`` are each written to a
temporary file in the output folder, flushed to disk, then renamed over the
old one, so a crash leaves either the previous file or the new one, never half
of one. ``report.json`` is written last: when it is new, so are the others.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from pathlib import Path
from typing import Iterable

from ..model import Passage, Removal, SourceProblem

PASSAGES = "passages.jsonl"
REMOVED = "removed.jsonl"
REPORT = "report.json"


def dumps(obj) -> str:
    """One JSON line: UTF-8 text kept readable, key order as built (deterministic)."""
    return json.dumps(obj, ensure_ascii=False, separators=(", ", ": "))


def write_atomic(path: Path, lines: Iterable[str]) -> None:
    """Write ``lines`` (each already without newline) to ``path`` via temp file + rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            for line in lines:
                fh.write(line)
                fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def build_report(
    *,
    version: str,
    config: dict,
    config_hash: str,
    files_read: list[str],
    problems: list[SourceProblem],
    paragraphs_read: int,
    passages: list[Passage],
    removed: list[Removal],
    dedup_counts: dict[str, int],
) -> dict:
    """The run's report: counts per stage, reason, category and rule; the config and its hash."""
    reasons = Counter(r.reason for r in removed)
    categories = Counter(r.category for r in removed if r.reason == "boilerplate")
    rules = Counter(r.rule for r in removed if r.reason == "boilerplate")
    return {
        "version": version,
        "config_hash": config_hash,
        "files": {
            "read": len(files_read),
            # A bad JSONL record is a problem in a file that was read: only whole files count here.
            "skipped": len({p.path for p in problems} - set(files_read)),
            "paths": list(files_read),
            "problems": [p.to_dict() for p in problems],
        },
        "counts": {
            "paragraphs_read": paragraphs_read,
            "passages_kept": len(passages),
            "occurrences_attributed": sum(len(p.occurrences) for p in passages),
            "removed": {k: reasons[k] for k in sorted(reasons)},
            "boilerplate_by_category": {k: categories[k] for k in sorted(categories)},
            "boilerplate_by_rule": {k: rules[k] for k in sorted(rules)},
            "duplicates": dict(sorted(dedup_counts.items())),
        },
        "config": config,
    }


def write_outputs(out_dir: str | Path, passages: list[Passage], removed: list[Removal], report: dict) -> None:
    """Write the three contract files into ``out_dir`` (created if needed)."""
    out = Path(out_dir)
    write_atomic(out / PASSAGES, (dumps(p.to_dict()) for p in passages))
    write_atomic(out / REMOVED, (dumps(r.to_dict()) for r in removed))
    write_atomic(out / REPORT, json.dumps(report, ensure_ascii=False, indent=2).splitlines())


__all__ = ["PASSAGES", "REMOVED", "REPORT", "build_report", "dumps", "write_atomic", "write_outputs"]
