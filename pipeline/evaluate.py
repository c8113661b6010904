"""Score a run's output against a per-line gold file.

The gold format is that of ``seed_lines_gold.jsonl``: one object per non-blank
input line, ``{"file", "line", "label", "category" | "group", "dup", "clean"}``,
with ``label`` one of ``content``, ``boilerplate``, ``ambiguous`` (not scored).
Gold ``file`` names are matched to output paths exactly, or else by the unique
output path that ends with ``/<file>``.
"""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from .emit import PASSAGES, REMOVED


@dataclass
class LineOutcome:
    """What a run did with one input line."""

    kind: str  # "kept" (canonical of a passage) or a removal reason
    category: str | None = None
    rule: str | None = None
    passage: str | None = None  # passage id it belongs to (kept or duplicate)
    text: str | None = None  # the passage text when kept


@dataclass
class EvalResult:
    metrics: dict = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)


class UnreadableFile(ValueError):
    """A gold or output file that is not what it should be (the message names the file and line)."""


def read_jsonl(path: Path, required: dict[str, type] | None = None) -> list[dict]:
    """The JSON objects of a JSON Lines file, each holding the ``required`` fields with values
    of their types; else :class:`UnreadableFile` naming the file and line."""
    records = []
    with open(path, encoding="utf-8") as fh:
        try:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError as exc:
                    raise UnreadableFile(f"{path}: line {n}: not JSON ({exc})") from None
                if not isinstance(record, dict):
                    raise UnreadableFile(f"{path}: line {n}: a record must be a JSON object")
                for name, kind in (required or {}).items():
                    if not isinstance(record.get(name), kind) or isinstance(record.get(name), bool):
                        raise UnreadableFile(f"{path}: line {n}: field {name!r} missing or not {kind.__name__}")
                records.append(record)
        except UnicodeDecodeError as exc:
            raise UnreadableFile(f"{path}: not UTF-8 ({exc.reason} at byte {exc.start})") from None
    return records


GOLD_FIELDS = {"file": str, "line": int, "label": str}
_SOURCE = {"source": dict}


def load_outcomes(out_dir: str | Path) -> dict[tuple[str, int], LineOutcome]:
    """Every input line's outcome, from a run's passages.jsonl and removed.jsonl."""
    out = Path(out_dir)
    outcomes: dict[tuple[str, int], LineOutcome] = {}
    for p in read_jsonl(out / PASSAGES, {**_SOURCE, "id": str, "text": str}):
        src = p["source"]
        outcomes[(src["path"], src["line"])] = LineOutcome("kept", passage=p["id"], text=p["text"])
    for r in read_jsonl(out / REMOVED, {**_SOURCE, "reason": str}):
        src = r["source"]
        outcomes[(src["path"], src["line"])] = LineOutcome(
            r["reason"], category=r.get("category"), rule=r.get("rule"), passage=r.get("duplicate_of")
        )
    return outcomes


def match_files(gold_files: set[str], out_paths: set[str]) -> dict[str, str]:
    """Map each gold file name to the output path it denotes.

    >>> match_files({"a.txt", "b.txt"}, {"samples/a.txt", "b.txt", "x/c.txt"})
    {'a.txt': 'samples/a.txt', 'b.txt': 'b.txt'}
    """
    mapping: dict[str, str] = {}
    for g in sorted(gold_files):
        if g in out_paths:
            mapping[g] = g
            continue
        hits = [p for p in out_paths if p.endswith("/" + g)]
        if len(hits) == 1:
            mapping[g] = hits[0]
    return mapping


def _ratio(num: int, den: int) -> float | None:
    return None if den == 0 else round(num / den, 4)


