"""What every run returns, whatever executor ran it."""
from __future__ import annotations

from dataclasses import dataclass, field

from .model import Passage, Removal, SourceProblem


@dataclass
class CorpusResult:
    """The outcome of a run: kept passages, the removal audit, bad inputs and the report.

    A run that wrote its output to files (streaming, Dask) leaves ``passages`` and
    ``removed`` empty: they are in ``out_dir``. An incremental run fills the batch
    fields: ``batch`` is the folder written under ``out_dir`` (None when nothing
    was new), ``skipped`` one message per dump not processed again, ``rewritten`` one
    warning per dump processed again under a name it had with other content,
    ``removed_folders`` batch folders of interrupted runs that were removed, and
    ``rebuilt`` the stored passages whose lookups were rebuilt for new settings."""

    passages: list[Passage] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)
    report: dict = field(default_factory=dict)
    out_dir: str | None = None
    batch: str | None = None
    skipped: list[str] = field(default_factory=list)
    rewritten: list[str] = field(default_factory=list)
    removed_folders: list[str] = field(default_factory=list)
    rebuilt: int | None = None

    def _in_memory(self, what: str, records: list) -> None:
        counts = self.report.get("counts", {})
        written = counts.get("passages_kept", 0) if what == "passages" else sum(counts.get("removed", {}).values())
        if not records and written and self.out_dir is not None:
            raise ValueError(f"this run wrote its {what} to {self.out_dir} and holds none in memory (write_corpus "
                             f"does): read them from there, or run clean_corpus or process_batch, which keep them")

    def passages_frame(self):
        """The passages as a pandas DataFrame (one row per passage, provenance flattened;
        ``url``, ``record`` and ``element`` are None for a dump's lines)."""
        import pandas as pd

        self._in_memory("passages", self.passages)
        rows = [
            {
                "id": p.id,
                "text": p.text,
                "path": p.source.path,
                "line": p.source.line,
                "start": p.source.start,
                "end": p.source.end,
                "url": p.source.url,
                "record": p.source.record,
                "element": p.source.element,
                "n_occurrences": len(p.occurrences),
                "occurrences": [o.to_dict() for o in p.occurrences],
            }
            for p in self.passages
        ]
        return pd.DataFrame(rows, columns=["id", "text", "path", "line", "start", "end", "url", "record", "element",
                                           "n_occurrences", "occurrences"])

    def removed_frame(self):
        """The removal audit as a pandas DataFrame (one row per removed occurrence)."""
        import pandas as pd

        self._in_memory("removals", self.removed)
        rows = []
        for r in self.removed:
            d = r.to_dict()
            src = d.pop("source")
            rows.append({**src, **d})
        columns = ["path", "line", "start", "end", "url", "record", "element", "text", "reason", "category", "rule",
                   "duplicate_of", "similarity", "clean", "score", "signals"]
        return pd.DataFrame(rows, columns=columns)
