"""Stage 1, ingest: find input files, read them, and yield paragraphs with provenance."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Paragraph, Removal, SourceProblem
from .sources import SourceText, decode_bytes, discover, input_kind, read_source
from .text import screen_oversize, split_paragraphs


@dataclass
class IngestResult:
    """What the ingest stage hands on: paragraphs, paragraphs set aside, and bad files."""

    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)
    files_read: list[str] = field(default_factory=list)

    def extend(self, other: "IngestResult") -> None:
        self.paragraphs.extend(other.paragraphs)
        self.removed.extend(other.removed)
        self.problems.extend(other.problems)
        self.files_read.extend(other.files_read)


def ingest_text(path: str, text: str, config: dict) -> IngestResult:
    """Ingest one already-decoded dump (the in-memory entry point)."""
    paragraphs = split_paragraphs(path, text)
    kept, removed = screen_oversize(paragraphs, int(config["ingest"]["max_paragraph_chars"]))
    return IngestResult(kept, removed, [], [path])


def ingest_file(path: str, config: dict) -> IngestResult:
    """Ingest one file from disk; a bad file yields a problem and no paragraphs."""
    source = read_source(path, float(config["ingest"]["binary_control_ratio"]))
    if isinstance(source, SourceProblem):
        return IngestResult(problems=[source])
    return ingest_text(source.path, source.text, config)


def ingest_paths(inputs: list[str], config: dict) -> IngestResult:
    """Ingest every readable file under ``inputs``, in sorted path order."""
    paths, problems = discover(inputs, list(config["ingest"]["text_suffixes"]))
    result = IngestResult(problems=problems)
    for path in paths:
        result.extend(ingest_file(path, config))
    return result


__all__ = [
    "IngestResult",
    "SourceText",
    "decode_bytes",
    "discover",
    "ingest_file",
    "ingest_paths",
    "ingest_text",
    "input_kind",
    "read_source",
    "screen_oversize",
    "split_paragraphs",
]