def evaluate(gold_path: str | Path, out_dir: str | Path) -> EvalResult:
    """Boilerplate precision/recall (overall and per category), content lost,
    duplicate copies kept, and exact match of cleaned text."""
    gold = read_jsonl(Path(gold_path), GOLD_FIELDS)
    outcomes = load_outcomes(out_dir)
    mapping = match_files({g["file"] for g in gold}, {k[0] for k in outcomes})
    result = EvalResult()
    tp = fp = fn = 0
    cat_tp: Counter = Counter()
    cat_gold: Counter = Counter()
    cat_pred: Counter = Counter()
    cat_pred_ok: Counter = Counter()
    content_lost = 0
    content_lines = 0
    passages_per_group: dict[str, set[str]] = defaultdict(set)
    group_of_passage: dict[str, set[str]] = defaultdict(set)
    clean_total = clean_ok = 0
    missing = 0
    for g in gold:
        path = mapping.get(g["file"])
        outcome = outcomes.get((path, g["line"])) if path else None
        if outcome is None:
            missing += 1
            result.errors.append({"file": g["file"], "line": g["line"], "error": "line not found in output"})
            continue
        label = g["label"]
        predicted_bp = outcome.kind == "boilerplate"
        if label == "boilerplate":
            cat = g.get("category")
            cat_gold[cat] += 1
            if predicted_bp:
                tp += 1
                cat_tp[cat] += 1
            else:
                fn += 1
                result.errors.append({"file": g["file"], "line": g["line"], "error": "boilerplate kept",
                                      "category": cat, "outcome": outcome.kind})
        if predicted_bp and label != "ambiguous":
            cat_pred[outcome.category] += 1
            if label == "boilerplate" and outcome.category == g.get("category"):
                cat_pred_ok[outcome.category] += 1
        if label == "content":
            content_lines += 1
            if predicted_bp:
                fp += 1
            if outcome.kind in ("boilerplate", "empty", "oversize", "timeout", "filtered"):
                content_lost += 1
                result.errors.append({"file": g["file"], "line": g["line"], "error": "content removed",
                                      "outcome": outcome.kind, "category": outcome.category, "rule": outcome.rule})
            elif outcome.passage is not None:
                group = g.get("group") or f"{g['file']}:{g['line']}"
                passages_per_group[group].add(outcome.passage)
                group_of_passage[outcome.passage].add(group)
            if outcome.kind == "kept":
                clean_total += 1
                expected = g.get("clean")
                if expected is None or outcome.text == expected:
                    clean_ok += 1
                else:
                    result.errors.append({"file": g["file"], "line": g["line"], "error": "clean text differs",
                                          "expected": expected, "got": outcome.text})
    dup_kept = sum(len(ps) - 1 for ps in passages_per_group.values())
    merged = sum(len(gs) - 1 for gs in group_of_passage.values())
    categories = sorted(set(cat_gold) | set(cat_pred), key=str)
    result.metrics = {
        "gold_lines": len(gold),
        "lines_missing_from_output": missing,
        "boilerplate": {
            "precision": _ratio(tp, tp + fp),
            "recall": _ratio(tp, tp + fn),
            "true_positives": tp,
            "false_positives": fp,
            "false_negatives": fn,
        },
        "per_category": {
            str(c): {
                "gold": cat_gold[c],
                "recall": _ratio(cat_tp[c], cat_gold[c]),
                "predicted": cat_pred[c],
                "category_precision": _ratio(cat_pred_ok[c], cat_pred[c]),
            }
            for c in categories
        },
        "content": {
            "lines": content_lines,
            "lost": content_lost,
            "distinct": len(passages_per_group),
            "duplicate_copies_kept": dup_kept,
            "distinct_paragraphs_merged": merged,
            "clean_exact_match": _ratio(clean_ok, clean_total),
            "clean_checked": clean_total,
        },
    }
    return result


def format_metrics(metrics: dict) -> str:
    """A short human-readable table of the metrics."""
    bp, content = metrics["boilerplate"], metrics["content"]
    lines = [
        f"boilerplate precision {bp['precision']}  recall {bp['recall']}  "
        f"(tp {bp['true_positives']}, fp {bp['false_positives']}, fn {bp['false_negatives']})",
        f"content lines {content['lines']}: lost {content['lost']}, duplicate copies kept "
        f"{content['duplicate_copies_kept']}, distinct paragraphs merged {content['distinct_paragraphs_merged']}",
        f"cleaned text exact match {content['clean_exact_match']} of {content['clean_checked']} kept",
        f"lines missing from output: {metrics['lines_missing_from_output']}",
        "per category (gold, recall, predicted, category precision):",
    ]
    for cat, m in metrics["per_category"].items():
        lines.append(f"  {cat:12} {m['gold']:4} {str(m['recall']):>6} {m['predicted']:4} {str(m['category_precision']):>6}")
    return "\n".join(lines)
