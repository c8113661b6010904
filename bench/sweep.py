"""Recall/precision curves for choosing the near-duplicate settings.

``python -m bench.sweep [--paragraphs N] [--seed S]`` generates a corpus
(bench/corpus.py), normalises it once, then runs the dedup stage with each
shingling and threshold (LSH bands/rows derived for that threshold) and
prints recall, precision and hard negatives kept apart for each, with and
without the template check (window of 6 words, 3 unaligned). Figures also go to build/sweep.json.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from pipeline import deduplicate, load_config
from pipeline.config import merge
from pipeline.ingest import ingest_text
from pipeline.normalise import normalise

from .corpus import generate
from .measure import score

SHINGLES = [("char", 3), ("char", 4), ("char", 5), ("char", 6), ("char", 7), ("word", 1), ("word", 2), ("word", 3), ("word", 5)]
THRESHOLDS = [0.4, 0.5, 0.6, 0.7, 0.8]


def main(argv: list[str] | None = None) -> list[dict]:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--paragraphs", type=int, default=20_000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--json", default="build/sweep.json")
    args = parser.parse_args(argv)
    base = load_config()
    corpus = generate(args.paragraphs, args.seed)
    text = "\n".join(corpus.lines) + "\n"
    paragraphs = normalise(ingest_text("sweep.txt", text, base).paragraphs, base)
    truth = {"places": [("sweep.txt", i + 1) for i in range(len(corpus.lines))],
             "groups": corpus.groups, "kinds": corpus.kinds}
    rows = []
    print(f"{'shingle':8} {'thr':>4} {'bands':>5} {'rows':>4} {'guard':>5} {'recall':>7} {'precision':>9} "
          f"{'negatives apart':>15} {'seconds':>7}")
    for kind, size in SHINGLES:
        for threshold in THRESHOLDS:
            for guard in (0, 6):
                if guard and kind == "word":
                    continue
                cfg = merge(base, {"dedup": {"shingle": kind, "shingle_size": size, "threshold": threshold,
                                             "lsh_threshold": threshold, "bands": 0, "rows": 0,
                                             "window_words": guard, "window_unmatched": 3}})
                started = time.perf_counter()
                result = deduplicate(paragraphs, cfg)
                seconds = time.perf_counter() - started
                assign, canonical = {}, {}
                for p in result.passages:
                    canonical[p.id] = (p.source.path, p.source.line)
                    for o in p.occurrences:
                        assign[(o.source.path, o.source.line)] = p.id
                q = score(assign, canonical, truth)
                from pipeline.dedup import DedupSettings

                s = DedupSettings.from_config(cfg)
                row = {"shingle": f"{kind}{size}", "threshold": threshold, "bands": s.bands, "rows": s.rows,
                       "template_guard": guard, "seconds": round(seconds, 2), **q}
                rows.append(row)
                print(f"{row['shingle']:8} {threshold:4.1f} {s.bands:5d} {s.rows:4d} {guard:5d} {q['recall']:7.4f} "
                      f"{q['precision']:9.4f} {q['hard_negatives_kept_apart']:15.4f} {seconds:7.2f}", flush=True)
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(rows, indent=2) + "\n")
    return rows


if __name__ == "__main__":
    main()
