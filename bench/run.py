"""Throughput benchmark: ``make bench`` (``python -m bench.run --help``).

Builds a synthetic corpus from the samples' sentences (see bench/corpus.py),
runs each stage on it and prints MB/s and paragraphs/s per stage and end to
end, plus peak memory. Figures go to build/bench.json as well.
"""
from __future__ import annotations

import argparse
import json
import resource
import time
from pathlib import Path

from pipeline import classify, deduplicate, load_config, normalise
from pipeline.engines.local import split_verdicts
from pipeline.ingest import ingest_text

from .corpus import generate


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--paragraphs", type=int, default=20000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", default="build/bench.json")
    args = parser.parse_args(argv)
    config = load_config()
    corpus = generate(args.paragraphs, args.seed)
    text = "\n".join(corpus.lines) + "\n"
    mb = len(text.encode("utf-8")) / 1e6
    n = len(corpus.lines)
    figures: dict = {"paragraphs": n, "megabytes": round(mb, 3), "stages": {}}

    def timed(name, fn):
        t0 = time.perf_counter()
        out = fn()
        dt = time.perf_counter() - t0
        figures["stages"][name] = {"seconds": round(dt, 3), "mb_per_s": round(mb / dt, 2),
                                   "paragraphs_per_s": round(n / dt)}
        return out

    t_start = time.perf_counter()
    ingested = timed("ingest", lambda: ingest_text("bench.txt", text, config))
    paragraphs = timed("normalise", lambda: normalise(ingested.paragraphs, config))
    kept, _ = timed("boilerplate", lambda: split_verdicts(classify(paragraphs, config)))
    result = timed("dedup", lambda: deduplicate(kept, config))
    total = time.perf_counter() - t_start
    figures["end_to_end"] = {"seconds": round(total, 3), "mb_per_s": round(mb / total, 2),
                             "paragraphs_per_s": round(n / total)}
    figures["peak_memory_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
    found = {r.source.line for r in result.removed}
    copies = corpus.copy_lines
    figures["duplicate_recall"] = round(len(found & copies) / max(1, len(copies)), 4)
    figures["duplicate_precision"] = round(len(found & copies) / max(1, len(found)), 4)
    for stage, f in figures["stages"].items():
        print(f"{stage:12} {f['seconds']:8.2f} s {f['mb_per_s']:8.2f} MB/s {f['paragraphs_per_s']:9d} paragraphs/s")
    e = figures["end_to_end"]
    print(f"{'end to end':12} {e['seconds']:8.2f} s {e['mb_per_s']:8.2f} MB/s {e['paragraphs_per_s']:9d} paragraphs/s")
    print(f"peak memory {figures['peak_memory_mb']} MB; duplicate recall {figures['duplicate_recall']}, "
          f"precision {figures['duplicate_precision']} ({n} paragraphs, {mb:.1f} MB)")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(figures, indent=2) + "\n")
    return figures


if __name__ == "__main__":
    main()
