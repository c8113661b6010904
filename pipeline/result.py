"""Engines schedule the stages; they hold no cleaning logic of their own."""
from __future__ import annotations

from dataclasses import dataclass, field

from ..model import Passage, Removal, SourceProblem


@dataclass
class CorpusResult:
    """The outcome of a run: kept passages, the removal audit, bad inputs and the report."""

    passages: list[Passage] = field(default_factory=list)
    removed: list[Removal] = field(default_factory=list)
    problems: list[SourceProblem] = field(default_factory=list)
    report: dict = field(default_factory=dict)

    def passages_frame(self):
        """The passages as a pandas DataFrame (one row per passage, provenance flattened)."""
        import pandas as pd

        rows = [
            {
                "id": p.id,
                "text": p.text,
                "path": p.source.path,
                "line": p.source.line,
                "start": p.source.start,
                "end": p.source.end,
                "n_occurrences": len(p.occurrences),
                "occurrences": [o.to_dict() for o in p.occurrences],
            }
            for p in self.passages
        ]
        return pd.DataFrame(rows, columns=["id", "text", "path", "line", "start", "end", "n_occurrences", "occurrences"])

    def removed_frame(self):
        """The removal audit as a pandas DataFrame (one row per removed occurrence)."""
        import pandas as pd

        rows = []
        for r in self.removed:
            d = r.to_dict()
            src = d.pop("source")
            rows.append({**src, **d})
        columns = ["path", "line", "start", "end", "text", "reason", "category", "rule",
                   "duplicate_of", "similarity", "clean", "score", "signals"]
        return pd.DataFrame(rows, columns=columns)
