"""``make bench``: speed, memory and near-duplicate quality on a synthetic corpus.

Generates a corpus with known duplicate groups (bench/corpus.py), writes it as
dumps, then measures in separate processes (so each peak memory is its own):
the pipeline, stage by stage and end to end, and a plain datasketch baseline
(one MinHash per paragraph fed with ``update``, one MinHashLSH) on the same
normalised paragraphs. Prints the figures and writes them to a JSON file.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from .corpus import generate, write


def _measure(args: list[str]) -> dict:
    out = subprocess.run([sys.executable, "-m", "bench.measure", *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)


def main(argv: list[str] | None = None) -> dict:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--paragraphs", type=int, default=200_000, help="corpus size (default 200000)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workdir", default="build/bench", help="where the corpus and outputs go")
    parser.add_argument("--json", default="build/bench.json", help="where the figures go")
    parser.add_argument("--baseline-limit", type=int, default=0,
                        help="run the (slow) baseline on the first N paragraphs only; 0 = all")
    parser.add_argument("--no-baseline", action="store_true")
    parser.add_argument("--scaling", default="",
                        help="comma-separated sizes (e.g. 100000,1000000): time the pipeline alone at each "
                             "size and report how time grows")
    args = parser.parse_args(argv)
    if args.scaling:
        return scaling([int(x) for x in args.scaling.split(",")], args)

    work = Path(args.workdir)
    t0 = time.perf_counter()
    corpus = generate(args.paragraphs, args.seed)
    places = write(corpus, work / "dumps")
    (work / "truth.json").write_text(json.dumps(corpus.truth(places)))
    print(f"corpus: {len(corpus.lines)} paragraphs, {corpus.megabytes:.1f} MB, seed {args.seed} "
          f"(generated in {time.perf_counter() - t0:.1f} s)")
    mb, n = corpus.megabytes, len(corpus.lines)
    cores = os.cpu_count() or 1
    ours = _measure(["pipeline", str(work), str(work / "out")])
    figures = {"paragraphs": n, "megabytes": round(mb, 2), "cores": cores, "seed": args.seed, "pipeline": ours}
    print(f"{'stage (wall)':12} {'seconds':>8} {'MB/s':>8} {'paragraphs/s':>13}")
    for stage, sec in ours["seconds"].items():
        print(f"{stage:12} {sec:8.2f} {mb / sec:8.2f} {n / max(sec, 1e-9):13.0f}")
    # prepare runs ingest (here) and normalise/boilerplate/keys (in the workers) at once:
    # its CPU seconds per stage, summed over processes, and the rate per core they give.
    print(f"{'prepare (CPU)':12} {'seconds':>8} {'MB/s/core':>9}")
    for stage, sec in ours["prepare_cpu_seconds"].items():
        print(f"  {stage:10} {sec:8.2f} {mb / max(sec, 1e-9):9.2f}")
    e2e = ours["end_to_end_seconds"]
    print(f"{'end to end':12} {e2e:8.2f} {mb / e2e:8.2f} {n / e2e:13.0f}   ({mb / e2e / cores:.2f} MB/s per core)")
    q = ours["quality"]
    print(f"peak memory {ours['peak_memory_mb']:.0f} MB in the main process "
          f"({ours['peak_memory_mb'] / n * 1e6 / 1024:.2f} GB per million paragraphs), "
          f"largest worker {ours['largest_worker_memory_mb']:.0f} MB")
    print(f"near-duplicates: recall {q['recall']} precision {q['precision']} hard negatives kept apart "
          f"{q['hard_negatives_kept_apart']} ({q['hard_negatives']}); per kind {q['recall_per_kind']}")
    if "recall_same_numbers" in q:
        print(f"  recall over the {q['copies_same_numbers']} copies that state their original's numbers: "
              f"{q['recall_same_numbers']} (the other {q['copies'] - q['copies_same_numbers']} state other numbers: "
              f"other facts by the merge rule)")
    if "recall_one_text" in q:
        print(f"  of those, the {q['copies_one_text']} that one kept text can stand for: {q['recall_one_text']} "
              f"(the others put a word in place of another, or add or drop a 'not': other statements by the "
              f"merge rule; or add another sentence than one already in their original's passage)")
    if not args.no_baseline:
        base = _measure(["baseline", str(work), str(args.baseline_limit)])
        figures["baseline"] = base
        bq = base["quality"]
        bn = base["paragraphs"]
        ours_rate = n / ours["seconds"]["dedup"]
        base_rate = bn / base["dedup_seconds"]
        figures["dedup_speed_ratio"] = round(ours_rate / base_rate, 1)
        shared = sum(v for k, v in ours["seconds"].items() if k != "dedup")  # the same either way
        base_e2e_rate = n / (shared + n / base_rate)
        figures["end_to_end_speed_ratio"] = round((n / e2e) / base_e2e_rate, 2)
        print(f"baseline (datasketch MinHash.update + MinHashLSH, {bn} paragraphs): dedup {base['dedup_seconds']:.1f} s "
              f"= {base_rate:.0f} paragraphs/s; peak memory {base['peak_memory_mb']:.0f} MB")
        print(f"baseline near-duplicates: recall {bq['recall']} precision {bq['precision']} hard negatives kept apart "
              f"{bq['hard_negatives_kept_apart']}")
        print(f"speed ratio, dedup stage: {figures['dedup_speed_ratio']}x; end to end "
              f"(same other stages): {figures['end_to_end_speed_ratio']}x")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(figures, indent=2) + "\n")
    return figures


def scaling(sizes: list[int], args) -> dict:
    """Pipeline wall time and peak memory at several corpus sizes (same seed)."""
    rows = []
    for n in sizes:
        work = Path(args.workdir) / f"scale_{n}"
        corpus = generate(n, args.seed)
        places = write(corpus, work / "dumps")
        (work / "truth.json").write_text(json.dumps(corpus.truth(places)))
        del corpus, places
        out = _measure(["pipeline", str(work), str(work / "out")])
        rows.append({"paragraphs": n, "seconds": round(out["end_to_end_seconds"], 2),
                     "peak_memory_mb": out["peak_memory_mb"], "largest_worker_memory_mb": out["largest_worker_memory_mb"],
                     "stages": out["seconds"]})
        print(f"{n:>9} paragraphs: {out['end_to_end_seconds']:8.1f} s, peak memory {out['peak_memory_mb']:.0f} MB "
              f"({out['peak_memory_mb'] / n * 1e6 / 1024:.2f} GB per million; largest worker "
              f"{out['largest_worker_memory_mb']:.0f} MB)", flush=True)
    base = rows[0]
    for row in rows[1:]:
        size_ratio = row["paragraphs"] / base["paragraphs"]
        time_ratio = row["seconds"] / base["seconds"]
        row["time_ratio"] = round(time_ratio, 2)
        print(f"{row['paragraphs']} vs {base['paragraphs']}: {size_ratio:.0f}x the paragraphs took {time_ratio:.2f}x the time")
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps({"scaling": rows}, indent=2) + "\n")
    return {"scaling": rows}


if __name__ == "__main__":
    main()
