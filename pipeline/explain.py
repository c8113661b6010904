"""Answer "what happened to this line, and why?" from a run's output files."""
from __future__ import annotations

import json
from pathlib import Path

from .emit import PASSAGES, REMOVED


def _path_matches(output_path: str, asked: str) -> bool:
    return output_path == asked or output_path.endswith("/" + asked.lstrip("./"))


def explain_line(out_dir: str | Path, path: str, line: int) -> list[str]:
    """Human-readable lines describing the fate of ``path:line`` in the run at ``out_dir``.

    Returns an empty list when the run holds no paragraph at that place.
    """
    out = Path(out_dir)
    found: list[str] = []
    with open(out / REMOVED, encoding="utf-8") as fh:
        for row in fh:
            r = json.loads(row)
            src = r["source"]
            if src["line"] != line or not _path_matches(src["path"], path):
                continue
            where = f"{src['path']}:{src['line']}"
            if r["reason"] == "boilerplate":
                found.append(f"{where}: removed as boilerplate, category {r['category']}, rule {r['rule']} "
                             f"(score {r.get('score')})")
                found.append("  evidence: " + (", ".join(r.get("signals") or []) or "none recorded"))
            elif r["reason"] == "duplicate":
                found.append(f"{where}: removed as a duplicate of passage {r['duplicate_of']} "
                             f"({r['rule']}, similarity {r['similarity']})")
            else:
                found.append(f"{where}: removed, reason {r['reason']} ({r.get('rule')})")
            found.append(f"  text: {r['text'][:300]}")
    wanted_ids = {}
    with open(out / PASSAGES, encoding="utf-8") as fh:
        for row in fh:
            p = json.loads(row)
            for occ in p["occurrences"]:
                if occ["line"] == line and _path_matches(occ["path"], path):
                    wanted_ids[p["id"]] = (p, occ)
    for pid, (p, occ) in wanted_ids.items():
        src = p["source"]
        if occ["match"] == "canonical":
            found.append(f"{occ['path']}:{occ['line']}: kept as passage {pid}, seen {len(p['occurrences'])} time(s)")
        else:
            found.append(f"{occ['path']}:{occ['line']}: attributed to passage {pid} ({occ['match']} copy, "
                         f"similarity {occ['similarity']}); canonical source {src['path']}:{src['line']}")
        found.append(f"  passage text: {p['text'][:300]}")
    return found
